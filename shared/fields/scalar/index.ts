// The scalar field kinds' normalisers and the column analysis that gives them their context.
// Invariant: every normaliser returns EMPTY_RESULT for a blank cell (except blank-is-false boolean columns).
import type { VerdictReader } from '../cell-verdict'
import type { Normalizer } from '../column-context'
import type { TargetKind } from '../targets'
import { normalizeArray } from './array'
import { normalizeBoolean } from './boolean'
import { currencyAmountVerdict, normalizeCurrency, normalizeCurrencyAmount, normalizeCurrencyCode } from './currency'
import { normalizeDate, normalizeDateTime } from './date'
import { normalizeJson } from './json'
import { normalizeNumber } from './number'
import { normalizeRating } from './rating'
import { normalizeMultiSelect, normalizeSelect } from './select'
import { normalizeText, textVerdict } from './text'
import { normalizeUuid } from './uuid'

export { normalizeRecordId } from './uuid'

export { analyzeColumn } from './analyze-column'
export { isCleanTextBytes } from './clean-text'
export { FIX as SCALAR_FIX_CODES, ISSUE as SCALAR_ISSUE_CODES } from './codes'
export type { ScalarFixCode, ScalarIssueCode } from './codes'
export { defaultDateOrder } from './date'
export { formatForColumn } from './decimal-text'

/** The target kinds whose cells are single scalar values (or a currency pair) this folder normalises. */
export type ScalarKind = Extract<
  TargetKind,
  | 'text'
  | 'richText'
  | 'number'
  | 'boolean'
  | 'date'
  | 'dateTime'
  | 'uuid'
  | 'json'
  | 'array'
  | 'rating'
  | 'select'
  | 'multiSelect'
  | 'currency'
  | 'currencyAmount'
  | 'currencyCode'
>

/**
 * One normaliser per scalar kind. Each takes a raw cell and the column's context (from analyzeColumn) and
 * returns the value in API terms: string (text, richText markdown, uuid, date 'YYYY-MM-DD', dateTime ISO UTC,
 * select value, rating 'RATING_n', currencyCode), number (number, currencyAmount in major units), boolean,
 * string[] (array, multiSelect), parsed JSON (json), {amountMicros, currencyCode} (currency).
 */
export const scalarNormalizers: { readonly [K in ScalarKind]: Normalizer } = {
  text: normalizeText,
  richText: normalizeText,
  number: normalizeNumber,
  boolean: normalizeBoolean,
  date: normalizeDate,
  dateTime: normalizeDateTime,
  uuid: normalizeUuid,
  json: normalizeJson,
  array: normalizeArray,
  rating: normalizeRating,
  select: normalizeSelect,
  multiSelect: normalizeMultiSelect,
  currency: normalizeCurrency,
  currencyAmount: normalizeCurrencyAmount,
  currencyCode: normalizeCurrencyCode,
}

/** Verdict readers (cell-verdict.ts) for the kinds whose normalisers the bulk check calls most. */
export const scalarVerdictReaders: { readonly [K in ScalarKind]?: VerdictReader } = {
  currencyAmount: currencyAmountVerdict,
  text: textVerdict,
  richText: textVerdict,
}
