// The one place that picks a normaliser for a target: scalar kinds, contact kinds, and relations (a relation
// cell is normalised as the target object's unique field it names, e.g. a domain or an email). A record's own
// `id` is read as Twenty takes ids (version 4 only), stricter than other UUIDs. Invariants: a relation cell's
// value is text or nothing, since Twenty's nested connect matches by string values only; and a row connects a
// relation by its first mapped key only, since a batch mixing kinds of key fails (contract 10.8).
import type { CellResult } from '../fields/cell-result'
import { wordedError } from '../fields/scalar/wording'
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

/** Kinds whose value is always a string or null: their verdict readers may answer for a relation's cells. */
const TEXT_VALUED: ReadonlySet<ValueKind> = new Set<ValueKind>([
  'text',
  'richText',
  'date',
  'dateTime',
  'uuid',
  'rating',
  'select',
  'currencyCode',
  'firstName',
  'lastName',
  'email',
  'phone',
  'phoneCountry',
  'phoneCallingCode',
  'link',
  'domain',
  'linkLabel',
  'addressPart',
])

// One wrapped normaliser per relation target, so a target's normaliser keeps one identity.
const keyNormalizers = new WeakMap<FieldTarget, Normalizer>()

/**
 * A relation cell: refused when its value is not text (a NUMBER unique field, say: Twenty's connect takes string
 * values only, and a number sent as text would not match a number stored), and when the row would connect by
 * this column's key while the relation's first key column is empty here (RowContext.relationKeyBefore ''): other
 * rows connect by that first key, and one batch must use one kind.
 */
function relationNormalizer(target: FieldTarget, inner: Normalizer): Normalizer {
  let wrapped = keyNormalizers.get(target)
  if (wrapped === undefined) {
    const by = target.relation?.targetField.label ?? 'this field'
    wrapped = (raw, context, row): CellResult => {
      const result = inner(raw, context, row)
      if (result.value === null) return result
      if (typeof result.value !== 'string') {
        return wordedError('RELATION_KEY_NOT_TEXT', {
          value: `“${raw.trim()}”`,
          field: target.label,
          by,
          relation: target.field.label,
        })
      }
      if (row?.relationKeyBefore === '') {
        return wordedError('RELATION_KEYS_MIXED.row', { relation: target.field.label, by, value: `“${raw.trim()}”` })
      }
      return result
    }
    keyNormalizers.set(target, wrapped)
  }
  return wrapped
}

// One wrapped reader per relation target: a row read with earlier keys is left to the normaliser.
const keyReaders = new WeakMap<FieldTarget, VerdictReader>()

function relationReader(target: FieldTarget, inner: VerdictReader): VerdictReader {
  let wrapped = keyReaders.get(target)
  if (wrapped === undefined) {
    wrapped = (raw, context, row, out) => row?.relationKeyBefore === undefined && inner(raw, context, row, out)
    keyReaders.set(target, wrapped)
  }
  return wrapped
}

export function normalizerFor(target: FieldTarget): Normalizer {
  // Twenty's country picker stores English names: 'DE' and 'Deutschland' become 'Germany'.
  if (target.kind === 'addressPart' && target.subfield === 'addressCountry') return normalizeAddressCountry
  if (isRecordId(target)) return normalizeRecordId
  const kind = valueKindOf(target)
  if (target.kind === 'relation') return relationNormalizer(target, BY_KIND[kind])
  return BY_KIND[kind]
}

const READERS: { readonly [K in ValueKind]?: VerdictReader } = { ...scalarVerdictReaders, ...contactVerdictReaders }

/** The verdict reader the bulk check may ask before the normaliser (cell-verdict.ts), if the kind has one. */
export function verdictReaderFor(target: FieldTarget): VerdictReader | undefined {
  if (target.kind === 'addressPart' && target.subfield === 'addressCountry') return undefined
  if (isRecordId(target)) return undefined
  const kind = valueKindOf(target)
  const reader = READERS[kind]
  if (target.kind !== 'relation' || reader === undefined) return reader
  // A reader answers only text values, so it never meets a value the wrapper would refuse as not text.
  return TEXT_VALUED.has(kind) ? relationReader(target, reader) : undefined
}
