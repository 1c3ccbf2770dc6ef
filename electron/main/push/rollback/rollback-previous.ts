// What a rollback needs to put an existing record back: before a push updates or restores it, the values it holds
// of exactly the fields the send changes. A composite is kept whole (every subfield the workspace holds), so putting
// it back never clears additional phones, emails or links; a relation sent as a `connect` keeps its join column.
// Pure: the planner (push-planning.ts) calls it with the record as the workspace holds it and the record it sends.
import { COMPOSITE_SUBFIELDS, type CompositeType } from '../../../../shared/model/composite-fields'
import type { ObjectModel } from '../../../../shared/model/workspace-model'

type Json = Readonly<Record<string, unknown>>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Equal as JSON, whatever the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null)
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]))
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].every((key) => sameJson(a[key], b[key]))
  }
  return false
}

/**
 * The values `current` (the record as the workspace holds it) has for the fields `sent` changes: a field whose value
 * the send leaves as it is is left out (empty when the send changes nothing). `id` is never a changed field.
 */
export function previousValues(object: ObjectModel, current: Json, sent: Json): Record<string, unknown> {
  const before: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(sent)) {
    if (name === 'id') continue
    const field = object.fields.find((f) => f.name === name)
    const connect = isObject(value) && 'connect' in value && field?.relation?.joinColumn
    if (connect) {
      // Which record a connect names is the server's to resolve: keep the join column as it is, always.
      before[field.relation!.joinColumn] = current[field.relation!.joinColumn] ?? null
      continue
    }
    const held = current[name] ?? null
    const subfields =
      field === undefined
        ? undefined
        : (COMPOSITE_SUBFIELDS[field.type as CompositeType] as (typeof COMPOSITE_SUBFIELDS)[CompositeType] | undefined)
    const kept =
      subfields !== undefined && isObject(held)
        ? Object.fromEntries(subfields.filter((s) => held[s.name] !== undefined).map((s) => [s.name, held[s.name]]))
        : held
    if (!sameJson(kept, value)) before[name] = kept
  }
  return before
}
