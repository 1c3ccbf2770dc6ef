import { describe, expect, it } from 'vitest'
import { classifyNumberFormat } from './number-format'
import { sheetJs } from './workbook.test-support'

const classify = (format: string) => classifyNumberFormat(format, (f) => sheetJs.SSF.is_date(f))

describe('classifyNumberFormat', () => {
  it.each(['m/d/yy', 'yyyy-mm-dd', 'dd/mm/yyyy hh:mm', 'h:mm AM/PM', '[$-409]mmmm d, yyyy;@', 'mmm-yy'])(
    '%s is a date',
    (format) => expect(classify(format)).toEqual({ kind: 'date' }),
  )

  it.each(['[h]:mm:ss', '[mm]:ss', '[s]'])('%s is elapsed time', (format) => {
    expect(classify(format)).toEqual({ kind: 'duration' })
  })

  it.each([
    ['00000', 5],
    ['00', 2],
    ['00000;[Red]-00000', 0],
    ['000-00-0000', 0],
    ['(000) 000-0000', 0],
    ['"ID-"00000', 0],
  ])('%s pads with zeros (width %s)', (format, width) => {
    expect(classify(format)).toEqual({ kind: 'zero-padded', width })
  })

  it.each([
    'General',
    '0',
    '0.00',
    '#,##0',
    '0%',
    '0.00E+00',
    '"$"#,##0.00',
    '@',
    '[<=9999999]###-####;(###) ###-####',
  ])('%s leaves the number as it is', (format) => expect(classify(format)).toEqual({ kind: 'plain' }))
})
