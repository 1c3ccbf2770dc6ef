// NUMBER / NUMERIC cells: `1,234.56`, `1.234,56`, `1 234,56`, `1'234.5`, `(1,234)`, `−5`, `1e3`, `40%` -> JS numbers.
// Percentages are read as fractions (`40%` -> 0.4), as Excel stores them and as Twenty's percentage display
// expects (it shows value × 100). Estimates, placeholders and abbreviations are errors: never 0, never a guess.
import { EMPTY_RESULT, errorResult, type CellFix, type CellIssue, type CellResult } from '../cell-result'
import type { ColumnContext } from '../column-context'
import { scanAmount, type AmountText } from './amount-text'
import { cleanValue } from './clean-text'
import { FIX, ISSUE } from './codes'
import { CURRENCY_SYMBOLS, isCurrencyMark } from './currency-codes'
import {
  decimalTextFor, formatForColumn, inColumn, readDecimal, shiftDecimal, significantDigits, type DecimalSeparator,
} from './decimal-text'
import { readPlainAmount } from './plain-amount'
import { shortDecimal } from './short-decimal'
import { fix, foldKey, issue, quote } from './wording'

const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'n/a', 'na', 'n.a.', 'n.a', 'tbd', 'tbc', 'tba', '?', '??', '???', 'unknown', 'unbekannt', 'k.a.', 'k. a.', 'ka',
  'keine angabe', 'none', 'null', 'nil', 'nan', 'inconnu', 'nc', 'n.c.', 'n/c', 'nd', 'n.d.', 'n/d', 'desconocido',
  'sconosciuto', 'onbekend', 'pending', 'offen', 'xx', 'xxx', 'ohne', 'sans', 'aucun',
])
const DASHES = /^[-−–—]+$/
const SPREADSHEET_ERROR = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i
const MAX_PRECISE_DIGITS = 15
const NON_ZERO_DIGIT = /[1-9]/
const NO_MARKS: readonly string[] = Object.freeze([])

/** Digits read under a column's separator, and whether the cell itself proves the other separator. */
export interface DecimalRead {
  /** Plain decimal string with sign (`-1234.56`). */
  readonly text: string
  /** The separator the cell proves when it differs from the column's; null when it agrees or cannot tell. */
  readonly mismatch: DecimalSeparator | null
}

/** Reads a scanned amount's digits under the column separator (a cell that proves its own separator wins). */
export function readAmountDigits(amount: AmountText, separator: DecimalSeparator): DecimalRead | null {
  const reading = readDecimal(amount.digits)
  const text = decimalTextFor(reading, separator)
  if (text === null) return null
  const mismatch = reading.kind === 'proven' && reading.separator !== separator ? reading.separator : null
  const signed = amount.negative && NON_ZERO_DIGIT.test(text) ? `-${text}` : text
  return { text: signed, mismatch }
}

/** The error for a cell without any digit: placeholder, lone dash (0 suggested), spreadsheet error, or words. */
export function noDigitsIssue(text: string, code: string, what: string): CellResult {
  if (DASHES.test(text)) {
    return errorResult(code, `${quote(text)} is not ${what}. A lone dash often means zero in accounting formats: write 0 if it does, or leave the cell empty if the value is unknown.`, '0')
  }
  if (SPREADSHEET_ERROR.test(text)) {
    return errorResult(code, `${quote(text)} is a spreadsheet formula error, not ${what}. Fix the formula in the source file or leave the cell empty.`)
  }
  if (PLACEHOLDERS.has(foldKey(text))) {
    return errorResult(code, `${quote(text)} is a placeholder, not ${what}. Leave the cell empty if the value is unknown.`)
  }
  return errorResult(code, `${quote(text)} is not ${what}. Write digits only, such as 1234.56.`)
}

/** `a decimal comma` / `a decimal point`, for messages. */
export function decimalSeparatorName(separator: DecimalSeparator): string {
  return separator === ',' ? 'a decimal comma' : 'a decimal point'
}

/**
 * Normalises a NUMBER or NUMERIC cell. Common shapes (`1234`, `-1,234.56`, `1.234,56`, `$12`, `40%`) are read in
 * one pass; every other cell goes through normalizeNumberSlow, which gives the same result for those shapes too.
 */
export function normalizeNumber(raw: string, context: ColumnContext): CellResult {
  const plain = readPlainAmount(raw, context.decimalSeparator, isCurrencyMark, CURRENCY_SYMBOLS)
  if (plain === null) return normalizeNumberSlow(raw, context)
  const decimal = plain.percent ? shiftDecimal(plain.read.text, -2) : plain.read.text
  const short = shortDecimal(decimal)
  const value = short === null ? numberOf(decimal) : short.value
  const marks = plain.mark === null ? NO_MARKS : [plain.mark]
  return numberResult(plain.text, plain.read, value, short?.shown ?? String(value), marks, plain.percent, context.decimalSeparator)
}

