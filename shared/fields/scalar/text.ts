// TEXT and rich text (markdown) cells: cleaned of invisible characters and trimmed, otherwise kept as written.
import { EMPTY_RESULT, type CellResult } from '../cell-result'
import { cleanCell } from './clean-text'

/** Normalises a TEXT cell (also rich text: the value is the markdown text). */
export function normalizeText(raw: string): CellResult {
  const { text, fixes } = cleanCell(raw)
  return text === '' ? EMPTY_RESULT : { value: text, issues: [], fixes }
}
