// ARRAY cells -> string[]: a JSON array of strings, or a list split at new lines, `;`, `|` or `,`.
// Items are trimmed and empty items dropped; duplicates are kept (an array may repeat a value).
import { EMPTY_RESULT, errorResult, type CellFix, type CellResult } from '../cell-result'
import { cleanValue } from './clean-text'
import { FIX, ISSUE } from './codes'
import { readList, listSeparatorName } from './list-split'
import { fix, quote } from './wording'

/** Normalises an ARRAY cell. */
export function normalizeArray(raw: string): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  const list = readList(text)
  if (list.kind === 'nested') {
    return errorResult(ISSUE.ARRAY_INVALID, `${quote(text)} holds objects or nested lists; an array field takes text items, such as ["a","b"].`)
  }
  const fixes: CellFix[] = []
  if (list.source !== null && list.source !== 'json' && list.items.length > 1) {
    fixes.push(fix(FIX.LIST_SPLIT, `Split ${quote(text)} into ${list.items.length} items at the ${listSeparatorName(list.source.separator)}.`))
  }
  if (list.unquoted) fixes.push(fix(FIX.LIST_ITEM_UNQUOTED, 'Removed quotes around items.'))
  if (list.stringified) fixes.push(fix(FIX.ARRAY_ITEMS_STRINGIFIED, 'Turned numbers and true/false items into text.'))
  return { value: list.items, issues: [], fixes }
}