/** Normalises any NUMBER or NUMERIC cell through the general scanner (the reference for normalizeNumber). */
export function normalizeNumberSlow(raw: string, context: ColumnContext): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  const scan = scanAmount(text, isCurrencyMark)
  if (scan.kind === 'noDigits') return noDigitsIssue(text, ISSUE.NUMBER_INVALID, 'a number')
  if (scan.kind === 'several') {
    return errorResult(ISSUE.NUMBER_INVALID, `${quote(text)} holds several numbers (${scan.numbers.join(', ')}); a number field takes one. Write the one that applies.`)
  }
  const amount = scan.amount
  const read = readAmountDigits(amount, context.decimalSeparator)
  if (read === null) {
    return errorResult(ISSUE.NUMBER_INVALID, `${quote(text)} is not a number Preflight can read: its thousands separators are irregular. Write digits only, such as 1234.56.`)
  }
  const decimal = amount.percent ? shiftDecimal(read.text, -2) : read.text
  const full = amount.multiplier === null ? decimal : shiftDecimal(decimal, amount.multiplier.power)
  const value = numberOf(full)
  if (!Number.isFinite(value)) return errorResult(ISSUE.NUMBER_INVALID, `${quote(text)} is too large for a number field.`)
  if (amount.approximate.length > 0) {
    const suggestion = formatForColumn(value, context.decimalSeparator)
    return errorResult(ISSUE.NUMBER_INVALID, `${quote(text)} is an estimate, not a number. Twenty needs a plain number: accept ${suggestion} or write the exact figure.`, suggestion)
  }
  if (amount.others.length > 0) {
    const suggestion = formatForColumn(value, context.decimalSeparator)
    return errorResult(ISSUE.NUMBER_INVALID, `${quote(text)} has text around the number. Write the number alone: ${suggestion}.`, suggestion)
  }
  if (amount.multiplier !== null) {
    const suggestion = formatForColumn(value, context.decimalSeparator)
    return errorResult(ISSUE.NUMBER_ABBREVIATED, `${quote(text)} abbreviates the number with “${amount.multiplier.word}”. Write it in full: ${suggestion}.`, suggestion)
  }
  return numberResult(text, read, value, String(value), amount.currencies, amount.percent, context.decimalSeparator)
}

/** Number(decimal), with -0 read as 0. */
function numberOf(decimal: string): number {
  const value = Number(decimal)
  return value === 0 ? 0 : value
}

/** Whether the integer part of a plain decimal string (`-007.5`, `05e3`) starts with a 0 that a number drops. */
function hasLeadingZero(decimal: string): boolean {
  const from = decimal.charCodeAt(0) === 0x2d ? 1 : 0
  if (decimal.charCodeAt(from) !== 0x30) return false
  const next = decimal.charCodeAt(from + 1)
  return !Number.isNaN(next) && next !== 0x2e && next !== 0x65
}

/**
 * The result for a number that reads without error: notes on currency, percent, format, separator and digits.
 * `shown` is String(value), which the caller may know without converting.
 */
function numberResult(
  text: string, read: DecimalRead, value: number, shown: string, currencies: readonly string[], percent: boolean,
  separator: DecimalSeparator,
): CellResult {
  const issues: CellIssue[] = []
  const fixes: CellFix[] = []
  if (currencies.length > 0) {
    issues.push(issue(ISSUE.NUMBER_CURRENCY_REMOVED, 'warning', `Read ${quote(text)} as ${shown} and dropped the currency “${currencies.join(' ')}”: a number field stores no currency. Map the column to a currency field to keep it.`))
  } else if (percent) {
    fixes.push(fix(FIX.NUMBER_PERCENT_CONVERTED, `Read ${quote(text)} as ${shown}: Twenty stores percentages as fractions (40% = 0.4) and its percentage display shows them × 100.`))
  } else if (text !== inColumn(read.text, separator)) {
    // Plain numbers in the column's own convention (`12,5` in a decimal-comma column) need no fix.
    fixes.push(fix(FIX.NUMBER_REFORMATTED, `Read ${quote(text)} as ${shown}.`))
  }
  if (read.mismatch !== null) {
    issues.push(issue(ISSUE.NUMBER_SEPARATOR_MISMATCH, 'warning', `${quote(text)} uses ${decimalSeparatorName(read.mismatch)}, but this column’s numbers use ${decimalSeparatorName(separator)}. Read it as ${shown}; check the column was not assembled from differently formatted sources.`))
  }
  if (hasLeadingZero(read.text)) {
    issues.push(issue(ISSUE.NUMBER_LEADING_ZERO, 'warning', `${quote(text)} starts with 0, which a number field drops (it stores ${shown}). If this is a code such as a postcode or an id, map the column to a text field.`))
  }
  // Lost only when the double cannot say what was written (`0.30000000000000004` from Excel keeps every digit).
  const written = significantDigits(read.text)
  if (written > MAX_PRECISE_DIGITS && written > significantDigits(shown)) {
    issues.push(issue(ISSUE.NUMBER_PRECISION_LOST, 'warning', `${quote(text)} has more digits than a number field keeps; it is stored as ${shown}. If it is an identifier, map the column to a text field.`))
  }
  return { value, issues, fixes }
}
