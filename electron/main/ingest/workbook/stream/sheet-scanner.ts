// A small event parser for a worksheet part, fed inflated blocks: no DOM, no whole-sheet string. It finds each
// cell of <sheetData> and reports its position, type, style and the raw bytes of its first <v> and <is>, as
// SheetJS's `parse_ws_xml_data` reads them: a tag ends at its first '>', a cell without `r` follows the previous
// one in the row (`tagr`/`tagc`), a row without `r` follows the previous row, and cells are placed by their own
// `r`. Anything it cannot place the way SheetJS does (a malformed reference, a column past XFD or a row past
// 1,048,576, a cell of type "z") throws StreamUnsupported; the caller then lets SheetJS read the file.
import { ByteCarry, isLocalName, isXmlSpace, nameEnd, tagEnd } from './byte-carry'

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const EQUALS = 0x3d
const DOLLAR = 0x24
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
export interface ScannedCell {
  /** 0-based row and column. */
  row: number
  column: number
  type: CellType
  /** The raw `t` attribute when `type` is Other. */
  typeText: string
  /** The `s` attribute as a style index, or -1 when absent or not a plain decimal (SheetJS then finds no style). */
  style: number
  /** Raw content of the first `<v>`, or vStart = -1 when there is none or it is empty. */
  vStart: number
  vEnd: number
  /** Raw content of the first `<is>`, or isStart = -1. */
  isStart: number
  isEnd: number
}

export interface CellSink {
  cell(cell: ScannedCell, bytes: Uint8Array): void
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
  /** Value ranges of the r, t and s attributes of the tag last read by readAttributes (-1: absent). */
  private rStart = -1
  private rEnd = -1
  private tStart = -1
  private tEnd = -1
  private sStart = -1
  private sEnd = -1
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

  constructor(private readonly sink: CellSink) {}

  /** Scans one more block of the part. `oversized` builds the error for a construct too long to carry. */
  push(block: Uint8Array, oversized: () => Error): void {
    if (this.done) return
    const bytes = this.carry.join(block)
    const length = bytes.length
    let at = 0
    while (!this.done) {
      const lt = bytes.indexOf(LT, at)
      if (lt < 0) {
        at = length
        break
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
        const after = this.readCell(bytes, lt, end, gt)
        if (after < 0) {
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

  private closeTag(bytes: Uint8Array, from: number, gt: number): void {
    if (!this.inData) return
    if (isLocalName(bytes, from, gt, 'row')) this.rowSeen = false
    else if (isLocalName(bytes, from, gt, 'sheetData')) this.done = true
  }

  private openRow(bytes: Uint8Array, nameEnd: number, gt: number): void {
    if (this.rowSeen) return
    this.rowSeen = true
    this.tagc = -1
    this.readAttributes(bytes, nameEnd, gt)
    const r = this.rStart < 0 ? undefined : latin1(bytes, this.rStart, this.rEnd)
    if (r === undefined) {
      this.tagr++
      return
    }
    if (!/^\d+$/.test(r)) throw new StreamUnsupported(`a row numbered "${r}"`)
    this.tagr = parseInt(r, 10)
  }

  /** Reads the cell whose start tag spans [lt, gt]; returns where scanning resumes, or -1 if the cell is cut off. */
  private readCell(bytes: Uint8Array, lt: number, end: number, gt: number): number {
    const cell = this.current
    this.readAttributes(bytes, end, gt)
    const { rStart, rEnd, tStart, tEnd, sStart, sEnd } = this
    cell.vStart = cell.vEnd = cell.isStart = cell.isEnd = -1
    let resume: number
    if (bytes[gt - 1] === SLASH) resume = gt + 1
    else {
      resume = this.readCellBody(bytes, gt + 1)
      if (resume < 0) return -1
    }
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
    this.readType(bytes, tStart, tEnd)
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
        if (close > gt + 1) (cell.vStart = gt + 1), (cell.vEnd = close)
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

  /**
   * Sets the value ranges of the attributes in [from, gt) that SheetJS's `parsexmltag` would file under the
   * keys r, t and s (later ones win), -1 for those absent.
   */
  private readAttributes(bytes: Uint8Array, from: number, gt: number): void {
    this.rStart = this.rEnd = this.tStart = this.tEnd = this.sStart = this.sEnd = -1
    let i = from
    while (i < gt) {
      while (i < gt && isXmlSpace(bytes[i]!)) i++
      const nameStart = i
      while (i < gt) {
        const b = bytes[i]!
        if (b === EQUALS || b === 0x22 || b === 0x3f || b === GT || b === SLASH || isXmlSpace(b)) break
        i++
      }
      const nameStop = i
      while (i < gt && isXmlSpace(bytes[i]!)) i++
      if (nameStop === nameStart || bytes[i] !== EQUALS) {
        i = Math.max(i, nameStart + 1)
        continue
      }
      i++
      while (i < gt && isXmlSpace(bytes[i]!)) i++
      const quote = bytes[i]
      let valueStart: number
      let valueEnd: number
      if (quote === 0x22 || quote === 0x27) {
        valueStart = i + 1
        valueEnd = bytes.indexOf(quote, valueStart)
        if (valueEnd < 0 || valueEnd > gt) return
        i = valueEnd + 1
      } else {
        valueStart = i
        while (i < gt && !isXmlSpace(bytes[i]!) && bytes[i] !== 0x22 && bytes[i] !== 0x27) i++
        valueEnd = i
      }
      const key = attributeKey(bytes, nameStart, nameStop)
      if (key === 0x72) (this.rStart = valueStart), (this.rEnd = valueEnd)
      else if (key === 0x74) (this.tStart = valueStart), (this.tEnd = valueEnd)
      else if (key === 0x73) (this.sStart = valueStart), (this.sEnd = valueEnd)
    }
  }
}

/**
 * The key SheetJS files an attribute name under, reduced to what matters here: the char code of `r`, `t` or
 * `s` (either case) when the name is that letter, `prefix:` that letter, or that letter followed by `_...`.
 */
function attributeKey(bytes: Uint8Array, start: number, end: number): number {
  let colon = -1
  for (let i = start; i < end; i++) {
    if (bytes[i] === 0x3a) {
      colon = i
      break
    }
  }
  let keyStart = start
  let keyEnd = end
  if (colon >= 0) keyStart = colon + 1
  else {
    for (let i = start + 1; i < end; i++) {
      if (bytes[i] === 0x5f) {
        keyEnd = i
        break
      }
    }
  }
  if (keyEnd - keyStart !== 1) return 0
  const b = bytes[keyStart]! | 0x20
  return b === 0x72 || b === 0x74 || b === 0x73 ? b : 0
}

/** SheetJS indexes its style array with the attribute text: only a canonical decimal finds a style. */
function styleIndex(bytes: Uint8Array, start: number, end: number): number {
  if (end === start || end - start > 9) return -1
  if (bytes[start] === 0x30 && end - start > 1) return -1
  let index = 0
  for (let i = start; i < end; i++) {
    const b = bytes[i]!
    if (b < 0x30 || b > 0x39) return -1
    index = index * 10 + (b - 0x30)
  }
  return index
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
