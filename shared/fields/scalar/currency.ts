// CURRENCY cells: `currency` (amount and code in one cell) -> {amountMicros, currencyCode}; `currencyAmount` ->
// major units (the writers convert to micros); `currencyCode` -> ISO 4217. Abbreviations (`2,5 Mio. €`) are errors
// with the full amount suggested; `$`/`¥` read as USD/JPY unless a country settles them (one column warning).
import { EMPTY_RESULT, type CellFix, type CellIssue, type CellResult } from '../cell-result'
import { answerEmpty, issueRefs, NO_ISSUES, type VerdictReader } from '../cell-verdict'
import type { ColumnContext, RowContext } from '../column-context'
import { scanAmount, type AmountText } from './amount-text'
import { cleanValue } from './clean-text'
import { ISSUE } from './codes'
import {
  CURRENCY_SYMBOLS,
  isCurrencyMark,
  readCurrencyMark,
  TWENTY_CURRENCY_CODES,
  type MarkReading,
} from './currency-codes'
import { formatForColumn, inColumn, shiftDecimal, type DecimalSeparator } from './decimal-text'
import { noDigitsIssue, readAmountDigits, separatorMismatch, type DecimalRead } from './number'
import { readPlainAmount, readPlainAmountVerdict, type PlainVerdict } from './plain-amount'
import { shortDecimal } from './short-decimal'
import { quote, worded, wordedError, wordedFix } from './wording'

const COUNTRY_CODE = /^[A-Za-z]{2}$/

/** The country that settles `$`, `¥` and `kr`: the row's (when written as an ISO code), else the default. */
function countryOf(context: ColumnContext, row?: RowContext): string | null {
  const own = row?.country?.trim()
  return own !== undefined && COUNTRY_CODE.test(own) ? own.toUpperCase() : context.defaultCountry
}

type CodeRead = { readonly code: string; readonly issues: readonly CellIssue[] } | { readonly error: CellResult }

function codeIssue(mark: string, reading: Exclude<MarkReading, { kind: 'code' }>): CellResult {
  switch (reading.kind) {
    case 'shared':
      return wordedError('CURRENCY_SYMBOL_AMBIGUOUS.mark', {
        value: quote(mark),
        currencies: reading.candidates.join(', '),
        example: reading.candidates[0] ?? 'SEK',
      })
    case 'unknownCode':
      return reading.replacedBy === null
        ? wordedError('CURRENCY_CODE_UNKNOWN.notIso', { value: quote(mark) })
        : wordedError('CURRENCY_CODE_UNKNOWN.withdrawn', { value: quote(mark), code: reading.replacedBy })
    case 'none':
      return wordedError('CURRENCY_CODE_UNKNOWN.unknown', { value: quote(mark) })
  }
}

function supportIssues(code: string): readonly CellIssue[] {
  return TWENTY_CURRENCY_CODES.has(code)
    ? []
    : [worded('warning', 'CURRENCY_CODE_NOT_IN_TWENTY', { value: quote(code) })]
}

/** Resolves every currency mark of a cell to one code. */
function resolveCode(text: string, marks: readonly string[], country: string | null): CodeRead {
  const codes = new Set<string>()
  for (const mark of marks) {
    const reading = readCurrencyMark(mark, country)
    if (reading.kind === 'code' || (reading.kind === 'shared' && reading.code !== null))
      codes.add(reading.code as string)
    else return { error: codeIssue(mark, reading) }
  }
  if (codes.size > 1) {
    return { error: wordedError('CURRENCY_CODE_CONFLICT', { value: quote(text), codes: [...codes].join(', ') }) }
  }
  const code = [...codes][0] as string
  return { code, issues: supportIssues(code) }
}

interface AmountRead {
  readonly amount: AmountText
  /** Plain decimal string in major units, multiplier not applied. */
  readonly decimal: string
  readonly issues: CellIssue[]
}

/** Shared by `currency` and `currencyAmount`: the digits and the problems that stop an amount. */
function readAmount(text: string, context: ColumnContext): AmountRead | CellResult {
  const scan = scanAmount(text, isCurrencyMark)
  if (scan.kind === 'noDigits') {
    if (isCurrencyMark(text)) return wordedError('CURRENCY_AMOUNT_INVALID.markOnly', { value: quote(text) })
    return noDigitsIssue(text, 'CURRENCY_AMOUNT_INVALID')
  }
  if (scan.kind === 'several')
    return wordedError('CURRENCY_AMOUNT_INVALID.several', { value: quote(text), numbers: scan.numbers.join(', ') })
  const amount = scan.amount
  const read = readAmountDigits(amount, context.decimalSeparator)
  if (read === null || amount.percent) return wordedError('CURRENCY_AMOUNT_INVALID.unreadable', { value: quote(text) })
  const power = amount.multiplier?.power ?? 0
  if (!Number.isFinite(Number(shiftDecimal(read.text, power)))) {
    return wordedError('CURRENCY_AMOUNT_INVALID.tooLarge', { value: quote(text) })
  }
  return { amount, decimal: read.text, issues: separatorIssues(text, read, null) }
}

