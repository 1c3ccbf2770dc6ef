// Cleans a raw cell before any reading: special spaces become spaces, invisible characters go, ends are trimmed.
// Invariant: cleanCell(cleanCell(x).text).text === cleanCell(x).text, and internal text is otherwise untouched.
import type { CellFix } from '../cell-result'
import { wordedFix } from './wording'

/* eslint-disable no-control-regex -- cleaning finds control characters: the patterns below name them on purpose */

/** No-break, thin, figure and other fixed-width spaces; line and paragraph separators; vertical tab. */
const SPECIAL_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F]/g
const SPECIAL_BREAKS = /[\u000B\u2028\u2029]/g
/** Invisible everywhere: BOM, zero-width space, word joiner, soft hyphen, direction marks, controls. */
const INVISIBLE =
  /[\uFEFF\u200B\u2060-\u2064\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u180E\u0000-\u0008\u000C\u000E-\u001F\u007F]/g
/** Twenty's CSV export puts a ZWJ before values starting with = + - @ (formula-injection guard). */
const EXPORT_MARKER = /^\s*\u200D/
/** Joiners only mean something between two visible characters (emoji sequences, Indic and Persian scripts). */
const LOOSE_JOINERS = /(^|\s)[\u200C\u200D]+|[\u200C\u200D]+(?=\s|$)/g
const TEST_SPECIAL = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u000B\u2028\u2029]/
const TEST_INVISIBLE =
  /[\uFEFF\u200B\u2060-\u2064\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u180E\u0000-\u0008\u000C\u000E-\u001F\u007F\u200C\u200D]/

export interface CleanedText {
  readonly text: string
  readonly fixes: readonly CellFix[]
}

/** The fixes of a cell cleaning left as it was (shared and frozen). */
export const NO_FIXES: readonly CellFix[] = Object.freeze([])

/** Control, special-space and invisible characters, and a few harmless neighbours of theirs. */
const NOT_PLAIN = /[\u0000-\u001F\u007F-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/

/**
 * Whether cleaning leaves a non-empty cell exactly as it is: no control, special-space or invisible character
 * anywhere and no space at either end. False also for a few harmless characters near those ranges (such cells
 * are simply cleaned the long way).
 */
export function isCleanText(raw: string): boolean {
  const last = raw.length - 1
  return last >= 0 && raw.charCodeAt(0) !== 0x20 && raw.charCodeAt(last) !== 0x20 && !NOT_PLAIN.test(raw)
}

/**
 * isCleanText for a cell's UTF-8 bytes [start, end), without decoding them: true only when the decoded cell is
 * certainly clean (printable ASCII and two-byte characters outside the ranges NOT_PLAIN holds, no space at
 * either end). False for anything else, including clean cells with longer characters: decode those.
 */
export function isCleanTextBytes(bytes: Uint8Array, start: number, end: number): boolean {
  if (end <= start || bytes[start] === 0x20 || bytes[end - 1] === 0x20) return false
  for (let i = start; i < end; i++) {
    const b = bytes[i]!
    if (b >= 0x20 && b < 0x7f) continue
    // A two-byte character U+0080-U+07FF; of those NOT_PLAIN holds U+0080-U+00A0 and U+00AD (lead 0xC2).
    if (b < 0xc2 || b > 0xdf || i + 1 >= end) return false
    const next = bytes[i + 1]!
    if (next < 0x80 || next > 0xbf || (b === 0xc2 && (next <= 0xa0 || next === 0xad))) return false
    i++
  }
  return true
}

/** Cleans a text cell and reports each kind of change as a fix (for text and rich text). */
export function cleanCell(raw: string): CleanedText {
  // Fast path: most cells are already clean.
  if (!TEST_SPECIAL.test(raw) && !TEST_INVISIBLE.test(raw)) {
    const trimmed = raw.trim()
    return trimmed === raw ? { text: raw, fixes: NO_FIXES } : { text: trimmed, fixes: [TRIMMED] }
  }
  const fixes: CellFix[] = []
  let text = raw
  if (EXPORT_MARKER.test(text)) {
    text = text.replace(EXPORT_MARKER, (m) => m.slice(0, -1))
    fixes.push(EXPORT_MARKER_REMOVED)
  }
  const spaced = text.replace(SPECIAL_SPACES, ' ').replace(SPECIAL_BREAKS, '\n')
  if (spaced !== text) fixes.push(SPACES_NORMALISED)
  const visible = spaced.replace(INVISIBLE, '').replace(LOOSE_JOINERS, '$1')
  if (visible !== spaced) fixes.push(INVISIBLE_REMOVED)
  const trimmed = visible.trim()
  if (trimmed !== visible) fixes.push(TRIMMED)
  return { text: trimmed, fixes }
}

/** The cleaned text alone, for kinds where cleaning is part of reading the value and not worth reporting. */
export function cleanValue(raw: string): string {
  return cleanCell(raw).text
}

const TRIMMED = wordedFix('TEXT_TRIMMED')
const EXPORT_MARKER_REMOVED = wordedFix('TEXT_EXPORT_MARKER_REMOVED')
const SPACES_NORMALISED = wordedFix('TEXT_SPACES_NORMALISED')
const INVISIBLE_REMOVED = wordedFix('TEXT_INVISIBLE_REMOVED')
