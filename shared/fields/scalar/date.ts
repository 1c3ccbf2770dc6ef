// DATE cells -> 'YYYY-MM-DD'; DATE_TIME cells -> an ISO instant in UTC ('YYYY-MM-DDTHH:mm:ss.sssZ').
// Invariants: the day/month order comes from the column, never the cell; a date-time without an offset is read
// in the column's time zone (the file's setting, else this computer's), a local time the zone skipped or lived
// twice is a warning naming the reading taken. Column-wide findings are analyzeColumn's, not the cells'.
import { EMPTY_RESULT, type CellFix, type CellIssue, type CellResult } from '../cell-result'
import type { ColumnContext, DateOrder } from '../column-context'
import { cleanValue } from './clean-text'
import { daysInMonth, readDateText, type DateRead } from './date-read'
import { isMidnight, type TimeOfDay } from './date-time-text'
import { machineTimeZone, offsetText, zonedInstant } from './date-zone'
import { localTimeIssue } from './date-zone-warning'
import { readPlainDate } from './plain-date'
import { foldKey, quote, spellDate, worded, wordedError, wordedFix } from './wording'

const MDY_COUNTRIES: ReadonlySet<string> = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'GU', 'AS', 'MP', 'PR', 'VI', 'UM'])
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
/** Message variants by month (`DATE_REFORMATTED.march`): each language spells the date its own way. */
const MONTH_KEYS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const
const DOTTED_DAY_FIRST = /^\d{1,2}\.\d/
const WORD_BREAKS = /[\s,./-]+/
const MIDNIGHT: TimeOfDay = { hour: 0, minute: 0, second: 0, millisecond: 0 }
const MINUTES_PER_DAY = 1440
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'tbd',
  'tbc',
  'tba',
  'n/a',
  'na',
  'n.a.',
  '-',
  '--',
  '?',
  'unknown',
  'unbekannt',
  'offen',
  'k.a.',
  'none',
  'null',
  'nil',
  'pending',
  'inconnu',
  'desconocido',
  'onbekend',
  '0000-00-00',
  '00.00.0000',
  '00/00/0000',
])
const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  'today',
  'tomorrow',
  'yesterday',
  'next',
  'last',
  'this',
  'asap',
  'soon',
  'eom',
  'eoy',
  'heute',
  'morgen',
  'gestern',
  'nachste',
  'nachsten',
  'naechste',
  'kommende',
  'bald',
  'aujourd',
  "aujourd'hui",
  'demain',
  'hier',
  'prochain',
  'prochaine',
  'hoy',
  'manana',
  'ayer',
  'proximo',
  'proxima',
  'oggi',
  'domani',
  'ieri',
  'prossimo',
  'prossima',
  'vandaag',
  'gisteren',
  'volgende',
  'hoje',
  'amanha',
  'ontem',
])

/**
 * The order ambiguous slashed or dashed dates are read in when the column gave no evidence and nobody chose
 * (ColumnContext.dateOrder null): month first for the US and a few others, day first for any other country,
 * and month first when no country is set, as Twenty's own importer reads them. Dotted dates are always day
 * first. analyzeColumn reports such a column once, as DATE_AMBIGUOUS.
 */
