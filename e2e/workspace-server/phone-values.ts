// A PHONES value as Twenty's server reads it (transformPhonesValue, contract 10.4 and 10.7): the country code,
// calling code and the number's own `+` prefix must agree; the number is stored as its national digits with the
// codes it implies. additionalPhones is always written: a value that leaves it out stores null, which is how an
// update that does not resend the additional phones clears them.
import { inspect } from 'node:util'
import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberWithError,
  type CountryCode,
} from 'libphonenumber-js'
import { isPlainObject } from './http-io'

interface PhoneParts {
  readonly number?: unknown
  readonly callingCode?: unknown
  readonly countryCode?: unknown
}

type PhoneOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

/** The stored form of a PHONES value, or Twenty's 400 message for it. Assumes the JSON shape was checked. */
export function transformPhones(
  fieldName: string,
  value: Record<string, unknown>,
): PhoneOutcome<Record<string, unknown>> {
  const primary = inferPhone({
    number: value['primaryPhoneNumber'],
    callingCode: value['primaryPhoneCallingCode'],
    countryCode: value['primaryPhoneCountryCode'],
  })
  if (!primary.ok) return coerceFailure(fieldName, value, primary.message)
  const additional: Record<string, unknown>[] = []
  for (const item of Array.isArray(value['additionalPhones']) ? value['additionalPhones'] : []) {
    const parts = isPlainObject(item) ? item : {}
    const inferred = inferPhone({
      number: parts['number'],
      callingCode: parts['callingCode'],
      countryCode: parts['countryCode'],
    })
    if (!inferred.ok) return coerceFailure(fieldName, value, inferred.message)
    additional.push(
      withoutUndefined({
        number: inferred.value.number,
        callingCode: inferred.value.callingCode,
        countryCode: inferred.value.countryCode,
      }),
    )
  }
  return {
    ok: true,
    value: withoutUndefined({
      primaryPhoneNumber: primary.value.number,
      primaryPhoneCountryCode: primary.value.countryCode,
      primaryPhoneCallingCode: primary.value.callingCode,
      additionalPhones: additional.length === 0 ? null : additional,
    }),
  }
}

// Twenty's coercer wraps the transform's message this way (coercePhonesFieldOrThrow).
function coerceFailure(fieldName: string, value: unknown, message: string): PhoneOutcome<never> {
  return { ok: false, message: `Invalid value ${inspect(value)} for phones field "${fieldName}" - ${message}` }
}

function inferPhone(parts: PhoneParts): PhoneOutcome<PhoneParts> {
  const countryCode = parts.countryCode
  const callingCode = parts.callingCode
  if (isNonEmpty(countryCode) && !isSupportedCountry(countryCode))
    return { ok: false, message: `Invalid country code ${countryCode}` }
  if (isNonEmpty(callingCode)) {
    const countries = countriesOfCallingCode(callingCode)
    if (countries.length === 0) return { ok: false, message: `Invalid calling code ${callingCode}` }
    if (isNonEmpty(countryCode) && !countries.includes(countryCode)) {
      return { ok: false, message: 'Provided country code and calling code are conflicting' }
    }
  }
  if (!isNonEmpty(parts.number)) return { ok: true, value: parts }
  let phone
  try {
    phone = parsePhoneNumberWithError(parts.number, {
      defaultCallingCode: isNonEmpty(callingCode) ? callingCode.replace(/\+/g, '') : undefined,
      defaultCountry: isNonEmpty(countryCode) ? (countryCode as CountryCode) : undefined,
    })
  } catch {
    return { ok: false, message: `Provided phone number is invalid ${parts.number}` }
  }
  if (phone.country !== undefined && isNonEmpty(countryCode) && phone.country !== countryCode) {
    return { ok: false, message: 'Provided and inferred country code are conflicting' }
  }
  if (isNonEmpty(callingCode) && phone.countryCallingCode !== callingCode.replace(/\+/g, '')) {
    return { ok: false, message: 'Provided and inferred calling code are conflicting' }
  }
  return {
    ok: true,
    value: {
      number: phone.nationalNumber,
      callingCode: callingCode ?? `+${phone.countryCallingCode}`,
      countryCode: countryCode ?? phone.country,
    },
  }
}

function countriesOfCallingCode(callingCode: string): string[] {
  const digits = callingCode.replace(/\+/g, '')
  return getCountries().filter((country) => getCountryCallingCode(country) === digits)
}

function isNonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value !== ''
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))
}
