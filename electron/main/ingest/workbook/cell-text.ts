// The text of a cell, the one place a typed spreadsheet value becomes a string. Text never changes type: strings
// stay verbatim (`00123` keeps its zeros), numbers print exactly (no `.0`, no exponent for long ids), dates
// become ISO text, and only formats that carry meaning (dates, zero padding) are applied. Runs once per cell.
import { excelDateText, excelDurationText } from './excel-date'
import type { SheetJs, SheetJsCell } from './load-sheetjs'
import { classifyNumberFormat, type NumberFormatKind } from './number-format'

/** Excel's error values by the code SheetJS stores in `v` when it does not format cells. */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
}
/** SheetJS 0.15 drops the text of error values it has no code for (`#SPILL!`, `#CALC!`): say it is an error. */
const UNKNOWN_ERROR = '#ERROR!'
/** Beyond this an integer is no longer exact in a double, so zero padding would invent digits. */
const MAX_PADDED = 1e15

export type CellText = (cell: SheetJsCell) => string

/** A converter for the cells of one workbook: `date1904` is the workbook's date system. */
export function createCellText(ssf: SheetJs['SSF'], date1904: boolean): CellText {
  const kinds = new Map<string, NumberFormatKind>()
  const isDate = (format: string): boolean => ssf.is_date(format)

  function numberText(value: number, format: string | undefined): string {
    if (format === undefined || format === 'General') return plainNumberText(value)
    let kind = kinds.get(format)
    if (kind === undefined) {
      kind = classifyNumberFormat(format, isDate)
      kinds.set(format, kind)
    }
    switch (kind.kind) {
      case 'plain':
        return plainNumberText(value)
      case 'date':
        return excelDateText(value, date1904) ?? plainNumberText(value)
      case 'duration':
        return excelDurationText(value)
      case 'zero-padded':
        if (!Number.isInteger(value) || value < 0 || value >= MAX_PADDED) return plainNumberText(value)
        return kind.width > 0 ? String(value).padStart(kind.width, '0') : ssf.format(format, value)
    }
  }

  return (cell) => {
    const value = cell.v
    switch (cell.t) {
      case 's':
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- SheetJS stores a string, number, boolean or Date here
        return typeof value === 'string' ? value : value == null ? '' : String(value)
      case 'n':
        return typeof value === 'number' ? numberText(value, cell.z) : ''
      case 'b':
        return value ? 'TRUE' : 'FALSE'
      case 'e':
        if (typeof value === 'string') return value
        return (typeof value === 'number' ? ERROR_TEXT[value] : undefined) ?? UNKNOWN_ERROR
      default:
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- SheetJS stores a string, number, boolean or Date here
        return value == null ? '' : String(value)
    }
  }
}

/** Whether a number cell in `format` (undefined: none) becomes plainNumberText of its value (see createCellText). */
export function printsPlainly(ssf: Pick<SheetJs['SSF'], 'is_date'>, format: string | undefined): boolean {
  if (format === undefined || format === 'General') return true
  return classifyNumberFormat(format, (text) => ssf.is_date(text)).kind === 'plain'
}

/** A number as its exact shortest text: integers without `.0` or exponent (BigInt past 1e21), others round-trip. */
export function plainNumberText(value: number): string {
  if (Math.abs(value) >= 1e21 && Number.isInteger(value)) return BigInt(value).toString()
  return String(value)
}