export function defaultDateOrder(country: string | null): 'dmy' | 'mdy' {
  if (country === null) return 'mdy'
  return MDY_COUNTRIES.has(country.toUpperCase()) ? 'mdy' : 'dmy'
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'))

function pad(n: number, width = 2): string {
  if (width === 2 && Number.isInteger(n) && n >= 0 && n < 100) return TWO_DIGITS[n] as string
  const text = String(n)
  return text.length >= width ? text : text.padStart(width, '0')
}

/** 'YYYY-MM-DD' from calendar parts. */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** How an order is named in message keys (`DATE_INVALID.monthFirstNoMonth`). */
function orderKey(order: DateOrder): 'monthFirst' | 'dayFirst' | 'yearFirst' {
  return order === 'mdy' ? 'monthFirst' : order === 'dmy' ? 'dayFirst' : 'yearFirst'
}

/** The result for a cell that is not a full date. */
function readIssue(text: string, read: Exclude<DateRead, { kind: 'date' }>, order: DateOrder): CellResult {
  switch (read.kind) {
    case 'partial': {
      const suggestion = isoDate(read.year, read.month, 1)
      const issue = worded('warning', `DATE_INCOMPLETE.${read.what}`, { value: quote(text), suggestion }, suggestion)
      return { value: null, fixes: [], issues: [issue] }
    }
    case 'noYear':
      return { value: null, fixes: [], issues: [worded('warning', 'DATE_INCOMPLETE.noYear', { value: quote(text) })] }
    case 'impossible': {
      const value = quote(text)
      if (read.swapped !== null) {
        const suggestion = isoDate(read.year, read.swapped.month, read.swapped.day)
        const spelled = spellDate(read.year, read.swapped.month, read.swapped.day)
        return read.month > 12
          ? wordedError(
              `DATE_INVALID.${orderKey(order)}NoMonth`,
              { value, month: read.month, spelled, suggestion },
              suggestion,
            )
          : wordedError(
              `DATE_INVALID.${orderKey(order)}BadDay`,
              { value, day: read.day, spelled, suggestion },
              suggestion,
            )
      }
      if (read.month < 1 || read.month > 12) return wordedError('DATE_INVALID.noMonth', { value, month: read.month })
      return wordedError(`DATE_INVALID.noDay.${MONTH_KEYS[read.month - 1]!}`, { value, year: read.year, day: read.day })
    }
    case 'unreadable': {
      const key = foldKey(text)
      if (PLACEHOLDERS.has(key)) return wordedError('DATE_INVALID.placeholder', { value: quote(text) })
      if (key.split(WORD_BREAKS).some((word) => RELATIVE_WORDS.has(word)))
        return wordedError('DATE_INVALID.relative', { value: quote(text) })
      return wordedError('DATE_INVALID.unreadable', { value: quote(text) })
    }
  }
}

interface DateValue {
  readonly read: Extract<DateRead, { kind: 'date' }>
  readonly order: DateOrder
}

function readCell(text: string, context: ColumnContext): DateValue | CellResult {
  const fallback = defaultDateOrder(context.defaultCountry)
  const read = readDateText(text, context.dateOrder, fallback)
  const order = context.dateOrder ?? (DOTTED_DAY_FIRST.test(text) ? 'dmy' : fallback)
  return read.kind === 'date' ? { read, order } : readIssue(text, read, order)
}

function commonNotes(text: string, read: DateValue['read'], iso: string, issues: CellIssue[], fixes: CellFix[]): void {
  if (read.source === 'serial')
    fixes.push(
      wordedFix(`DATE_SERIAL_CONVERTED.${MONTH_KEYS[read.month - 1]!}`, {
        value: text,
        day: read.day,
        year: read.year,
        date: iso,
      }),
    )
  if (read.shortYear !== null) fixes.push(wordedFix('DATE_YEAR_EXPANDED', { short: read.shortYear, year: read.year }))
  if (read.weekday !== null) {
    const actual = new Date(Date.UTC(read.year, read.month - 1, read.day)).getUTCDay()
    if (actual !== read.weekday) {
      const params = {
        value: quote(text),
        named: WEEKDAYS_EN[read.weekday] ?? '?',
        spelled: spellDate(read.year, read.month, read.day),
        actual: WEEKDAYS_EN[actual] ?? '?',
      }
      issues.push(worded('warning', 'DATE_WEEKDAY_MISMATCH', params))
    }
  }
}

function clock(time: TimeOfDay): string {
  const seconds = time.second === 0 && time.millisecond === 0 ? '' : `:${pad(time.second)}`
  return `${pad(time.hour)}:${pad(time.minute)}${seconds}`
}

/**
 * Normalises a DATE cell to 'YYYY-MM-DD': ISO and slashed/dotted/dashed dates (order from the column), two-digit
 * years (00-49 -> 20xx, 50-99 -> 19xx), Excel serial numbers (1900 system; whole numbers 1000-2999 are read as
 * years), month names in en/de/fr/es/it/nl/pt with optional weekday. A time is dropped (a fix). Month-and-year,
 * quarter or year alone: DATE_INCOMPLETE warning, value null, the 1st of the period suggested. Common shapes
 * (`2019-03-14`, `14.03.2019`, `03/14/19`, ISO date-times) are read in one pass, other cells by normalizeDateSlow.
 */
export function normalizeDate(raw: string, context: ColumnContext): CellResult {
  const plain = readPlainDate(raw, context.dateOrder, fallbackOrder(context))
  return plain === null ? normalizeDateSlow(raw, context) : dateResult(plain.text, plain.read)
}

/** Normalises any DATE cell through the general reader (the reference for normalizeDate). */
export function normalizeDateSlow(raw: string, context: ColumnContext): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  const cell = readCell(text, context)
  return 'read' in cell ? dateResult(text, cell.read) : cell
}

