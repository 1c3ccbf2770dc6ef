// An update never clears what it did not mean to: Twenty's server rewrites a composite field whole on update
// (the phones transform sets `additionalPhones` to null when none are sent; older servers also null a link's
// label and secondary links), so a record that updates a composite sends it whole: the workspace's current
// subfields, with the new ones laid over them (contract 10.4).
// Invariant: only composite fields the update already sends change; a subfield the update sends always wins.
// Pure, for both sides: main's planner (electron/main/push/planning) and the renderer's push store lay updates
// over the workspace's record with it.
import { COMPOSITE_SUBFIELDS, type CompositeType } from '../model/composite-fields'
import type { ObjectModel } from '../model/workspace-model'

type Json = Readonly<Record<string, unknown>>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** `next` with each composite field it sends completed from `current` (the record as the workspace holds it). */
export function withWholeComposites(object: ObjectModel, current: Json, next: Json): Record<string, unknown> {
  const out: Record<string, unknown> = { ...next }
  for (const field of object.fields) {
    const subfields = COMPOSITE_SUBFIELDS[field.type as CompositeType] as
      (typeof COMPOSITE_SUBFIELDS)[CompositeType] | undefined
    const sent = next[field.name]
    const held = current[field.name]
    if (subfields === undefined || !isObject(sent) || !isObject(held)) continue
    const whole: Record<string, unknown> = {}
    for (const { name } of subfields) {
      if (name in sent) whole[name] = sent[name]
      else if (held[name] !== undefined) whole[name] = held[name]
    }
    out[field.name] = whole
  }
  return out
}
