import { describe, expect, it } from 'vitest'
import { createCellText, plainNumberText } from './cell-text'
import type { SheetJsCell } from './load-sheetjs'
import { sheetJs } from './workbook.test-support'

const text1900 = createCellText(sheetJs.SSF, false)
const text1904 = createCellText(sheetJs.SSF, true)
const number = (v: number, z?: string): SheetJsCell => ({ t: 'n', v, z })

describe('cell text', () => {
  it('keeps strings verbatim, leading zeros and spaces included', () => {
    expect(text1900({ t: 's', v: '00123' })).toBe('00123')
    expect(text1900({ t: 's', v: '  padded ' })).toBe('  padded ')
    expect(text1900({ t: 's', v: '2026-12-01' })).toBe('2026-12-01')
  })

  it.each([
    [42, '42'],
    [-7, '-7'],
    [0.1 + 0.2, '0.30000000000000004'],
    [75000.5, '75000.5'],
    [1e20, '100000000000000000000'],
    // eslint-disable-next-line no-loss-of-precision -- a number typed with more digits than a double holds, on purpose
    [123456789012345678901234, '123456789012345685803008'],
    [-1e22, '-10000000000000000000000'],
  ])('prints the number %s as %s', (value, expected) => {
    expect(text1900(number(value, 'General'))).toBe(expected)
    expect(plainNumberText(value)).toBe(expected)
  })

  it('ignores display-only formats such as currency, percent and decimals', () => {
    expect(text1900(number(0.4, '0%'))).toBe('0.4')
    expect(text1900(number(1234.5, '"$"#,##0.00'))).toBe('1234.5')
    expect(text1900(number(3, '0.00'))).toBe('3')
  })

  it('keeps the zeros of zero-padded codes and applies their literals', () => {
    expect(text1900(number(123, '00000'))).toBe('00123')
    expect(text1900(number(1234567, '00000'))).toBe('1234567')
    expect(text1900(number(12345678, '000-00-0000'))).toBe('012-34-5678')
    expect(text1900(number(42, '"ID-"00000'))).toBe('ID-00042')
    expect(text1900(number(12.5, '00000'))).toBe('12.5')
    expect(text1900(number(-5, '00000'))).toBe('-5')
  })

  it('turns date-formatted serials into ISO text in the workbook date system', () => {
    expect(text1900(number(46295, 'm/d/yy'))).toBe('2026-09-30')
    expect(text1900(number(44927.75, 'dd/mm/yyyy hh:mm'))).toBe('2023-01-01T18:00:00')
    expect(text1900(number(0.5, 'h:mm'))).toBe('12:00:00')
    expect(text1904(number(43465, 'yyyy-mm-dd'))).toBe('2023-01-01')
    expect(text1900(number(1.5, '[h]:mm:ss'))).toBe('36:00:00')
    expect(text1900(number(-3, 'yyyy-mm-dd'))).toBe('-3')
  })

  it('writes booleans and errors as Excel shows them', () => {
    expect(text1900({ t: 'b', v: true })).toBe('TRUE')
    expect(text1900({ t: 'b', v: false })).toBe('FALSE')
    expect(text1900({ t: 'e', v: 0x2a })).toBe('#N/A')
    expect(text1900({ t: 'e', v: 0x07 })).toBe('#DIV/0!')
    expect(text1900({ t: 'e', v: '#REF!' })).toBe('#REF!')
    expect(text1900({ t: 'e' })).toBe('#ERROR!')
  })

  it('reads a cell without a format as General', () => {
    expect(text1900(number(7))).toBe('7')
    expect(text1900({ t: 'z' })).toBe('')
  })
})
