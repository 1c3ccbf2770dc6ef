// ARRAY cells -> string[]: a JSON array of strings, or a list split at new lines, `;`, `|` or `,`.
// Items are trimmed and empty items dropped; duplicates are kept (an array may repeat a value).
import { EMPTY_RESULT, type CellFix, type CellResult } from '../cell-result'
import { cleanValue } from './clean-text'
import { listSeparatorKey, readList } from './list-split'
import { quote, wordedError, wordedFix } from './wording'

const UNQUOTED = wordedFix('LIST_ITEM_UNQUOTED.items')
const STRINGIFIED = wordedFix('ARRAY_ITEMS_STRINGIFIED')

/** Normalises an ARRAY cell. */
export function normalizeArray(raw: string): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  const list = readList(text)
  if (list.kind === 'nested') return wordedError('ARRAY_INVALID', { value: quote(text) })
  const fixes: CellFix[] = []
  if (list.source !== null && list.source !== 'json' && list.items.length > 1) {
    fixes.push(
      wordedFix(`LIST_SPLIT.items${listSeparatorKey(list.source.separator)}`, {
        value: quote(text),
        n: list.items.length,
      }),
    )
  }
  if (list.unquoted) fixes.push(UNQUOTED)
  if (list.stringified) fixes.push(STRINGIFIED)
  return { value: list.items, issues: [], fixes }
}
