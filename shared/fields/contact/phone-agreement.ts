// Whether a phone's country and calling code columns agree with the number of the same row, as Twenty's server
// checks them ("Provided country code and calling code are conflicting", contract 10.7): an assembled record
// sends each mapped subfield as written, so a disagreement would fail the row at push time.
// Invariant: the number is read as the phone column reads it (national numbers in the phone's own country).
import { getCountryCallingCode, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max'
import type { CellIssue } from '../cell-result'
import type { ColumnContext, RowContext } from '../column-context'
import { worded } from '../scalar/wording'
import { countryNameEn, countryToIso2 } from './countries'
import { phoneRegionFor } from './phone-region'
import { describeRegion, internationalPrefix, readPhone } from './phone-read'
import { cleanCell, quote } from './text'

/** What the row's number says: its country and calling code, or null when there is no number that reads. */
interface RowNumber {
  readonly text: string
  readonly country: CountryCode
  readonly callingCode: string
}

/** The row's phone number read in `region` (null: only a number with its + code can be read). */
function rowNumber(row: RowContext | undefined, region: CountryCode | null): RowNumber | null {
  const { text } = cleanCell(row?.phoneNumber ?? '')
  if (text === '') return null
  if (region === null && internationalPrefix(text) === null) return null
  const read = readPhone(text, region)
  return read.kind === 'ok' ? { text, country: read.country, callingCode: read.callingCode } : null
}

function ownCountry(row: RowContext | undefined): CountryCode | null {
  const iso2 = row?.phoneCountry === undefined ? null : countryToIso2(row.phoneCountry.trim())
  return iso2 !== null && isSupportedCountry(iso2) ? iso2 : null
}

/**
 * The error for a phone country (an ISO2 code Twenty accepts) that the row's number contradicts, with the
 * number's own country as the suggestion; null when they agree or the row has no readable number.
 */
export function countryConflict(iso2: CountryCode, row: RowContext | undefined): CellIssue | null {
  const number = rowNumber(row, iso2)
  if (number === null || number.country === iso2) return null
  const params = {
    number: quote(number.text),
    region: describeRegion(number.country),
    code: iso2,
    country: countryNameEn(iso2) ?? iso2,
    suggestion: number.country,
  }
  return worded('error', 'PHONE_COUNTRY_CONFLICT', params, number.country)
}

/**
 * The error for a calling code (`+44`) that the row's number, or else the row's phone country, contradicts, with
 * theirs as the suggestion; null when they agree or there is nothing to compare with.
 */
export function callingCodeConflict(
  code: string,
  context: ColumnContext,
  row: RowContext | undefined,
): CellIssue | null {
  const country = ownCountry(row)
  const number = rowNumber(row, country === null ? null : phoneRegionFor(context, row).region)
  if (number !== null) {
    if (number.callingCode === code) return null
    const params = {
      number: quote(number.text),
      callingCode: number.callingCode,
      country: countryNameEn(number.country) ?? number.country,
      value: quote(code),
    }
    return worded('error', 'PHONE_CALLING_CODE_CONFLICT.number', params, number.callingCode)
  }
  if (country === null || `+${getCountryCallingCode(country)}` === code) return null
  const expected = `+${getCountryCallingCode(country)}`
  return worded(
    'error',
    'PHONE_CALLING_CODE_CONFLICT.country',
    { value: quote(code), region: describeRegion(country), callingCode: expected },
    expected,
  )
}