/**
 * NUMBER_SEPARATOR_MISMATCH when the cell proves the other decimal separator, else none (a new array either way).
 * `shown` is String(Number(read.text)) when the caller knows it.
 */
function separatorIssues(text: string, read: DecimalRead, shown: string | null): CellIssue[] {
  if (read.mismatch === null) return []
  return [separatorMismatch(text, read.mismatch, 'amount', shown ?? String(Number(read.text)))]
}

function amountProblem(text: string, read: AmountRead, context: ColumnContext, code: string | null): CellResult | null {
  const { amount } = read
  if (amount.approximate.length === 0 && amount.others.length === 0 && amount.multiplier === null) return null
  const full = amount.multiplier === null ? read.decimal : shiftDecimal(read.decimal, amount.multiplier.power)
  const number = formatForColumn(Number(full), context.decimalSeparator)
  const suggestion = code === null ? number : `${code} ${number}`
  if (amount.approximate.length > 0 || amount.others.length > 0) {
    const key =
      amount.approximate.length > 0 ? 'CURRENCY_AMOUNT_INVALID.estimate' : 'CURRENCY_AMOUNT_INVALID.textAround'
    return wordedError(key, { value: quote(text), suggestion }, suggestion)
  }
  if (amount.multiplier !== null) {
    return wordedError(
      'CURRENCY_AMOUNT_ABBREVIATED',
      { value: quote(text), word: `“${amount.multiplier.word}”`, suggestion },
      suggestion,
    )
  }
  return null
}

const MAX_MICROS = Number.MAX_SAFE_INTEGER

/** Normalises a whole CURRENCY cell (`EUR 1.234,56`, `$1,234`, `1.234,56 €`). */
export function normalizeCurrency(raw: string, context: ColumnContext, row?: RowContext): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  const read = readAmount(text, context)
  if (!('decimal' in read)) return read
  const code =
    read.amount.currencies.length === 0 ? null : resolveCode(text, read.amount.currencies, countryOf(context, row))
  if (code !== null && 'error' in code) return code.error
  const problem = amountProblem(text, read, context, code?.code ?? null)
  if (problem !== null) return problem
  if (code === null) {
    return wordedError('CURRENCY_CODE_MISSING', { value: quote(text), amount: text })
  }
  const micros = Math.round(Number(shiftDecimal(read.decimal, 6)))
  const issues = [...read.issues, ...code.issues]
  if (Math.abs(micros) > MAX_MICROS) {
    issues.push(
      worded('warning', 'CURRENCY_AMOUNT_PRECISION_LOST', { value: quote(text), number: String(micros / 1e6) }),
    )
  }
  const major = inColumn(Number(read.decimal) === 0 ? '0' : read.decimal, context.decimalSeparator)
  const fixes: CellFix[] = []
  if (text !== `${code.code} ${major}` && text !== `${major} ${code.code}`) {
    fixes.push(
      wordedFix('CURRENCY_AMOUNT_REFORMATTED.withCode', {
        value: quote(text),
        number: String(Number(read.decimal)),
        code: code.code,
      }),
    )
  }
  return { value: { amountMicros: micros === 0 ? 0 : micros, currencyCode: code.code }, issues, fixes }
}

/**
 * Normalises a CURRENCY amount cell to major units (`1.234,56 €` -> 1234.56; the mark is dropped). Common shapes
 * (`1,234.56`, `$12`, `1.234,56 €`, `USD 5`) are read in one pass; every other cell goes through
 * normalizeCurrencyAmountSlow, which gives the same result for those shapes too.
 */
export function normalizeCurrencyAmount(raw: string, context: ColumnContext): CellResult {
  const plain = readPlainAmount(raw, context.decimalSeparator, isCurrencyMark, CURRENCY_SYMBOLS)
  if (plain === null || plain.percent) return normalizeCurrencyAmountSlow(raw, context)
  const { text, read } = plain
  const short = shortDecimal(read.text)
  const value = short === null ? numberOf(read.text) : short.value
  const shown = short?.shown ?? String(value)
  const issues = separatorIssues(text, read, shown)
  return amountResult(text, read.text, value, shown, issues, plain.mark, context.decimalSeparator)
}

