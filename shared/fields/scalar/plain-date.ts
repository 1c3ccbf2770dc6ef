// Reads the shapes most date cells take (`2019-03-14`, `14.03.2019`, `03/14/19`, `2019-03-14T10:30:00.000Z`,
// `2019-03-14 10:30+02:00`) with one pass over the characters. Invariant: for every cell it accepts, the cleaned
// text and the read equal cleanValue + readDateText's; it returns null for everything else, impossible dates included.
import type { DateOrder } from '../column-context'
import { daysInMonth, expandYear, type DateRead } from './date-read'
import type { TimeRead } from './date-time-text'

/** A date cell in a common shape, read as readDateText would read it. */
export interface PlainDate {
  /** The cleaned cell (the raw cell without surrounding spaces). */
  readonly text: string
  readonly read: Extract<DateRead, { kind: 'date' }>
}

const SPACE = 0x20
const COLON = 0x3a

function digitAt(text: string, at: number, end: number): number {
  if (at >= end) return -1
  const code = text.charCodeAt(at) - 0x30
  return code >= 0 && code <= 9 ? code : -1
}

/** The end of the run of digits at `at` (`at` itself when there is none). */
function digitsEnd(text: string, at: number, end: number): number {
  let i = at
  while (digitAt(text, i, end) !== -1) i++
  return i
}

function numberOf(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 0x30
  return n
}

/** Two digits at `at` as a number, else -1. */
function twoDigits(text: string, at: number, end: number): number {
  const tens = digitAt(text, at, end)
  const ones = digitAt(text, at + 1, end)
  return tens === -1 || ones === -1 ? -1 : tens * 10 + ones
}

/**
 * readTime for `text[at, end)` in the forms `H:mm`, `HH:mm:ss`, `HH:mm:ss.fff` (1-9 digits, `.` or `,`), each with
 * an optional `Z`, `±HH`, `±HHmm` or `±HH:mm`; null for other forms and for out-of-range parts.
 */
function readPlainTime(text: string, at: number, end: number): TimeRead | null {
  const hourEnd = digitsEnd(text, at, end)
  if (hourEnd === at || hourEnd - at > 2 || hourEnd >= end || text.charCodeAt(hourEnd) !== COLON) return null
  const hour = numberOf(text, at, hourEnd)
  const minute = twoDigits(text, hourEnd + 1, end)
  if (minute === -1 || hour > 23 || minute > 59) return null
  let i = hourEnd + 3
  let second = 0
  let millisecond = 0
  if (i < end && text.charCodeAt(i) === COLON) {
    second = twoDigits(text, i + 1, end)
    if (second === -1 || second > 59) return null
    i += 3
    const mark = i < end ? text.charCodeAt(i) : 0
    if (mark === 0x2e || mark === 0x2c) {
      const fractionEnd = digitsEnd(text, i + 1, end)
      if (fractionEnd === i + 1 || fractionEnd - i - 1 > 9) return null
      millisecond = Math.floor(Number(`0.${text.slice(i + 1, fractionEnd)}`) * 1000)
      i = fractionEnd
    }
  }
  let offsetMinutes: number | null = null
  if (i < end) {
    const sign = text.charCodeAt(i)
    if (sign === 0x5a || sign === 0x7a) {
      offsetMinutes = 0
      i++
    } else if (sign === 0x2b || sign === 0x2d) {
      const hours = twoDigits(text, i + 1, end)
      if (hours === -1) return null
      i += 3
      let minutes = 0
      if (i < end) {
        if (text.charCodeAt(i) === COLON) i++
        minutes = twoDigits(text, i, end)
        if (minutes === -1) return null
        i += 2
      }
      if (hours > 14 || minutes > 59) return null
      offsetMinutes = (sign === 0x2d ? -1 : 1) * (hours * 60 + minutes)
    }
    if (i !== end) return null
  }
  return { time: { hour, minute, second, millisecond }, offsetMinutes }
}

function validDate(year: number, month: number, day: number): boolean {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * Reads a cell of the form A?B?C with one separator (`-`, `/` or `.`) twice, 1-4, 1-2 and 1-4 digits, optionally
 * followed by `T` or a space and a time (see readPlainTime), with plain spaces around it at most. `order` is the
 * column's; when null, dotted dates are day first and others in `fallback` order, as in readDateText.
 */
export function readPlainDate(raw: string, order: DateOrder | null, fallback: 'dmy' | 'mdy'): PlainDate | null {
  let start = 0
  let end = raw.length
  while (start < end && raw.charCodeAt(start) === SPACE) start++
  while (end > start && raw.charCodeAt(end - 1) === SPACE) end--
  const aEnd = digitsEnd(raw, start, end)
  if (aEnd === start || aEnd - start > 4 || aEnd >= end) return null
  const separator = raw.charCodeAt(aEnd)
  if (separator !== 0x2d && separator !== 0x2f && separator !== 0x2e) return null
  const bEnd = digitsEnd(raw, aEnd + 1, end)
  if (bEnd === aEnd + 1 || bEnd - aEnd - 1 > 2 || bEnd >= end || raw.charCodeAt(bEnd) !== separator) return null
  const cEnd = digitsEnd(raw, bEnd + 1, end)
  const aLength = aEnd - start
  const cLength = cEnd - bEnd - 1
  if (cLength === 0 || cLength > 4) return null
  let time: TimeRead | null = null
  if (cEnd < end) {
    const between = raw.charCodeAt(cEnd)
    if ((between !== 0x54 && between !== SPACE) || digitAt(raw, cEnd + 1, end) === -1) return null
    time = readPlainTime(raw, cEnd + 1, end)
    if (time === null) return null
  }
  const a = numberOf(raw, start, aEnd)
  const b = numberOf(raw, aEnd + 1, bEnd)
  const c = numberOf(raw, bEnd + 1, cEnd)
  let read: PlainDate['read']
  if (aLength === 4) {
    if (cLength > 2 || !validDate(a, b, c)) return null
    read = {
      kind: 'date',
      year: a,
      month: b,
      day: c,
      time,
      source: separator === 0x2d ? 'iso' : 'numeric',
      shortYear: null,
      weekday: null,
    }
  } else if (aLength > 2) {
    return null
  } else {
    const columnOrder = order ?? (separator === 0x2e ? 'dmy' : fallback)
    if (columnOrder === 'ymd' && cLength <= 2) {
      const year = expandYear(a)
      if (!validDate(year, b, c)) return null
      read = {
        kind: 'date',
        year,
        month: b,
        day: c,
        time,
        source: 'numeric',
        shortYear: raw.slice(start, aEnd),
        weekday: null,
      }
    } else {
      if (cLength !== 4 && cLength !== 2) return null
      const year = cLength === 2 ? expandYear(c) : c
      const day = columnOrder === 'mdy' ? b : a
      const month = columnOrder === 'mdy' ? a : b
      if (!validDate(year, month, day)) return null
      read = {
        kind: 'date',
        year,
        month,
        day,
        time,
        source: 'numeric',
        shortYear: cLength === 2 ? raw.slice(bEnd + 1, cEnd) : null,
        weekday: null,
      }
    }
  }
  return { text: start === 0 && end === raw.length ? raw : raw.slice(start, end), read }
}
