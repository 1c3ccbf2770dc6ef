// A small event parser for a worksheet part, fed inflated blocks: no DOM, no whole-sheet string. It finds each
// cell of <sheetData> and reports its position, type, style and the raw bytes of its first <v> and <is>, as
// SheetJS's `parse_ws_xml_data` reads them: a tag ends at its first '>', a cell without `r` follows the previous
// one in the row (`tagr`/`tagc`), a row without `r` follows the previous row, and cells are placed by their own
// `r`. Anything it cannot place the way SheetJS does (a malformed reference, a column past XFD or a row past
// 1,048,576, a cell of type "z") throws StreamUnsupported; the caller then lets SheetJS read the file.
// The common cell is read in one pass over its bytes (cell-tag.ts); anything else takes the general path, which
// decides alone where a cell ends. A shared-string cell whose item is not read yet stalls the scan at its `<c`
// with nothing about it recorded (StringGate): the caller reads more strings and calls resume().
import { ByteCarry, isLocalName, nameEnd, tagEnd } from './byte-carry'
import { NOT_COMMON, readAttributes, readCommonCell, styleIndex, type TagRanges, type ValueRanges } from './cell-tag'

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const DOLLAR = 0x24
const SPACE = 0x20
const LETTER_C = 0x63
/** readCell results besides a resume index: the cell is cut off by the end of the bytes, or waits for strings. */
const CUT = -1
const STALLED = -2
const MAX_COLUMN = 16_383
const MAX_ROW = 1_048_575

/** The cell types SheetJS tells apart (`t` attribute). */
export const CellType = {
  /** No `t` attribute: a number, or skipped when it has no value. */
  None: 0,
  Number: 1,
  Shared: 2,
  FormulaString: 3,
  Inline: 4,
  Boolean: 5,
  Error: 6,
  Date: 7,
  /** Any other `t`: SheetJS keeps the raw value as the text. */
  Other: 8,
} as const
export type CellType = (typeof CellType)[keyof typeof CellType]

/** What the scanner learned about one cell; reused between cells, valid only during CellSink.cell. */
export interface ScannedCell extends ValueRanges {
  /** 0-based row and column. */
  row: number
  column: number
  type: CellType
  /** The raw `t` attribute when `type` is Other. */
  typeText: string
  /** The `s` attribute as a style index, or -1 when absent or not a plain decimal (SheetJS then finds no style). */
  style: number
}

export interface CellSink {
  cell(cell: ScannedCell, bytes: Uint8Array): void
}

/** Says whether a shared-string cell can be decoded now. */
export interface StringGate {
  /** The item a cell whose `<v>` holds bytes[start..end) waits for, or -1 when it can be decoded now. */
  waitFor(bytes: Uint8Array, start: number, end: number): number
}

/** The sheet holds something only SheetJS can read faithfully. */
export class StreamUnsupported extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'StreamUnsupported'
  }
}

export class SheetScanner {
  private readonly carry = new ByteCarry()
  private inData = false
  /** Set once </sheetData> (or an empty <sheetData/>) was read. */
  done = false
  /** SheetJS's row counter (1-based) and column counter of the current row piece. */
  private tagr = 0
  private tagc = -1
  /** Whether the current row piece (text after the last </row>) has had its row tag. */
  private rowSeen = false
  /** The r, t and s attributes of the cell or row tag last read. */
  private readonly tag: TagRanges = { rStart: -1, rEnd: -1, tStart: -1, tEnd: -1, sStart: -1, sEnd: -1 }
  private readonly current: ScannedCell = {
    row: 0,
    column: 0,
    type: CellType.None,
    typeText: '',
    style: -1,
    vStart: -1,
    vEnd: -1,
    isStart: -1,
    isEnd: -1,
  }

  /** The shared-string item the scan waits for (see resume), or -1. */
  stalledOn = -1
  private stalledBytes: Uint8Array | undefined
  private stalledAt = 0

  constructor(
    private readonly sink: CellSink,
    private readonly gate?: StringGate,
  ) {}

  /** Scans one more block of the part. `oversized` builds the error for a construct too long to carry. */
  push(block: Uint8Array, oversized: () => Error): void {
    if (this.stalledOn >= 0) throw new Error('the sheet scanner waits for a shared string: resume it first')
    if (this.done) return
    this.scan(this.carry.join(block), 0, oversized)
  }

  /** Goes on from the cell that stalled, once the strings it waits for are read. */
  resume(oversized: () => Error): void {
    const bytes = this.stalledBytes!
    this.stalledBytes = undefined
    this.stalledOn = -1
    this.scan(bytes, this.stalledAt, oversized)
  }

