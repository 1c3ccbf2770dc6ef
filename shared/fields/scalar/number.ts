// NUMBER / NUMERIC cells: `1,234.56`, `1.234,56`, `1 234,56`, `1'234.5`, `(1,234)`, `−5`, `1e3`, `40%` -> JS numbers.
// Percentages are read as fractions (`40%` -> 0.4), as Excel stores them and as Twenty's percentage display
// expects (it shows value × 100). Estimates, placeholders and abbreviations are errors: never 0, never a guess.
import { EMPTY_RESULT, type CellFix, type CellIssue, type CellResult } from '../cell-result'
import type { ColumnContext } from '../column-context'
import { scanAmount, type AmountText } from './amount-text'
import { cleanValue } from './clean-text'
import { CURRENCY_SYMBOLS, isCurrencyMark } from './currency-codes'
import {
  decimalTextFor,
  formatForColumn,
  inColumn,
  readDecimal,
  shiftDecimal,
  significantDigits,
  type DecimalSeparator,
} from './decimal-text'
import { readPlainAmount } from './plain-amount'
import { shortDecimal } from './short-decimal'
import { foldKey, quote, worded, wordedError, wordedFix } from './wording'

const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'n/a',
  'na',
  'n.a.',
  'n.a',
  'tbd',
  'tbc',
  'tba',
  '?',
  '??',
  '???',
  'unknown',
  'unbekannt',
  'k.a.',
  'k. a.',
  'ka',
  'keine angabe',
  'none',
  'null',
  'nil',
  'nan',
  'inconnu',
  'nc',
  'n.c.',
  'n/c',
  'nd',
  'n.d.',
  'n/d',
  'desconocido',
  'sconosciuto',
  'onbekend',
  'pending',
  'offen',
  'xx',
  'xxx',
  'ohne',
  'sans',
  'aucun',
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

/** The code of a cell that is not a number (NUMBER_INVALID) or not an amount (CURRENCY_AMOUNT_INVALID). */
export type NoDigitsCode = 'NUMBER_INVALID' | 'CURRENCY_AMOUNT_INVALID'

/** The error for a cell without any digit: placeholder, lone dash (0 suggested), spreadsheet error, or words. */
export function noDigitsIssue(text: string, code: NoDigitsCode): CellResult {
  const params = { value: quote(text) }
  if (DASHES.test(text)) return wordedError(`${code}.dash`, params, '0')
  if (SPREADSHEET_ERROR.test(text)) return wordedError(`${code}.formulaError`, params)
  if (PLACEHOLDERS.has(foldKey(text))) return wordedError(`${code}.placeholder`, params)
  return wordedError(`${code}.noDigits`, params)
}

/**
 * NUMBER_SEPARATOR_MISMATCH for a cell that proves `mismatch`, the other separator than its column's: of a
 * number or of an amount column, read as `number`.
 */
export function separatorMismatch(
  text: string,
  mismatch: DecimalSeparator,
  what: 'number' | 'amount',
  number: string,
): CellIssue {
  const cell = mismatch === ',' ? 'Comma' : 'Point'
  return worded('warning', `NUMBER_SEPARATOR_MISMATCH.${what}${cell}`, { value: quote(text), number })
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
  return numberResult(
    plain.text,
    plain.read,
    value,
    short?.shown ?? String(value),
    marks,
    plain.percent,
    context.decimalSeparator,
  )
}

/** Normalises any NUMBER or NUMERIC cell through the general scanner (the reference for normalizeNumber). */
export function normalizeNumberSlow(raw: string, context: ColumnContext): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  const scan = scanAmount(text, isCurrencyMark)
  if (scan.kind === 'noDigits') return noDigitsIssue(text, 'NUMBER_INVALID')
  if (scan.kind === 'several')
    return wordedError('NUMBER_INVALID.several', { value: quote(text), numbers: scan.numbers.join(', ') })
  const amount = scan.amount
  const read = readAmountDigits(amount, context.decimalSeparator)
  if (read === null) return wordedError('NUMBER_INVALID.irregularGroups', { value: quote(text) })
  const decimal = amount.percent ? shiftDecimal(read.text, -2) : read.text
  const full = amount.multiplier === null ? decimal : shiftDecimal(decimal, amount.multiplier.power)
  const value = numberOf(full)
  if (!Number.isFinite(value)) return wordedError('NUMBER_INVALID.tooLarge', { value: quote(text) })
  if (amount.approximate.length > 0) {
    const suggestion = formatForColumn(value, context.decimalSeparator)
    return wordedError('NUMBER_INVALID.estimate', { value: quote(text), suggestion }, suggestion)
  }
  if (amount.others.length > 0) {
    const suggestion = formatForColumn(value, context.decimalSeparator)
    return wordedError('NUMBER_INVALID.textAround', { value: quote(text), suggestion }, suggestion)
  }
  if (amount.multiplier !== null) {
    const suggestion = formatForColumn(value, context.decimalSeparator)
    return wordedError(
      'NUMBER_ABBREVIATED',
      { value: quote(text), word: `“${amount.multiplier.word}”`, suggestion },
      suggestion,
    )
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
  text: string,
  read: DecimalRead,
  value: number,
  shown: string,
  currencies: readonly string[],
  percent: boolean,
  separator: DecimalSeparator,
): CellResult {
  const issues: CellIssue[] = []
  const fixes: CellFix[] = []
  if (currencies.length > 0) {
    issues.push(
      worded('warning', 'NUMBER_CURRENCY_REMOVED', {
        value: quote(text),
        number: shown,
        currency: `“${currencies.join(' ')}”`,
      }),
    )
  } else if (percent) {
    fixes.push(wordedFix('NUMBER_PERCENT_CONVERTED', { value: quote(text), number: shown }))
  } else if (text !== inColumn(read.text, separator)) {
    // Plain numbers in the column's own convention (`12,5` in a decimal-comma column) need no fix.
    fixes.push(wordedFix('NUMBER_REFORMATTED', { value: quote(text), number: shown }))
  }
  if (read.mismatch !== null) issues.push(separatorMismatch(text, read.mismatch, 'number', shown))
  if (hasLeadingZero(read.text)) {
    issues.push(worded('warning', 'NUMBER_LEADING_ZERO', { value: quote(text), number: shown }))
  }
  // Lost only when the double cannot say what was written (`0.30000000000000004` from Excel keeps every digit).
  const written = significantDigits(read.text)
  if (written > MAX_PRECISE_DIGITS && written > significantDigits(shown)) {
    issues.push(worded('warning', 'NUMBER_PRECISION_LOST', { value: quote(text), number: shown }))
  }
  return { value, issues, fixes }
}
