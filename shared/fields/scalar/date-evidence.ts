// Column evidence for dates: the day/month order, decided once per column, and date-times without time zones
// (read in the file's time zone, which the column issue names).
// Invariant: a value proves an order only when its first part (dmy) or second part (mdy) is 13-31.
import type { CheckSettings, ColumnContext, ColumnIssue, DateOrder } from '../column-context'
import { cleanValue } from './clean-text'
import { numericDateParts } from './date-read'
import { columnTimeZone, dateTimeZoneKind, defaultDateOrder } from './date'
import { quote, worded } from './wording'

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
      ;(parts.separator === '.' ? result.dotted : result.ambiguous).push(text)
    }
  }
  return result
}

/** How an order is named in message keys: `DayFirst`, `MonthFirst`, `YearFirst`. */
function orderKey(order: DateOrder): 'DayFirst' | 'MonthFirst' | 'YearFirst' {
  return order === 'dmy' ? 'DayFirst' : order === 'mdy' ? 'MonthFirst' : 'YearFirst'
}

/**
 * Decides a column's day/month order: the settings, else the values that prove one (the majority when both
 * are proven), else dotted dates mean day first; otherwise null, with one DATE_AMBIGUOUS issue when some value
 * reads differently either way (those are read in defaultDateOrder(country) by the normaliser).
 */
export function decideDateOrder(
  values: readonly string[],
  settings: CheckSettings,
): { order: DateOrder | null; issues: ColumnIssue[] } {
  const { dmy, mdy, ambiguous, dotted } = tally(values)
  if (settings.dateOrder !== undefined) {
    const order = settings.dateOrder
    const contrary = order === 'dmy' ? mdy : dmy
    if (contrary.length === 0) return { order, issues: [] }
    return {
      order,
      issues: [
        {
          ...worded('warning', `DATE_ORDER_CONFLICT.settings${orderKey(order)}`, {
            value: quote(contrary[0] as string),
          }),
          evidence: contrary.slice(0, EVIDENCE),
        },
      ],
    }
  }
  if (dmy.length > 0 && mdy.length > 0) {
    const order: DateOrder | null = dmy.length > mdy.length ? 'dmy' : mdy.length > dmy.length ? 'mdy' : null
    const used = order ?? defaultDateOrder(settings.defaultCountry ?? null)
    const minority = used === 'dmy' ? mdy : dmy
    return {
      order,
      issues: [
        {
          ...worded(
            'warning',
            `DATE_ORDER_CONFLICT.${order === null ? 'tie' : 'most'}${orderKey(used) === 'DayFirst' ? 'DayFirst' : 'MonthFirst'}`,
            {
              dayFirst: quote(dmy[0] as string),
              monthFirst: quote(mdy[0] as string),
              minority: quote(minority[0] as string),
            },
          ),
          evidence: [...dmy.slice(0, 2), ...mdy.slice(0, 2), ...ambiguous.slice(0, 1)],
        },
      ],
    }
  }
  if (dmy.length > 0) return { order: 'dmy', issues: [] }
  if (mdy.length > 0) return { order: 'mdy', issues: [] }
  if (ambiguous.length === 0) return { order: dotted.length > 0 ? 'dmy' : null, issues: [] }
  const used = defaultDateOrder(settings.defaultCountry ?? null) === 'dmy' ? 'dayFirst' : 'monthFirst'
  const value = quote(ambiguous[0] as string)
  return {
    order: null,
    issues: [
      {
        ...(settings.defaultCountry === undefined
          ? worded('warning', `DATE_AMBIGUOUS.${used}`, { value })
          : worded('warning', `DATE_AMBIGUOUS.${used}Country`, {
              value,
              country: settings.defaultCountry.toUpperCase(),
            })),
        evidence: ambiguous.slice(0, EVIDENCE),
      },
    ],
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
  const where = zone === 'UTC' ? 'utc' : 'zone'
  const issues: ColumnIssue[] = []
  if (noOffset.length > 0) {
    issues.push({
      ...worded('warning', `DATETIME_NO_TIMEZONE.${where}`, {
        n: noOffset.length,
        value: quote(noOffset[0] as string),
        zone,
      }),
      evidence: noOffset.slice(0, EVIDENCE),
    })
  }
  if (dateOnly.length > 0) {
    issues.push({
      ...worded('warning', `DATETIME_DATE_ONLY.${where}`, {
        n: dateOnly.length,
        value: quote(dateOnly[0] as string),
        zone,
      }),
      evidence: dateOnly.slice(0, EVIDENCE),
    })
  }
  return issues
}