const SEPARATOR_MISMATCH = issueRefs(ISSUE.NUMBER_SEPARATOR_MISMATCH, 'warning')
// Read once here: the verdict runs for every distinct amount, and a binding read through a module's exports can
// cost as much as a cell's digits.
const MARK_SYMBOLS = CURRENCY_SYMBOLS
const NONE = NO_ISSUES
const plainVerdict: PlainVerdict = { value: 0, mismatch: null, fixed: false }

/**
 * normalizeCurrencyAmount's verdict without its messages (see cell-verdict.ts), for an empty cell and the common
 * shapes it reads in one pass; follows it step by step (readPlainAmountVerdict gives what readPlainAmount,
 * shortDecimalValue and the comparison with the digits in the column's convention give).
 */
export const currencyAmountVerdict: VerdictReader = (raw, context, _row, out) => {
  if (raw === '') return answerEmpty(out)
  if (!readPlainAmountVerdict(raw, context.decimalSeparator, isCurrencyMark, MARK_SYMBOLS, plainVerdict)) return false
  out.value = plainVerdict.value
  out.issues = plainVerdict.mismatch === null ? NONE : SEPARATOR_MISMATCH
  out.fixed = plainVerdict.fixed
  return true
}

/** Normalises any CURRENCY amount cell through the general scanner (the reference for normalizeCurrencyAmount). */
export function normalizeCurrencyAmountSlow(raw: string, context: ColumnContext): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  const read = readAmount(text, context)
  if (!('decimal' in read)) return read
  const problem = amountProblem(text, read, context, null)
  if (problem !== null) return problem
  const marks = read.amount.currencies
  const value = numberOf(read.decimal)
  return amountResult(
    text,
    read.decimal,
    value,
    String(value),
    read.issues,
    marks.length === 0 ? null : marks.join(' '),
    context.decimalSeparator,
  )
}

/** Number(decimal), with -0 read as 0. */
function numberOf(decimal: string): number {
  const value = Number(decimal)
  return value === 0 ? 0 : value
}

/**
 * The result for an amount that reads without error; `marks` are the dropped currency marks as written and
 * `shown` is String(value), which the caller may know without converting.
 */
function amountResult(
  text: string,
  decimal: string,
  value: number,
  shown: string,
  issues: CellIssue[],
  marks: string | null,
  separator: DecimalSeparator,
): CellResult {
  const fixes: CellFix[] = []
  if (marks !== null) {
    fixes.push(wordedFix('CURRENCY_MARKER_REMOVED', { value: quote(text), number: shown, currency: `“${marks}”` }))
  } else if (text !== inColumn(decimal, separator)) {
    fixes.push(wordedFix('CURRENCY_AMOUNT_REFORMATTED.amount', { value: quote(text), number: shown }))
  }
  return { value, issues, fixes }
}

/** Normalises a CURRENCY code cell (`EUR`, `usd`, `€`, `Euro`). */
export function normalizeCurrencyCode(raw: string, context: ColumnContext, row?: RowContext): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  const reading = readCurrencyMark(text, countryOf(context, row))
  if (reading.kind === 'code' && reading.exact)
    return { value: reading.code, issues: supportIssues(reading.code), fixes: [] }
  if (reading.kind === 'code' || (reading.kind === 'shared' && reading.code !== null)) {
    const code = reading.code as string
    const fixes =
      text.toUpperCase() === code
        ? [wordedFix('CURRENCY_CODE_UPPERCASED', { value: quote(text), code })]
        : [wordedFix('CURRENCY_SYMBOL_MAPPED', { value: quote(text), code })]
    return { value: code, issues: supportIssues(code), fixes }
  }
  return codeIssue(text, reading)
}

/** Shared marks in a cell (`$`, `¥`) read by their fallback because no country settles them. */
export function fallbackMarks(
  text: string,
  kind: 'currency' | 'currencyCode',
  country: string | null,
): readonly string[] {
  const marks =
    kind === 'currencyCode'
      ? [text]
      : (() => {
          const scan = scanAmount(text, isCurrencyMark)
          return scan.kind === 'amount' ? scan.amount.currencies : []
        })()
  const codes: string[] = []
  for (const mark of marks) {
    const reading = readCurrencyMark(mark, country)
    if (reading.kind === 'shared' && !reading.byCountry && reading.code !== null) codes.push(reading.code)
  }
  return codes
}
