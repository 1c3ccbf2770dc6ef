// Turns the checked cells of one source row into one record in the API's shape (contract section 3).
// Invariant: a null value (or an empty part) never writes anything, so an empty cell never clears a field;
// a composite or relation appears only when at least one of its subfields has a value.
import type { CellResult, JsonValue } from '../fields/cell-result'
import type { FieldTarget } from '../fields/targets'
import { COMPOSITE_SUBFIELDS, type CompositeType } from '../model/composite-fields'
import { compositeOfTarget, connectSubfieldsOf } from './target-shape'

/**
 * One record before ids are resolved, keyed by field name: scalars as values, composites as objects of
 * subfields (CURRENCY in amountMicros), MANY_TO_ONE relations as `{ connect: { where: { <unique field>: ... } } }`.
 */
export type RecordDraft = { readonly [fieldName: string]: JsonValue }

/** One mapped cell of a row: the target it goes to and what its normaliser made of it. */
export interface DraftEntry {
  readonly target: FieldTarget
  readonly result: CellResult
}

type JsonObject = { [key: string]: JsonValue }

type Slot =
  | { readonly kind: 'scalar'; value: JsonValue }
  | {
      readonly kind: 'composite'
      readonly type: CompositeType | 'LINK'
      /** From `parts`, in entry order. */
      readonly parts: JsonObject
      /** From subfield targets' own values: they win over parts. */
      readonly subs: JsonObject
    }
  | { readonly kind: 'relation'; readonly wheres: { readonly byId: boolean; readonly where: JsonObject }[] }

/**
 * A major-unit amount as Twenty's amountMicros: round(major x 1,000,000), as Twenty's own import computes it.
 * Null when not a finite number or beyond a safe integer.
 */
export function toAmountMicros(major: JsonValue): number | null {
  const n = typeof major === 'number' ? major : typeof major === 'string' && major.trim() !== '' ? Number(major) : NaN
  if (!Number.isFinite(n)) return null
  const micros = Math.round(n * 1_000_000) + 0
  return Number.isSafeInteger(micros) ? micros : null
}

function isJsonObject(value: JsonValue | undefined): value is { readonly [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function subfieldNames(type: CompositeType | 'LINK'): readonly string[] {
  return type === 'LINK' ? ['url', 'label'] : COMPOSITE_SUBFIELDS[type].map((s) => s.name)
}

function connectWhere(target: FieldTarget, result: CellResult): JsonObject | null {
  const relation = target.relation
  if (relation === undefined) return null
  const name = relation.targetField.name
  if (relation.targetSubfield === null) return result.value === null ? null : { [name]: result.value }
  const inner: JsonObject = {}
  for (const sub of connectSubfieldsOf(target)) {
    const part = sub === null ? undefined : result.parts?.[sub]
    if (sub !== null && part !== undefined && part !== null) inner[sub] = part
  }
  if (result.value !== null) inner[relation.targetSubfield] = result.value
  return Object.keys(inner).length === 0 ? null : { [name]: inner }
}

function scalarValue(target: FieldTarget, result: CellResult): JsonValue {
  const parts = result.parts
  // Legacy singular PHONE is one string: keep the calling code the normaliser split off.
  if (target.field.type === 'PHONE' && parts !== undefined) {
    const number = parts['primaryPhoneNumber']
    const calling = parts['primaryPhoneCallingCode']
    if (typeof number === 'string' && typeof calling === 'string') return `${calling}${number}`
  }
  return result.value
}

function place(slots: Map<string, Slot>, entry: DraftEntry): void {
  const { target, result } = entry
  const name = target.field.name
  if (target.kind === 'relation') {
    const where = connectWhere(target, result)
    if (where === null) return
    const slot = slots.get(name) ?? { kind: 'relation', wheres: [] }
    if (slot.kind === 'relation') slot.wheres.push({ byId: target.relation?.targetField.name === 'id', where })
    slots.set(name, slot)
    return
  }
  const type = target.field.type === 'LINK' ? 'LINK' : compositeOfTarget(target)
  if (type === null) {
    if (result.value !== null) slots.set(name, { kind: 'scalar', value: scalarValue(target, result) })
    return
  }
  const slot = slots.get(name) ?? { kind: 'composite', type, parts: {}, subs: {} }
  if (slot.kind !== 'composite') return
  const known = subfieldNames(type)
  const parts = result.parts ?? (target.subfield === null && isJsonObject(result.value) ? result.value : undefined)
  // An empty part means the split found nothing there: sending '' would clear that subfield on an upsert.
  for (const [key, value] of Object.entries(parts ?? {})) {
    if (value !== null && value !== '' && known.includes(key)) slot.parts[key] = value
  }
  if (target.subfield !== null) {
    // The target's own subfield: the normaliser's split value when it gave one (a phone's national digits).
    const own = parts?.[target.subfield] ?? result.value
    // An Amount column holds major units (what the client typed); Twenty stores micros.
    const value =
      target.subfield === 'amountMicros' && parts?.[target.subfield] === undefined ? toAmountMicros(own) : own
    if (value !== null) slot.subs[target.subfield] = value
  }
  slots.set(name, slot)
}

function finish(slot: Slot): JsonValue | null {
  switch (slot.kind) {
    case 'scalar':
      return slot.value
    case 'relation': {
      const chosen = slot.wheres.find((w) => w.byId) ?? slot.wheres[0]
      return chosen === undefined ? null : { connect: { where: chosen.where } }
    }
    case 'composite': {
      const merged: JsonObject = { ...slot.parts, ...slot.subs }
      return Object.keys(merged).length === 0 ? null : merged
    }
  }
}

/**
 * Builds one record from the row's mapped cells. Scalars take the cell value. Composite subfield targets set
 * their subfield; whole-field targets (and any target whose result has `parts`) spread `parts` into the
 * composite, an explicitly mapped subfield winning over a part. Values and parts are in the units of the
 * target's kind: a currencyAmount cell (the Amount subfield's own value) is in major units and stored as
 * amountMicros = round(major x 1e6); a whole CURRENCY cell's value/parts already carry amountMicros in micros,
 * as the API takes them. A relation becomes `{ connect: { where } }` on one unique field of its
 * target (id -> `{ id }`, domain -> `{ domainName: { primaryLinkUrl } }`, email -> `{ emails: { primaryEmail } }`);
 * when several are mapped, `id` wins, else the first mapped, because Twenty resolves a connect by one unique
 * constraint per relation and batch. Later entries for the same scalar overwrite earlier ones.
 */
export function assembleRecord(entries: readonly DraftEntry[]): RecordDraft {
  const slots = new Map<string, Slot>()
  for (const entry of entries) place(slots, entry)
  const record: JsonObject = {}
  for (const [name, slot] of slots) {
    const value = finish(slot)
    if (value !== null) record[name] = value
  }
  return record
}
