// Reads one phone number as libphonenumber-js ('max' metadata) reads it: cheap checks first so junk never reaches
// a parser, then the fast judge (phone-fast.ts), then the library for what the fast judge leaves to it.
// Invariant: an 'ok' read has the national significant number (no calling code, no trunk 0), an ISO2 country, `+code`.
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max'
import type { CellIssue } from '../cell-result'
import type { IssueKey } from '../../messages/english'
import type { MessageParams } from '../../messages/message-format'
import { worded } from '../scalar/wording'
import { countryNameEn } from './countries'
import { judgeDigitsQuick, judgeFast } from './phone-fast'
import { judgeWithLibrary, type PhoneJudge, type PhoneVerdict } from './phone-verdict'
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

/** An extension at the end of a cell (exported for the tests of extensionSearchStart). */
export const EXTENSION = /\s*[,;]?\s*(?:extension|ext\.?|x|#|poste|durchwahl|dw\.?|int\.?)\s*:?\s*(\d{1,7})$/i
const TEL_PREFIX = /^tel:\s*/i
const NOT_DIGIT = /\D/g
const ALLOWED = /^[\d\s()+\-./\u00A0]+$/
const LETTER = /\p{L}/u
/** Where a cell holding several numbers splits (exported for the tests of maySplit). */
export const SEVERAL = /\s*(?:[,;|]|\s\/\s|\s(?:or|oder|ou|o|of)\s)\s*/i
const MIN_DIGITS = 4
const MAX_DIGITS = 17

/** An invalid read worded by `key` (a PHONE_INVALID, PHONE_NO_COUNTRY or PHONE_MULTIPLE message). */
function invalid(key: IssueKey, params: MessageParams, suggestion?: string): PhoneRead {
  return { kind: 'invalid', issue: worded('error', key, params, suggestion) }
}

/** `United States (+1)` for messages. */
export function describeRegion(region: CountryCode): string {
  return `${countryNameEn(region) ?? region} (+${getCountryCallingCode(region)})`
}

// The fast judge answers the common shapes; the library answers whatever it defers, so this never gives null.
const judgeFastThenLibrary: PhoneJudge = (input, international, region) =>
  judgeFast(input, international, region) ?? judgeWithLibrary(input, international, region)

/**
 * Reads one number from a trimmed, non-empty cell. `region` reads numbers written without `+`/`00`; null means
 * none is known. `unreadRowCountry` is the row's country when it could not be read, for the message.
 */
export function readPhone(text: string, region: CountryCode | null, unreadRowCountry: string | null = null): PhoneRead {
  return readPhoneWith(text, region, unreadRowCountry, judgeFastThenLibrary)!
}

/**
 * readPhone with a given judge of the digits: null when the judge gives none. Lets the differential test read
 * the same cell with the fast judge alone and with the library alone.
 */
export function readPhoneWith(
  text: string,
  region: CountryCode | null,
  unreadRowCountry: string | null,
  judge: PhoneJudge,
): PhoneRead | null {
  const { body, extension, digits, plain } = splitCell(text)
  if (digits.length < MIN_DIGITS) {
    const shown = { value: quote(text) }
    if (isPlaceholder(text)) return invalid('PHONE_INVALID.placeholder', shown, '')
    if (LETTER.test(body)) return invalid('PHONE_INVALID.letters', shown)
    return invalid('PHONE_INVALID.tooShort', shown)
  }
  if (!plain && !ALLOWED.test(body)) {
    const several = splitSeveral(body, region, judge)
    if (several !== undefined) return several
    return invalid('PHONE_INVALID.characters', { value: quote(text) })
  }
  if (digits.length > MAX_DIGITS) {
    const several = splitSeveral(body, region, judge)
    if (several !== undefined) return several
    return invalid('PHONE_INVALID.tooManyDigits', { value: quote(text), n: digits.length })
  }
  const international = internationalPrefix(body)
  if (international === null && region === null) {
    if (unreadRowCountry === null) return invalid('PHONE_NO_COUNTRY.noCountry', { value: quote(text) })
    return invalid('PHONE_NO_COUNTRY.rowCountry', { value: quote(text), rowCountry: quote(unreadRowCountry) })
  }
  // Digits only: the judges read them about twice as fast as formatted text, and punctuation has been vetted.
  // Only `(` and spaces can stand before the `+` or `00`, so the digits after it are all digits but a `00`.
  const input = international === null ? digits : `+${international === '00' ? digits.slice(2) : digits}`
  const verdict = judge(input, international !== null, region)
  if (verdict === null) return null
  return readVerdict(text, input, international !== null, region, extension, verdict)
}

/** A cell taken apart for reading: the number's text, an extension found after it, and its digits. */
interface CellParts {
  /** The cell without `tel:` and without the extension. */
  body: string
  extension: string | null
  digits: string
  /** The cell has only digits, spaces and `( ) + - . /` (body is the cell; no extension). */
  plain: boolean
}

// Filled by splitCell and read at once by its callers (one object for all cells).
const parts: CellParts = { body: '', extension: null, digits: '', plain: true }

/** Takes a cell apart; `notPlain` when plainDigits already gave null for this very text. */
function splitCell(text: string, notPlain = false): CellParts {
  let body = text
  let extension: string | null = null
  let digits = notPlain ? null : plainDigits(text)
  const plain = digits !== null
  if (digits === null) {
    if ((text.charCodeAt(0) | 0x20) === 0x74) body = text.replace(TEL_PREFIX, '')
    const from = extensionSearchStart(body)
    const ext = from < 0 ? null : EXTENSION.exec(from === 0 ? body : body.slice(from))
    if (ext !== null && from + ext.index > 0) {
      extension = ext[1]!
      body = body.slice(0, from + ext.index)
    }
    digits = body.replace(NOT_DIGIT, '')
  }
  parts.body = body
  parts.extension = extension
  parts.digits = digits
  parts.plain = plain
  return parts
}

/** What readPhoneQuick found in an 'ok' cell (one object, filled per call). */
export interface QuickPhone {
  number: string
  extension: string | null
}

/** readPhoneQuick's answer: 'ok' (the number and extension then in its `out`), an error code, or null. */
export type QuickAnswer = 'ok' | 'PHONE_INVALID' | 'PHONE_NO_COUNTRY' | null

/**
 * readPhone's answer without its messages, for the bulk check: 'ok' (the number and extension then in `out`),
 * the code of the error readPhone gives, or null when only readPhone can tell (a cell that may hold several
 * numbers, or digits the fast judge leaves to the library). Follows readPhoneWith step by step. `notPlain` when
 * readPlainPhoneQuick said NOT_PLAIN for this very text.
 */
export function readPhoneQuick(
  text: string,
  region: CountryCode | null,
  out: QuickPhone,
  notPlain = false,
): QuickAnswer {
  const { body, extension, digits, plain } = splitCell(text, notPlain)
  if (digits.length < MIN_DIGITS) return 'PHONE_INVALID'
  // A cell that does not split at SEVERAL is one piece: not several numbers, so simply invalid.
  if (!plain && !ALLOWED.test(body)) return maySplit(body) && SEVERAL.test(body) ? null : 'PHONE_INVALID'
  if (digits.length > MAX_DIGITS) return maySplit(body) && SEVERAL.test(body) ? null : 'PHONE_INVALID'
  return judgeQuick(body, digits, extension, region, out)
}

/**
 * readPhoneQuick on a raw cell, for the bulk check, when the cell is plain (see plainCellDigits: cleanCell leaves
 * it as it is, it is its own body, with no extension, and passes ALLOWED): then this skips cleanCell and splitCell
 * and answers as readPhoneQuick does. NOT_PLAIN for any other cell (clean it, then ask readPhoneQuick).
 */
export function readPlainPhoneQuick(
  raw: string,
  region: CountryCode | null,
  out: QuickPhone,
): QuickAnswer | 'NOT_PLAIN' {
  const digits = plainCellDigits(raw)
  if (digits === null) return 'NOT_PLAIN'
  if (digits.length < MIN_DIGITS) return 'PHONE_INVALID'
  if (digits.length > MAX_DIGITS) return maySplit(raw) && SEVERAL.test(raw) ? null : 'PHONE_INVALID'
  return judgeQuick(raw, digits, null, region, out)
}

function judgeQuick(
  body: string,
  digits: string,
  extension: string | null,
  region: CountryCode | null,
  out: QuickPhone,
): QuickAnswer {
  const international = internationalPrefix(body)
  if (international === null && region === null) return 'PHONE_NO_COUNTRY'
  // judgeFastNoSuggestion on readPhoneWith's input, `+digits`, read from the digits after the `+` (see there).
  const number = judgeDigitsQuick(international === '00' ? digits.slice(2) : digits, international !== null, region)
  if (number === null) return null
  // INVALID_NUMBER, written out: a per-cell read of another module's binding costs a call under some loaders.
  if (number === '') return 'PHONE_INVALID'
  out.number = number
  out.extension = extension
  return 'ok'
}

/**
 * Where to search `body` for EXTENSION to find its leftmost match, or -1 when it cannot match. A match ends in 1
 * to 7 digits at the very end (a longer run leaves a digit before them), after `\s*:?\s*` (skipped as any run of
 * spaces and colons, which no keyword ends with) and a keyword ending in n t x e l w (any case), `.` or `#`; that
 * keyword (at most 9 characters) starts at most 8 before its last character, after the `\s`, `,` or `;` the
 * match may begin with. No match starts before the returned index, so searching from there finds the same one.
 */
export function extensionSearchStart(body: string): number {
  const end = body.length - 1
  let i = end
  for (let c = body.charCodeAt(i); c >= 48 && c <= 57; c = body.charCodeAt(i)) i--
  if (i === end || end - i > 7) return -1
  for (let c = body.charCodeAt(i); c === 0x3a || isRegexSpace(c); c = body.charCodeAt(i)) i--
  if (i < 0) return -1
  const c = body.charCodeAt(i)
  const lower = c | 0x20
  const keywordEnd =
    c === 0x2e ||
    c === 0x23 ||
    lower === 0x6e ||
    lower === 0x74 ||
    lower === 0x78 ||
    lower === 0x65 ||
    lower === 0x6c ||
    lower === 0x77
  if (!keywordEnd) return -1
  let start = i > 8 ? i - 8 : 0
  while (start > 0) {
    const before = body.charCodeAt(start - 1)
    if (before !== 0x2c && before !== 0x3b && !isRegexSpace(before)) break
    start--
  }
  return start
}

/** Whether SEVERAL may match `text`: each of its matches holds `,` `;` `|` `/` or an `o` (any case). */
export function maySplit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x2c || c === 0x3b || c === 0x7c || c === 0x2f || (c | 0x20) === 0x6f) return true
  }
  return false
}

