// Reads a date or date-time cell into calendar parts, without producing output text or messages.
// Invariant: the day/month order of slashed and dotted dates comes from the caller (the column), never the cell.
import type { DateOrder } from '../column-context'
import { readTime, type TimeRead } from './date-time-text'
import { readWordsDate } from './date-words'
import { weekdayNumber } from './month-names'

export type DateRead =
  | {
      readonly kind: 'date'
      readonly year: number
      readonly month: number
      readonly day: number
      readonly time: TimeRead | null
      /** How the cell was written: Excel serial numbers and two-digit years are reported as fixes. */
      readonly source: 'iso' | 'numeric' | 'words' | 'serial' | 'compact'
      /** The two digits a year was expanded from (`85` -> 1985), else null. */
      readonly shortYear: string | null
      /** The weekday written in the cell (0 = Sunday), else null. */
      readonly weekday: number | null
    }
  /** Month and year, a quarter, or a year alone: the 1st of the period can be suggested. */
  | {
      readonly kind: 'partial'
      readonly year: number
      readonly month: number
      readonly what: 'month' | 'quarter' | 'year'
    }
  /** Day and month without a year. */
  | { readonly kind: 'noYear' }
  /** A day or month out of range: `31/02/2020`, `13/08/1936` read month first. */
  | {
      readonly kind: 'impossible'
      readonly year: number
      readonly month: number
      readonly day: number
      readonly swapped: { readonly month: number; readonly day: number } | null
    }
  | { readonly kind: 'unreadable' }

/** `14.03.2019`, `3/14/19`, `2019-03-14`, `2019/3/14`, with an optional time after a space, `T` or comma. */
const NUMERIC = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\.?(?:(?:\s*[T,]\s*|\s+)(.+))?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
const SERIAL = /^\d{1,7}(?:\.\d+)?$/
const MONTH_YEAR = /^(\d{1,2})[./-](\d{4})$|^(\d{4})[./-](\d{1,2})$/
const QUARTER = /^(?:q([1-4])[\s./-]*(\d{4}|\d{2})|(\d{4})[\s./-]*q([1-4])|([1-4])q[\s./-]*(\d{4}|\d{2}))$/i
/** `Thursday, `, `Do., `, `quinta-feira, ` before any date form. */
const WEEKDAY_PREFIX = /^(\p{L}[\p{L}-]*)\.?,?\s+(?=\S)/u
const MAX_SERIAL = 2958465
/** 1899-12-30: Excel's day 0 for serials after its fictitious 29 February 1900. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

/** The parts of a slashed/dotted/dashed date whose year comes last, for column evidence. */
export interface NumericDateParts {
  readonly first: number
  readonly second: number
  readonly separator: string
}

/** `12/10/1985` -> {first: 12, second: 10}; null for year-first or non-numeric dates. */
export function numericDateParts(text: string): NumericDateParts | null {
  const m = NUMERIC.exec(text)
  if (m === null || (m[1] ?? '').length > 2) return null
  return { first: Number(m[1]), second: Number(m[3]), separator: m[2] ?? '' }
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** 28-31 (Gregorian calendar; years 0-99 are 1900-1999, as in Date.UTC). */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || year < 100 || year > 200_000 || !Number.isInteger(month) || month < 1 || month > 12) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate()
  }
  if (month !== 2) return MONTH_DAYS[month - 1] as number
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
}

/** Two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999. */
export function expandYear(twoDigits: number): number {
  return twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits
}

function dated(
  year: number,
  month: number,
  day: number,
  time: TimeRead | null,
  source: 'iso' | 'numeric' | 'words' | 'serial' | 'compact',
  shortYear: string | null,
  weekday: number | null,
  swapped: { month: number; day: number } | null = null,
): DateRead {
  if (year < 1000 || year > 9999) return { kind: 'unreadable' }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    const canSwap =
      swapped !== null &&
      swapped.month >= 1 &&
      swapped.month <= 12 &&
      swapped.day >= 1 &&
      swapped.day <= daysInMonth(year, swapped.month)
    return { kind: 'impossible', year, month, day, swapped: canSwap ? swapped : null }
  }
  return { kind: 'date', year, month, day, time, source, shortYear, weekday }
}

