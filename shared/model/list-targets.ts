// The importable targets of an object (contract 2.3 and 6.2): what a source column can be mapped to.
// Invariant: every target's label is exactly the header Twenty's own import shows for it, except whole-field
// targets (see listTargets), whose label is the bare field label.
import type { FieldTarget, TargetKind } from '../fields/targets'
import {
  COMPOSITE_SUBFIELDS,
  compositeTypeOf,
  isDomainLinks,
  subfieldLabel,
  subfieldSpec,
  type CompositeType,
} from './composite-fields'
import type { FieldModel, FieldType, ObjectModel, WorkspaceModel } from './workspace-model'

const NEVER_IMPORTED_NAMES: ReadonlySet<string> = new Set(['createdAt', 'updatedAt', 'deletedAt'])
const NEVER_IMPORTED_TYPES: ReadonlySet<FieldType> = new Set([
  'POSITION',
  'TS_VECTOR',
  'ACTOR',
  'FILES',
  'MORPH_RELATION',
])

/** Composite types that also get a one-cell whole-field target, and its kind. */
const WHOLE_FIELD_KINDS: Partial<Record<CompositeType, TargetKind>> = {
  FULL_NAME: 'fullName',
  CURRENCY: 'currency',
  ADDRESS: 'address',
  PHONES: 'phone',
}

const SCALAR_KINDS: Partial<Record<FieldType, TargetKind>> = {
  TEXT: 'text',
  NUMBER: 'number',
  NUMERIC: 'number',
  BOOLEAN: 'boolean',
  DATE: 'date',
  DATE_TIME: 'dateTime',
  UUID: 'uuid',
  RAW_JSON: 'json',
  ARRAY: 'array',
  RATING: 'rating',
  SELECT: 'select',
  MULTI_SELECT: 'multiSelect',
  RICH_TEXT: 'text',
  EMAIL: 'email',
  PHONE: 'phone',
}

/**
 * True when a field can be written on create: active, not system (except `id`), not createdAt/updatedAt/deletedAt,
 * not POSITION/TS_VECTOR/ACTOR/FILES/MORPH_RELATION, and a relation only on its MANY_TO_ONE side.
 */
export function isImportableField(field: FieldModel): boolean {
  if (!field.isActive) return false
  if (field.isSystem && field.name !== 'id') return false
  if (NEVER_IMPORTED_NAMES.has(field.name) || NEVER_IMPORTED_TYPES.has(field.type)) return false
  if (field.type === 'RELATION') return field.relation?.type === 'MANY_TO_ONE'
  return true
}

/** True when Twenty needs a value for the field on create: not nullable, no default, and not `id`. */
export function isRequiredField(field: FieldModel): boolean {
  return !field.isNullable && (field.defaultValue === null || field.defaultValue === undefined) && field.name !== 'id'
}

/**
 * The fields a MANY_TO_ONE relation can connect by: `id` first, then the active fields marked unique, in field
 * order. Only types that have a unique value to match on are returned (no FULL_NAME, ADDRESS, CURRENCY...).
 */
export function uniqueFieldsOf(object: ObjectModel): FieldModel[] {
  const id = object.fields.filter((f) => f.name === 'id')
  const matchable = (f: FieldModel) => uniqueSubfieldOf(f) !== null || SCALAR_KINDS[f.type] !== undefined
  const others = object.fields.filter((f) => f.name !== 'id' && f.isUnique && f.isActive && matchable(f))
  return [...id, ...others]
}

/** The subfield a relation matches a composite unique field on (the first of its unique constraint), else null. */
export function uniqueSubfieldOf(field: FieldModel): string | null {
  if (field.type === 'EMAILS') return 'primaryEmail'
  if (field.type === 'LINKS') return 'primaryLinkUrl'
  if (field.type === 'PHONES') return 'primaryPhoneNumber'
  return null
}

function scalarKind(field: FieldModel, objectName: string): TargetKind | undefined {
  if (field.type === 'LINK') return 'link'
  if (field.type === 'LINKS') return isDomainLinks(field, objectName) ? 'domain' : 'link'
  return SCALAR_KINDS[field.type]
}

