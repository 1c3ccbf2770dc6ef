// Reads one email address out of a cleaned cell: the fixes that are safe (case, `mailto:`, a display name,
// stray punctuation), the exact reason an address is invalid, and typo suggestions that are never applied.
// Invariant: an 'ok' read holds an address that Twenty's own email check and its server accept (ASCII only).
import type { CellFix, CellIssue } from '../cell-result'
import type { IssueKey } from '../../messages/english'
import type { MessageParams } from '../../messages/message-format'
import { worded, wordedFix } from '../scalar/wording'
import { suggestEmailDomain } from './email-typos'
import { hostProblem, isValidHost } from './host'
import { toAsciiHost } from './punycode'
import { quote } from './text'

// Twenty's check (twenty-shared emailSchema), on the lower-cased address, with the local part in ASCII: the
// schema's \p{L} lets `jörg@` through, but Twenty's server refuses a non-ASCII local part (issue 11).
const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+.-]{0,63}[A-Za-z0-9_+-]@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
const NON_ASCII = /[^\x00-\x7F]/
const LOCAL_OK = /^(?!\.)(?!.*\.\.)[\p{L}\p{N}_'+.-]{0,63}[\p{L}\p{N}_+-]$/u
const LOCAL_BAD_CHAR = /[^\p{L}\p{N}_'+.-]/u
const MAILTO = /^mailto:/i
const ANGLE = /^(.*?)<([^<>]*)>$/s
const EDGE_PUNCTUATION = /^["'([]+|["')\].,;:]+$/g
const AT_WORD = /\s*[[(]\s*at\s*[\])]\s*|\s+at\s+/i
const DOT_WORD = /\s*[[(]\s*dot\s*[\])]\s*/gi
const SPACES = /\s+/g

const MAX_EMAIL_LENGTH = 255

/** One address read from a cell: the address with the fixes and warnings found, or why it is invalid. */
export type EmailRead =
  | {
      readonly kind: 'ok'
      readonly email: string
      readonly fixes: readonly CellFix[]
      readonly warnings: readonly CellIssue[]
    }
  | { readonly kind: 'invalid'; readonly issue: CellIssue }

/** The fix for an address that had capitals. */
export const EMAIL_LOWERCASED: CellFix = Object.freeze(wordedFix('EMAIL_LOWERCASED'))

/** An invalid read worded by `key` (an EMAIL_INVALID or EMAIL_NOT_ASCII message). */
function invalid(key: IssueKey, params: MessageParams, suggestion?: string): EmailRead {
  return { kind: 'invalid', issue: worded('error', key, params, suggestion) }
}

function typoWarnings(email: string): readonly CellIssue[] {
  const at = email.lastIndexOf('@')
  const better = suggestEmailDomain(email.slice(at + 1))
  if (better === null) return []
  const suggestion = `${email.slice(0, at)}@${better}`
  return [worded('warning', 'EMAIL_TYPO_SUSPECTED', { value: quote(email), suggestion: quote(suggestion) }, suggestion)]
}

/** A valid email when `candidate` (lower case) passes; otherwise null. */
function accept(candidate: string, fixes: readonly CellFix[]): EmailRead | null {
  if (!isTwentyEmail(candidate)) return null
  return { kind: 'ok', email: candidate, fixes, warnings: typoWarnings(candidate) }
}

/** Whether Twenty's check accepts an address: at most 255 characters and EMAIL matches. */
export function isTwentyEmail(candidate: string): boolean {
  if (candidate.length > MAX_EMAIL_LENGTH) return false
  return scanAsciiEmail(candidate) ?? EMAIL.test(candidate)
}

/** Whether a typo in the domain of a valid address would be reported (typoWarnings gives one warning). */
export function hasTypoWarning(email: string): boolean {
  return suggestEmailDomain(email.slice(email.lastIndexOf('@') + 1)) !== null
}

// Character classes of EMAIL for ASCII: the local part's, its last character's, and the domain's.
const LOCAL_CHAR = 1
const LOCAL_END = 2
const DOMAIN_CHAR = 4
const ASCII_CLASS = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c)
  const alnum = /[A-Za-z0-9]/.test(ch)
  ASCII_CLASS[c] =
    (alnum || "_'+.-".includes(ch) ? LOCAL_CHAR : 0) |
    (alnum || '_+-'.includes(ch) ? LOCAL_END : 0) |
    (/[a-z0-9]/.test(ch) ? DOMAIN_CHAR : 0)
}

/**
 * EMAIL.test for an ASCII string, as a scan (the regex's look-aheads cost more than the address): the local
 * part is 1-64 characters of [A-Za-z0-9_'+.-], not starting with a dot nor ending with a dot or quote; no `..`
 * anywhere; then dot-separated labels of [a-z0-9-] (no hyphen at either end), the last of 2+ letters. Null
 * for a string with non-ASCII characters (the regex decides those: it refuses them all).
 */
function scanAsciiEmail(s: string): boolean | null {
  const n = s.length
  let at = -1
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c >= 128) return null
    if (c === 64 && at === -1) at = i
  }
  if (at < 1 || at > 64 || s.charCodeAt(0) === 46) return false
  for (let i = 0; i < at; i++) {
    const c = s.charCodeAt(i)
    if ((ASCII_CLASS[c]! & LOCAL_CHAR) === 0) return false
    if (c === 46 && s.charCodeAt(i + 1) === 46) return false
  }
  if ((ASCII_CLASS[s.charCodeAt(at - 1)]! & LOCAL_END) === 0) return false
  // Domain: labels up to each dot, then the top-level domain.
  let labelStart = at + 1
  let labels = 0
  for (let i = at + 1; i <= n; i++) {
    const c = i === n ? 46 : s.charCodeAt(i)
    if (c !== 46) {
      if ((ASCII_CLASS[c]! & DOMAIN_CHAR) === 0 && c !== 45) return false
      continue
    }
    if (i === labelStart) return false
    if (i === n) {
      // The top-level domain: 2+ letters.
      if (i - labelStart < 2) return false
      for (let j = labelStart; j < i; j++) {
        const t = s.charCodeAt(j)
        if (t < 97 || t > 122) return false
      }
    } else {
      if (s.charCodeAt(labelStart) === 45 || s.charCodeAt(i - 1) === 45) return false
      labels++
    }
    labelStart = i + 1
  }
  return labels > 0
}

