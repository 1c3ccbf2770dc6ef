// Reads the shapes most number and amount cells take (`1234`, `-1,234.56`, `1.234,56 €`, `12 345,67`, `$12`,
// `USD 5`, `40%`) with one pass over the characters. Invariant: for every cell it accepts, the text, digits, sign,
// marks and percent equal what cleanValue + scanAmount + readAmountDigits give; any other cell gives null.
import type { DecimalRead } from './number'
import type { DecimalSeparator } from './decimal-text'

/** An amount cell in a common shape, read as the general scanner would read it. */
export interface PlainAmount {
  /** The cleaned cell (the raw cell without surrounding spaces). */
  readonly text: string
  readonly read: DecimalRead
  /** The currency mark as written, or null. */
  readonly mark: string | null
  readonly percent: boolean
}

const SPACE = 0x20
const MINUS = 0x2d
const PERCENT = 0x25
const DOT = 0x2e
const COMMA = 0x2c
// Longer than any amount clients write, far too short to overflow a double.
const MAX_BODY = 30

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** Whether scanAmount's word ends before `at`: a mark must be followed by one of these to be the whole word. */
function endsWord(raw: string, at: number, end: number): boolean {
  if (at >= end) return true
  const code = raw.charCodeAt(at)
  return code === SPACE || code === MINUS || code === PERCENT || isDigit(code)
}

/**
 * The end of the currency mark at `at` (letters only, or one symbol from `symbols`), or -1 when the word there
 * is anything else. `isCurrency` decides letter words; `symbols` holds the symbol characters known as marks.
 */
function markEnd(raw: string, at: number, end: number, isCurrency: (word: string) => boolean, symbols: ReadonlySet<number>): number {
  if (at >= end) return -1
  const first = raw.charCodeAt(at)
  let to = at + 1
  if (isLetter(first)) {
    while (to < end && isLetter(raw.charCodeAt(to))) to++
    return endsWord(raw, to, end) && isCurrency(raw.slice(at, to)) ? to : -1
  }
  return symbols.has(first) && endsWord(raw, to, end) ? to : -1
}

/** The digits of `text[start, end)` without its group separators (char code `group`). */
function withoutGroups(text: string, start: number, end: number, group: number): string {
  let digits = ''
  let from = start
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === group) {
      digits += text.slice(from, i)
      from = i + 1
    }
  }
  return digits + text.slice(from, end)
}

/** Whether `count` separators sit every `step` characters from `at`. */
function separatorsAt(text: string, at: number, count: number, step: number, group: number): boolean {
  for (let k = 0; k < count; k++) if (text.charCodeAt(at + k * step) !== group) return false
  return true
}

/**
 * The digits of an integer part holding `groups` (> 0) separators and digits otherwise, when its grouping is
 * regular: thousands (a first group of 1-3 digits, then groups of 3) or, with a decimal point, lakh grouping
 * (1-2, then groups of 2, then 3). The first digit must not be 0. Else null.
 */
function groupedDigits(text: string, start: number, end: number, groups: number, group: number, lakh: boolean): string | null {
  if (text.charCodeAt(start) === 0x30) return null
  const length = end - start
  const first = length - 4 * groups
  if (first >= 1 && first <= 3 && separatorsAt(text, start + first, groups, 4, group)) return withoutGroups(text, start, end, group)
  if (!lakh || groups < 2) return null
  const head = length - 3 * groups - 1
  const regular = head >= 1 && head <= 2 && separatorsAt(text, start + head, groups - 1, 3, group) &&
    text.charCodeAt(start + head + 3 * (groups - 1)) === group
  return regular ? withoutGroups(text, start, end, group) : null
}

/**
 * readDecimal's reading under one decimal separator of digits holding `own` of its separators (the last at
 * `ownAt`) and `other` of the other one (the last at `otherAt`); `body` is the digits as written.
 */
function readUnder(
  text: string, start: number, end: number, body: string,
  own: number, ownAt: number, other: number, otherAt: number, separator: number,
): string | null {
  if (own > 1 || (own === 1 && otherAt > ownAt)) return null
  const integerEnd = own === 1 ? ownAt : end
  if (other === 0) return own === 0 || separator === DOT ? body : `${text.slice(start, ownAt)}.${text.slice(ownAt + 1, end)}`
  const integer = groupedDigits(text, start, integerEnd, other, separator === DOT ? COMMA : DOT, separator === DOT)
  if (integer === null) return null
  return own === 1 ? `${integer}.${text.slice(ownAt + 1, end)}` : integer
}

