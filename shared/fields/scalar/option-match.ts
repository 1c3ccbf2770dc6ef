// Matches a cell to a SELECT option by value or label, ignoring case, accents, spaces, underscores and hyphens.
// Invariant: one matcher per options array (cached), built once; lookups allocate nothing but the folded key.
import type { SelectOption } from '../../model/workspace-model'
import { foldKey } from './wording'

export type OptionMatch =
  /** `exact`: the cell is the option's API value as is. */
  | { readonly kind: 'found'; readonly option: SelectOption; readonly exact: boolean }
  | { readonly kind: 'ambiguous'; readonly options: readonly SelectOption[] }
  | { readonly kind: 'unknown'; readonly closest: SelectOption | null }

interface Matcher {
  readonly byValue: ReadonlyMap<string, SelectOption>
  readonly byLabel: ReadonlyMap<string, readonly SelectOption[]>
  readonly byKey: ReadonlyMap<string, readonly SelectOption[]>
  readonly keys: readonly { readonly key: string; readonly option: SelectOption }[]
}

const IGNORED = /[\s_\-–—]+/g
const matchers = new WeakMap<readonly SelectOption[], Matcher>()

/** The comparison key: `Mid-market`, `MID_MARKET` and `mid market` all give `midmarket`. */
export function optionKey(text: string): string {
  return foldKey(text).replace(IGNORED, '')
}

function add<K>(map: Map<K, SelectOption[]>, key: K, option: SelectOption): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [option])
  else if (!list.includes(option)) list.push(option)
}

function matcherFor(options: readonly SelectOption[]): Matcher {
  let matcher = matchers.get(options)
  if (matcher !== undefined) return matcher
  const byValue = new Map<string, SelectOption>()
  const byLabel = new Map<string, SelectOption[]>()
  const byKey = new Map<string, SelectOption[]>()
  const keys: { key: string; option: SelectOption }[] = []
  for (const option of options) {
    byValue.set(option.value, option)
    add(byLabel, option.label, option)
    for (const key of new Set([optionKey(option.value), optionKey(option.label)])) {
      add(byKey, key, option)
      keys.push({ key, option })
    }
  }
  matcher = { byValue, byLabel, byKey, keys }
  matchers.set(options, matcher)
  return matcher
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      current.push(d)
      rowMin = Math.min(rowMin, d)
    }
    if (rowMin > limit) return limit + 1
    previous = current
  }
  return previous[b.length] as number
}

function closest(matcher: Matcher, key: string): SelectOption | null {
  // Close enough to be a typo: one edit in short words, about a third of the letters in longer ones.
  const limit = Math.max(1, Math.floor(key.length / 3))
  let best: SelectOption | null = null
  let bestDistance = limit + 1
  for (const entry of matcher.keys) {
    const d = editDistance(key, entry.key, limit)
    if (d < bestDistance) {
      best = entry.option
      bestDistance = d
    }
  }
  return best
}

/** Finds the option a cleaned cell names: exact value, then exact label, then the folded key. */
export function matchOption(text: string, options: readonly SelectOption[]): OptionMatch {
  const matcher = matcherFor(options)
  const exact = matcher.byValue.get(text)
  if (exact !== undefined) return { kind: 'found', option: exact, exact: true }
  const labelled = matcher.byLabel.get(text)
  if (labelled !== undefined && labelled.length === 1)
    return { kind: 'found', option: labelled[0] as SelectOption, exact: false }
  const key = optionKey(text)
  const folded = matcher.byKey.get(key)
  if (folded !== undefined) {
    return folded.length === 1
      ? { kind: 'found', option: folded[0] as SelectOption, exact: false }
      : { kind: 'ambiguous', options: folded }
  }
  return { kind: 'unknown', closest: key === '' ? null : closest(matcher, key) }
}

const LISTED = 8

/** A field's options as a message lists them: none, all of them, or the first eight and how many more. */
export interface ListedOptions {
  readonly kind: 'none' | 'list' | 'more'
  /** `Small business (SMB), Mid-market (MID_MARKET)`: at most eight. */
  readonly options: string
  readonly more: number
}

/** The options for a message (`Valid options: {options} and {more} more.`), at most eight listed. */
export function listOptions(options: readonly SelectOption[]): ListedOptions {
  const shown = options
    .slice(0, LISTED)
    .map((o) => (o.label === o.value ? o.value : `${o.label} (${o.value})`))
    .join(', ')
  const more = Math.max(0, options.length - LISTED)
  return { kind: options.length === 0 ? 'none' : more > 0 ? 'more' : 'list', options: shown, more }
}
