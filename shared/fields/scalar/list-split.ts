// Reads a list cell: a JSON array (`["A","B"]`), or items separated by new lines, `;`, `|` or `,`.
// Invariant: only the strongest separator present splits (so `Smith, John; Doe, Jane` is two items); items are
// cleaned, unquoted and never empty.
import type { JsonValue } from '../cell-result'
import { cleanValue } from './clean-text'

export type ListRead =
  | {
      readonly kind: 'list'
      readonly items: readonly string[]
      /** How it was read: a JSON array, or split at this separator (null: a single item). */
      readonly source: 'json' | { readonly separator: ListSeparator } | null
      /** Some items were wrapped in quotes that were removed. */
      readonly unquoted: boolean
      /** JSON items that were numbers or booleans, turned into strings. */
      readonly stringified: boolean
    }
  /** A JSON array holding objects or arrays. */
  | { readonly kind: 'nested' }

const SEPARATORS = ['\n', ';', '|', ','] as const
/** A separator a list is split at. */
export type ListSeparator = (typeof SEPARATORS)[number]
const QUOTED = /^(["'“”„«»‘’])(.*)(["'“”«»‘’])$/s
/** The part of a message key that names each separator (`LIST_SPLIT.itemsCommas`), so each language words it whole. */
export type ListSeparatorKey = 'LineBreaks' | 'Semicolons' | 'VerticalBars' | 'Commas'
const SEPARATOR_KEYS: Readonly<Record<ListSeparator, ListSeparatorKey>> = {
  '\n': 'LineBreaks',
  ';': 'Semicolons',
  '|': 'VerticalBars',
  ',': 'Commas',
}

/** `Commas`, `Semicolons`...: how a message key names the separator a list was split at. */
export function listSeparatorKey(separator: ListSeparator): ListSeparatorKey {
  return SEPARATOR_KEYS[separator]
}

function unquote(item: string): { readonly text: string; readonly unquoted: boolean } {
  const m = QUOTED.exec(item)
  return m === null ? { text: item, unquoted: false } : { text: cleanValue(m[2] ?? ''), unquoted: true }
}

function readJsonArray(text: string): ListRead | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (!Array.isArray(parsed)) return null
  const items: string[] = []
  let stringified = false
  for (const entry of parsed as JsonValue[]) {
    if (entry === null) continue
    if (typeof entry === 'object') return { kind: 'nested' }
    if (typeof entry !== 'string') stringified = true
    const item = cleanValue(String(entry))
    if (item !== '') items.push(item)
  }
  return { kind: 'list', items, source: 'json', unquoted: false, stringified }
}

/** Reads a cleaned, non-empty list cell. */
export function readList(text: string): ListRead {
  if (text.startsWith('[') && text.endsWith(']')) {
    const json = readJsonArray(text)
    if (json !== null) return json
    // `[A, B]` without quotes: read what is inside as a separated list.
    return splitList(text.slice(1, -1))
  }
  return splitList(text)
}

function splitList(text: string): ListRead {
  const separator = SEPARATORS.find((s) => text.includes(s)) ?? null
  const parts = separator === null ? [text] : text.split(separator)
  const items: string[] = []
  let unquoted = false
  for (const part of parts) {
    const cleaned = unquote(cleanValue(part))
    unquoted ||= cleaned.unquoted
    if (cleaned.text !== '') items.push(cleaned.text)
  }
  return { kind: 'list', items, source: separator === null ? null : { separator }, unquoted, stringified: false }
}
