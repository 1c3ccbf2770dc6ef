// Decides a column's context from its distinct values before any cell is normalised: decimal separator,
// day/month order, blank-is-false, options, default country and time zone. Column-wide findings become ColumnIssues,
// reported once with a few values as evidence, so an ambiguous column is one issue, not thousands.
import type { SelectOption } from '../../model/workspace-model'
import type { CheckSettings, ColumnContext, ColumnIssue, DateOrder, DecimalEvidence } from '../column-context'
import type { TargetKind } from '../targets'
import { CHECK_MARKS } from './boolean'
import { cleanValue } from './clean-text'
import { fallbackMarks } from './currency'
import { decideDateOrder, timeZoneIssues } from './date-evidence'
import type { DecimalSeparator } from './decimal-text'
import { decideDecimalSeparator, percentScaleIssues } from './number-evidence'
import { foldKey, quote, worded } from './wording'

const EVIDENCE = 5

/** A column of x marks (and blanks): blank means false there. */
function isCheckMarkColumn(values: readonly string[]): boolean {
  let marks = 0
  for (const raw of values) {
    const text = cleanValue(raw)
    if (text === '') continue
    if (!CHECK_MARKS.has(foldKey(text))) return false
    marks++
  }
  return marks > 0
}

function currencyIssues(
  kind: 'currency' | 'currencyCode',
  values: readonly string[],
  country: string | null,
): ColumnIssue[] {
  const byCode = new Map<string, string[]>()
  for (const raw of values) {
    const text = cleanValue(raw)
    if (text === '') continue
    for (const code of fallbackMarks(text, kind, country)) {
      const list = byCode.get(code) ?? []
      if (list.length < EVIDENCE) list.push(text)
      byCode.set(code, list)
    }
  }
  return [...byCode].map(([code, evidence]) => {
    // The currencies a shared symbol is read as by default are named (`US dollars (USD)`), others by code alone.
    const key = code === 'USD' ? 'columnUsd' : code === 'JPY' ? 'columnJpy' : 'columnOther'
    return {
      ...worded('warning', `CURRENCY_SYMBOL_AMBIGUOUS.${key}`, { value: quote(evidence[0] as string), code }, code),
      evidence,
    }
  })
}

/**
 * Decides the context for one mapped column from its distinct raw values (any kind: kinds without column
 * evidence get the defaults) and returns the column-wide issues found on the way.
 */
export function analyzeColumn(
  kind: TargetKind,
  distinctValues: readonly string[],
  options: readonly SelectOption[],
  settings: CheckSettings,
): { context: ColumnContext; issues: ColumnIssue[] } {
  const defaultCountry = settings.defaultCountry === undefined ? null : settings.defaultCountry.toUpperCase()
  let decimalSeparator: DecimalSeparator = '.'
  let decimalEvidence: DecimalEvidence = 'none'
  let dateOrder: DateOrder | null = settings.dateOrder ?? null
  let blankIsFalse = false
  const issues: ColumnIssue[] = []
  switch (kind) {
    case 'number':
    case 'currency':
    case 'currencyAmount': {
      const decided = decideDecimalSeparator(distinctValues, settings)
      decimalSeparator = decided.separator
      decimalEvidence = decided.evidence
      issues.push(...decided.issues)
      if (kind === 'number') issues.push(...percentScaleIssues(distinctValues, decimalSeparator))
      if (kind === 'currency') issues.push(...currencyIssues(kind, distinctValues, defaultCountry))
      break
    }
    case 'currencyCode':
      issues.push(...currencyIssues(kind, distinctValues, defaultCountry))
      break
    case 'date':
    case 'dateTime': {
      const decided = decideDateOrder(distinctValues, settings)
      dateOrder = decided.order
      issues.push(...decided.issues)
      break
    }
    case 'boolean':
      blankIsFalse = isCheckMarkColumn(distinctValues)
      break
    default:
      break
  }
  const timeZone = settings.timeZone === undefined ? {} : { timeZone: settings.timeZone }
  const context: ColumnContext = {
    kind,
    decimalSeparator,
    decimalEvidence,
    dateOrder,
    defaultCountry,
    options,
    blankIsFalse,
    ...timeZone,
  }
  if (kind === 'dateTime') issues.push(...timeZoneIssues(distinctValues, context))
  return { context, issues }
}