  private scan(bytes: Uint8Array, from: number, oversized: () => Error): void {
    const length = bytes.length
    let at = from
    while (!this.done) {
      const lt = at < length && bytes[at] === LT ? at : bytes.indexOf(LT, at)
      if (lt < 0) {
        at = length
        break
      }
      if (this.inData && bytes[lt + 1] === LETTER_C) {
        const next = bytes[lt + 2]
        if (next === SPACE || next === GT) {
          const end = readCommonCell(bytes, lt, this.tag, this.current)
          const after = end === NOT_COMMON ? NOT_COMMON : this.emitCell(bytes, end)
          if (after >= 0) {
            at = after
            continue
          }
          if (after === STALLED) return this.stall(bytes, lt)
        }
      }
      const gt = tagEnd(bytes, lt + 1)
      if (gt < 0) {
        at = lt
        break
      }
      const first = bytes[lt + 1]!
      if (first === SLASH) {
        this.closeTag(bytes, lt + 2, gt)
        at = gt + 1
        continue
      }
      const end = nameEnd(bytes, lt + 1, gt)
      if (!this.inData) {
        if (isLocalName(bytes, lt + 1, end, 'sheetData')) {
          this.inData = true
          if (bytes[gt - 1] === SLASH) this.done = true
        }
        at = gt + 1
        continue
      }
      if (isLocalName(bytes, lt + 1, end, 'c')) {
        const after = this.readCell(bytes, end, gt)
        if (after === STALLED) return this.stall(bytes, lt)
        if (after === CUT) {
          at = lt
          break
        }
        at = after
      } else {
        if (isLocalName(bytes, lt + 1, end, 'row')) this.openRow(bytes, end, gt)
        at = gt + 1
      }
    }
    if (this.done) return
    if (!this.carry.keep(bytes, at)) throw oversized()
  }

  private stall(bytes: Uint8Array, lt: number): void {
    this.stalledBytes = bytes
    this.stalledAt = lt
  }

  private closeTag(bytes: Uint8Array, from: number, gt: number): void {
    if (!this.inData) return
    if (isLocalName(bytes, from, gt, 'row')) this.rowSeen = false
    else if (isLocalName(bytes, from, gt, 'sheetData')) this.done = true
  }

  private openRow(bytes: Uint8Array, nameEnd: number, gt: number): void {
    if (this.rowSeen) return
    this.rowSeen = true
    this.tagc = -1
    readAttributes(bytes, nameEnd, gt, this.tag)
    const { rStart, rEnd } = this.tag
    if (rStart < 0) {
      this.tagr++
      return
    }
    let row = 0
    let i = rStart
    for (; i < rEnd && i - rStart < 15; i++) {
      const digit = bytes[i]! - 0x30
      if (digit < 0 || digit > 9) break
      row = row * 10 + digit
    }
    if (i === rEnd && i > rStart) {
      this.tagr = row
      return
    }
    const r = latin1(bytes, rStart, rEnd)
    if (!/^\d+$/.test(r)) throw new StreamUnsupported(`a row numbered "${r}"`)
    this.tagr = parseInt(r, 10)
  }

  /** Reads the cell whose start tag ends its name at `end` and the tag at `gt`; returns where scanning resumes, CUT or STALLED. */
  private readCell(bytes: Uint8Array, end: number, gt: number): number {
    const cell = this.current
    readAttributes(bytes, end, gt, this.tag)
    cell.vStart = cell.vEnd = cell.isStart = cell.isEnd = -1
    let resume: number
    if (bytes[gt - 1] === SLASH) resume = gt + 1
    else {
      resume = this.readCellBody(bytes, gt + 1)
      if (resume < 0) return CUT
    }
    return this.emitCell(bytes, resume)
  }

  /** Places, types and reports the cell whose attributes and body were read; STALLED leaves no trace of it. */
  private emitCell(bytes: Uint8Array, resume: number): number {
    const cell = this.current
    this.readType(bytes, this.tag.tStart, this.tag.tEnd)
    if (cell.type === CellType.Shared && cell.vStart >= 0 && this.gate) {
      const wanted = this.gate.waitFor(bytes, cell.vStart, cell.vEnd)
      if (wanted >= 0) {
        this.stalledOn = wanted
        return STALLED
      }
    }
    const { rStart, rEnd, sStart, sEnd } = this.tag
    if (rStart >= 0) {
      this.placeByReference(bytes, rStart, rEnd)
      this.tagc = cell.column
    } else {
      cell.row = this.tagr - 1
      cell.column = ++this.tagc
    }
    if (cell.row < 0 || cell.row > MAX_ROW || cell.column < 0 || cell.column > MAX_COLUMN) {
      throw new StreamUnsupported(`a cell at row ${cell.row + 1}, column ${cell.column + 1}`)
    }
    cell.style = sStart < 0 ? -1 : styleIndex(bytes, sStart, sEnd)
    this.sink.cell(cell, bytes)
    return resume
  }

