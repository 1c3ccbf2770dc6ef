// Reads one phone number with libphonenumber-js ('max' metadata: as fast as 'min' here, and it rejects about half
// of the mistyped numbers 'min' lets through). Cheap checks run first so junk never reaches the parser.
// Invariant: an 'ok' read has the national significant number (no calling code, no trunk 0), an ISO2 country, `+code`.
import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  getCountryCallingCode,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max'
import type { CellIssue } from '../cell-result'
import { countryNameEn } from './countries'
import { isPlaceholder, quote } from './text'

/** One phone number read from a cell: the three parts Twenty stores (plus any extension), or why it failed. */
export type PhoneRead =
  | {
      readonly kind: 'ok'
      /** National significant number: what Twenty stores in primaryPhoneNumber. */
      readonly number: string
      readonly country: CountryCode
      readonly callingCode: string
      /** An extension found after the number (`x12`, `ext. 12`), which Twenty has no place for. */
      readonly extension: string | null
    }
  | { readonly kind: 'invalid'; readonly issue: CellIssue }

const EXTENSION = /\s*[,;]?\s*(?:extension|ext\.?|x|#|poste|durchwahl|dw\.?|int\.?)\s*:?\s*(\d{1,7})$/i
const TEL_PREFIX = /^tel:\s*/i
const NOT_DIGIT = /\D/g
const ALLOWED = /^[\d\s()+\-./\u00A0]+$/
const LETTER = /\p{L}/u
const INTERNATIONAL = /^\(?\s*(?:\+|00(?!0))/
const SEVERAL = /\s*(?:[,;|]|\s\/\s|\s(?:or|oder|ou|o|of)\s)\s*/i
const MIN_DIGITS = 4
const MAX_DIGITS = 17

function invalid(code: 'PHONE_INVALID' | 'PHONE_NO_COUNTRY' | 'PHONE_MULTIPLE', message: string, suggestion?: string): PhoneRead {
  const issue: CellIssue = { code, severity: 'error', message }
  return { kind: 'invalid', issue: suggestion === undefined ? issue : { ...issue, suggestion } }
}

/** `United States (+1)` for messages. */
export function describeRegion(region: CountryCode): string {
  return `${countryNameEn(region) ?? region} (+${getCountryCallingCode(region)})`
}

/**
 * Reads one number from a trimmed, non-empty cell. `region` reads numbers written without `+`/`00`; null means
 * none is known. `unreadRowCountry` is the row's country when it could not be read, for the message.
 */
export function readPhone(text: string, region: CountryCode | null, unreadRowCountry: string | null = null): PhoneRead {
  const shown = quote(text)
  let body = text.replace(TEL_PREFIX, '')
  let extension: string | null = null
  const ext = EXTENSION.exec(body)
  if (ext !== null && ext.index > 0) {
    extension = ext[1]!
    body = body.slice(0, ext.index)
  }
  const digits = body.replace(NOT_DIGIT, '')
  if (digits.length < MIN_DIGITS) {
    if (isPlaceholder(text)) return invalid('PHONE_INVALID', `${shown} is not a phone number. Clear the cell if there is none.`, '')
    if (LETTER.test(body)) return invalid('PHONE_INVALID', `${shown} is not a phone number: it has letters and almost no digits. Correct it or clear the cell.`)
    return invalid('PHONE_INVALID', `${shown} is too short to be a phone number. Correct it or clear the cell.`)
  }
  if (!ALLOWED.test(body)) {
    const several = splitSeveral(body, region)
    if (several !== null) return several
    return invalid('PHONE_INVALID', `${shown} contains characters a phone number cannot have (letters or symbols). Keep only the number.`)
  }
  if (digits.length > MAX_DIGITS) {
    const several = splitSeveral(body, region)
    if (several !== null) return several
    return invalid('PHONE_INVALID', `${shown} has ${digits.length} digits, more than any phone number. Correct it or clear the cell.`)
  }
  const international = INTERNATIONAL.test(body)
  if (!international && region === null) {
    const why = unreadRowCountry === null
      ? 'no country is known for it'
      : `the row's country ${quote(unreadRowCountry)} is not a country Preflight recognises`
    return invalid('PHONE_NO_COUNTRY', `${shown} has no calling code (like +49) and ${why}. Set a default country for this column, or write the number with its + code.`)
  }
  // Digits only: libphonenumber reads them about twice as fast as formatted text, and punctuation has been vetted.
  const input = international ? `+${body.replace(/^\(?\s*00/, '').replace(NOT_DIGIT, '')}` : digits
  const parsed = parsePhoneNumberFromString(input, international ? undefined : region ?? undefined)
  if (parsed === undefined || !parsed.isValid()) return explainInvalid(text, input, international, region, parsed)
  const country = parsed.country
  if (country === undefined) {
    return invalid('PHONE_INVALID', `${shown} is an international service number (+${parsed.countryCallingCode}) that belongs to no country, and Twenty needs one. Give a regular number.`)
  }
  return { kind: 'ok', number: parsed.nationalNumber, country, callingCode: `+${parsed.countryCallingCode}`, extension }
}

function explainInvalid(text: string, input: string, international: boolean, region: CountryCode | null, parsed: PhoneNumber | undefined): PhoneRead {
  const shown = quote(text)
  // The length check parses again: only worth it when the length is what is wrong.
  const length = parsed !== undefined && parsed.isPossible() ? undefined : validatePhoneNumberLength(input, international ? undefined : region ?? undefined)
  const lengthHint = length === 'TOO_SHORT' ? ' (too few digits)' : length === 'TOO_LONG' ? ' (too many digits)' : ''
  if (international) {
    const cc = input.slice(1, 4)
    return invalid('PHONE_INVALID', `${shown} is not a valid phone number for the calling code it starts with (+${cc}...)${lengthHint}. Check the number with the client.`)
  }
  const where = region === null ? '' : ` in ${describeRegion(region)}`
  // Too long for the country but complete with a `+` in front: suggest it, never apply it. (Only then: a
  // national number of the right length would often also spell some other country's number.)
  if (length === 'TOO_LONG') {
    const withPlus = parsePhoneNumberFromString(`+${input}`)
    if (withPlus !== undefined && withPlus.isValid() && withPlus.country !== undefined) {
      return invalid('PHONE_INVALID', `${shown} is not a valid number${where}${lengthHint}, but it is one with a + in front (${describeRegion(withPlus.country)}). Accept the suggestion if that is what was meant.`, withPlus.formatInternational())
    }
  }
  return invalid('PHONE_INVALID', `${shown} is not a valid phone number${where}${lengthHint}. Check the number, or the country it was read in.`)
}

/** Several numbers in one cell (`0211 1234567 / 0171 7654321`): an error suggesting to keep the first. */
function splitSeveral(body: string, region: CountryCode | null): PhoneRead | null {
  const parts = body.split(SEVERAL).map((p) => p.trim()).filter((p) => p.replace(NOT_DIGIT, '').length >= 6)
  if (parts.length < 2) return null
  const first = readPhone(parts[0]!, region)
  const message = `${quote(body)} holds ${parts.length} phone numbers, and this field takes one. Keep the first here and put the others in Additional Phones.`
  return invalid('PHONE_MULTIPLE', message, first.kind === 'ok' ? parts[0] : undefined)
}
