// Subfield labels as Twenty's import and export headers spell them (taken from the model's composite-fields), the
// 2024 import labels, and the subfield a header naming only the field most likely means.
import type { FieldTarget } from '../fields/targets'
import { COMPOSITE_SUBFIELDS, type CompositeType } from '../model/composite-fields'
import type { FieldModel } from '../model/workspace-model'

/** ACTOR subfields: exported by Twenty (`Created by / Source`), never imported, so not in the model's table. */
export const ACTOR_SUBFIELD_LABELS: readonly string[] = ['Source', 'Name', 'Workspace Member', 'Context']

/** Labels of the 2024 import scheme (`First Name (name)`), where they differ from today's. */
export const OLD_SUBFIELD_LABELS: Readonly<Record<string, string>> = {
  currencyCode: 'Currency Code',
  primaryEmail: 'Email',
  primaryPhoneNumber: 'Phone number',
  primaryPhoneCountryCode: 'Phone country code',
}

function compositeType(field: FieldModel): CompositeType | null {
  if (field.type === 'RICH_TEXT_V2') return 'RICH_TEXT'
  return field.type in COMPOSITE_SUBFIELDS ? (field.type as CompositeType) : null
}

/** Every subfield of a composite field, importable or not, as `{ name, label }` in Twenty's order. */
export function subfieldsOf(field: FieldModel): readonly { readonly name: string; readonly label: string }[] {
  const type = compositeType(field)
  return type === null ? [] : COMPOSITE_SUBFIELDS[type]
}

/** The label of a subfield (`Primary Email`), or its API name when the type is unknown. */
export function subfieldLabel(field: FieldModel, subfield: string): string {
  return subfieldsOf(field).find((s) => s.name === subfield)?.label ?? subfield
}

/**
 * The subfield a header naming only the field means (`Emails` -> primaryEmail, `Amount` -> amountMicros);
 * null where the whole field is meant (a full name, a full address).
 */
export function primarySubfield(field: FieldModel): string | null {
  switch (compositeType(field)) {
    case 'EMAILS':
      return 'primaryEmail'
    case 'PHONES':
      return 'primaryPhoneNumber'
    case 'LINKS':
      return 'primaryLinkUrl'
    case 'CURRENCY':
      return 'amountMicros'
    case 'RICH_TEXT':
      return 'markdown'
    default:
      return null
  }
}

/** True for a one-cell target standing for a whole composite field (`name`, `address`, `phones`, `amount`). */
export function isWholeComposite(t: FieldTarget, targets: readonly FieldTarget[]): boolean {
  return (
    t.subfield === null &&
    t.kind !== 'relation' &&
    targets.some((o) => o.field.name === t.field.name && o.subfield !== null)
  )
}
