// The `phone` normaliser (PHONES primary number): splits a number into the three subfields Twenty requires.
// Invariant: primaryPhoneNumber never holds the calling code (Twenty's "+1+1" quirk) nor an extension.
import { EMPTY_RESULT, type CellFix, type CellIssue } from '../cell-result'
import { answerEmpty, issueRefs, NO_ISSUES, type VerdictReader } from '../cell-verdict'
import type { Normalizer } from '../column-context'
import { worded, wordedFix } from '../scalar/wording'
import { phoneRegionFor } from './phone-region'
import { readPhone, readPhoneQuick, readPlainPhoneQuick, type PhoneRead, type QuickPhone } from './phone-read'
import { cleanCell, quote } from './text'

type OkRead = Extract<PhoneRead, { kind: 'ok' }>

/** The warning for an extension Twenty cannot store (it has no extension subfield). */
export function extensionWarning(text: string, read: OkRead): CellIssue {
  const { callingCode, number } = read
  return worded('warning', 'PHONE_EXTENSION_DROPPED', {
    value: quote(text),
    callingCode,
    number,
    extension: read.extension ?? '',
  })
}

/** The fix reported when the number as written is not already the stored national number. */
export function phoneFix(text: string, read: OkRead): CellFix {
  const { number, country, callingCode } = read
  return wordedFix('PHONE_NORMALISED', { value: quote(text), number, country, callingCode })
}

/**
 * Normalises a phone number. Numbers starting with `+` or `00` carry their country; others are read in the row's
 * country (RowContext.country, a name or a code) or else the column's default country. Value: the national
 * significant number (`4159095555`); parts: primaryPhoneNumber, primaryPhoneCountryCode (ISO2) and
 * primaryPhoneCallingCode (`+1`), always all three. Errors: PHONE_INVALID, PHONE_NO_COUNTRY, PHONE_MULTIPLE.
 * An extension is left out with warning PHONE_EXTENSION_DROPPED.
 */
export const normalizePhone: Normalizer = (raw, context, row) => {
  const { text, fix } = cleanCell(raw)
  if (text === '') return EMPTY_RESULT
  const { region, unreadRowCountry } = phoneRegionFor(context, row)
  const read = readPhone(text, region, unreadRowCountry)
  if (read.kind === 'invalid') return { value: null, issues: [read.issue], fixes: [] }
  const fixes: CellFix[] = []
  if (fix !== null) fixes.push(fix)
  if (text !== read.number) fixes.push(phoneFix(text, read))
  return {
    value: read.number,
    parts: {
      primaryPhoneNumber: read.number,
      primaryPhoneCountryCode: read.country,
      primaryPhoneCallingCode: read.callingCode,
    },
    issues: read.extension === null ? [] : [extensionWarning(text, read)],
    fixes,
  }
}

const EXTENSION_DROPPED = issueRefs('PHONE_EXTENSION_DROPPED', 'warning')
const INVALID = issueRefs('PHONE_INVALID', 'error')
const NO_COUNTRY = issueRefs('PHONE_NO_COUNTRY', 'error')
const quick: QuickPhone = { number: '', extension: null }
// Read once: a per-cell read of another module's binding costs a call under some loaders (tsx's CommonJS output).
const NONE = NO_ISSUES

/** normalizePhone's verdict without its messages (see cell-verdict.ts); follows normalizePhone step by step. */
export const phoneVerdict: VerdictReader = (raw, context, row, out) => {
  if (raw === '') return answerEmpty(out)
  // Most cells are plain digits and punctuation that cleanCell leaves as they are: one scan reads them.
  const region = phoneRegionFor(context, row).region
  let text = raw
  let fix: CellFix | null = null
  let read = readPlainPhoneQuick(raw, region, quick)
  if (read === 'NOT_PLAIN') {
    ;({ text, fix } = cleanCell(raw))
    if (text === '') return answerEmpty(out)
    read = readPhoneQuick(text, region, quick, text === raw)
  }
  if (read === null) return false
  if (read !== 'ok') {
    out.fixed = false
    out.value = null
    out.issues = read === 'PHONE_INVALID' ? INVALID : NO_COUNTRY
    return true
  }
  out.fixed = fix !== null || text !== quick.number
  out.value = quick.number
  out.issues = quick.extension === null ? NONE : EXTENSION_DROPPED
  return true
}
