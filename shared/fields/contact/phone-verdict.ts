// What libphonenumber-js says about a phone number's digits, reduced to what phone messages need, and the reference
// judge asking the library itself ('max' metadata: it rejects about half the mistyped numbers 'min' lets through).
// Invariant: the fast judge (phone-fast.ts) gives this judge's verdict or none.
import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/max'

/** The verdict on the digits of one phone number (`+33612345678`, or national digits read in a region). */
export type PhoneVerdict =
  | {
      readonly kind: 'valid'
      /** National significant number. */
      readonly nationalNumber: string
      readonly country: CountryCode
      /** Without `+`. */
      readonly callingCode: string
    }
  /** Valid, but under a calling code that belongs to no country (+800, +881...). */
  | { readonly kind: 'nonGeographic'; readonly callingCode: string }
  | {
      readonly kind: 'invalid'
      /** What is wrong with the length, when that is what is wrong. */
      readonly length: 'TOO_SHORT' | 'TOO_LONG' | null
      /** For national digits too long for the region: the number the digits spell with a `+` in front, if valid. */
      readonly withPlus: { readonly country: CountryCode; readonly formatted: string } | null
    }

/**
 * Judges digits: `input` is `+digits` when `international`, else national digits read in `region` (a
 * country libphonenumber supports). Null region with national digits is a programmer error.
 */
export type PhoneJudge = (input: string, international: boolean, region: CountryCode | null) => PhoneVerdict | null

function lengthProblem(result: string | undefined): 'TOO_SHORT' | 'TOO_LONG' | null {
  return result === 'TOO_SHORT' || result === 'TOO_LONG' ? result : null
}

/** The reference judge: libphonenumber-js ('max' metadata) itself. Never returns null. */
export const judgeWithLibrary: PhoneJudge = (input, international, region) => {
  const defaultCountry = international ? undefined : (region ?? undefined)
  const parsed = parsePhoneNumberFromString(input, defaultCountry)
  if (parsed !== undefined && parsed.isValid()) {
    if (parsed.country === undefined) return { kind: 'nonGeographic', callingCode: parsed.countryCallingCode }
    return {
      kind: 'valid',
      nationalNumber: parsed.nationalNumber,
      country: parsed.country,
      callingCode: parsed.countryCallingCode,
    }
  }
  // The length check parses again: only worth it when the length is what is wrong.
  const length =
    parsed !== undefined && parsed.isPossible() ? null : lengthProblem(validatePhoneNumberLength(input, defaultCountry))
  let withPlus: { country: CountryCode; formatted: string } | null = null
  if (!international && length === 'TOO_LONG') {
    const plus = parsePhoneNumberFromString(`+${input}`)
    if (plus !== undefined && plus.isValid() && plus.country !== undefined) {
      withPlus = { country: plus.country, formatted: plus.formatInternational() }
    }
  }
  return { kind: 'invalid', length, withPlus }
}