function readNumeric(m: RegExpExecArray, columnOrder: DateOrder | null, fallback: 'dmy' | 'mdy'): DateRead {
  // Dotted dates are day first wherever they are written (de, ru, pl, cs...); nobody writes 03.14.2019.
  const order = columnOrder ?? (m[2] === '.' ? 'dmy' : fallback)
  const a = m[1] ?? ''
  const b = Number(m[3])
  const c = m[4] ?? ''
  let time: TimeRead | null = null
  if (m[5] !== undefined) {
    time = readTime(m[5])
    if (time === null) return { kind: 'unreadable' }
  }
  if (a.length === 4) {
    if (c.length > 2) return { kind: 'unreadable' }
    return dated(Number(a), b, Number(c), time, m[2] === '-' ? 'iso' : 'numeric', null, null)
  }
  if (a.length > 2) return { kind: 'unreadable' }
  if (order === 'ymd' && c.length <= 2) {
    return dated(expandYear(Number(a)), b, Number(c), time, 'numeric', a, null)
  }
  if (c.length !== 4 && c.length !== 2) return { kind: 'unreadable' }
  const year = c.length === 2 ? expandYear(Number(c)) : Number(c)
  const shortYear = c.length === 2 ? c : null
  const [day, month] = order === 'mdy' ? [b, Number(a)] : [Number(a), b]
  return dated(year, month, day, time, 'numeric', shortYear, null, { month: day, day: month })
}

function readSerial(text: string, withTime: boolean): DateRead {
  const serial = Number(text)
  if (serial < 1 || serial > MAX_SERIAL || serial === 60 || Math.floor(serial) === 60) return { kind: 'unreadable' }
  // Before day 60 Excel counts from 1899-12-31 (it believes 1900 was a leap year).
  const days = serial < 60 ? serial + 1 : serial
  const ms = SERIAL_EPOCH + Math.round((days * DAY_MS) / 1000) * 1000
  const at = new Date(ms)
  const time = withTime
    ? {
        time: { hour: at.getUTCHours(), minute: at.getUTCMinutes(), second: at.getUTCSeconds(), millisecond: 0 },
        offsetMinutes: null,
      }
    : null
  return dated(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), time, 'serial', null, null)
}

/**
 * Reads a cleaned, non-empty cell. `order` (the column's) settles slashed/dotted dates whose year comes last;
 * when it is null, dotted dates are read day first and others in `fallback` order.
 */
export function readDateText(text: string, order: DateOrder | null, fallback: 'dmy' | 'mdy'): DateRead {
  const prefix = WEEKDAY_PREFIX.exec(text)
  const weekday = prefix === null ? undefined : weekdayNumber(prefix[1] ?? '', true)
  if (prefix === null || weekday === undefined) return readUnprefixed(text, order, fallback)
  const read = readUnprefixed(text.slice(prefix[0].length), order, fallback)
  if (read.kind === 'date') return { ...read, weekday }
  // `mar` is Tuesday in French and Spanish but March elsewhere: read it as a month when the rest is no date.
  return weekdayNumber(prefix[1] ?? '') === undefined ? readUnprefixed(text, order, fallback) : read
}

function readUnprefixed(text: string, order: DateOrder | null, fallback: 'dmy' | 'mdy'): DateRead {
  const numeric = NUMERIC.exec(text)
  if (numeric !== null) return readNumeric(numeric, order, fallback)
  const compact = COMPACT.exec(text)
  if (compact !== null) {
    const read = dated(Number(compact[1]), Number(compact[2]), Number(compact[3]), null, 'compact', null, null)
    if (read.kind === 'date') return read
  }
  if (SERIAL.test(text)) {
    const whole = Number(text)
    if (Number.isInteger(whole) && whole >= 1000 && whole <= 2999)
      return { kind: 'partial', year: whole, month: 1, what: 'year' }
    return readSerial(text, !Number.isInteger(whole))
  }
  const monthYear = MONTH_YEAR.exec(text)
  if (monthYear !== null) {
    const month = Number(monthYear[1] ?? monthYear[4])
    const year = Number(monthYear[2] ?? monthYear[3])
    return month >= 1 && month <= 12 ? { kind: 'partial', year, month, what: 'month' } : { kind: 'unreadable' }
  }
  const quarter = QUARTER.exec(text)
  if (quarter !== null) {
    const q = Number(quarter[1] ?? quarter[4] ?? quarter[5])
    const y = quarter[2] ?? quarter[3] ?? quarter[6] ?? ''
    return {
      kind: 'partial',
      year: y.length === 2 ? expandYear(Number(y)) : Number(y),
      month: (q - 1) * 3 + 1,
      what: 'quarter',
    }
  }
  const words = readWordsDate(text)
  if (words === undefined) return { kind: 'unreadable' }
  if (words.year === null) return { kind: 'noYear' }
  const year = words.twoDigitYear ? expandYear(words.year) : words.year
  const shortYear = words.twoDigitYear ? String(words.year).padStart(2, '0') : null
  if (words.day === null) return { kind: 'partial', year, month: words.month, what: 'month' }
  return dated(year, words.month, words.day, words.time, 'words', shortYear, words.weekday)
}
