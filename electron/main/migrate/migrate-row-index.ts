// One prepared file's rows by source key and by name, for ProjectLinks: LinkIndex's lookups (shared/migrate/
// link-index.ts: the same keys, sourceKeyOf and nameKeyOf, the same found / missing / ambiguous answers) without
// an object per row or per lookup. Keys are indexed when the file is added (every link by key needs them); names
// are kept as read and indexed on the first lookup by name (only links by name, Pipedrive's, make one), since a
// name key costs a Unicode normalisation per row. Rows are added once each, in order. Pure.
import type { SourceSystem } from '../../../shared/migrate/migration-schema'
import { nameKeyOf, sourceKeyOf } from '../../../shared/migrate/source-ids'

/** lookup(): no row has the value. */
export const MISSING = -1
/** lookup(): more than one row has it. */
export const AMBIGUOUS = -2

/** A key's row, or its rows when several share it. */
type Rows = number | number[]

export class RowIndex {
  private readonly keys = new Map<string, Rows>()
  /** The name cells, by row id, until the first lookup by name indexes them. */
  private nameCells: string[] | null
  private names: Map<string, Rows> | null = null

  /** `key(row)`, `name(row)`: the cells the rows are known by (null when the file has no such column). */
  constructor(
    readonly system: SourceSystem,
    rowCount: number,
    key: ((row: number) => string) | null,
    name: ((row: number) => string) | null,
  ) {
    if (key !== null) {
      for (let row = 0; row < rowCount; row++) {
        const k = sourceKeyOf(system, key(row))
        if (k !== null) add(this.keys, k, row)
      }
    }
    this.nameCells = name === null ? [] : Array.from({ length: rowCount }, (_, row) => name(row))
  }

  /** The row a link value names (>= 0), or MISSING, or AMBIGUOUS. */
  lookup(by: 'key' | 'name', value: string): number {
    const key = by === 'key' ? sourceKeyOf(this.system, value) : nameKeyOf(value)
    const rows = key === null || key === '' ? undefined : (by === 'key' ? this.keys : this.nameIndex()).get(key)
    if (rows === undefined) return MISSING
    return typeof rows === 'number' ? rows : AMBIGUOUS
  }

  private nameIndex(): Map<string, Rows> {
    if (this.names !== null) return this.names
    const names = new Map<string, Rows>()
    for (const [row, cell] of (this.nameCells ?? []).entries()) {
      const n = nameKeyOf(cell)
      if (n !== '') add(names, n, row)
    }
    this.nameCells = null
    return (this.names = names)
  }
}

function add(map: Map<string, Rows>, key: string, row: number): void {
  const rows = map.get(key)
  if (rows === undefined) map.set(key, row)
  else if (typeof rows === 'number') map.set(key, [rows, row])
  else rows.push(row)
}
