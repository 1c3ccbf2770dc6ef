// The row a new record starts from: every stored field present, each at the field's default (SQL-literal
// defaults such as "'NEW'" unquoted) or null; composites fully shaped; MANY_TO_ONE relations as null join ids.
// mergeRecord lays sent values over a row without ever mutating it.
import { COMPOSITE_TYPES, emptySubfieldValue } from './composite-types'
import { isPlainObject } from './http-io'
import type { ServerField, ServerObject } from './workspace-model'
import type { StoredRecord } from './types'

const SYSTEM_TIMESTAMPS = new Set(['createdAt', 'updatedAt', 'deletedAt'])

export function blankRecord(object: ServerObject, id: string, nowIso: string): StoredRecord {
  const record: StoredRecord = {}
  for (const field of object.fields.values()) {
    if (field.relation !== null) {
      if (field.relation.type === 'MANY_TO_ONE') record[field.relation.joinColumn] = null
      continue
    }
    if (SYSTEM_TIMESTAMPS.has(field.name)) continue
    record[field.name] = defaultValueOf(field)
  }
  return { ...record, id, createdAt: nowIso, updatedAt: nowIso, deletedAt: null }
}

function defaultValueOf(field: ServerField): unknown {
  const composite = COMPOSITE_TYPES[field.type]
  if (composite === undefined) return literalValue(field.defaultValue)
  const given = isPlainObject(field.defaultValue) ? field.defaultValue : {}
  const value: Record<string, unknown> = {}
  for (const [subfield, kind] of Object.entries(composite.subfields)) {
    value[subfield] = subfield in given ? literalValue(given[subfield]) : emptySubfieldValue(kind)
  }
  return value
}

// Twenty stores defaults SQL-style: "'NEW'" is the string NEW; an unquoted string (now, uuid) is a DB function.
function literalValue(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null
  return value.length >= 2 && value.startsWith("'") && value.endsWith("'") ? value.slice(1, -1) : null
}

// Twenty writes composites column by column, so subfields a record leaves out keep their stored values.
export function mergeRecord(
  object: ServerObject,
  base: StoredRecord,
  values: Readonly<Record<string, unknown>>,
): StoredRecord {
  const merged: StoredRecord = { ...base }
  for (const [key, value] of Object.entries(values)) {
    const type = object.fields.get(key)?.type ?? ''
    const current = base[key]
    merged[key] =
      COMPOSITE_TYPES[type] !== undefined && isPlainObject(value) && isPlainObject(current)
        ? { ...current, ...value }
        : value
  }
  return merged
}
