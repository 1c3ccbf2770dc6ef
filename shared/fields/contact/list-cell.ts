// Splits a cell that holds several values (additional emails, phones, links): a JSON array as Twenty exports
// it, or a plain list. Invariant: items come back trimmed, non-empty, in the cell's order.

/** A list cell: the items of a JSON array, the pieces of a plain list, or why the JSON could not be read. */
export type ListCell =
  | { readonly kind: 'json'; readonly items: readonly unknown[] }
  | { readonly kind: 'text'; readonly items: readonly string[] }
  | { readonly kind: 'badJson'; readonly reason: string }

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
      return { kind: 'badJson', reason: 'starts with [ but is not valid JSON' }
    }
    if (!Array.isArray(parsed)) return { kind: 'badJson', reason: 'is JSON but not a list' }
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
