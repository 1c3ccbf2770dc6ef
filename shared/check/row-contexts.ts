// Each row's context for cells that depend on other columns of their row: the row's country (national phone
// numbers, `$`/`kr` amounts); for a PHONES field mapped over several columns, the number and the country written
// beside each other (Twenty refuses a phone whose parts disagree, contract 10.7); for a relation mapped by several
// keys, whether an earlier key column names the record in the row (a batch must connect by one kind of key, 10.8).
// Invariant: one table, country column and row links give the same ids and contexts on any thread, so a result
// read back on the main side is the one a share's thread checked.
import { countryToIso2 } from '../fields/contact'
import type { RowContext } from '../fields/column-context'
import type { FieldTarget } from '../fields/targets'
import { indexColumn, type ColumnIndex } from '../table/column-index'
import type { ColumnarTable } from '../table/columnar-table'

/** Each row's context (an id into `contexts`). */
export interface RowContexts {
  readonly ids: Uint32Array
  readonly contexts: readonly RowContext[]
}

/** The table columns one PHONES field is mapped from: its number (or whole phone), country and calling code. */
export interface PhoneParts {
  readonly number?: number
  readonly country?: number
  readonly callingCode?: number
}

/** Phone parts by PHONES field name. */
export type PhonePartColumns = Readonly<Record<string, PhoneParts>>

/** The columns one MANY_TO_ONE relation is mapped from: by id, and by other unique keys in mapping order. */
export interface RelationKeys {
  readonly id?: number
  readonly keys: readonly number[]
}

/** Which columns of a mapping a row's cells are read with: phone parts and relation keys, by field name. */
export interface RowLinks {
  readonly phones: PhonePartColumns
  readonly relationKeys: Readonly<Record<string, RelationKeys>>
}

/** Kinds whose reading depends on the row's country: national phone numbers, `$`/`kr` amounts. */
export const COUNTRY_KINDS: ReadonlySet<string> = new Set([
  'phone',
  'phoneList',
  'currency',
  'currencyAmount',
  'currencyCode',
])

const PART_OF_KIND: Readonly<Record<string, keyof PhoneParts>> = {
  phone: 'number',
  phoneCountry: 'country',
  phoneCallingCode: 'callingCode',
}

/**
 * Which columns hold each PHONES field's parts (the first column of each part counts) and each relation's keys,
 * from a whole mapping.
 */
export function rowLinksOf(mapped: readonly { readonly column: number; readonly target: FieldTarget }[]): RowLinks {
  const phones: Record<string, { -readonly [K in keyof PhoneParts]: PhoneParts[K] }> = {}
  const relationKeys: Record<string, { id?: number; keys: number[] }> = {}
  for (const { column, target } of mapped) {
    if (target.kind === 'relation') {
      const keys = (relationKeys[target.field.name] ??= { keys: [] })
      if (target.relation?.targetField.name === 'id') keys.id ??= column
      else keys.keys.push(column)
      continue
    }
    const part = PART_OF_KIND[target.kind]
    if (part === undefined || target.field.type !== 'PHONES') continue
    const field = (phones[target.field.name] ??= {})
    field[part] ??= column
  }
  return { phones, relationKeys }
}

type ContextKey = 'country' | 'phoneCountry' | 'phoneNumber' | 'relationKeyBefore'

/**
 * A relation key column after the first non-id one is read with the relation's id column and the key columns
 * before it: a row takes the first of them that has a value (assembleRecord), so when all are empty this
 * column's key is the one the row connects by.
 */
function relationDependencies(target: FieldTarget, column: number, links: RowLinks): [ContextKey, number][] {
  const keys = links.relationKeys[target.field.name]
  const at = keys === undefined ? -1 : keys.keys.indexOf(column)
  if (keys === undefined || at < 1) return []
  const before = keys.keys.slice(0, at)
  return [...(keys.id === undefined ? [] : [keys.id]), ...before].map((c): [ContextKey, number] => [
    'relationKeyBefore',
    c,
  ])
}