  /** Scans a cell's content for its first <v> and <is>; returns the index after </c>, or -1 if cut off. */
  private readCellBody(bytes: Uint8Array, from: number): number {
    const cell = this.current
    let at = from
    for (;;) {
      const lt = bytes.indexOf(LT, at)
      if (lt < 0) return -1
      const gt = tagEnd(bytes, lt + 1)
      if (gt < 0) return -1
      if (bytes[lt + 1] === SLASH) {
        // </c> ends the cell; a </row> before it (malformed) ends it too and is read again by the caller.
        if (isLocalName(bytes, lt + 2, gt, 'c')) return gt + 1
        if (isLocalName(bytes, lt + 2, gt, 'row') || isLocalName(bytes, lt + 2, gt, 'sheetData')) return lt
        at = gt + 1
        continue
      }
      const end = nameEnd(bytes, lt + 1, gt)
      if (isLocalName(bytes, lt + 1, end, 'c')) return lt
      const selfClosing = bytes[gt - 1] === SLASH
      if (!selfClosing && cell.vStart < 0 && isLocalName(bytes, lt + 1, end, 'v')) {
        const close = closingTag(bytes, gt + 1, 'v')
        if (close < 0) return -1
        if (close > gt + 1) {
          cell.vStart = gt + 1
          cell.vEnd = close
        }
        at = tagEnd(bytes, close) + 1
        continue
      }
      // SheetJS matches only a bare <is>, without attributes.
      if (cell.isStart < 0 && end === gt && isLocalName(bytes, lt + 1, end, 'is')) {
        const close = closingTag(bytes, gt + 1, 'is')
        if (close < 0) return -1
        cell.isStart = gt + 1
        cell.isEnd = close
        at = tagEnd(bytes, close) + 1
        continue
      }
      at = gt + 1
    }
  }

  /** SheetJS's `decode_cell` of the `r` attribute, which must be `$?LETTERS$?DIGITS`. */
  private placeByReference(bytes: Uint8Array, start: number, end: number): void {
    let i = start
    if (bytes[i] === DOLLAR) i++
    let column = 0
    const lettersStart = i
    while (i < end && bytes[i]! >= 0x41 && bytes[i]! <= 0x5a) column = column * 26 + (bytes[i++]! - 64)
    const letters = i - lettersStart
    if (bytes[i] === DOLLAR) i++
    let row = 0
    const digitsStart = i
    while (i < end && bytes[i]! >= 0x30 && bytes[i]! <= 0x39) row = row * 10 + (bytes[i++]! - 48)
    if (letters === 0 || letters > 3 || i === digitsStart || i - digitsStart > 7 || i !== end) {
      throw new StreamUnsupported(`a cell reference "${latin1(bytes, start, end)}"`)
    }
    this.current.column = column - 1
    this.current.row = row - 1
  }

  private readType(bytes: Uint8Array, start: number, end: number): void {
    const cell = this.current
    if (start < 0) {
      cell.type = CellType.None
      return
    }
    const length = end - start
    const b0 = bytes[start]
    if (length === 0 || (length === 1 && b0 === 0x6e)) cell.type = CellType.Number
    else if (length === 1 && b0 === 0x73) cell.type = CellType.Shared
    else if (length === 1 && b0 === 0x62) cell.type = CellType.Boolean
    else if (length === 1 && b0 === 0x65) cell.type = CellType.Error
    else if (length === 1 && b0 === 0x64) cell.type = CellType.Date
    else {
      const text = latin1(bytes, start, end)
      if (text === 'str') cell.type = CellType.FormulaString
      else if (text === 'inlineStr') cell.type = CellType.Inline
      else if (text === 'z') throw new StreamUnsupported('a cell of type "z"')
      else {
        cell.type = CellType.Other
        cell.typeText = text
      }
    }
  }
}

/** Index of the `<` of the first `</name>` (any prefix) at or after `from`, or -1. */
function closingTag(bytes: Uint8Array, from: number, name: string): number {
  for (let lt = bytes.indexOf(LT, from); lt >= 0; lt = bytes.indexOf(LT, lt + 1)) {
    if (bytes[lt + 1] !== SLASH) continue
    const gt = tagEnd(bytes, lt + 2)
    if (gt < 0) return -1
    if (isLocalName(bytes, lt + 2, gt, name)) return lt
  }
  return -1
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1')
}
