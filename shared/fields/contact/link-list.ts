// The `linkList` normaliser (LINKS secondaryLinks): Twenty's JSON `[{"url","label"}]`, a JSON list of URLs, or
// URLs separated by `,`, `;`, spaces or line breaks. Invariant: value is null on any error.
import { EMPTY_RESULT, type CellFix, type CellIssue, type JsonValue } from '../cell-result'
import type { Normalizer } from '../column-context'
import { worded, wordedError, wordedFix } from '../scalar/wording'
import { readLink } from './link'
import { itemError, readListCell, stringField } from './list-cell'
import { cleanCell, collapseSpaces, quote } from './text'

interface ListItem {
  readonly url: string
  readonly label: string
}

/**
 * Normalises secondary links. Each URL gets the fixes and checks of `link`; a label is trimmed ('' when absent);
 * a URL listed twice is dropped (fix LINK_DUPLICATE_REMOVED). Value: `[{url, label}]`.
 */
export const normalizeLinkList: Normalizer = (raw) => {
  const { text, fix } = cleanCell(raw)
  if (text === '') return EMPTY_RESULT
  const cell = readListCell(text, true)
  if (cell.kind === 'badJson') return wordedError(`LINK_LIST_INVALID.${cell.reason}`, { value: quote(text) })
  const items: ListItem[] = []
  if (cell.kind === 'json') {
    for (const entry of cell.items) {
      const url = typeof entry === 'string' ? entry : stringField(entry, 'url')
      if (url === undefined) return wordedError('LINK_LIST_INVALID.noUrl', { value: quote(text) })
      const label = collapseSpaces((stringField(entry, 'label') ?? '').trim())
      if (url.trim() !== '') items.push({ url: url.trim(), label })
    }
  } else {
    for (const url of cell.items) items.push({ url, label: '' })
  }
  if (items.length === 0) return EMPTY_RESULT

  const value: JsonValue[] = []
  const seen = new Set<string>()
  const issues: CellIssue[] = []
  const fixes: CellFix[] = fix === null ? [] : [fix]
  let hasError = false
  for (const item of items) {
    const read = readLink(item.url)
    if (read.kind === 'invalid') {
      hasError = true
      // A piece holding several links is one invalid item of the list, worded as the link field words it.
      const { code, params } = read.issue
      issues.push(
        code === 'LINK_MULTIPLE' && params !== undefined
          ? worded('error', 'LINK_INVALID.multiple', params)
          : itemError(read.issue),
      )
      continue
    }
    if (seen.has(read.url)) {
      fixes.push(wordedFix('LINK_DUPLICATE_REMOVED', { value: quote(item.url) }))
      continue
    }
    seen.add(read.url)
    fixes.push(...read.fixes)
    value.push({ url: read.url, label: item.label })
  }
  if (hasError) return { value: null, issues, fixes: [] }
  return { value, issues, fixes }
}
