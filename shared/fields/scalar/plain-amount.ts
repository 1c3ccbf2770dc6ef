// Reads the shapes most number and amount cells take (`1234`, `-1,234.56`, `1.234,56 €`, `12 345,67`, `$12`,
// `USD 5`, `40%`) with one pass over the characters. Invariant: for every cell it accepts, the text, digits, sign,
// marks and percent equal what cleanValue + scanAmount + readAmountDigits give; any other cell gives null. The
// verdict reading (readPlainAmountVerdict) accepts the same cells and makes no strings: its value and flags are
// what readPlainAmount's strings give.
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
function markEnd(
  raw: string,
  at: number,
  end: number,
  isCurrency: (word: string) => boolean,
  symbols: ReadonlySet<number>,
): number {
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
 * Whether an integer part holding `groups` (> 0) separators and digits otherwise is regularly grouped: thousands
 * (a first group of 1-3 digits, then groups of 3) or, with a decimal point, lakh grouping (1-2, then groups of 2,
 * then 3). The first digit must not be 0.
 */
function regularGroups(
  text: string,
  start: number,
  end: number,
  groups: number,
  group: number,
  lakh: boolean,
): boolean {
  if (text.charCodeAt(start) === 0x30) return false
  const length = end - start
  const first = length - 4 * groups
  if (first >= 1 && first <= 3 && separatorsAt(text, start + first, groups, 4, group)) return true
  if (!lakh || groups < 2) return false
  const head = length - 3 * groups - 1
  return (
    head >= 1 &&
    head <= 2 &&
    separatorsAt(text, start + head, groups - 1, 3, group) &&
    text.charCodeAt(start + head + 3 * (groups - 1)) === group
  )
}

const INVALID = -1
const NO_GROUP = 0

/**
 * readDecimal's reading under one decimal separator of digits holding `own` of its separators (the last at
 * `ownAt`, the decimal separator when there is one) and `other` of the other one (the last at `otherAt`): the
 * group separator the reading drops (NO_GROUP for none), or INVALID when the digits do not read that way.
 */
function readUnder(
  text: string,
  start: number,
  end: number,
  own: number,
  ownAt: number,
  other: number,
  otherAt: number,
  separator: number,
): number {
  if (own > 1 || (own === 1 && otherAt > ownAt)) return INVALID
  if (other === 0) return NO_GROUP
  const group = separator === DOT ? COMMA : DOT
  return regularGroups(text, start, own === 1 ? ownAt : end, other, group, separator === DOT) ? group : INVALID
}

/**
 * How the last cell readPlainShape accepted reads (one object, reused: read it before the next call). Its digits
 * are the body without `group` characters, with the decimal separator at `pointAt` read as a point.
 */
interface PlainShape {
  /** The cleaned cell: raw[start, end). */
  start: number
  end: number
  negative: boolean
  /** The currency mark, raw[markAt, markTo), or markAt -1. */
  markAt: number
  markTo: number
  percent: boolean
  /** The digits as written: raw[bodyStart, bodyEnd). */
  bodyStart: number
  bodyEnd: number
  /** A digit other than 0 is written. */
  nonZero: boolean
  /** Where the decimal separator is, or -1. */
  pointAt: number
  /** The char code of the group separator the reading drops, or NO_GROUP. */
  group: number
  mismatch: DecimalSeparator | null
  /** The digits from the first non-zero one as an integer (exact while `significant` <= 15), and their count. */
  mantissa: number
  significant: number
  /** How many digits follow the decimal separator. */
  fraction: number
}

const shape: PlainShape = {
  start: 0,
  end: 0,
  negative: false,
  markAt: -1,
  markTo: -1,
  percent: false,
  bodyStart: 0,
  bodyEnd: 0,
  nonZero: false,
  pointAt: -1,
  group: NO_GROUP,
  mismatch: null,
  mantissa: 0,
  significant: 0,
  fraction: 0,
}

/**
 * readAmountDigits for `text[start, end)` (digits with `.`/`,`/space separators only, first and last a digit,
 * holding `dots`, `commas` and `spaces` of those, the last dot at `lastDot`, the last comma at `lastComma`), into
 * `shape`'s pointAt, group and mismatch; false when they do not read.
 */
function readPlainDigitsShape(
  text: string,
  start: number,
  end: number,
  separator: DecimalSeparator,
  dots: number,
  commas: number,
  spaces: number,
  lastDot: number,
  lastComma: number,
): boolean {
  shape.mismatch = null
  if (spaces > 0) {
    // Space grouping (`12 345,67`): regular thousands before the one decimal separator, if any, which the cell proves.
    if (dots + commas > 1) return false
    const pointAt = dots === 1 ? lastDot : commas === 1 ? lastComma : -1
    if (!regularGroups(text, start, pointAt === -1 ? end : pointAt, spaces, SPACE, false)) return false
    shape.pointAt = pointAt
    shape.group = SPACE
    if (pointAt !== -1) {
      const proven: DecimalSeparator = dots === 1 ? '.' : ','
      if (separator !== proven) shape.mismatch = proven
    }
    return true
  }
  if (dots === 0 && commas === 0) {
    shape.pointAt = -1
    shape.group = NO_GROUP
    return true
  }
  const dot = readUnder(text, start, end, dots, lastDot, commas, lastComma, DOT)
  const comma = readUnder(text, start, end, commas, lastComma, dots, lastDot, COMMA)
  // With a separator written, the two readings never give the same digits: the column's separator picks one.
  let useDot: boolean
  if (dot === INVALID) {
    if (comma === INVALID) return false
    useDot = false
    if (separator !== ',') shape.mismatch = ','
  } else if (comma === INVALID) {
    useDot = true
    if (separator !== '.') shape.mismatch = '.'
  } else useDot = separator === '.'
  if (useDot) {
    shape.pointAt = dots === 1 ? lastDot : -1
    shape.group = dot
  } else {
    shape.pointAt = commas === 1 ? lastComma : -1
    shape.group = comma
  }
  return true
}

/** The digits `shape` describes as a plain decimal string (`1234.56`), without the sign. */
function shapeDigits(text: string): string {
  const { bodyStart, bodyEnd, pointAt, group } = shape
  const integerEnd = pointAt === -1 ? bodyEnd : pointAt
  if (group === NO_GROUP && (pointAt === -1 || text.charCodeAt(pointAt) === DOT)) {
    return bodyStart === 0 && bodyEnd === text.length ? text : text.slice(bodyStart, bodyEnd)
  }
  const integer =
    group === NO_GROUP ? text.slice(bodyStart, integerEnd) : withoutGroups(text, bodyStart, integerEnd, group)
  return pointAt === -1 ? integer : `${integer}.${text.slice(pointAt + 1, bodyEnd)}`
}

/**
 * Reads a cell of the form [-][mark[ ]][-]digits[[ ]mark or %] (at most one sign, one mark, no other word; the
 * digits may hold `.`, `,` and single spaces), with plain spaces around it at most, into `shape`; false for any
 * other cell, for irregular grouping and for cells the general path must judge (several marks, brackets,
 * exponents, words). `isCurrency` decides letter words, `symbols` holds the symbol characters that are marks.
 */
function readPlainShape(
  raw: string,
  separator: DecimalSeparator,
  isCurrency: (word: string) => boolean,
  symbols: ReadonlySet<number>,
): boolean {
  let start = 0
  let end = raw.length
  while (start < end && raw.charCodeAt(start) === SPACE) start++
  while (end > start && raw.charCodeAt(end - 1) === SPACE) end--
  if (start === end) return false
  let i = start
  let negative = false
  let markAt = -1
  let markTo = -1
  if (raw.charCodeAt(i) === MINUS) {
    negative = true
    i++
  }
  if (i >= end) return false
  if (!isDigit(raw.charCodeAt(i))) {
    markTo = markEnd(raw, i, end, isCurrency, symbols)
    if (markTo === -1) return false
    markAt = i
    i = markTo
    if (i < end && raw.charCodeAt(i) === SPACE) i++
    if (!negative && i < end && raw.charCodeAt(i) === MINUS) {
      negative = true
      i++
    }
    if (i >= end || !isDigit(raw.charCodeAt(i))) return false
  }
  const bodyStart = i
  // The separators, and the digits as one integer (the reading only places the point in it).
  let dots = 0
  let commas = 0
  let spaces = 0
  let lastDot = -1
  let lastComma = -1
  let mantissa = 0
  let significant = 0
  while (i < end) {
    const code = raw.charCodeAt(i)
    if (code >= 0x30 && code <= 0x39) {
      if (code !== 0x30 || significant !== 0) {
        significant++
        mantissa = mantissa * 10 + (code - 0x30)
      }
    } else if (code === DOT) {
      dots++
      lastDot = i
    } else if (code === COMMA) {
      commas++
      lastComma = i
    } else if (code === SPACE) spaces++
    else break
    i++
  }
  // The digits end at their last digit (scanAmount's run does): spaces after it belong to what follows.
  while (raw.charCodeAt(i - 1) === SPACE) {
    i--
    spaces--
  }
  const bodyEnd = i
  if (!isDigit(raw.charCodeAt(bodyEnd - 1)) || bodyEnd - bodyStart > MAX_BODY) return false
  let percent = false
  if (i < end) {
    if (raw.charCodeAt(i) === SPACE) i++
    if (i < end && raw.charCodeAt(i) === PERCENT) {
      percent = true
      i++
    } else if (markAt === -1) {
      markTo = markEnd(raw, i, end, isCurrency, symbols)
      if (markTo === -1) return false
      markAt = i
      i = markTo
    }
    if (i !== end) return false
  }
  if (!readPlainDigitsShape(raw, bodyStart, bodyEnd, separator, dots, commas, spaces, lastDot, lastComma)) return false
  const pointAt = shape.pointAt
  shape.nonZero = significant !== 0
  shape.mantissa = mantissa
  shape.significant = significant
  // Every separator a reading accepts stands before its decimal separator: digits alone follow it.
  shape.fraction = pointAt === -1 ? 0 : bodyEnd - pointAt - 1
  shape.start = start
  shape.end = end
  shape.negative = negative
  shape.markAt = markAt
  shape.markTo = markTo
  shape.percent = percent
  shape.bodyStart = bodyStart
  shape.bodyEnd = bodyEnd
  return true
}

/** readPlainShape's cell as the general scanner would read it, or null. */
export function readPlainAmount(
  raw: string,
  separator: DecimalSeparator,
  isCurrency: (word: string) => boolean,
  symbols: ReadonlySet<number>,
): PlainAmount | null {
  if (!readPlainShape(raw, separator, isCurrency, symbols)) return null
  const { start, end, negative, markAt, markTo, percent, nonZero, mismatch } = shape
  const digits = shapeDigits(raw)
  const read: DecimalRead = { text: negative && nonZero ? `-${digits}` : digits, mismatch }
  const text = start === 0 && end === raw.length ? raw : raw.slice(start, end)
  return { text, read, mark: markAt === -1 ? null : raw.slice(markAt, markTo), percent }
}

const POWERS = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
]
const MAX_DIGITS = 15