/**
 * Reads one address from a cell that is already trimmed and non-empty. Fixes applied: `mailto:` removed,
 * `Name <address>` reduced to the address, wrapping quotes and trailing punctuation removed, lower-cased.
 */
export function readEmail(text: string): EmailRead {
  const lower = text.toLowerCase()
  const fast = accept(lower, lower === text ? [] : [EMAIL_LOWERCASED])
  if (fast !== null) return fast

  const fixes: CellFix[] = []
  let s = text
  if (MAILTO.test(s)) {
    s = s.replace(MAILTO, '').split('?')[0]!.trim()
    fixes.push(wordedFix('EMAIL_MAILTO_REMOVED', { value: quote(text) }))
  }
  const angle = ANGLE.exec(s)
  if (angle !== null && angle[2]!.includes('@')) {
    const name = angle[1]!.trim()
    s = angle[2]!.trim()
    fixes.push(
      name === ''
        ? wordedFix('EMAIL_DISPLAY_NAME_REMOVED.brackets', { address: quote(s) })
        : wordedFix('EMAIL_DISPLAY_NAME_REMOVED.name', { address: quote(s), value: quote(text), name: quote(name) }),
    )
  }
  const unwrapped = s.replace(EDGE_PUNCTUATION, '')
  if (unwrapped !== s && unwrapped.includes('@')) {
    fixes.push(wordedFix('EMAIL_PUNCTUATION_REMOVED', { address: quote(unwrapped) }))
    s = unwrapped
  }
  const lowered = s.toLowerCase()
  if (lowered !== s) fixes.push(EMAIL_LOWERCASED)
  return accept(lowered, fixes) ?? diagnose(lowered, text)
}