/** The order readDateText falls back on; it only matters when the column has none. */
function fallbackOrder(context: ColumnContext): 'dmy' | 'mdy' {
  return context.dateOrder === null ? defaultDateOrder(context.defaultCountry) : 'mdy'
}

function dateResult(text: string, read: DateValue['read']): CellResult {
  const value = isoDate(read.year, read.month, read.day)
  const issues: CellIssue[] = []
  const fixes: CellFix[] = []
  if (read.source !== 'serial' && value !== text) {
    fixes.push(
      wordedFix(`DATE_REFORMATTED.${MONTH_KEYS[read.month - 1]!}`, {
        value: quote(text),
        day: read.day,
        year: read.year,
        date: value,
      }),
    )
  }
  commonNotes(text, read, value, issues, fixes)
  if (read.time !== null && !isMidnight(read.time.time)) {
    fixes.push(wordedFix('DATE_TIME_DROPPED', { time: clock(read.time.time) }))
  }
  return { value, issues, fixes }
}

/** The instant of a zone-less read `offsetMs` east of UTC, written as the reader writes offsets it is given. */
function zonedValue(
  read: DateValue['read'],
  offsetMs: number,
  utcInstant: (read: DateValue['read']) => string,
): string {
  if (offsetMs % 60_000 !== 0 || Math.abs(offsetMs) >= 15 * 3_600_000)
    return new Date(localMs(read) - offsetMs).toISOString()
  return utcInstant({ ...read, time: { time: read.time?.time ?? MIDNIGHT, offsetMinutes: offsetMs / 60_000 } })
}

/** The UTC instant a read date-time stands for when it gives an offset, or is read in UTC. */
function instant(read: DateValue['read']): string {
  return new Date(localMs(read) - (read.time?.offsetMinutes ?? 0) * 60_000).toISOString()
}

/** The read date-time's wall clock as if it were UTC, in ms (years 0-99 as themselves, unlike Date.UTC). */
function localMs(read: DateValue['read']): number {
  const time = read.time?.time ?? MIDNIGHT
  if (read.year >= 100)
    return Date.UTC(read.year, read.month - 1, read.day, time.hour, time.minute, time.second, time.millisecond)
  const date = new Date(0)
  date.setUTCFullYear(read.year, read.month - 1, read.day)
  date.setUTCHours(time.hour, time.minute, time.second, time.millisecond)
  return date.getTime()
}

/**
 * instant for a one-pass read (year 1000-9999, every part in range, offset under 15 hours): the parts moved by the
 * offset (one day at most) and written out, as toISOString writes them; years outside 1000-9999 go through instant.
 */
