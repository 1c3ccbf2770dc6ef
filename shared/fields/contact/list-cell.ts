// Splits a cell that holds several values (additional emails, phones, links): a JSON array as Twenty exports
// it, or a plain list. Invariant: items come back trimmed, non-empty, in the cell's order.
import type { CellIssue } from '../cell-result'

/** A list cell: the items of a JSON array, the pieces of a plain list, or why the JSON could not be read. */
export type ListCell =
  | { readonly kind: 'json'; readonly items: readonly unknown[] }
  | { readonly kind: 'text'; readonly items: readonly string[] }
  | { readonly kind: 'badJson'; readonly reason: BadJson }

/** Why a cell starting with `[` is not a JSON list: not JSON at all, or JSON of something else than a list. */
export type BadJson = 'notJson' | 'notList'

const LIST_SEPARATORS = /[,;\n\r]+/
const LIST_AND_SPACE_SEPARATORS = /[,;\s]+/

/**
 * Reads a list cell. A cell starting with `[` must be a JSON array; anything else is split on `,`, `;` and
 * line breaks (and on spaces too when `splitOnSpaces`, for values that never contain one, like emails).
 */
export function readListCell(text: string, splitOnSpaces: boolean): ListCell {
  if (text.startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return { kind: 'badJson', reason: 'notJson' }
    }
    if (!Array.isArray(parsed)) return { kind: 'badJson', reason: 'notList' }
    return { kind: 'json', items: parsed }
  }
  const items = text
    .split(splitOnSpaces ? LIST_AND_SPACE_SEPARATORS : LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  return { kind: 'text', items }
}

/** A string field of a JSON list item (`{"url": ...}`), or undefined when absent or not a string. */
export function stringField(item: unknown, key: string): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined
  const value = (item as Readonly<Record<string, unknown>>)[key]
  return typeof value === 'string' ? value : undefined
}

/** An item's error as the list reports it: the same words, without the item's suggestion (the list's is a list). */
export function itemError(issue: CellIssue): CellIssue {
  const { code, message, key, params } = issue
  return key === undefined || params === undefined
    ? { code, severity: 'error', message }
    : { code, severity: 'error', message, key, params }
}
