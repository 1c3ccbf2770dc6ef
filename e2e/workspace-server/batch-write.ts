// A batch create (REST `POST /rest/batch/{plural}` and GraphQL `create<Plural>`): checks the whole body, resolves
// relations, matches (upsert) or refuses existing ids (create), applies every record to a copy of the rows and
// commits only if all of them succeeded. Invariant: a failed batch changes nothing; unique keys stay unique among
// non-empty values. A legacy create (no upsert) fails a unique collision as Postgres does.
import { randomUUID } from 'node:crypto'
import { fail, succeed, type Outcome } from './http-io'
import { indexRows, valueAt } from './key-index'
import { matchExisting } from './match-existing'
import { blankRecord, mergeRecord } from './record-defaults'
import { readRecordInput, type InputRules, type RecordInput } from './record-input'
import type { RecordStore } from './record-store'
import { resolveRelations } from './relations'
import type { StoredRecord } from './types'
import type { ServerModel, ServerObject } from './workspace-model'

export interface BatchContext {
  readonly model: ServerModel
  readonly store: RecordStore
  readonly nowIso: string
  readonly maxRecords: number
  readonly rules: InputRules
  /** A fault: the message to fail the batch with when a raw record must be rejected, else null. */
  readonly rejectRecord: (plural: string, record: unknown) => string | null
}

/** 'upsert' matches on unique fields; 'create' refuses existing ids; 'legacy-create' also fails a unique collision as a database error. */
export type WriteMode = 'upsert' | 'create' | 'legacy-create'

export function writeBatch(
  context: BatchContext,
  plural: string,
  mode: WriteMode,
  body: unknown,
): Outcome<StoredRecord[]> {
  const object = context.model.get(plural)
  if (object === undefined) return fail(400, `object '${plural}' not found`)
  if (!Array.isArray(body)) return fail(400, 'Body must be an array')
  if (body.length === 0) return fail(400, 'Input must not be empty')
  if (body.length > context.maxRecords) {
    return fail(400, `Maximum number of records to upsert is ${context.maxRecords}.`, 'TOO_MANY_RECORDS_TO_UPDATE')
  }
  const inputs: RecordInput[] = []
  for (const record of body) {
    const input = readRecordInput(object, context.model, record, context.rules)
    if (!input.ok) return input
    const rejection = context.rejectRecord(plural, record)
    if (rejection !== null) return fail(400, rejection)
    inputs.push(input.value)
  }
  const resolved = resolveRelations(object, inputs, context.store)
  if (!resolved.ok) return resolved
  return applyRecords(context, object, mode, resolved.value)
}

function applyRecords(
  context: BatchContext,
  object: ServerObject,
  mode: WriteMode,
  records: readonly Record<string, unknown>[],
): Outcome<StoredRecord[]> {
  const upsert = mode === 'upsert'
  const before = context.store.rows(object.namePlural)
  const rows = new Map(before)
  const match = matchExisting(object, before)
  const touched: string[] = []
  for (const values of records) {
    const matched = upsert ? match(values) : succeed(null)
    if (!matched.ok) return matched
    const givenId = values['id']
    if (!upsert && typeof givenId === 'string' && before.has(givenId)) return fail(400, 'Record already exists')
    if (matched.value !== null) {
      const existing = rows.get(matched.value) as StoredRecord
      // Contract 4.4 rule 4: a match is updated by its id and restored if it was soft-deleted.
      rows.set(matched.value, {
        ...mergeRecord(object, existing, values),
        id: matched.value,
        updatedAt: context.nowIso,
        deletedAt: values['deletedAt'] ?? null,
      })
      touched.push(matched.value)
      continue
    }
    const id = typeof givenId === 'string' ? givenId : randomUUID()
    if (rows.has(id)) return duplicateEntry('id', id)
    const row = { ...mergeRecord(object, blankRecord(object, id, context.nowIso), values), id }
    const missing = missingRequiredField(object, row)
    if (missing !== null) return fail(400, `Field "${missing}" is required on ${object.nameSingular}`)
    rows.set(id, row)
    touched.push(id)
  }
  const clash = findUniqueClash(object, rows, touched, mode === 'legacy-create')
  if (clash !== null) return clash
  context.store.commit(object.namePlural, rows)
  return succeed(touched.map((id) => structuredClone(rows.get(id) as StoredRecord)))
}

function missingRequiredField(object: ServerObject, row: StoredRecord): string | null {
  for (const field of object.fields.values()) {
    if (field.isNullable) continue
    const column = field.relation?.type === 'MANY_TO_ONE' ? field.relation.joinColumn : field.name
    if (field.relation?.type !== 'ONE_TO_MANY' && (row[column] === null || row[column] === undefined)) return field.name
  }
  return null
}

// Unique indexes ignore empty values (Twenty's composite text columns default to '').
function findUniqueClash(
  object: ServerObject,
  rows: ReadonlyMap<string, StoredRecord>,
  touched: readonly string[],
  asDatabaseError: boolean,
): Outcome<never> | null {
  for (const key of object.conflictKeys) {
    const index = indexRows(rows, key)
    for (const id of touched) {
      const value = valueAt(rows.get(id) as StoredRecord, key)
      if (value === '' || value === null || value === undefined) continue
      if ((index.get(value)?.length ?? 0) > 1)
        return asDatabaseError ? uniqueViolation(object, key.column) : duplicateEntry(key.fullPath, value)
    }
  }
  return null
}

function duplicateEntry(path: string, value: unknown): Outcome<never> {
  const message = `A duplicate entry was detected: ${path} ${JSON.stringify(value)} is already used by another record`
  return fail(400, message, 'DUPLICATE_ENTRY_DETECTED')
}

// Servers without the common API insert straight away: the QueryFailedError's text reaches the client as a 400.
function uniqueViolation(object: ServerObject, column: string): Outcome<never> {
  return fail(400, `duplicate key value violates unique constraint "IDX_UNIQUE_${object.nameSingular}_${column}"`)
}