/**
 * Number() of `shape`'s digits (0 for zero, never -0) without reading them again: an integer below 10^15 and a
 * power of ten up to 10^22 are exact doubles, so their quotient is the correctly rounded value Number() gives.
 * NaN past those bounds.
 */
function shapeValue(): number {
  const { mantissa, significant, fraction } = shape
  if (significant === 0) return 0
  if (significant > MAX_DIGITS || fraction >= POWERS.length) return Number.NaN
  const magnitude = mantissa / (POWERS[fraction] as number)
  return shape.negative ? -magnitude : magnitude
}

/** What a currency amount verdict needs of a plain cell (see readPlainAmountVerdict). */
export interface PlainVerdict {
  /** The amount (0 for zero, never -0). */
  value: number
  mismatch: DecimalSeparator | null
  /** The cell is not written as its value in the column's convention (or has a mark): the normaliser fixes it. */
  fixed: boolean
}

/**
 * readPlainAmount's cell, when it has no percent sign, read into `out` without making strings: the value
 * Number() gives its digits, the mismatch, and whether the cell has a mark or differs from its digits written
 * in the column's convention. False for any other cell.
 */
export function readPlainAmountVerdict(
  raw: string,
  separator: DecimalSeparator,
  isCurrency: (word: string) => boolean,
  symbols: ReadonlySet<number>,
  out: PlainVerdict,
): boolean {
  if (!readPlainShape(raw, separator, isCurrency, symbols) || shape.percent) return false
  let value = shapeValue()
  if (Number.isNaN(value)) {
    const digits = shapeDigits(raw)
    value = Number(shape.negative && shape.nonZero ? `-${digits}` : digits)
    if (value === 0) value = 0
  }
  const { pointAt, group, negative, nonZero, markAt } = shape
  out.value = value
  out.mismatch = shape.mismatch
  // Without a mark the cell is [-]digits: it reads as written unless a group separator goes, the decimal
  // separator is not the column's, or a minus stands before a zero.
  out.fixed =
    markAt !== -1 ||
    group !== NO_GROUP ||
    (negative && !nonZero) ||
    (pointAt !== -1 && raw.charCodeAt(pointAt) !== (separator === '.' ? DOT : COMMA))
  return true
}