/**
 * A local part with a character outside ASCII: Twenty's server refuses it. The suggestion is only the address
 * written with the same characters in their plain form (full-width `ｊｏｒｇ` is `jorg`); never a transliteration
 * (`jörg` may be `joerg` or `jorg`: only the client knows).
 */
function notAscii(shown: string, local: string, domain: string, char: string): EmailRead {
  const plain = local.normalize('NFKC').toLowerCase()
  const suggestion = NON_ASCII.test(plain) ? undefined : `${plain}@${toAsciiHost(domain)}`
  if (suggestion !== undefined && EMAIL.test(suggestion))
    return invalid('EMAIL_NOT_ASCII.plainForm', { value: shown, char }, suggestion)
  return invalid('EMAIL_NOT_ASCII.askClient', { value: shown, char })
}

function diagnose(s: string, original: string): EmailRead {
  const shown = quote(original)
  const value = { value: shown }
  if (s.length > MAX_EMAIL_LENGTH) return invalid('EMAIL_INVALID.tooLong', { value: shown, max: MAX_EMAIL_LENGTH })
  if (/\s/.test(s)) {
    const joined = s.replace(SPACES, '')
    const spelled = s.replace(DOT_WORD, '.').replace(AT_WORD, '@').replace(SPACES, '')
    for (const candidate of [joined, spelled]) {
      if (EMAIL.test(candidate)) return invalid('EMAIL_INVALID.spacesSuggested', value, candidate)
    }
    return invalid('EMAIL_INVALID.spaces', value)
  }
  const at = s.lastIndexOf('@')
  if (at < 0) {
    const spelled = s.replace(DOT_WORD, '.').replace(/[[(]at[\])]/i, '@')
    if (EMAIL.test(spelled)) return invalid('EMAIL_INVALID.spelledAt', value, spelled)
    return invalid('EMAIL_INVALID.noAt', value)
  }
  if (s.indexOf('@') !== at) return invalid('EMAIL_INVALID.severalAt', value)
  const local = s.slice(0, at)
  const domain = s.slice(at + 1)
  if (local === '') return invalid('EMAIL_INVALID.nothingBeforeAt', value)
  if (domain === '') return invalid('EMAIL_INVALID.noDomain', value)
  if (domain.includes(',')) {
    const dotted = `${local}@${domain.replace(/,/g, '.')}`
    if (EMAIL.test(dotted)) return invalid('EMAIL_INVALID.commaInDomain', value, dotted)
  }
  if (local.length > 64) return invalid('EMAIL_INVALID.localTooLong', value)
  const nonAscii = NON_ASCII.exec(local)
  if (nonAscii !== null) return notAscii(shown, local, domain, nonAscii[0])
  if (!LOCAL_OK.test(local)) {
    const bad = LOCAL_BAD_CHAR.exec(local)
    if (bad !== null) return invalid('EMAIL_INVALID.localChar', { value: shown, char: bad[0] })
    return invalid(local.includes('..') ? 'EMAIL_INVALID.localDoubleDot' : 'EMAIL_INVALID.localDotEdge', value)
  }
  const ascii = toAsciiHost(domain)
  if (ascii !== domain && EMAIL.test(`${local}@${ascii}`)) {
    return invalid('EMAIL_INVALID.accentedDomain', value, `${local}@${ascii}`)
  }
  if (isValidHost(ascii)) {
    return invalid('EMAIL_INVALID.foreignTld', { value: shown, tld: quote(ascii.slice(ascii.lastIndexOf('.'))) })
  }
  const problem = hostProblem(domain)
  return invalid(`EMAIL_INVALID.${problem.key}`, { value: shown, domain: quote(domain), ...problem.params })
}
