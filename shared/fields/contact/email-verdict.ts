// The bulk check's verdict on an email cell (cell-verdict.ts), read in one pass over the cell's characters for
// the common shape: ASCII, maybe spaces around, one @, valid as Twenty's check reads it once lower-cased. The
// typo verdict of a domain is remembered per domain (a file has few domains and many addresses).
// Invariant: an answer is exactly normalizeEmail's verdict; it equals cleanCell + lower-case + isTwentyEmail +
// hasTypoWarning (the general reader below, which reads every cell with a character outside ASCII).
import { answerEmpty, issueRefs, NO_ISSUES, type CellVerdict, type VerdictReader } from '../cell-verdict'
import { hasTypoWarning, isTwentyEmail } from './email-read'
import { suggestEmailDomain } from './email-typos'
import { cleanCell } from './text'

const TYPO_SUSPECTED = issueRefs('EMAIL_TYPO_SUSPECTED', 'warning')
// A cell without an @ is never an address: readEmail's fixes (mailto:, a display name, punctuation) only
// remove characters, so every path of its diagnosis ends in EMAIL_INVALID.
const INVALID = issueRefs('EMAIL_INVALID', 'error')

const MAX_EMAIL_LENGTH = 255
const MAX_LOCAL_LENGTH = 64

// ASCII character classes of Twenty's email check, on the lower-cased character: the local part's, the local
// part's last character's, a domain label's (without the hyphen), a top-level domain's; and what trim removes.
const LOCAL_CHAR = 1
const LOCAL_END = 2
const LABEL_CHAR = 4
const TLD_CHAR = 8
const TRIMMED = 16
const CLASS = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c)
  const lower = /[a-z]/.test(ch)
  const alnum = lower || /[0-9]/.test(ch)
  CLASS[c] = (alnum || "_'+.-".includes(ch) ? LOCAL_CHAR : 0) | (alnum || '_+-'.includes(ch) ? LOCAL_END : 0)
    | (alnum ? LABEL_CHAR : 0) | (lower ? TLD_CHAR : 0) | (ch.trim() === '' ? TRIMMED : 0)
}

// Typo verdicts by domain: a direct-mapped table keyed by the lower-case domain's hash (a slot holds the last
// domain that hashed to it, so memory stays fixed whatever the file holds).
const TYPO_SLOTS = 1024
const typoDomain: (string | undefined)[] = new Array<string | undefined>(TYPO_SLOTS).fill(undefined)
const typoFound = new Uint8Array(TYPO_SLOTS)

/** Whether the domain `raw[from, to)` (lower-cased, hash `hash`) is a suspected typo, as hasTypoWarning says. */
function domainHasTypo(raw: string, from: number, to: number, hash: number): boolean {
  const slot = (hash ^ (hash >>> 12)) & (TYPO_SLOTS - 1)
  const known = typoDomain[slot]
  if (known !== undefined && known.length === to - from) {
    let i = 0
    while (i < known.length) {
      let c = raw.charCodeAt(from + i)
      if (c >= 65 && c <= 90) c += 32
      if (c !== known.charCodeAt(i)) break
      i++
    }
    if (i === known.length) return typoFound[slot] === 1
  }
  const domain = raw.slice(from, to).toLowerCase()
  const typo = suggestEmailDomain(domain) !== null
  typoDomain[slot] = domain
  typoFound[slot] = typo ? 1 : 0
  return typo
}

/**
 * The verdict for an ASCII cell: true with `out` filled for an empty cell, a cell without an @ and a valid
 * address; false for any other cell (normalizeEmail words it). Null when the cell has a character outside ASCII.
 */
function readAsciiCell(raw: string, out: CellVerdict): boolean | null {
  const n = raw.length
  let start = 0
  let end = n
  let c = 0
  while (start < n && (c = raw.charCodeAt(start)) < 128 && (CLASS[c]! & TRIMMED) !== 0) start++
  if (start === n) return answerEmpty(out)
  while ((c = raw.charCodeAt(end - 1)) < 128 && (CLASS[c]! & TRIMMED) !== 0) end--

  let upper = false
  let at = -1
  let prev = 0
  let labelStart = 0
  let labels = 0
  let tld = true
  let hash = 0
  let i = start
  for (; i < end; i++) {
    c = raw.charCodeAt(i)
    if (c >= 128) return null
    if (c >= 65 && c <= 90) {
      upper = true
      c += 32
    }
    const cls = CLASS[c]!
    if (at === -1) {
      if (c === 64) {
        if (i === start || i - start > MAX_LOCAL_LENGTH || (CLASS[prev]! & LOCAL_END) === 0) break
        at = i
        labelStart = i + 1
      } else if ((cls & LOCAL_CHAR) === 0 || (c === 46 && (i === start || prev === 46))) break
    } else if (c === 46) {
      // The end of a label: not empty, no hyphen at either end.
      if (i === labelStart || prev === 45) break
      labels++
      labelStart = i + 1
      tld = true
      hash = (Math.imul(hash, 31) + c) | 0
    } else {
      if ((cls & LABEL_CHAR) === 0 && (c !== 45 || i === labelStart)) break
      if ((cls & TLD_CHAR) === 0) tld = false
      hash = (Math.imul(hash, 31) + c) | 0
    }
    prev = c
  }
  if (i < end) {
    // Not a valid address: answer only for a cell without an @, once it is known to be ASCII.
    let hasAt = at !== -1
    for (; i < end; i++) {
      c = raw.charCodeAt(i)
      if (c >= 128) return null
      if (c === 64) hasAt = true
    }
    if (hasAt) return false
    out.fixed = false
    out.value = null
    out.issues = INVALID
    return true
  }
  if (at === -1) {
    out.fixed = false
    out.value = null
    out.issues = INVALID
    return true
  }
  // The top-level domain: two or more letters, after at least one label.
  if (labels === 0 || !tld || end - labelStart < 2 || end - start > MAX_EMAIL_LENGTH) return false
  const trimmed = start !== 0 || end !== n
  const text = trimmed ? raw.slice(start, end) : raw
  out.fixed = trimmed || upper
  out.value = upper ? text.toLowerCase() : text
  out.issues = domainHasTypo(raw, at + 1, end, hash) ? TYPO_SUSPECTED : NO_ISSUES
  return true
}

/** The general reader: a cell holding one address that is valid once cleaned and lower-cased. */
function readCleanedCell(raw: string, out: CellVerdict): boolean {
  const { text, fix } = cleanCell(raw)
  if (text === '') return answerEmpty(out)
  if (text.indexOf('@') !== text.lastIndexOf('@')) return false
  const lower = text.toLowerCase()
  if (!isTwentyEmail(lower)) return false
  out.fixed = fix !== null || lower !== text
  out.value = lower
  out.issues = hasTypoWarning(lower) ? TYPO_SUSPECTED : NO_ISSUES
  return true
}

/**
 * normalizeEmail's verdict without its messages (see cell-verdict.ts), for an empty cell, a cell holding one
 * address that is valid once lower-cased (readEmail's first step) and an ASCII cell without an @ (invalid);
 * any other cell is left to normalizeEmail.
 */
export const emailVerdict: VerdictReader = (raw, _context, _row, out) => readAsciiCell(raw, out) ?? readCleanedCell(raw, out)
