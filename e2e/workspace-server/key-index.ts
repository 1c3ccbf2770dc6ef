// Reading a key (scalar field or composite subfield) off a record, and indexing rows by a key's value.
// Matching is strict equality, as Twenty's: no trimming, no case folding.
import { isPlainObject } from './http-io'
import type { Rows } from './record-store'
import type { KeyPath } from './workspace-model'

export function valueAt(record: Readonly<Record<string, unknown>>, key: Pick<KeyPath, 'field' | 'subfield'>): unknown {
  const value = record[key.field]
  if (key.subfield === null) return value
  return isPlainObject(value) ? value[key.subfield] : undefined
}

/** Value -> ids of the rows holding it, in row order; null and undefined are not indexed. */
export function indexRows(
  rows: Rows,
  key: KeyPath,
  include: (row: Record<string, unknown>) => boolean = () => true,
): Map<unknown, string[]> {
  const index = new Map<unknown, string[]>()
  for (const [id, row] of rows) {
    if (!include(row)) continue
    const value = valueAt(row, key)
    if (value === null || value === undefined) continue
    const ids = index.get(value)
    if (ids === undefined) index.set(value, [id])
    else ids.push(id)
  }
  return index
}
