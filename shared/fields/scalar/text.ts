// TEXT and rich text (markdown) cells: cleaned of invisible characters and trimmed, otherwise kept as written.
// Invariant: normalizeText and normalizeTextSlow give the same result for every cell.
import { EMPTY_RESULT, type CellResult } from '../cell-result'
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
