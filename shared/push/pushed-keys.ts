// The records a project push has landed so far, by their unique keys, so a later file's relations name them by
// id: a person's `company: { connect: { where: { domainName: … } } }` is sent (through toApiRecord's
// `relationIds`) as `companyId: <the id this push gave that company>`. Every server version accepts a join column (nested connect is newer), the server has
// nothing to look up, and one batch never mixes a connect with a join column for one relation (contract 3.3:
// within one request all records must use the same unique constraint for a relation field).
// Invariant: a key two landed records share (a unique value the workspace would refuse twice anyway) resolves to
// nothing, so a relation is never pointed at a guess; it keeps its connect.
// Pure; main's project push (electron/main/push/push-project.ts, push-prepared.ts) keeps it between files.
import type { JsonValue } from '../fields/cell-result'
import { uniqueFieldsOf, uniqueSubfieldOf } from '../model/list-targets'
import { findObject, type ObjectModel, type WorkspaceModel } from '../model/workspace-model'
import type { ApiRecord } from '../twenty-format/to-api-record'

type JsonObject = { readonly [key: string]: JsonValue }

const AMBIGUOUS = ''

function asObject(value: JsonValue | undefined): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null
}

function keyOf(field: string, subfield: string | null, value: string): string {
  return `${field}\u0000${subfield ?? ''}\u0000${value}`
}

/** The one `field[.subfield] = value` a connect's where names, else null (an id connect is already a join column). */
function whereKey(where: JsonObject): string | null {
  const names = Object.keys(where)
  if (names.length !== 1) return null
  const field = names[0]!
  const value = where[field]
  if (typeof value === 'string') return keyOf(field, null, value)
  const nested = asObject(value)
  if (nested === null) return null
  const subs = Object.keys(nested)
  const inner = subs.length === 1 ? nested[subs[0]!] : undefined
  return typeof inner === 'string' ? keyOf(field, subs[0]!, inner) : null
}

/** A record's values of its object's unique fields (id aside), as `{ field, subfield, value }`. */
export function uniqueValuesOf(
  object: ObjectModel,
  record: ApiRecord,
): { field: string; subfield: string | null; value: string }[] {
  const found: { field: string; subfield: string | null; value: string }[] = []
  for (const field of uniqueFieldsOf(object)) {
    if (field.name === 'id') continue
    const subfield = uniqueSubfieldOf(field)
    const raw = record[field.name]
    const value = subfield === null ? raw : asObject(raw)?.[subfield]
    if (typeof value === 'string' && value !== '') found.push({ field: field.name, subfield, value })
  }
  return found
}

export class PushedKeys {
  /** Target object (nameSingular) -> unique key -> id (AMBIGUOUS when two records share it). */
  private readonly byObject = new Map<string, Map<string, string>>()
  private readonly model: WorkspaceModel

  constructor(model: WorkspaceModel) {
    this.model = model
  }

  /** Notes a record that landed (created or updated) under `id`, by each of its unique values. */
  add(object: ObjectModel, record: ApiRecord, id: string): void {
    let keys = this.byObject.get(object.nameSingular)
    if (keys === undefined) this.byObject.set(object.nameSingular, (keys = new Map<string, string>()))
    for (const { field, subfield, value } of uniqueValuesOf(object, record)) {
      const key = keyOf(field, subfield, value)
      const known = keys.get(key)
      keys.set(key, known === undefined || known === id ? id : AMBIGUOUS)
    }
  }

  get size(): number {
    let n = 0
    for (const keys of this.byObject.values()) n += keys.size
    return n
  }

  /**
   * The ids of the records this push landed that a draft's relations connect to, by relation field name: what
   * toApiRecord's `relationIds` sends as join columns. Other connects stay as they are (the record must already
   * be in the workspace).
   */
  relationIds(object: ObjectModel, draft: Readonly<Record<string, JsonValue>>): Map<string, string> {
    const ids = new Map<string, string>()
    for (const field of object.fields) {
      const relation = field.relation
      if (relation?.type !== 'MANY_TO_ONE') continue
      const where = asObject(asObject(asObject(draft[field.name])?.['connect'])?.['where'])
      if (where === null) continue
      const key = whereKey(where)
      const target = findObject(this.model, relation.targetObject)
      const id = key === null || target === undefined ? undefined : this.byObject.get(target.nameSingular)?.get(key)
      if (id !== undefined && id !== AMBIGUOUS) ids.set(field.name, id)
    }
    return ids
  }
}
