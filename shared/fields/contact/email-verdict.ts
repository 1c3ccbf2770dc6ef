// The bulk check's verdict on an email cell (cell-verdict.ts), read without regexes or copies for the common
// shape: ASCII, maybe spaces around, one @, valid as Twenty's check reads it once lower-cased. A file has few
// domains and many addresses: a domain read once (valid, its capitals, its typo verdict) is recognised again by
// one compare, so only the part before the @ is scanned character by character.
// Invariant: an answer is exactly normalizeEmail's verdict; it equals cleanCell + lower-case + isTwentyEmail +
// hasTypoWarning (the general reader below, which reads every cell the scan does not answer).
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

// ASCII character classes of Twenty's email check, either case: the local part's, the local part's last
// character's, a domain label's letters and digits, a top-level domain's; capitals; what trim removes.
const LOCAL_CHAR = 1
const LOCAL_END = 2
const LABEL_CHAR = 4
const TLD_CHAR = 8
const UPPER = 16
const TRIMMED = 32
const CLASS = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c)
  const letter = /[a-z]/i.test(ch)
  const alnum = letter || /[0-9]/.test(ch)
  CLASS[c] =
    (alnum || "_'+.-".includes(ch) ? LOCAL_CHAR : 0) |
    (alnum || '_+-'.includes(ch) ? LOCAL_END : 0) |
    (alnum ? LABEL_CHAR : 0) |
    (letter ? TLD_CHAR : 0) |
    (/[A-Z]/.test(ch) ? UPPER : 0) |
    (ch.trim() === '' ? TRIMMED : 0)
}

// Domains already read, as written: a direct-mapped table keyed by the domain's length and three of its
// characters, so a domain met before is recognised by one compare (startsWith) instead of a scan of its
// characters; a slot holds the last valid domain that fell in it, so memory stays fixed whatever the file holds.
const DOMAIN_SLOTS = 1024
const knownDomain: (string | undefined)[] = new Array<string | undefined>(DOMAIN_SLOTS).fill(undefined)
// Per slot: KNOWN_TYPO when the domain is a suspected typo (hasTypoWarning), KNOWN_UPPER when it has capitals.
const knownFlags = new Uint8Array(DOMAIN_SLOTS)
const KNOWN_TYPO = 1
const KNOWN_UPPER = 2

/**
 * The same text, sharing no memory with `slice`'s source: a slice of a cell may keep its whole chunk's text
 * alive (V8's sliced strings), and the table outlives the check. Appending makes a new string, which trimming
 * flattens; the result is at most a slice of that copy.
 */
function detached(slice: string): string {
  return `${slice} `.trimEnd()
}

function domainSlot(raw: string, from: number, to: number): number {
  const length = to - from
  const h =
    Math.imul(length, 0x9e3779b1) ^
    Math.imul(raw.charCodeAt(from), 0x85ebca6b) ^
    Math.imul(raw.charCodeAt(to - 1), 0xc2b2ae35) ^
    Math.imul(raw.charCodeAt(from + (length >> 1)), 0x27d4eb2f)
  return (h ^ (h >>> 15)) & (DOMAIN_SLOTS - 1)
}

/**
 * Reads the domain `raw[from, to)`: -1 when it is not valid (Twenty's check, on its lower-cased form), else its
 * flags (KNOWN_TYPO, KNOWN_UPPER).
 */
function readDomain(raw: string, from: number, to: number): number {
  const slot = domainSlot(raw, from, to)
  const known = knownDomain[slot]
  if (known !== undefined && known.length === to - from && raw.startsWith(known, from)) return knownFlags[slot]!
  // Labels of letters, digits and inner hyphens, split by dots, the last of 2+ letters.
  let seen = 0
  let lastDot = -1
  let prev = 46
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i)
    if (c >= 128) return -1
    const cls = CLASS[c]!
    seen |= cls
    if ((cls & LABEL_CHAR) === 0) {
      if (c === 46) {
        if (prev === 46 || prev === 45) return -1
        lastDot = i
      } else if (c !== 45 || prev === 46) return -1
    }
    prev = c
  }
  if (lastDot === -1 || to - lastDot < 3) return -1
  for (let i = lastDot + 1; i < to; i++) if ((CLASS[raw.charCodeAt(i)]! & TLD_CHAR) === 0) return -1
  const domain = raw.slice(from, to)
  const flags =
    (suggestEmailDomain(domain.toLowerCase()) !== null ? KNOWN_TYPO : 0) | ((seen & UPPER) !== 0 ? KNOWN_UPPER : 0)
  knownDomain[slot] = detached(domain)
  knownFlags[slot] = flags
  return flags
}

/** Answers an ASCII cell without an @ (non-empty once trimmed); null when it has a character outside ASCII. */
function readWithoutAt(raw: string, from: number, to: number, out: CellVerdict): boolean | null {
  for (let i = from; i < to; i++) if (raw.charCodeAt(i) >= 128) return null
  out.fixed = false
  out.value = null
  out.issues = INVALID
  return true
}

/**
 * The verdict for an ASCII cell that is empty, has no @, or holds a valid address, filled into `out`; null for
 * any other cell (the general reader decides it).
 */
function readAsciiCell(raw: string, out: CellVerdict): boolean | null {
  const n = raw.length
  let start = 0
  let end = n
  let c: number
  while (start < n && (c = raw.charCodeAt(start)) < 128 && (CLASS[c]! & TRIMMED) !== 0) start++
  if (start === n) return answerEmpty(out)
  while ((c = raw.charCodeAt(end - 1)) < 128 && (CLASS[c]! & TRIMMED) !== 0) end--
  const at = raw.indexOf('@', start)
  if (at === -1) return readWithoutAt(raw, start, end, out)
  if (at === start || at - start > MAX_LOCAL_LENGTH || end - start > MAX_EMAIL_LENGTH) return null

  // The local part: its characters, no dot first, none after another, and a last character that may end it.
  let seen = 0
  let prev = 46
  for (let i = start; i < at; i++) {
    c = raw.charCodeAt(i)
    if (c >= 128) return null
    const cls = CLASS[c]!
    if ((cls & LOCAL_CHAR) === 0 || (c === 46 && prev === 46)) return null
    seen |= cls
    prev = c
  }
  if ((CLASS[prev]! & LOCAL_END) === 0) return null
  const domain = readDomain(raw, at + 1, end)
  if (domain === -1) return null
  const upper = (seen & UPPER) !== 0 || (domain & KNOWN_UPPER) !== 0
  const trimmed = start !== 0 || end !== n
  const text = trimmed ? raw.slice(start, end) : raw
  out.fixed = trimmed || upper
  out.value = upper ? text.toLowerCase() : text
  out.issues = (domain & KNOWN_TYPO) !== 0 ? TYPO_SUSPECTED : NO_ISSUES
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
export const emailVerdict: VerdictReader = (raw, _context, _row, out) =>
  readAsciiCell(raw, out) ?? readCleanedCell(raw, out)
