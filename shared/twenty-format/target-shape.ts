// What a target writes into a record: a scalar, one or more subfields of a composite, or a relation's connect.
// Derived from the target alone (no model), so record assembly and CSV columns agree on it.
import {
  COMPOSITE_SUBFIELDS,
  compositeOfType,
  type CompositeType,
  type SubfieldValueType,
} from '../model/composite-fields'
import type { FieldTarget } from '../fields/targets'

/** The composite a (non-relation) target writes into, or null for scalars and legacy text RICH_TEXT. */
export function compositeOfTarget(target: FieldTarget): CompositeType | null {
  // Without the model, a RICH_TEXT target is a composite exactly when it names a subfield.
  return target.kind === 'relation' ? null : compositeOfType(target.field.type, target.subfield !== null)
}

const LIST_VALUE_TYPES: ReadonlySet<SubfieldValueType> = new Set(['stringList', 'phoneList', 'linkList'])

const PRIMARY_PHONE = ['primaryPhoneNumber', 'primaryPhoneCountryCode', 'primaryPhoneCallingCode'] as const

/**
 * The subfields a composite target may fill: a whole-field target fills every importable subfield of its
 * type except lists (FULL_NAME first/last, CURRENCY amount/code, ADDRESS parts, PHONES the three primary
 * subfields); a phone-number target also fills the country and calling code (from its parts), and an amount
 * target the currency code; any other subfield target fills itself.
 */
export function subfieldsFilledBy(target: FieldTarget, type: CompositeType): readonly string[] {
  if (target.subfield === null) {
    if (type === 'PHONES') return PRIMARY_PHONE
    return COMPOSITE_SUBFIELDS[type]
      .filter((s) => s.importable && !LIST_VALUE_TYPES.has(s.valueType))
      .map((s) => s.name)
  }
  if (type === 'PHONES' && target.subfield === 'primaryPhoneNumber') return PRIMARY_PHONE
  if (type === 'CURRENCY' && target.subfield === 'amountMicros') return ['amountMicros', 'currencyCode']
  return [target.subfield]
}

/** The subfields of a relation target's unique field that a connect carries (a phone: all three primary ones). */
export function connectSubfieldsOf(target: FieldTarget): readonly (string | null)[] {
  const sub = target.relation?.targetSubfield ?? null
  return sub === 'primaryPhoneNumber' ? PRIMARY_PHONE : [sub]
}
