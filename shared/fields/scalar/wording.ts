// Small helpers for user-facing messages and issues: quoting a value, folding words for lookups.
// Invariant: foldKey is idempotent and maps case and accent variants of a word to one key.
import type { CellFix, CellIssue } from '../cell-result'

const MAX_QUOTED = 60
const COMBINING_MARKS = /\p{M}+/gu
const SPECIAL_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ł', 'l'], ['ø', 'o'], ['đ', 'd'], ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'], ['ı', 'i'],
])
const SPECIAL_LETTER_PATTERN = /[łøđßæœı]/g
const ASCII = /^[\x00-\x7F]*$/

/** A cell value as quoted in messages: curly quotes, shortened when long. */
export function quote(value: string): string {
  const short = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 1)}…` : value
  return `“${short}”`
}

/** Lower case without accents (`März` -> `marz`, `fałsz` -> `falsz`, `NÃO` -> `nao`). */
export function foldKey(value: string): string {
  if (ASCII.test(value)) return value.toLowerCase()
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_LETTER_PATTERN, (ch) => SPECIAL_LETTERS.get(ch) ?? ch)
}

/** A CellIssue, with `suggestion` only when there is one. */
export function issue(code: string, severity: 'error' | 'warning', message: string, suggestion?: string): CellIssue {
  return suggestion === undefined ? { code, severity, message } : { code, severity, message, suggestion }
}

/** A CellFix. */
export function fix(code: string, message: string): CellFix {
  return { code, message }
}

const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]

/** `14 March 2019`: a date spelled out so a reader sees which part is the day. */
export function spellDate(year: number, month: number, day: number): string {
  return `${day} ${MONTHS_EN[month - 1] ?? '?'} ${year}`
}
