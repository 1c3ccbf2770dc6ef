// Each row's context for cells that depend on other columns of their row: the row's country (national phone
// numbers, `$`/`kr` amounts) and, for a PHONES field mapped over several columns, the number and the country
// written beside each other (Twenty refuses a phone whose parts disagree, contract 10.7).
// Invariant: one table, country column and phone parts give the same ids and contexts on any thread, so a result
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

/** Kinds whose reading depends on the row's country: national phone numbers, `$`/`kr` amounts. */
export const COUNTRY_KINDS: ReadonlySet<string> = new Set(['phone', 'phoneList', 'currency', 'currencyAmount', 'currencyCode'])

const PART_OF_KIND: Readonly<Record<string, keyof PhoneParts>> = { phone: 'number', phoneCountry: 'country', phoneCallingCode: 'callingCode' }

/** Which columns hold each PHONES field's parts, from a whole mapping (the first column of each part counts). */
export function phonePartsOf(mapped: readonly { readonly column: number; readonly target: FieldTarget }[]): PhonePartColumns {
  const parts: Record<string, { -readonly [K in keyof PhoneParts]: PhoneParts[K] }> = {}
  for (const { column, target } of mapped) {
    const part = PART_OF_KIND[target.kind]
    if (part === undefined || target.field.type !== 'PHONES') continue
    const field = (parts[target.field.name] ??= {})
    field[part] ??= column
  }
  return parts
}

type ContextKey = 'country' | 'phoneCountry' | 'phoneNumber'

/** The other columns a target's cells are read with, and under which RowContext key. */
function dependenciesOf(target: FieldTarget, countryColumn: number | undefined, phoneParts: PhonePartColumns): [ContextKey, number][] {
  if (target.kind === 'relation') return []
  const deps: [ContextKey, number][] = []
  if (countryColumn !== undefined && COUNTRY_KINDS.has(target.kind)) deps.push(['country', countryColumn])
  const parts = target.field.type === 'PHONES' ? phoneParts[target.field.name] : undefined
  if (parts === undefined) return deps
  if (target.kind === 'phone' && parts.country !== undefined) deps.push(['phoneCountry', parts.country])
  if ((target.kind === 'phoneCountry' || target.kind === 'phoneCallingCode') && parts.number !== undefined) deps.push(['phoneNumber', parts.number])
  if (target.kind === 'phoneCallingCode' && parts.country !== undefined) deps.push(['phoneCountry', parts.country])
  return deps
}

/** The table columns a target's cells are read with, besides its own (a share of the table must hold them). */
export function rowColumnsOf(target: FieldTarget, countryColumn: number | undefined, phoneParts: PhonePartColumns): number[] {
  return dependenciesOf(target, countryColumn, phoneParts).map(([, column]) => column)
}

/** Row contexts for the columns of one table, each other column indexed once. */
export class RowContextSource {
  private readonly indexes = new Map<number, ColumnIndex>()

  constructor(
    private readonly table: ColumnarTable,
    private readonly countryColumn: number | undefined,
    private readonly phoneParts: PhonePartColumns,
  ) {}

  /** The contexts a target's cells are read in, or undefined when they depend on no other column. */
  contextsFor(target: FieldTarget): RowContexts | undefined {
    const deps = dependenciesOf(target, this.countryColumn, this.phoneParts)
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
    const contexts = tuples.map((tuple) => {
      const context: { -readonly [K in keyof RowContext]: RowContext[K] } = {}
      keys.forEach((key, i) => {
        const text = tuple[i]!
        // Countries as ISO codes where recognised ('Deutschland' -> 'DE'), else as written.
        if (key === 'country') context.country = countryToIso2(text) ?? text
        else context[key] = text
      })
      return context
    })
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
export function rowContextOf(target: FieldTarget, countryColumn: number | undefined, phoneParts: PhonePartColumns, cellOf: (column: number) => string): RowContext | undefined {
  const deps = dependenciesOf(target, countryColumn, phoneParts)
  if (deps.length === 0) return undefined
  const context: { -readonly [K in keyof RowContext]: RowContext[K] } = {}
  for (const [key, column] of deps) {
    const text = cellOf(column)
    if (key === 'country') context.country = countryToIso2(text) ?? text
    else context[key] = text
  }
  return context
}
