// Turns a scanned cell into the text today's path shows for it, written as UTF-8 into the row's cells: the value
// SheetJS's `parse_ws_xml_data` would store (type by type, with its unescaping and UTF-8 decoding), then the
// same createCellText every workbook cell goes through. Plain shared strings and digits never become JS strings:
// a number in a style whose format prints it plainly is copied as written when its text is the one
// String(parseFloat(text)) gives back (see isCanonicalNumber). It is also the scanner's StringGate: a cell
// naming a shared string not read yet waits for it.
import { isUtf8 } from 'node:buffer'
import type { CellText } from '../cell-text'
import type { CellFormats } from './cell-formats'
import type { RowCells } from './row-cells'
import type { StreamedStrings } from './shared-strings'
import { CellType, type ScannedCell, type StringGate } from './sheet-scanner'
import { binaryString, itemText, unescapeXml, utf8Read, xmlBool } from './sheetjs-text'

/** Error values SheetJS knows by name (its RBErr); any other error text reads as #ERROR!, as today. */
const KNOWN_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA'])
const UNKNOWN_ERROR = '#ERROR!'
const BASE_DATE = new Date(1899, 11, 30, 0, 0, 0)
const MS_PER_DAY = 86_400_000
/** Powers of ten a double holds exactly: an integer of at most 15 digits over one of them is parseFloat's result. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, i) => 10 ** i)
const STYLE_UNKNOWN = 0
const STYLE_PLAIN = 1
const STYLE_FORMATTED = 2

/** A shared-string index past the table: SheetJS fails on the whole sheet. */
export class DamagedSheet extends Error {}

interface MutableCell {
  t: string
  v: unknown
  z: string | undefined
}

export class CellDecoder implements StringGate {
  private readonly number: MutableCell = { t: 'n', v: 0, z: undefined }
  /** Per style index (the last entry for cells without a usable style): whether its format prints numbers plainly. */
  private styleKinds = new Uint8Array(64)
  /** Whether a cell named a shared string: such a sheet fails if the table turns out unreadable. */
  namedSharedString = false

  /**
   * `isPlainFormat` says whether createCellText prints a number in format `format` (undefined: General) as
   * plainNumberText does.
   */
  constructor(
    private readonly strings: StreamedStrings,
    private readonly formats: CellFormats,
    private readonly cellText: CellText,
    private readonly isPlainFormat: (format: string | undefined) => boolean,
  ) {}

  waitFor(bytes: Uint8Array, start: number, end: number): number {
    const index = this.indexOf(bytes, start, end)
    return index >= 0 && !this.strings.has(index) ? index : -1
  }

  /** Adds the cell to `row`, or nothing for a cell SheetJS skips (no value where one is needed). */
  // eslint-disable-next-line max-lines-per-function -- runs once per cell: one flat switch over the cell types
  decode(cell: ScannedCell, bytes: Uint8Array, row: RowCells): void {
    const start = row.length
    const { vStart, vEnd } = cell
    switch (cell.type) {
      case CellType.None:
      case CellType.Number: {
        if (vStart < 0) return
        if (this.plainStyle(cell.style) && isCanonicalNumber(bytes, vStart, vEnd)) {
          row.refer(cell.column, bytes, vStart, vEnd, true)
          return
        }
        const value = this.numberOf(bytes, vStart, vEnd)
        if (value === undefined) return
        this.writeNumber(value, cell.style, row)
        row.add(cell.column, start, true)
        return
      }
      case CellType.Shared: {
        if (vStart < 0) return
        this.namedSharedString = true
        const index = this.indexOf(bytes, vStart, vEnd)
        const strings = this.strings.table
        if (!(index >= 0 && index < strings.count)) throw new DamagedSheet(`shared string ${index} is not in the table`)
        const from = strings.start(index)
        const to = strings.end(index)
        row.refer(cell.column, strings.buffer, from, to, to > from || !strings.hasText(index))
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

  /** Whether numbers in style `style` (-1: none) print as plainNumberText prints them. */
  private plainStyle(style: number): boolean {
    const slot = style < 0 ? 0 : style + 1
    if (slot >= this.styleKinds.length) {
      if (slot > 65_536) return false
      const grown = new Uint8Array(Math.max(slot + 1, this.styleKinds.length * 2))
      grown.set(this.styleKinds)
      this.styleKinds = grown
    }
    let kind = this.styleKinds[slot]!
    if (kind === STYLE_UNKNOWN) {
      kind = this.isPlainFormat(this.formats.formatOfStyle(style)) ? STYLE_PLAIN : STYLE_FORMATTED
      this.styleKinds[slot] = kind
    }
    return kind === STYLE_PLAIN
  }

  private writeNumber(value: number, style: number, row: RowCells): void {
    const cell = this.number
    cell.v = value
    cell.z = this.formats.formatOfStyle(style)
    row.writeString(this.cellText(cell))
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
    // At most 15 digits around at most one point: the digits as an integer are exact, and so is their quotient
    // by an exact power of ten (one correctly rounded division), which is what parseFloat returns.
    if (end - i > 0 && end - i <= 16) {
      let value = 0
      let digits = 0
      let point = -1
      for (; i < end; i++) {
        const b = bytes[i]!
        const digit = b - 0x30
        if (digit >= 0 && digit <= 9) {
          value = value * 10 + digit
          digits++
        } else if (b === 0x2e && point < 0) point = i
        else break
      }
      if (i === end && digits > 0 && digits <= 15) {
        const scaled = point < 0 ? value : value / EXACT_POWERS[end - point - 1]!
        return negative ? -scaled : scaled
      }
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

/**
 * Whether a number's raw text is exactly what String(parseFloat(text)) prints: an optional minus, an integer part
 * without leading zeros, an optional fraction without trailing zeros, at most 15 significant digits (so the text is
 * the shortest that reads back as its double), not negative zero, and not below 1e-6 (which prints as an exponent).
 */
export function isCanonicalNumber(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start
  const negative = bytes[i] === 0x2d
  if (negative) i++
  const intStart = i
  while (i < end && bytes[i]! >= 0x30 && bytes[i]! <= 0x39) i++
  const intDigits = i - intStart
  if (intDigits === 0) return false
  const zeroInt = bytes[intStart] === 0x30
  if (zeroInt && intDigits > 1) return false
  if (i === end) return intDigits <= 15 && !(negative && zeroInt)
  if (bytes[i] !== 0x2e) return false
  const fracStart = ++i
  while (i < end && bytes[i]! >= 0x30 && bytes[i]! <= 0x39) i++
  if (i !== end || i === fracStart || bytes[end - 1] === 0x30) return false
  if (!zeroInt) return intDigits + (end - fracStart) <= 15
  let zeros = 0
  while (bytes[fracStart + zeros] === 0x30) zeros++
  return zeros <= 5 && end - fracStart - zeros <= 15
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