/** readAmountDigits for `text[start, end)`: digits with `.`/`,`/space separators only, first and last a digit. */
export function readPlainDigits(text: string, start: number, end: number, negative: boolean, separator: DecimalSeparator): DecimalRead | null {
  let dots = 0
  let commas = 0
  let spaces = 0
  let lastDot = -1
  let lastComma = -1
  let nonZero = false
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === DOT) {
      dots++
      lastDot = i
    } else if (code === COMMA) {
      commas++
      lastComma = i
    } else if (code === SPACE) spaces++
    else if (code !== 0x30) nonZero = true
  }
  const body = start === 0 && end === text.length ? text : text.slice(start, end)
  let digits: string
  let mismatch: DecimalSeparator | null = null
  if (spaces > 0) {
    // Space grouping (`12 345,67`): regular thousands before the one decimal separator, if any, which the cell proves.
    if (dots + commas > 1) return null
    const pointAt = dots === 1 ? lastDot : commas === 1 ? lastComma : end
    const integer = groupedDigits(text, start, pointAt, spaces, SPACE, false)
    if (integer === null) return null
    if (pointAt === end) digits = integer
    else {
      digits = `${integer}.${text.slice(pointAt + 1, end)}`
      const proven: DecimalSeparator = dots === 1 ? '.' : ','
      if (separator !== proven) mismatch = proven
    }
  } else if (dots === 0 && commas === 0) digits = body
  else {
    const dot = readUnder(text, start, end, body, dots, lastDot, commas, lastComma, DOT)
    const comma = readUnder(text, start, end, body, commas, lastComma, dots, lastDot, COMMA)
    if (dot === null) {
      if (comma === null) return null
      digits = comma
      if (separator !== ',') mismatch = ','
    } else if (comma === null) {
      digits = dot
      if (separator !== '.') mismatch = '.'
    } else digits = separator === '.' || dot === comma ? dot : comma
  }
  return { text: negative && nonZero ? `-${digits}` : digits, mismatch }
}

/**
 * Reads a cell of the form [-][mark[ ]][-]digits[[ ]mark or %] (at most one sign, one mark, no other word; the
 * digits may hold `.`, `,` and single spaces), with plain spaces around it at most; null for any other cell, for irregular grouping and for cells the general path
 * must judge (several marks, brackets, exponents, words). `isCurrency` decides letter words, `symbols` holds the
 * symbol characters that are currency marks.
 */
export function readPlainAmount(
  raw: string,
  separator: DecimalSeparator,
  isCurrency: (word: string) => boolean,
  symbols: ReadonlySet<number>,
): PlainAmount | null {
  let start = 0
  let end = raw.length
  while (start < end && raw.charCodeAt(start) === SPACE) start++
  while (end > start && raw.charCodeAt(end - 1) === SPACE) end--
  if (start === end) return null
  let i = start
  let negative = false
  let markAt = -1
  let markTo = -1
  if (raw.charCodeAt(i) === MINUS) {
    negative = true
    i++
  }
  if (i >= end) return null
  if (!isDigit(raw.charCodeAt(i))) {
    markTo = markEnd(raw, i, end, isCurrency, symbols)
    if (markTo === -1) return null
    markAt = i
    i = markTo
    if (i < end && raw.charCodeAt(i) === SPACE) i++
    if (!negative && i < end && raw.charCodeAt(i) === MINUS) {
      negative = true
      i++
    }
    if (i >= end || !isDigit(raw.charCodeAt(i))) return null
  }
  const bodyStart = i
  while (i < end) {
    const code = raw.charCodeAt(i)
    if (!isDigit(code) && code !== DOT && code !== COMMA && code !== SPACE) break
    i++
  }
  // The digits end at their last digit (scanAmount's run does): spaces after it belong to what follows.
  while (raw.charCodeAt(i - 1) === SPACE) i--
  const bodyEnd = i
  if (!isDigit(raw.charCodeAt(bodyEnd - 1)) || bodyEnd - bodyStart > MAX_BODY) return null
  let percent = false
  if (i < end) {
    if (raw.charCodeAt(i) === SPACE) i++
    if (i < end && raw.charCodeAt(i) === PERCENT) {
      percent = true
      i++
    } else if (markAt === -1) {
      markTo = markEnd(raw, i, end, isCurrency, symbols)
      if (markTo === -1) return null
      markAt = i
      i = markTo
    }
    if (i !== end) return null
  }
  const read = readPlainDigits(raw, bodyStart, bodyEnd, negative, separator)
  if (read === null) return null
  const text = start === 0 && end === raw.length ? raw : raw.slice(start, end)
  return { text, read, mark: markAt === -1 ? null : raw.slice(markAt, markTo), percent }
}