function compositeTargets(
  field: FieldModel,
  type: CompositeType,
  objectName: string,
  required: boolean,
): FieldTarget[] {
  const targets: FieldTarget[] = []
  const wholeKind = WHOLE_FIELD_KINDS[type]
  if (wholeKind !== undefined) {
    targets.push({ path: field.name, label: field.label, field, subfield: null, kind: wholeKind, required })
  }
  for (const spec of COMPOSITE_SUBFIELDS[type]) {
    if (spec.kind === null) continue
    const kind = spec.name === 'primaryLinkUrl' && isDomainLinks(field, objectName) ? 'domain' : spec.kind
    const label = `${field.label} / ${spec.label}`
    targets.push({ path: `${field.name}.${spec.name}`, label, field, subfield: spec.name, kind, required })
  }
  return targets
}

function relationTargets(field: FieldModel, model: WorkspaceModel, required: boolean): FieldTarget[] {
  const targetObject = model.objects.find((o) => o.nameSingular === field.relation?.targetObject)
  if (targetObject === undefined) return []
  const targetName = targetObject.nameSingular
  return uniqueFieldsOf(targetObject).flatMap((unique): FieldTarget[] => {
    const subfield = uniqueSubfieldOf(unique)
    const targetKind = subfield === null ? scalarKind(unique, targetName) : compositeKind(unique, subfield, targetName)
    if (targetKind === undefined) return []
    const subLabel = subfield === null ? '' : ` / ${subfieldLabel(unique.type, subfield)}`
    return [
      {
        path: subfield === null ? `${field.name}.${unique.name}` : `${field.name}.${unique.name}.${subfield}`,
        label: `${field.label} / ${unique.label}${subLabel}`,
        field,
        subfield: null,
        kind: 'relation',
        relation: { targetObject, targetField: unique, targetSubfield: subfield, targetKind },
        required,
      },
    ]
  })
}

function compositeKind(field: FieldModel, subfield: string, objectName: string): TargetKind | undefined {
  if (subfield === 'primaryLinkUrl') return isDomainLinks(field, objectName) ? 'domain' : 'link'
  return subfieldSpec(field.type, subfield)?.kind ?? undefined
}

/**
 * Everything a column of `object` can be mapped to, in field order:
 * - scalars: one target, path = field name, label = field label;
 * - composites: one target per importable subfield (`emails.primaryEmail`, label `Emails / Primary Email`);
 *   FULL_NAME, CURRENCY, ADDRESS and PHONES also get a whole-field target first (path = field name, label = field
 *   label, kind fullName / currency / address / phone) for a client column holding the whole value in one cell.
 *   Its normaliser returns `parts` keyed by the same subfield names; assembleRecord spreads them into the
 *   composite, and a subfield target mapped too wins over the part. Twenty's import has no such header: the CSV
 *   writer expands a whole-field target into its subfield columns.
 * - MANY_TO_ONE relations: one target per unique field of the target object (`company.id` `Company / Id`,
 *   `company.domainName.primaryLinkUrl` `Company / Domain Name / Link URL`), with `relation` filled. A relation
 *   whose target object is not in the model gets no targets.
 * `required` describes the field: when several targets share a required field, any one of them satisfies it
 * (see missingRequiredFields).
 */
export function listTargets(object: ObjectModel, model: WorkspaceModel): FieldTarget[] {
  return object.fields.filter(isImportableField).flatMap((field): FieldTarget[] => {
    const required = isRequiredField(field)
    if (field.type === 'RELATION') return relationTargets(field, model, required)
    const composite = compositeTypeOf(field, model)
    if (composite !== null) return compositeTargets(field, composite, object.nameSingular, required)
    if (field.type === 'LINK') {
      return [{ path: `${field.name}.url`, label: field.label, field, subfield: 'url', kind: 'link', required }]
    }
    const kind = scalarKind(field, object.nameSingular)
    return kind === undefined ? [] : [{ path: field.name, label: field.label, field, subfield: null, kind, required }]
  })
}

/** The target with this path, if any. */
export function findTarget(targets: readonly FieldTarget[], path: string): FieldTarget | undefined {
  return targets.find((t) => t.path === path)
}

/** Required fields (by name, in target order) none of whose targets is in `mappedPaths`. */
export function missingRequiredFields(targets: readonly FieldTarget[], mappedPaths: Iterable<string>): FieldModel[] {
  const mapped = new Set(mappedPaths)
  const satisfied = new Set(targets.filter((t) => mapped.has(t.path)).map((t) => t.field.name))
  const missing = new Map<string, FieldModel>()
  for (const t of targets) if (t.required && !satisfied.has(t.field.name)) missing.set(t.field.name, t.field)
  return [...missing.values()]
}