/** Whether a code is whitespace to a regular expression's `\s`. */
function isRegexSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** The international prefix a number's text starts with, as /^\(?\s*(\+|00(?!0))/ reads it; a scan, no match object. */
export function internationalPrefix(body: string): '+' | '00' | null {
  let i = body.charCodeAt(0) === 0x28 ? 1 : 0
  while (i < body.length && isRegexSpace(body.charCodeAt(i))) i++
  const c = body.charCodeAt(i)
  if (c === 0x2b) return '+'
  return c === 0x30 && body.charCodeAt(i + 1) === 0x30 && body.charCodeAt(i + 2) !== 0x30 ? '00' : null
}

// Per code below 256: 1 for a digit, 2 for what else a plain cell may hold (space, NBSP, `( ) + - . /`), else 0.
const PLAIN = new Uint8Array(256)
for (let c = 48; c <= 57; c++) PLAIN[c] = 1
for (const c of [32, 0xa0, 40, 41, 43, 45, 46, 47]) PLAIN[c] = 2

/**
 * The digits of a cell made only of digits, spaces, NBSP and `( ) + - . /`, or null for any other cell. Such a
 * cell has no `tel:` and no extension (both need a letter or `#`), and ALLOWED accepts it: no regex needed.
 */
function plainDigits(text: string): string | null {
  let digits = ''
  let runStart = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const kind = c < 256 ? PLAIN[c]! : 0
    if (kind === 1) continue
    if (kind === 0) return null
    if (i > runStart) digits += text.slice(runStart, i)
    runStart = i + 1
  }
  return runStart === 0 ? text : digits + text.slice(runStart)
}

