// One file's rows by source key and by name, so a link value finds the row it names: offline (the links
// report) and at push time (the id that row's record got). A key two rows share, or a name two rows share, is
// ambiguous: the link is reported and left empty, never pointed at a guess. Pure.
import type { SourceSystem } from './migration-schema'
import { nameKeyOf, sourceKeyOf } from './source-ids'

export type LinkLookup =
  | { readonly kind: 'found'; readonly row: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'ambiguous'; readonly rows: readonly number[] }

export class LinkIndex {
  private readonly keys = new Map<string, number[]>()
  private readonly names = new Map<string, number[]>()
  readonly system: SourceSystem

  constructor(system: SourceSystem) {
    this.system = system
  }

  /** Adds a row (by row id) with its source id and name cells (either may be empty). */
  add(row: number, key: string, name: string): void {
    const k = sourceKeyOf(this.system, key)
    if (k !== null) push(this.keys, k, row)
    const n = nameKeyOf(name)
    if (n !== '') push(this.names, n, row)
  }

  /** The row a link value names, by the target's source key or name. */
  find(by: 'key' | 'name', value: string): LinkLookup {
    const key = by === 'key' ? sourceKeyOf(this.system, value) : nameKeyOf(value)
    const rows = key === null || key === '' ? undefined : (by === 'key' ? this.keys : this.names).get(key)
    if (rows === undefined) return { kind: 'missing' }
    return rows.length === 1 ? { kind: 'found', row: rows[0]! } : { kind: 'ambiguous', rows }
  }

  /** The share of `values` (0..1) this index holds by key or by name: how content tells an association column. */
  share(by: 'key' | 'name', values: readonly string[]): number {
    if (values.length === 0) return 0
    let found = 0
    for (const value of values) if (this.find(by, value).kind !== 'missing') found++
    return found / values.length
  }

  get keyCount(): number {
    return this.keys.size
  }

  get nameCount(): number {
    return this.names.size
  }
}

function push(map: Map<string, number[]>, key: string, row: number): void {
  const rows = map.get(key)
  if (rows === undefined) map.set(key, [row])
  else if (!rows.includes(row)) rows.push(row)
}
