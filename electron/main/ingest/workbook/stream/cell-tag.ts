// Reads the start tag of a worksheet cell the way SheetJS's `parsexmltag` does (the r, t and s attributes, a
// tag ending at its first '>'), and the common cell (`<c r=".." t=".." s=".."><v>..</v></c>`, single-letter
// attributes) in one pass over its bytes: ten million cells take this path, so it allocates nothing and leaves
// every other form to the scanner's general path.
import { isXmlSpace } from './byte-carry'

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const EQUALS = 0x3d
const QUOTE = 0x22
const SPACE = 0x20
const LETTER_C = 0x63
const LETTER_V = 0x76
/** readCommonCell: the cell is not of the common form. */
export const NOT_COMMON = -3

/** Value ranges of a cell tag's r, t and s attributes (-1: absent). */
export interface TagRanges {
  rStart: number
  rEnd: number
  tStart: number
  tEnd: number
  sStart: number
  sEnd: number
}

/** Raw content of a cell's first `<v>` and `<is>` (start -1: none, or an empty `<v>`). */
export interface ValueRanges {
  vStart: number
  vEnd: number
  isStart: number
  isEnd: number
}

/**
 * Reads a cell of the common form whose start tag begins at `lt`: single-letter attributes in double quotes,
 * then `<v>value</v></c>`, `</c>` or nothing (`/>`). Fills `tag` and `value` and returns the index after the
 * cell, or NOT_COMMON for any other form (or one that runs past the bytes), leaving both untouched: the
 * general path then reads the cell from scratch.
 */
// eslint-disable-next-line max-lines-per-function -- the per-cell hot path: its byte positions stay in locals
export function readCommonCell(bytes: Uint8Array, lt: number, tag: TagRanges, value: ValueRanges): number {
  const length = bytes.length
  let rStart = -1
  let rEnd = -1
  let tStart = -1
  let tEnd = -1
  let sStart = -1
  let sEnd = -1
  let i = lt + 2
  let selfClosing = false
  for (;;) {
    if (i + 4 >= length) return NOT_COMMON
    const b = bytes[i]!
    if (b === GT) break
    if (b === SLASH) {
      if (bytes[i + 1] !== GT) return NOT_COMMON
      selfClosing = true
      i++
      break
    }
    if (b !== SPACE || bytes[i + 2] !== EQUALS || bytes[i + 3] !== QUOTE) return NOT_COMMON
    const name = bytes[i + 1]! | 0x20
    if (name < 0x61 || name > 0x7a) return NOT_COMMON
    const valueStart = i + 4
    let j = valueStart
    for (; j < length; j++) {
      const c = bytes[j]!
      if (c === QUOTE) break
      if (c === GT) return NOT_COMMON
    }
    if (j >= length) return NOT_COMMON
    if (name === 0x72) {
      rStart = valueStart
      rEnd = j
    } else if (name === 0x74) {
      tStart = valueStart
      tEnd = j
    } else if (name === 0x73) {
      sStart = valueStart
      sEnd = j
    }
    i = j + 1
  }
  let vStart = -1
  let vEnd = -1
  let resume: number
  const p = i + 1
  if (selfClosing) resume = p
  else if (p + 3 < length && bytes[p] === LT && bytes[p + 1] === LETTER_V && bytes[p + 2] === GT) {
    let q = p + 3
    while (q < length && bytes[q] !== LT) q++
    if (q + 8 > length) return NOT_COMMON
    if (
      bytes[q + 1] !== SLASH ||
      bytes[q + 2] !== LETTER_V ||
      bytes[q + 3] !== GT ||
      bytes[q + 4] !== LT ||
      bytes[q + 5] !== SLASH ||
      bytes[q + 6] !== LETTER_C ||
      bytes[q + 7] !== GT
    ) {
      return NOT_COMMON
    }
    if (q > p + 3) {
      vStart = p + 3
      vEnd = q
    }
    resume = q + 8
  } else if (
    p + 4 <= length &&
    bytes[p] === LT &&
    bytes[p + 1] === SLASH &&
    bytes[p + 2] === LETTER_C &&
    bytes[p + 3] === GT
  ) {
    resume = p + 4
  } else return NOT_COMMON
  tag.rStart = rStart
  tag.rEnd = rEnd
  tag.tStart = tStart
  tag.tEnd = tEnd
  tag.sStart = sStart
  tag.sEnd = sEnd
  value.vStart = vStart
  value.vEnd = vEnd
  value.isStart = value.isEnd = -1
  return resume
}

/**
 * Sets in `tag` the value ranges of the attributes in [from, gt) that SheetJS's `parsexmltag` would file under
 * the keys r, t and s (later ones win), -1 for those absent.
 */
export function readAttributes(bytes: Uint8Array, from: number, gt: number, tag: TagRanges): void {
  tag.rStart = tag.rEnd = tag.tStart = tag.tEnd = tag.sStart = tag.sEnd = -1
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
    if (key === 0x72) {
      tag.rStart = valueStart
      tag.rEnd = valueEnd
    } else if (key === 0x74) {
      tag.tStart = valueStart
      tag.tEnd = valueEnd
    } else if (key === 0x73) {
      tag.sStart = valueStart
      tag.sEnd = valueEnd
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
export function styleIndex(bytes: Uint8Array, start: number, end: number): number {
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
