// Update, delete, destroy and restore (contract 10.12), by id or by filter, answered in the shapes of Twenty's
// REST handlers: `{ data: { updatePerson } }`, `{ data: { updatePeople: [...] } }`, `{ data: { deletePerson } }`,
// `{ data: { deletePeople: [{ id }] } }`, `{ data: { restorePerson } }`. Sent values go through the same checks and
// transforms as a batch (a composite not resent in full can lose subfields, contract 10.4). A mutation by filter
// touching more than `mutationMaxAffected` records fails whole. Invariant: a failed mutation changes nothing.
import { compileFilter } from './filter-match'
import { fail, succeed, type Outcome } from './http-io'
import { indexRows, valueAt } from './key-index'
import { mergeRecord } from './record-defaults'
import { mentionsField, parseFilter } from './record-filter'
import { readRecordInput, type InputRules } from './record-input'
import type { RecordStore } from './record-store'
import { resolveRelations } from './relations'
import type { StoredRecord } from './types'
import type { ServerModel, ServerObject } from './workspace-model'

export interface MutationContext {
  readonly model: ServerModel
  readonly store: RecordStore
  readonly nowIso: string
  readonly rules: InputRules
  readonly maxAffected: number
}

export type Mutation =
  | { readonly kind: 'update'; readonly body: unknown }
  | { readonly kind: 'delete'; readonly destroy: boolean }
  | { readonly kind: 'restore' }

/** Which records a mutation acts on: one by its id (from the path), or those a REST filter selects. */
export type MutationTarget = { readonly id: string } | { readonly filter: string | null }

export interface MutationResult {
  readonly body: unknown
  readonly count: number
}

export function mutateRecords(
  context: MutationContext,
  plural: string,
  target: MutationTarget,
  mutation: Mutation,
): Outcome<MutationResult> {
  const object = context.model.get(plural)
  if (object === undefined) return fail(400, `object '${plural}' not found`)
  const selected = selectRows(context, object, target, mutation)
  if (!selected.ok) return selected
  const rows = new Map(context.store.rows(plural))
  let changed: StoredRecord[]
  if (mutation.kind === 'update') {
    const updated = updateRows(context, object, rows, selected.value, mutation.body)
    if (!updated.ok) return updated
    changed = updated.value
  } else if (mutation.kind === 'delete' && mutation.destroy) {
    changed = selected.value
    for (const row of changed) rows.delete(String(row['id']))
  } else {
    const deletedAt = mutation.kind === 'delete' ? context.nowIso : null
    changed = selected.value.map((row) => ({ ...row, deletedAt, updatedAt: context.nowIso }))
    for (const row of changed) rows.set(String(row['id']), row)
  }
  context.store.commit(plural, rows)
  const verb = mutation.kind === 'restore' ? 'restore' : mutation.kind
  const answer = structuredClone(
    mutation.kind === 'delete' && 'filter' in target ? changed.map((row) => ({ id: row['id'] })) : changed,
  )
  const body =
    'id' in target
      ? { data: { [verb + capitalize(object.nameSingular)]: answer[0] } }
      : { data: { [verb + capitalize(plural)]: answer } }
  return succeed({ body, count: changed.length })
}

function selectRows(
  context: MutationContext,
  object: ServerObject,
  target: MutationTarget,
  mutation: Mutation,
): Outcome<StoredRecord[]> {
  const all = context.store.rows(object.namePlural)
  // A restore and a destroy look at soft-deleted rows; an update or a soft delete at live ones only.
  const withDeleted = mutation.kind === 'restore' || (mutation.kind === 'delete' && mutation.destroy)
  if ('id' in target) {
    const row = all.get(target.id)
    const visible = row !== undefined && (withDeleted || row['deletedAt'] === null)
    if (!visible || (mutation.kind === 'restore' && row['deletedAt'] === null)) {
      return fail(404, `Record not found`, 'RECORD_NOT_FOUND')
    }
    return succeed([row])
  }
  if (target.filter === null || target.filter.trim() === '') {
    return fail(
      400,
      'Filters are mandatory for bulk operations. Please provide at least one filter to prevent changing all records.',
    )
  }
  const node = parseFilter(target.filter)
  if (!node.ok) return node
  const predicate = compileFilter(object, node.value)
  if (!predicate.ok) return predicate
  const includeDeleted = withDeleted || mentionsField(node.value, 'deletedAt')
  const rows = [...all.values()].filter((row) => (includeDeleted || row['deletedAt'] === null) && predicate.value(row))
  if (rows.length > context.maxAffected) {
    const verb = mutation.kind === 'update' ? 'update' : mutation.kind === 'restore' ? 'restore' : 'delete'
    return fail(400, `Cannot ${verb} more than ${context.maxAffected} records at once`, 'TOO_MANY_RECORDS_TO_UPDATE')
  }
  return succeed(rows)
}

function updateRows(
  context: MutationContext,
  object: ServerObject,
  rows: Map<string, StoredRecord>,
  targets: readonly StoredRecord[],
  body: unknown,
): Outcome<StoredRecord[]> {
  const input = readRecordInput(object, context.model, body, context.rules)
  if (!input.ok) return input
  const resolved = resolveRelations(object, [input.value], context.store)
  if (!resolved.ok) return resolved
  const [values = {}] = resolved.value
  const updated = targets.map((row) => {
    const next = { ...mergeRecord(object, row, values), id: row['id'], updatedAt: context.nowIso }
    rows.set(String(row['id']), next)
    return next
  })
  for (const key of object.conflictKeys) {
    const index = indexRows(rows, key)
    for (const row of updated) {
      const value = valueAt(row, key)
      if (value === '' || value === null || value === undefined) continue
      if ((index.get(value)?.length ?? 0) > 1) {
        return fail(
          400,
          `A duplicate entry was detected: ${key.fullPath} ${JSON.stringify(value)} is already used by another record`,
          'DUPLICATE_ENTRY_DETECTED',
        )
      }
    }
  }
  return succeed(updated)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
