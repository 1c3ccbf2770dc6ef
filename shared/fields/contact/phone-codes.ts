// The `phoneCountry` and `phoneCallingCode` normalisers: the PHONES subfields mapped from their own columns.
// Invariant: a country value is an ISO2 code libphonenumber knows; a calling code is `+digits` of a real country;
// neither contradicts the row's number (or the calling code the row's phone country), as Twenty's server requires.
import { getCountries, getCountryCallingCode, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max'
import { EMPTY_RESULT, type CellFix, type CellIssue, type CellResult } from '../cell-result'
import type { Normalizer } from '../column-context'
import { wordedError, wordedFix } from '../scalar/wording'
import { countryNameEn, countryToIso2 } from './countries'
import { callingCodeConflict, countryConflict } from './phone-agreement'
import { cleanCell, quote } from './text'

const CALLING_CODE = /^\(?\s*(?:\+|00)?\s*(\d{1,4})\s*\)?$/

// The country a shared calling code is usually meant for (+1 is also Canada and the Caribbean...).
const MAIN_COUNTRY: Readonly<Record<string, CountryCode>> = {
  '1': 'US',
  '7': 'RU',
  '39': 'IT',
  '44': 'GB',
  '47': 'NO',
  '61': 'AU',
  '212': 'MA',
  '262': 'RE',
  '290': 'SH',
  '358': 'FI',
  '590': 'GP',
  '599': 'CW',
}

function buildCallingCodes(): ReadonlyMap<string, CountryCode> {
  const map = new Map<string, CountryCode>()
  for (const country of getCountries()) {
    const code = getCountryCallingCode(country)
    if (!map.has(code)) map.set(code, MAIN_COUNTRY[code] ?? country)
  }
  return map
}

const CALLING_CODES = buildCallingCodes()

/** The digits of a real calling code written `+33`, `33`, `0033` or `(+33)`, or null. */
export function callingCodeDigits(text: string): string | null {
  const match = CALLING_CODE.exec(text.trim())
  return match !== null && CALLING_CODES.has(match[1]!) ? match[1]! : null
}

/** The usual country for a calling code written `+33`, `33` or `0033`, or null. */
export function countryForCallingCode(text: string): CountryCode | null {
  const digits = callingCodeDigits(text)
  return digits === null ? null : (CALLING_CODES.get(digits) ?? null)
}

function fixed(
  value: string,
  fix: CellFix | null,
  changed: CellFix | null,
  conflict: CellIssue | null = null,
): CellResult {
  const fixes = [fix, changed].filter((f): f is CellFix => f !== null)
  // A conflict is an error: nothing to write, and no fix to report for a value that is not written.
  if (conflict !== null) return { value: null, issues: [conflict], fixes: [] }
  return { value, issues: [], fixes }
}

/**
 * Normalises a phone's country: an ISO2 code in any case, an ISO3 code or a country name in any of seven
 * languages becomes the ISO2 code (fix PHONE_COUNTRY_CONVERTED). Error PHONE_COUNTRY_INVALID otherwise; a
 * calling code written here gets its country as a suggestion. Error PHONE_COUNTRY_CONFLICT when the row's
 * number (RowContext.phoneNumber) belongs to another country, suggesting that country.
 */
export const normalizePhoneCountry: Normalizer = (raw, _context, row) => {
  const { text, fix } = cleanCell(raw)
  if (text === '') return EMPTY_RESULT
  const iso2 = countryToIso2(text)
  if (iso2 === null) {
    const byCode = countryForCallingCode(text)
    if (byCode !== null) {
      return wordedError(
        'PHONE_COUNTRY_INVALID.callingCode',
        { value: quote(text), country: countryNameEn(byCode) ?? byCode },
        byCode,
      )
    }
    return wordedError('PHONE_COUNTRY_INVALID.unknown', { value: quote(text) })
  }
  if (!isSupportedCountry(iso2)) {
    return wordedError('PHONE_COUNTRY_INVALID.noPhones', { value: quote(text), country: countryNameEn(iso2) ?? iso2 })
  }
  const changed = iso2 === text ? null : wordedFix('PHONE_COUNTRY_CONVERTED', { value: quote(text), code: iso2 })
  return fixed(iso2, fix, changed, countryConflict(iso2, row))
}

/**
 * Normalises a phone's calling code: `+33`, `33`, `0033`, `(+33)` become `+33` (fix PHONE_CALLING_CODE_FORMATTED),
 * checked against libphonenumber's calling codes. Error PHONE_CALLING_CODE_INVALID otherwise; a country written
 * here gets its calling code as a suggestion. Error PHONE_CALLING_CODE_CONFLICT when the row's number, or else the
 * row's phone country, has another calling code, suggesting that one.
 */
export const normalizePhoneCallingCode: Normalizer = (raw, context, row) => {
  const { text, fix } = cleanCell(raw)
  if (text === '') return EMPTY_RESULT
  const match = CALLING_CODE.exec(text)
  if (match !== null) {
    const digits = match[1]!
    if (!CALLING_CODES.has(digits)) {
      return wordedError('PHONE_CALLING_CODE_INVALID.noCountry', { value: quote(text) })
    }
    const value = `+${digits}`
    const changed =
      value === text ? null : wordedFix('PHONE_CALLING_CODE_FORMATTED', { value: quote(text), callingCode: value })
    return fixed(value, fix, changed, callingCodeConflict(value, context, row))
  }
  const iso2 = countryToIso2(text)
  if (iso2 !== null && isSupportedCountry(iso2)) {
    const code = `+${getCountryCallingCode(iso2)}`
    return wordedError(
      'PHONE_CALLING_CODE_INVALID.country',
      { value: quote(text), country: countryNameEn(iso2) ?? iso2, callingCode: code },
      code,
    )
  }
  return wordedError('PHONE_CALLING_CODE_INVALID.notCode', { value: quote(text) })
}
