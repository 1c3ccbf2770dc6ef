// In-memory rows per object, soft-deleted ones included. Rows are never mutated in place: a write builds a
// new map (sharing untouched rows) and commit() swaps it in, so a failed batch leaves nothing behind.
import { randomUUID } from 'node:crypto'
import type { StoredRecord } from './types'
import { blankRecord, mergeRecord } from './record-defaults'
import type { ServerModel } from './workspace-model'

export type Rows = ReadonlyMap<string, StoredRecord>

export class RecordStore {
  private readonly tables = new Map<string, Rows>()

  constructor(
    private readonly model: ServerModel,
    private readonly now: () => number,
  ) {}

  rows(plural: string): Rows {
    return this.tables.get(plural) ?? new Map()
  }

  commit(plural: string, rows: Rows): void {
    this.tables.set(plural, rows)
  }

  seed(plural: string, records: readonly StoredRecord[]): StoredRecord[] {
    const object = this.model.get(plural)
    if (object === undefined) throw new Error(`seed: no object "${plural}" in the model`)
    const rows = new Map(this.rows(plural))
    const nowIso = new Date(this.now()).toISOString()
    const stored = records.map((given) => {
      const id = typeof given['id'] === 'string' ? given['id'] : randomUUID()
      const row = { ...mergeRecord(object, blankRecord(object, id, nowIso), given), id }
      rows.set(id, row)
      return row
    })
    this.commit(plural, rows)
    return structuredClone(stored)
  }

  softDelete(plural: string, id: string): void {
    const row = this.rows(plural).get(id)
    if (row === undefined) throw new Error(`softDelete: no ${plural} record ${id}`)
    this.commit(plural, new Map(this.rows(plural)).set(id, { ...row, deletedAt: new Date(this.now()).toISOString() }))
  }

  clear(): void {
    this.tables.clear()
  }
}
