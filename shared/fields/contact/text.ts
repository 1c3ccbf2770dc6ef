// Small text helpers every contact normaliser shares: cleaning a cell, quoting it in a message, naming a message
// variant, folding for lookups.
// Invariant: cleanCell never changes a cell that has no outer whitespace and no invisible characters.
import type { CellFix } from '../cell-result'
import { wordedFix } from '../scalar/wording'

// Zero-width characters and the ZWJ Twenty's export puts before `=+-@` values (CSV-injection guard).
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g
const HAS_INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/
const INNER_SPACES = /\s{2,}/g
const HAS_INNER_SPACES = /\s{2,}|[\t\n\r\u00A0]/
const COMBINING_MARKS = /[\u0300-\u036f]/g
const NON_ALNUM = /[^a-z0-9]+/g

/** The fix for a cell that had spaces or invisible characters around it. */
export const WHITESPACE_TRIMMED: CellFix = Object.freeze(wordedFix('WHITESPACE_TRIMMED'))

/** The fix for a text with double spaces, tabs or line breaks inside. */
export const WHITESPACE_COLLAPSED: CellFix = Object.freeze(wordedFix('WHITESPACE_COLLAPSED'))

/** A cleaned cell and the fix to report for the cleaning, if it changed anything. */
export interface CleanCell {
  /** The cell without outer whitespace or invisible characters. */
  readonly text: string
  /** Set when cleaning changed the cell. */
  readonly fix: CellFix | null
}

/** Trims a cell and drops invisible characters; reports a fix when that changed it. */
export function cleanCell(raw: string): CleanCell {
  const noInvisible = HAS_INVISIBLE.test(raw) ? raw.replace(INVISIBLE, '') : raw
  const text = noInvisible.trim()
  return { text, fix: text === raw ? null : WHITESPACE_TRIMMED }
}

/** Collapses inner runs of whitespace (tabs, line breaks, double spaces) to one space. */
export function collapseSpaces(text: string): string {
  return HAS_INNER_SPACES.test(text) ? text.replace(INNER_SPACES, ' ').replace(/[\t\n\r\u00A0]/g, ' ') : text
}

/** A value quoted for a message; long values are shortened so a message stays readable. */
export function quote(value: string): string {
  return value.length > 80 ? `'${value.slice(0, 77)}...'` : `'${value}'`
}

/** Lower case, no accents, punctuation as single spaces, `&` as `and`: the key for name lookups. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/&/g, ' and ')
    .replace(NON_ALNUM, ' ')
    .trim()
}

/** `caseSlash` for `CaseSlash`: a message variant built from capitalised parts. */
export function uncapitalize<T extends string>(text: T): Uncapitalize<T> {
  return (text.charAt(0).toLowerCase() + text.slice(1)) as Uncapitalize<T>
}

/** Values clients type for "no value": a normaliser reports them instead of reading them. */
const PLACEHOLDERS = new Set([
  'n a',
  'na',
  'n v',
  'none',
  'nil',
  'null',
  'unknown',
  'tbd',
  'tba',
  'x',
  'xx',
  'xxx',
  'keine',
  'kein',
  'k a',
  'unbekannt',
  'inconnu',
  'aucun',
  'aucune',
  'ninguno',
  'desconocido',
  'nessuno',
  'geen',
  'onbekend',
  'nenhum',
  'no',
  'nein',
  'non',
  '0',
  '',
])

/** True for `n/a`, `-`, `unknown`, `?`, `keine`... (case and punctuation ignored). */
export function isPlaceholder(text: string): boolean {
  return text.length <= 12 && PLACEHOLDERS.has(foldText(text))
}