function plainInstant(read: DateValue['read']): string {
  const time = read.time?.time ?? MIDNIGHT
  let { year, month, day } = read
  let minutes = time.hour * 60 + time.minute - (read.time?.offsetMinutes ?? 0)
  if (minutes < 0) {
    minutes += MINUTES_PER_DAY
    if (--day < 1) {
      if (--month < 1) {
        month = 12
        year--
      }
      day = daysInMonth(year, month)
    }
  } else if (minutes >= MINUTES_PER_DAY) {
    minutes -= MINUTES_PER_DAY
    if (++day > daysInMonth(year, month)) {
      day = 1
      if (++month > 12) {
        month = 1
        year++
      }
    }
  }
  if (year < 1000 || year > 9999) return instant(read)
  const clockText = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(time.second)}.${pad(time.millisecond, 3)}`
  return `${isoDate(year, month, day)}T${clockText}Z`
}

/** The zone a column's date-times without an offset are read in: the file's setting, else this computer's. */
export function columnTimeZone(context: ColumnContext): string {
  return context.timeZone ?? machineTimeZone()
}

/**
 * Normalises a DATE_TIME cell to an ISO instant in UTC. An offset (`Z`, `+02:00`, `GMT+2`) is applied; without
 * one the time, or a date alone as midnight, is read in columnTimeZone(context): no cell issue, as analyzeColumn
 * reports such values once per column (DATETIME_NO_TIMEZONE, DATETIME_DATE_ONLY), except for a local time the
 * zone skipped (DATETIME_NONEXISTENT: read as after the change) or lived twice (DATETIME_AMBIGUOUS: the first).
 * Common shapes are read in one pass.
 */
export function normalizeDateTime(raw: string, context: ColumnContext): CellResult {
  const plain = readPlainDate(raw, context.dateOrder, fallbackOrder(context))
  return plain === null
    ? normalizeDateTimeSlow(raw, context)
    : dateTimeResult(plain.text, plain.read, context, plainInstant)
}

/** Normalises any DATE_TIME cell through the general reader (the reference for normalizeDateTime). */
export function normalizeDateTimeSlow(raw: string, context: ColumnContext): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  const cell = readCell(text, context)
  return 'read' in cell ? dateTimeResult(text, cell.read, context, instant) : cell
}

function dateTimeResult(
  text: string,
  read: DateValue['read'],
  context: ColumnContext,
  utcInstant: (read: DateValue['read']) => string,
): CellResult {
  const issues: CellIssue[] = []
  const fixes: CellFix[] = []
  const offset = read.time?.offsetMinutes ?? null
  const zone = offset === null ? columnTimeZone(context) : null
  const local = zone === null || zone === 'UTC' ? 0 : localMs(read)
  const zoned = zone === null || zone === 'UTC' ? null : zonedInstant(local, zone)
  const value = zoned === null ? utcInstant(read) : zonedValue(read, local - zoned.ms, utcInstant)
  if (read.source !== 'serial' && value !== text) {
    const read = { value: quote(text), instant: value }
    fixes.push(
      offset !== null && offset !== 0
        ? wordedFix('DATETIME_REFORMATTED.toUtc', read)
        : zoned === null
          ? wordedFix('DATETIME_REFORMATTED.asWritten', read)
          : wordedFix('DATETIME_REFORMATTED.inZone', {
              ...read,
              zone: zone as string,
              offset: offsetText(zoned.offsetMs),
            }),
    )
  }
  commonNotes(text, read, value, issues, fixes)
  if (zoned !== null && zoned.reading.kind !== 'exact') issues.push(localTimeIssue(text, value, zoned, zone as string))
  return { value, issues, fixes }
}

/** Whether a cell that reads as a date-time gave an offset, gave a time without one, or gave only a date. */
export function dateTimeZoneKind(text: string, context: ColumnContext): 'offset' | 'noOffset' | 'dateOnly' | null {
  const read = readDateText(text, context.dateOrder, defaultDateOrder(context.defaultCountry))
  if (read.kind !== 'date') return null
  if (read.time === null) return 'dateOnly'
  return read.time.offsetMinutes === null ? 'noOffset' : 'offset'
}