/** The other columns a target's cells (in table column `column`) are read with, and under which RowContext key. */
function dependenciesOf(
  target: FieldTarget,
  column: number,
  countryColumn: number | undefined,
  links: RowLinks,
): [ContextKey, number][] {
  if (target.kind === 'relation') return relationDependencies(target, column, links)
  const phoneParts = links.phones
  const deps: [ContextKey, number][] = []
  if (countryColumn !== undefined && COUNTRY_KINDS.has(target.kind)) deps.push(['country', countryColumn])
  const parts = target.field.type === 'PHONES' ? phoneParts[target.field.name] : undefined
  if (parts === undefined) return deps
  if (target.kind === 'phone' && parts.country !== undefined) deps.push(['phoneCountry', parts.country])
  if ((target.kind === 'phoneCountry' || target.kind === 'phoneCallingCode') && parts.number !== undefined)
    deps.push(['phoneNumber', parts.number])
  if (target.kind === 'phoneCallingCode' && parts.country !== undefined) deps.push(['phoneCountry', parts.country])
  return deps
}

/** The table columns a mapped column's cells are read with, besides its own (a share of the table must hold them). */
export function rowColumnsOf(
  mapped: { readonly column: number; readonly target: FieldTarget },
  countryColumn: number | undefined,
  links: RowLinks,
): number[] {
  return dependenciesOf(mapped.target, mapped.column, countryColumn, links).map(([, column]) => column)
}

/** Row contexts for the columns of one table, each other column indexed once. */
export class RowContextSource {
  private readonly indexes = new Map<number, ColumnIndex>()

  constructor(
    private readonly table: ColumnarTable,
    private readonly countryColumn: number | undefined,
    private readonly links: RowLinks,
  ) {}

  /** The contexts a mapped column's cells are read in, or undefined when they depend on no other column. */
  contextsFor(mapped: { readonly column: number; readonly target: FieldTarget }): RowContexts | undefined {
    const deps = dependenciesOf(mapped.target, mapped.column, this.countryColumn, this.links)
    if (deps.length === 0) return undefined
    const [firstKey, firstColumn] = deps[0]!
    const first = this.indexOf(firstColumn)
    let ids = first.ids
    let tuples: string[][] = first.values.map((value) => [value])
    for (const [, column] of deps.slice(1)) {
      const next = this.indexOf(column)
      const width = next.values.length
      const seen = new Map<number, number>()
      const combined = new Uint32Array(ids.length)
      const grown: string[][] = []
      for (let row = 0; row < ids.length; row++) {
        const key = ids[row]! * width + next.ids[row]!
        let id = seen.get(key)
        if (id === undefined) {
          id = grown.length
          seen.set(key, id)
          grown.push([...tuples[ids[row]!]!, next.values[next.ids[row]!]!])
        }
        combined[row] = id
      }
      ids = combined
      tuples = grown
    }
    const keys = [firstKey, ...deps.slice(1).map(([key]) => key)]
    const contexts = tuples.map((tuple) => contextOf(keys, tuple))
    return { ids, contexts }
  }

  private indexOf(column: number): ColumnIndex {
    let index = this.indexes.get(column)
    if (index === undefined) this.indexes.set(column, (index = indexColumn(this.table, column)))
    return index
  }
}

/**
 * One row's context as the check reads it, from that row's cells as they are now (`cellOf` a table column): for
 * suggestions asked of a single cell after the check (a Fix).
 */
export function rowContextOf(
  mapped: { readonly column: number; readonly target: FieldTarget },
  countryColumn: number | undefined,
  links: RowLinks,
  cellOf: (column: number) => string,
): RowContext | undefined {
  const deps = dependenciesOf(mapped.target, mapped.column, countryColumn, links)
  if (deps.length === 0) return undefined
  return contextOf(
    deps.map(([key]) => key),
    deps.map(([, column]) => cellOf(column)),
  )
}

/** The context of a row whose dependency cells (under `keys`) hold `texts`. */
function contextOf(keys: readonly ContextKey[], texts: readonly string[]): RowContext {
  const context: { -readonly [K in keyof RowContext]: RowContext[K] } = {}
  keys.forEach((key, i) => {
    const text = texts[i]!
    // Countries as ISO codes where recognised ('Deutschland' -> 'DE'), else as written.
    if (key === 'country') context.country = countryToIso2(text) ?? text
    // Several earlier keys: what matters is whether any holds something.
    else if (key === 'relationKeyBefore') context.relationKeyBefore = (context.relationKeyBefore ?? '') + text.trim()
    else context[key] = text
  })
  return context
}
