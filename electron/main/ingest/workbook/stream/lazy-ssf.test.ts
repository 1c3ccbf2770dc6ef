// The streaming reader answers SSF.is_date for built-in formats without loading SheetJS, with SSF's own answers,
// and loads SheetJS for any other format; a workbook of built-in formats opens without SheetJS at all.
import { describe, expect, it } from 'vitest'
import { sheetJs } from '../workbook.test-support'
import { BUILT_IN } from './cell-formats'
import { BUILT_IN_IS_DATE, lazySsf } from './lazy-ssf'
import { readStreamed, readThroughSheetJs, workbookWithSheetXml } from './stream-vs-sheetjs.test-support'

describe('lazySsf', () => {
  it('knows SSF.is_date of every built-in format', () => {
    const formats = Object.values(BUILT_IN)
    expect([...BUILT_IN_IS_DATE.keys()].sort()).toEqual([...new Set(formats)].sort())
    for (const format of formats)
      expect([format, BUILT_IN_IS_DATE.get(format)]).toEqual([format, sheetJs.SSF.is_date(format)])
  })

  it('asks for SheetJS only for a format outside the table, and for SSF.format', () => {
    let loads = 0
    const ssf = lazySsf(() => (loads++, sheetJs))
    expect([ssf.is_date('m/d/yy'), ssf.is_date('0.00'), loads]).toEqual([true, false, 0])
    expect([ssf.is_date('yyyy-mm-dd'), ssf.format('000', 7), loads]).toEqual([true, '007', 2])
  })
})

describe('opening a workbook without SheetJS', () => {
  const sheet = (style: number) =>
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Id</t></is></c><c r="B1" t="inlineStr"><is><t>At</t></is></c></row>' +
    `<row r="2"><c r="A2"><v>1</v></c><c r="B2" s="${style}"><v>45000.5</v></c></row>`

  it('reads General and built-in date cells without loading SheetJS, as SheetJS reads them', async () => {
    const bytes = workbookWithSheetXml(sheet(1), { formats: [14, 22] })
    let loads = 0
    const ours = await readStreamed(bytes, {}, () => (loads++, sheetJs))
    expect(ours).toEqual(readThroughSheetJs(bytes))
    expect([ours?.rows, loads]).toEqual([[['1', '2023-03-15T12:00:00']], 0])
  })

  it('loads SheetJS for a custom format', async () => {
    const bytes = workbookWithSheetXml(sheet(1), { formats: ['yyyy-mm-dd'] })
    let loads = 0
    const ours = await readStreamed(bytes, {}, () => (loads++, sheetJs))
    expect(ours).toEqual(readThroughSheetJs(bytes))
    expect(loads).toBeGreaterThan(0)
  })
})
