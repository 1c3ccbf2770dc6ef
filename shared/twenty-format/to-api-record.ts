// The JSON of one record for POST /rest/batch/{plural} (contract sections 3 and 4), from a RecordDraft.
// Invariant: never deletedAt, createdAt/updatedAt, createdBy/updatedBy, position or searchVector; a relation is
// sent once, as `<relation>Id` when its id is known, else as its nested connect.
import type { JsonValue } from '../fields/cell-result'
import { isImportableField } from '../model/list-targets'
import type { ObjectModel } from '../model/workspace-model'
import type { RecordDraft } from './assemble-record'

/** A record as sent to Twenty's record API. */
export type ApiRecord = { readonly [key: string]: JsonValue }

export interface ApiRecordOptions {
  /**
   * Ids already known for this record's MANY_TO_ONE relations, by relation field name (`company` -> uuid), e.g.
   * looked up by the push engine. Each is sent as the join column, replacing any connect in the draft.
   */
  readonly relationIds?: ReadonlyMap<string, string>
  /**
   * The object the draft belongs to: supplies join column names (settings.joinColumnName) and drops any key
   * that is not an importable field. Without it, join columns are `<relation>Id`.
   */
  readonly object?: ObjectModel
}

const NEVER_SENT: ReadonlySet<string> = new Set([
  'deletedAt',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'position',
  'searchVector',
])

type JsonObject = { readonly [key: string]: JsonValue }

function asObject(value: JsonValue | undefined): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null
}

/** The `where` of a `{ connect: { where } }` value, else null. */
function connectWhereOf(value: JsonValue): JsonObject | null {
  const outer = asObject(value)
  if (outer === null || Object.keys(outer).length !== 1) return null
  return asObject(asObject(outer['connect'])?.['where'])
}

/**
 * The record to send. A connect on `id` alone becomes `<joinColumn>: id`, which every server version accepts
 * (nested connect is newer); other connects stay nested unless `relationIds` gives the id. Relations in
 * `relationIds` that the draft does not hold are added as join columns too.
 */
export function toApiRecord(draft: RecordDraft, options: ApiRecordOptions = {}): ApiRecord {
  const { object, relationIds } = options
  const fieldOf = (name: string) => object?.fields.find((f) => f.name === name)
  const joinColumnOf = (name: string): string => fieldOf(name)?.relation?.joinColumn || `${name}Id`
  const isRelation = (name: string): boolean => {
    if (object === undefined) return true
    const field = fieldOf(name)
    return field !== undefined && field.relation?.type === 'MANY_TO_ONE' && isImportableField(field)
  }
  const record: { [key: string]: JsonValue } = {}
  for (const [name, value] of Object.entries(draft)) {
    if (NEVER_SENT.has(name)) continue
    const field = fieldOf(name)
    if (object !== undefined && (field === undefined || !isImportableField(field))) continue
    const where = connectWhereOf(value)
    if (where === null || !isRelation(name)) {
      record[name] = value
      continue
    }
    const idFromWhere = Object.keys(where).length === 1 && typeof where['id'] === 'string' ? where['id'] : undefined
    const id = relationIds?.get(name) ?? idFromWhere
    if (id === undefined) record[name] = value
    else record[joinColumnOf(name)] = id
  }
  for (const [name, id] of relationIds ?? []) {
    if (name in draft || !isRelation(name)) continue
    record[joinColumnOf(name)] = id
  }
  return record
}
