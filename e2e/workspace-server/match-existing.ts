// Upsert matching, contract 4.4 rules 2-3: each conflict key of a record (id + unique fields) whose value
// strictly equals a stored row's (soft-deleted rows included) names that row; naming two rows is a conflict.
// Like Twenty, a key takes the first row holding the value, and only null/undefined values never match.
import { fail, succeed, type Outcome } from './http-io'
import { indexRows, valueAt } from './key-index'
import type { Rows } from './record-store'
import type { KeyPath, ServerObject } from './workspace-model'

export type ExistingMatcher = (record: Readonly<Record<string, unknown>>) => Outcome<string | null>

export function matchExisting(object: ServerObject, rows: Rows): ExistingMatcher {
  const indexes = object.conflictKeys.map((key) => ({ key, index: indexRows(rows, key) }))
  return (record) => {
    const matched = new Set<string>()
    for (const { key, index } of indexes) {
      const value = valueAt(record, key)
      const first = value === null || value === undefined ? undefined : index.get(value)?.[0]
      if (first !== undefined) matched.add(first)
    }
    if (matched.size > 1) {
      const keys = describeKeys(object.conflictKeys, record)
      const message = `Multiple records found with the same unique field values for ${keys}. Cannot determine which record to update.`
      return fail(400, message, 'UPSERT_MULTIPLE_MATCHING_RECORDS_CONFLICT')
    }
    return succeed(matched.values().next().value ?? null)
  }
}

function describeKeys(keys: readonly KeyPath[], record: Readonly<Record<string, unknown>>): string {
  return keys
    .map((key) => ({ key, value: valueAt(record, key) }))
    .filter(({ value }) => value !== null && value !== undefined)
    .map(({ key, value }) => `${key.fullPath}: ${String(value)}`)
    .join(', ')
}
