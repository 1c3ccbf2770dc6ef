// Turns a scanned cell into the text today's path shows for it, written as UTF-8 into the row's cells: the value
// SheetJS's `parse_ws_xml_data` would store (type by type, with its unescaping and UTF-8 decoding), then the
// same createCellText every workbook cell goes through. Plain shared strings and digits never become JS strings.
import { isUtf8 } from 'node:buffer'
import type { CellText } from '../cell-text'
import type { SheetJsCell } from '../load-sheetjs'
import type { CellFormats } from './cell-formats'
import type { RowCells } from './row-cells'
import type { SharedStrings } from './shared-strings'
import { CellType, type ScannedCell } from './sheet-scanner'
import { binaryString, itemText, unescapeXml, utf8Read, xmlBool } from './sheetjs-text'

/** Error values SheetJS knows by name (its RBErr); any other error text reads as #ERROR!, as today. */
const KNOWN_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA'])
const UNKNOWN_ERROR = '#ERROR!'
const BASE_DATE = new Date(1899, 11, 30, 0, 0, 0)
const MS_PER_DAY = 86_400_000

/** A shared-string index past the table: SheetJS fails on the whole sheet. */
export class DamagedSheet extends Error {}

interface MutableCell {
  t: string
  v: unknown
  z: string | undefined
}

export class CellDecoder {
  private readonly number: MutableCell = { t: 'n', v: 0, z: undefined }

  constructor(
    private readonly strings: SharedStrings,
    private readonly formats: CellFormats,
    private readonly cellText: CellText,
  ) {}

  /** Adds the cell to `row`, or nothing for a cell SheetJS skips (no value where one is needed). */
  decode(cell: ScannedCell, bytes: Uint8Array, row: RowCells): void {
    const start = row.length
    const { vStart, vEnd } = cell
    switch (cell.type) {
      case CellType.None:
      case CellType.Number: {
        if (vStart < 0) return
        const value = this.numberOf(bytes, vStart, vEnd)
        if (value === undefined) return
        this.writeNumber(value, cell.style, row)
        row.add(cell.column, start, true)
        return
      }
      case CellType.Shared: {
        if (vStart < 0) return
        const index = this.indexOf(bytes, vStart, vEnd)
        const strings = this.strings
        if (!(index >= 0 && index < strings.count)) throw new DamagedSheet(`shared string ${index} is not in the table`)
        const from = strings.start(index)
        const to = strings.end(index)
        row.writeBytes(strings.buffer, from, to)
        row.add(cell.column, start, to > from || !strings.hasText(index))
        return
      }
      case CellType.FormulaString: {
        if (vStart >= 0) {
          if (isPlain(bytes, vStart, vEnd)) row.writeBytes(bytes, vStart, vEnd)
          else row.writeString(utf8Read(unescapeXml(binaryString(bytes, vStart, vEnd))))
        }
        row.add(cell.column, start, row.length > start)
        return
      }
      case CellType.Inline: {
        const text = cell.isStart < 0 ? '' : itemText(binaryString(bytes, cell.isStart, cell.isEnd))
        if (typeof text === 'string') row.writeString(text)
        row.add(cell.column, start, text === undefined || row.length > start)
        return
      }
      case CellType.Boolean:
        row.writeString(xmlBool(this.rawText(bytes, vStart, vEnd)) ? 'TRUE' : 'FALSE')
        row.add(cell.column, start, true)
        return
      case CellType.Error: {
        const text = this.rawText(bytes, vStart, vEnd)
        row.writeString(text !== undefined && KNOWN_ERRORS.has(text) ? text : UNKNOWN_ERROR)
        row.add(cell.column, start, true)
        return
      }
      case CellType.Date:
        this.writeNumber(dateSerial(this.rawText(bytes, vStart, vEnd)), cell.style, row)
        row.add(cell.column, start, true)
        return
      case CellType.Other: {
        const text = this.rawText(bytes, vStart, vEnd)
        if (text !== undefined) row.writeString(text)
        row.add(cell.column, start, true)
        return
      }
    }
  }

  private writeNumber(value: number, style: number, row: RowCells): void {
    const cell = this.number
    cell.v = value
    cell.z = this.formats.formatOfStyle(style)
    row.writeString(this.cellText(cell as SheetJsCell))
  }

  /** SheetJS's `p.v`: the unescaped raw value (a binary string), undefined when there is none. */
  private rawText(bytes: Uint8Array, start: number, end: number): string | undefined {
    return start < 0 ? undefined : unescapeXml(binaryString(bytes, start, end))
  }

  /** parseFloat of the unescaped value, undefined when it unescapes to nothing (SheetJS then skips the cell). */
  private numberOf(bytes: Uint8Array, start: number, end: number): number | undefined {
    let i = start
    const negative = bytes[i] === 0x2d
    if (negative) i++
    if (end - i > 0 && end - i <= 15) {
      let value = 0
      for (; i < end; i++) {
        const digit = bytes[i]! - 0x30
        if (digit < 0 || digit > 9) break
        value = value * 10 + digit
      }
      if (i === end) return negative ? -value : value
    }
    const text = unescapeXml(binaryString(bytes, start, end))
    return text === '' ? undefined : parseFloat(text)
  }

  /** parseInt(value, 10) of a shared-string reference. */
  private indexOf(bytes: Uint8Array, start: number, end: number): number {
    if (end - start <= 9) {
      let value = 0
      let i = start
      for (; i < end; i++) {
        const digit = bytes[i]! - 0x30
        if (digit < 0 || digit > 9) break
        value = value * 10 + digit
      }
      if (i === end) return value
    }
    return parseInt(unescapeXml(binaryString(bytes, start, end)), 10)
  }
}

/** Whether raw bytes need neither unescaping nor repair: no `&` or `_`, no markup, valid UTF-8. */
function isPlain(bytes: Uint8Array, start: number, end: number): boolean {
  let ascii = true
  for (let i = start; i < end; i++) {
    const b = bytes[i]!
    if (b === 0x26 || b === 0x5f || b === 0x3c) return false
    if (b >= 0x80) ascii = false
  }
  return ascii || isUtf8(bytes.subarray(start, end))
}

/** SheetJS's `datenum(parseDate(text, 1))` for a `t="d"` cell: local-time arithmetic, exactly as it does it. */
function dateSerial(text: string | undefined): number {
  const date = new Date(text as string)
  date.setTime(date.getTime() + date.getTimezoneOffset() * 60 * 1000)
  const threshold = BASE_DATE.getTime() + (date.getTimezoneOffset() - BASE_DATE.getTimezoneOffset()) * 60_000
  return (date.getTime() - threshold) / MS_PER_DAY
}
