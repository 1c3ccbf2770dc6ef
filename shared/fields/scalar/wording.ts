// Small helpers for user-facing messages and issues: quoting a value, folding words for lookups.
// Invariant: foldKey is idempotent and maps case and accent variants of a word to one key.
import type { CellFix, CellIssue, CellResult } from '../cell-result'
import { codeOf, english, type FixKey, type IssueKey } from '../../messages/english'
import type { MessageParams } from '../../messages/message-format'

const MAX_QUOTED = 60
const COMBINING_MARKS = /\p{M}+/gu
const SPECIAL_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ł', 'l'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ı', 'i'],
])
const SPECIAL_LETTER_PATTERN = /[łøđßæœı]/g
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
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

/**
 * A CellIssue worded from the message files (`cellIssue.<key>`): its English `message` now, any other language
 * where it is shown. The code is the key's first segment. Quote values in params with quote() as the English does.
 */
export function worded(
  severity: 'error' | 'warning',
  key: IssueKey,
  params: MessageParams,
  suggestion?: string,
): CellIssue {
  const code = codeOf(key)
  const message = english('cellIssue', key, params)
  return suggestion === undefined
    ? { code, severity, message, key, params }
    : { code, severity, message, suggestion, key, params }
}

/** An error result worded from the message files; see worded(). */
export function wordedError(key: IssueKey, params: MessageParams, suggestion?: string): CellResult {
  return { value: null, issues: [worded('error', key, params, suggestion)], fixes: [] }
}

/** A CellFix worded from the message files (`cellFix.<key>`). */
export function wordedFix(key: FixKey, params: MessageParams = {}): CellFix {
  return { code: codeOf(key), message: english('cellFix', key, params), key, params }
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** `14 March 2019`: a date spelled out so a reader sees which part is the day. */
export function spellDate(year: number, month: number, day: number): string {
  return `${day} ${MONTHS_EN[month - 1] ?? '?'} ${year}`
}