/**
 * For the bulk check: the digits of a raw cell that cleanCell leaves as it is and that is plain (see plainDigits;
 * no outer space or NBSP, and nothing invisible, which plain cells cannot hold), else null (clean it first).
 */
export function plainCellDigits(raw: string): string | null {
  const last = raw.length - 1
  if (last < 0) return null
  const first = raw.charCodeAt(0)
  const end = raw.charCodeAt(last)
  if (first === 32 || first === 0xa0 || end === 32 || end === 0xa0) return null
  return plainDigits(raw)
}

function readVerdict(
  text: string,
  input: string,
  international: boolean,
  region: CountryCode | null,
  extension: string | null,
  verdict: PhoneVerdict,
): PhoneRead {
  switch (verdict.kind) {
    case 'valid':
      return {
        kind: 'ok',
        number: verdict.nationalNumber,
        country: verdict.country,
        callingCode: `+${verdict.callingCode}`,
        extension,
      }
    case 'nonGeographic':
      return invalid('PHONE_INVALID.nonGeographic', { value: quote(text), callingCode: `+${verdict.callingCode}` })
    case 'invalid':
      return explainInvalid(text, input, international, region, verdict)
  }
}

function explainInvalid(
  text: string,
  input: string,
  international: boolean,
  region: CountryCode | null,
  verdict: Extract<PhoneVerdict, { kind: 'invalid' }>,
): PhoneRead {
  const value = quote(text)
  const length = verdict.length === 'TOO_SHORT' ? 'TooShort' : verdict.length === 'TOO_LONG' ? 'TooLong' : ''
  if (international) {
    return invalid(`PHONE_INVALID.callingCode${length}`, { value, callingCode: `+${input.slice(1, 4)}` })
  }
  // Too long for the country but complete with a `+` in front: suggest it, never apply it. (Only then: a
  // national number of the right length would often also spell some other country's number.)
  // National digits are only judged in a region (readPhoneWith answers PHONE_NO_COUNTRY without one).
  if (region === null) throw new Error('a national number judged without a region')
  const withPlus = verdict.withPlus
  if (withPlus !== null) {
    return invalid(
      `PHONE_INVALID.withPlus${length}`,
      { value, region: describeRegion(region), other: describeRegion(withPlus.country) },
      withPlus.formatted,
    )
  }
  return invalid(`PHONE_INVALID.inRegion${length}`, { value, region: describeRegion(region) })
}

/**
 * Several numbers in one cell (`0211 1234567 / 0171 7654321`): an error suggesting to keep the first. Undefined
 * when the cell does not split in several numbers; null when the judge gave no verdict on the first.
 */
function splitSeveral(body: string, region: CountryCode | null, judge: PhoneJudge): PhoneRead | null | undefined {
  const parts = body
    .split(SEVERAL)
    .map((p) => p.trim())
    .filter((p) => p.replace(NOT_DIGIT, '').length >= 6)
  if (parts.length < 2) return undefined
  const first = readPhoneWith(parts[0]!, region, null, judge)
  if (first === null) return null
  return invalid('PHONE_MULTIPLE', { value: quote(body), n: parts.length }, first.kind === 'ok' ? parts[0] : undefined)
}
