// TEXT and rich text (markdown) cells: cleaned of invisible characters and trimmed, otherwise kept as written.
// Invariant: normalizeText and normalizeTextSlow give the same result for every cell.
import { EMPTY_RESULT, type CellResult } from '../cell-result'
import { NO_ISSUES, type VerdictReader } from '../cell-verdict'
import { cleanCell, isCleanText, NO_FIXES } from './clean-text'

/** Normalises a TEXT cell (also rich text: the value is the markdown text). A clean cell is its own value. */
export function normalizeText(raw: string): CellResult {
  return isCleanText(raw) ? { value: raw, issues: [], fixes: NO_FIXES } : normalizeTextSlow(raw)
}

/** Normalises any TEXT cell by cleaning it (the reference for normalizeText). */
export function normalizeTextSlow(raw: string): CellResult {
  const { text, fixes } = cleanCell(raw)
  return text === '' ? EMPTY_RESULT : { value: text, issues: [], fixes }
}

/** normalizeText's verdict for a clean cell (its own value, nothing to report) and an empty one (see cell-verdict.ts). */
export const textVerdict: VerdictReader = (raw, _context, _row, out) => {
  if (raw !== '' && !isCleanText(raw)) return false
  out.fixed = false
  out.value = raw === '' ? null : raw
  out.issues = NO_ISSUES
  return true
}
