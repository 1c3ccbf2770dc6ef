// Column evidence for dates: the day/month order, decided once per column, and date-times without time zones
// (read in the file's time zone, which the column issue names).
// Invariant: a value proves an order only when its first part (dmy) or second part (mdy) is 13-31.
import type { CheckSettings, ColumnContext, ColumnIssue, DateOrder } from '../column-context'
import { cleanValue } from './clean-text'
import { ISSUE } from './codes'
import { numericDateParts } from './date-read'
import { columnTimeZone, dateTimeZoneKind, defaultDateOrder } from './date'
import { quote } from './wording'

const EVIDENCE = 5

interface Tally {
  readonly dmy: string[]
  readonly mdy: string[]
  /** Readable both ways, differently, with slashes or dashes. */
  readonly ambiguous: string[]
  /** Readable both ways, with dots (day first by convention). */
  readonly dotted: string[]
}

function tally(values: readonly string[]): Tally {
  const result: Tally = { dmy: [], mdy: [], ambiguous: [], dotted: [] }
  for (const raw of values) {
    const text = cleanValue(raw)
    const parts = text === '' ? null : numericDateParts(text)
    if (parts === null) continue
    const { first, second } = parts
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) result.dmy.push(text)
    else if (second > 12 && second <= 31 && first >= 1 && first <= 12) result.mdy.push(text)
    else if (first >= 1 && first <= 12 && second >= 1 && second <= 12 && first !== second) {
      (parts.separator === '.' ? result.dotted : result.ambiguous).push(text)
    }
  }
  return result
}

function orderName(order: DateOrder): string {
  return order === 'dmy' ? 'day first' : order === 'mdy' ? 'month first' : 'year first'
}

/**
 * Decides a column's day/month order: the settings, else the values that prove one (the majority when both
 * are proven), else dotted dates mean day first; otherwise null, with one DATE_AMBIGUOUS issue when some value
 * reads differently either way (those are read in defaultDateOrder(country) by the normaliser).
 */
export function decideDateOrder(values: readonly string[], settings: CheckSettings): { order: DateOrder | null; issues: ColumnIssue[] } {
  const { dmy, mdy, ambiguous, dotted } = tally(values)
  if (settings.dateOrder !== undefined) {
    const order = settings.dateOrder
    const contrary = order === 'dmy' ? mdy : dmy
    if (contrary.length === 0) return { order, issues: [] }
    return {
      order,
      issues: [{
        code: ISSUE.DATE_ORDER_CONFLICT,
        severity: 'warning',
        message: `The file settings read dates ${orderName(order)}, but values such as ${quote(contrary[0] as string)} only work ${orderName(order === 'dmy' ? 'mdy' : 'dmy')}. They are errors until corrected, or until the setting is changed.`,
        evidence: contrary.slice(0, EVIDENCE),
      }],
    }
  }
  if (dmy.length > 0 && mdy.length > 0) {
    const order: DateOrder | null = dmy.length > mdy.length ? 'dmy' : mdy.length > dmy.length ? 'mdy' : null
    const used = order ?? defaultDateOrder(settings.defaultCountry ?? null)
    const minority = used === 'dmy' ? mdy : dmy
    return {
      order,
      issues: [{
        code: ISSUE.DATE_ORDER_CONFLICT,
        severity: 'warning',
        message: `This column mixes day-first dates (such as ${quote(dmy[0] as string)}) and month-first dates (such as ${quote(mdy[0] as string)}). It is read ${orderName(used)}${order === null ? ' (the default: as many values prove each order)' : ', like most of its values'}; values such as ${quote(minority[0] as string)} are errors to correct. Choose the order in the file settings if that is wrong.`,
        evidence: [...dmy.slice(0, 2), ...mdy.slice(0, 2), ...ambiguous.slice(0, 1)],
      }],
    }
  }
  if (dmy.length > 0) return { order: 'dmy', issues: [] }
  if (mdy.length > 0) return { order: 'mdy', issues: [] }
  if (ambiguous.length === 0) return { order: dotted.length > 0 ? 'dmy' : null, issues: [] }
  const used = defaultDateOrder(settings.defaultCountry ?? null)
  const why = settings.defaultCountry === undefined
    ? 'as Twenty’s own import reads them'
    : `as usual in ${settings.defaultCountry.toUpperCase()}, the file’s default country`
  return {
    order: null,
    issues: [{
      code: ISSUE.DATE_AMBIGUOUS,
      severity: 'warning',
      message: `Dates such as ${quote(ambiguous[0] as string)} can be read day first or month first, and no value in this column settles it. They were read ${orderName(used)} (${why}). Choose the order in the file settings if that is wrong.`,
      evidence: ambiguous.slice(0, EVIDENCE),
    }],
  }
}

/**
 * One issue each for date-times without an offset and dates without a time, naming the zone they were read in
 * (columnTimeZone: the file's setting, else this computer's).
 */
export function timeZoneIssues(values: readonly string[], context: ColumnContext): ColumnIssue[] {
  const noOffset: string[] = []
  const dateOnly: string[] = []
  for (const raw of values) {
    const text = cleanValue(raw)
    if (text === '') continue
    const kind = dateTimeZoneKind(text, context)
    if (kind === 'noOffset') noOffset.push(text)
    else if (kind === 'dateOnly') dateOnly.push(text)
  }
  const zone = columnTimeZone(context)
  const where = zone === 'UTC' ? 'as UTC' : `in ${zone} time`
  const choose = 'choose their time zone in the file settings (Mapping screen, or --time-zone)'
  const issues: ColumnIssue[] = []
  if (noOffset.length > 0) {
    issues.push({
      code: ISSUE.DATETIME_NO_TIMEZONE,
      severity: 'warning',
      message: `${noOffset.length} value${noOffset.length === 1 ? '' : 's'} such as ${quote(noOffset[0] as string)} give a time without a time zone. They were read ${where}, the file’s time zone. If they were written in another zone, ${choose} or add the offset, such as +01:00.`,
      evidence: noOffset.slice(0, EVIDENCE),
    })
  }
  if (dateOnly.length > 0) {
    const shown = zone === 'UTC' ? ', which Twenty shows as the previous evening in time zones west of UTC' : ''
    issues.push({
      code: ISSUE.DATETIME_DATE_ONLY,
      severity: 'warning',
      message: `${dateOnly.length} value${dateOnly.length === 1 ? '' : 's'} such as ${quote(dateOnly[0] as string)} give a date without a time. They are stored as midnight ${zone === 'UTC' ? 'UTC' : `in ${zone} time`}${shown}. If that is the wrong zone, ${choose}.`,
      evidence: dateOnly.slice(0, EVIDENCE),
    })
  }
  return issues
}
