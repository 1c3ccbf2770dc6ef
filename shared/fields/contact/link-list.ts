// The `linkList` normaliser (LINKS secondaryLinks): Twenty's JSON `[{"url","label"}]`, a JSON list of URLs, or
// URLs separated by `,`, `;`, spaces or line breaks. Invariant: value is null on any error.
import { EMPTY_RESULT, type CellFix, type CellIssue, type JsonValue } from '../cell-result'
import type { Normalizer } from '../column-context'
import { readLink } from './link'
import { readListCell, stringField } from './list-cell'
import { cleanCell, collapseSpaces, quote } from './text'

interface ListItem {
  readonly url: string
  readonly label: string
}

function listError(message: string): ReturnType<Normalizer> {
  return { value: null, issues: [{ code: 'LINK_LIST_INVALID', severity: 'error', message }], fixes: [] }
}

/**
 * Normalises secondary links. Each URL gets the fixes and checks of `link`; a label is trimmed ('' when absent);
 * a URL listed twice is dropped (fix LINK_DUPLICATE_REMOVED). Value: `[{url, label}]`.
 */
export const normalizeLinkList: Normalizer = (raw) => {
  const { text, fix } = cleanCell(raw)
  if (text === '') return EMPTY_RESULT
  const cell = readListCell(text, true)
  if (cell.kind === 'badJson') return listError(`${quote(text)} ${cell.reason}. Write the links as [{"url":"https://x.com","label":"X"}] or separate them with commas.`)
  const items: ListItem[] = []
  if (cell.kind === 'json') {
    for (const entry of cell.items) {
      const url = typeof entry === 'string' ? entry : stringField(entry, 'url')
      if (url === undefined) return listError(`${quote(text)} is a JSON list, but an entry has no "url". Write it as [{"url":"https://x.com","label":"X"}].`)
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
      issues.push({ code: read.issue.code === 'LINK_MULTIPLE' ? 'LINK_INVALID' : read.issue.code, severity: 'error', message: read.issue.message })
      continue
    }
    if (seen.has(read.url)) {
      fixes.push({ code: 'LINK_DUPLICATE_REMOVED', message: `Removed ${quote(item.url)}, which was listed twice.` })
      continue
    }
    seen.add(read.url)
    fixes.push(...read.fixes)
    value.push({ url: read.url, label: item.label })
  }
  if (hasError) return { value: null, issues, fixes: [] }
  return { value, issues, fixes }
}
