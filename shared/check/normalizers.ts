// The one place that picks a normaliser for a target: scalar kinds, contact kinds, and relations (a relation
// cell is normalised as the target object's unique field it names, e.g. a domain or an email). A record's own
// `id` is read as Twenty takes ids (version 4 only), stricter than other UUIDs.
import type { VerdictReader } from '../fields/cell-verdict'
import type { Normalizer } from '../fields/column-context'
import type { FieldTarget, TargetKind } from '../fields/targets'
import { normalizeRecordId, scalarNormalizers, scalarVerdictReaders } from '../fields/scalar'
import { contactNormalizers, contactVerdictReaders, normalizeAddressCountry } from '../fields/contact'

type ValueKind = Exclude<TargetKind, 'relation'>

const BY_KIND: { readonly [K in ValueKind]: Normalizer } = { ...scalarNormalizers, ...contactNormalizers }

/** The kind a target's cells are normalised as: its own, or for a relation the kind of the field it links by. */
export function valueKindOf(target: FieldTarget): ValueKind {
  if (target.kind !== 'relation') return target.kind
  if (!target.relation || target.relation.targetKind === 'relation') {
    throw new Error(`relation target ${target.path} has no value kind`)
  }
  return target.relation.targetKind
}

/** The object's own `id` field (not a relation by id: that names another record, read as any UUID). */
function isRecordId(target: FieldTarget): boolean {
  return target.kind === 'uuid' && target.field.name === 'id'
}

export function normalizerFor(target: FieldTarget): Normalizer {
  // Twenty's country picker stores English names: 'DE' and 'Deutschland' become 'Germany'.
  if (target.kind === 'addressPart' && target.subfield === 'addressCountry') return normalizeAddressCountry
  if (isRecordId(target)) return normalizeRecordId
  return BY_KIND[valueKindOf(target)]
}

const READERS: { readonly [K in ValueKind]?: VerdictReader } = { ...scalarVerdictReaders, ...contactVerdictReaders }

/** The verdict reader the bulk check may ask before the normaliser (cell-verdict.ts), if the kind has one. */
export function verdictReaderFor(target: FieldTarget): VerdictReader | undefined {
  if (target.kind === 'addressPart' && target.subfield === 'addressCountry') return undefined
  if (isRecordId(target)) return undefined
  return READERS[valueKindOf(target)]
}
