// Twenty's composite field types: their subfields (API keys), the labels Twenty's import uses for them, and which
// are importable. Labels and order follow twenty-shared CompositeFieldSubFieldLabels and SpreadsheetImportCompositeSubFields.
import type { TargetKind } from '../fields/targets'
import type { FieldModel, FieldType, WorkspaceModel } from './workspace-model'

/** Field types whose value is an object of subfields (RICH_TEXT_V2 is handled as RICH_TEXT). */
export type CompositeType = 'CURRENCY' | 'FULL_NAME' | 'EMAILS' | 'PHONES' | 'LINKS' | 'ADDRESS' | 'RICH_TEXT'

/** How a subfield's value is held in record JSON. `micros`: an integer of millionths (CURRENCY amountMicros). */
export type SubfieldValueType = 'text' | 'micros' | 'number' | 'stringList' | 'phoneList' | 'linkList'

/** One subfield of a composite type, as Twenty's API and import know it. */
export interface SubfieldSpec {
  /** The API key, e.g. `primaryEmail`. */
  readonly name: string
  /** What Twenty's import shows after `<Field label> / `, e.g. `Primary Email`. */
  readonly label: string
  readonly valueType: SubfieldValueType
  /** False for ADDRESS lat/lng and RICH_TEXT blocknote: Twenty's import never offers them. */
  readonly importable: boolean
  /** Part of the field's unique constraint (connect/upsert matching). */
  readonly uniqueMember: boolean
  /** The normaliser for a cell mapped to this subfield; null when not importable. */
  readonly kind: TargetKind | null
}

function sub(
  name: string,
  label: string,
  kind: TargetKind | null,
  valueType: SubfieldValueType = 'text',
  uniqueMember = false,
): SubfieldSpec {
  return { name, label, valueType, importable: kind !== null, uniqueMember, kind }
}

/** Subfields of each composite type, in the order Twenty's import offers them (phones: number first, for people). */
export const COMPOSITE_SUBFIELDS: Readonly<Record<CompositeType, readonly SubfieldSpec[]>> = {
  CURRENCY: [
    sub('amountMicros', 'Amount', 'currencyAmount', 'micros'),
    sub('currencyCode', 'Currency', 'currencyCode'),
  ],
  FULL_NAME: [sub('firstName', 'First Name', 'firstName'), sub('lastName', 'Last Name', 'lastName')],
  EMAILS: [
    sub('primaryEmail', 'Primary Email', 'email', 'text', true),
    sub('additionalEmails', 'Additional Emails', 'emailList', 'stringList'),
  ],
  PHONES: [
    sub('primaryPhoneNumber', 'Primary Phone Number', 'phone', 'text', true),
    sub('primaryPhoneCountryCode', 'Primary Phone Country Code', 'phoneCountry', 'text', true),
    sub('primaryPhoneCallingCode', 'Primary Phone Calling Code', 'phoneCallingCode', 'text', true),
    sub('additionalPhones', 'Additional Phones', 'phoneList', 'phoneList'),
  ],
  LINKS: [
    sub('primaryLinkUrl', 'Link URL', 'link', 'text', true),
    sub('primaryLinkLabel', 'Link Label', 'linkLabel'),
    sub('secondaryLinks', 'Secondary Links', 'linkList', 'linkList'),
  ],
  ADDRESS: [
    sub('addressStreet1', 'Address 1', 'addressPart'),
    sub('addressStreet2', 'Address 2', 'addressPart'),
    sub('addressCity', 'City', 'addressPart'),
    sub('addressState', 'State', 'addressPart'),
    sub('addressCountry', 'Country', 'addressPart'),
    sub('addressPostcode', 'Post Code', 'addressPart'),
    sub('addressLat', 'Latitude', null, 'number'),
    sub('addressLng', 'Longitude', null, 'number'),
  ],
  RICH_TEXT: [sub('blocknote', 'BlockNote', null), sub('markdown', 'Markdown', 'richText')],
}

/**
 * True when a RICH_TEXT field is the legacy plain-text type rather than the markdown/blocknote composite.
 * Twenty reused the name (contract 3.1), so this is a heuristic: a string default (SQL literal) means text, and
 * so does any server that still has RICH_TEXT_V2 (the old enum, where RICH_TEXT was plain text).
 */
export function isLegacyTextRichText(field: FieldModel, model: WorkspaceModel): boolean {
  if (field.type !== 'RICH_TEXT') return false
  if (typeof field.defaultValue === 'string') return true
  return model.objects.some((o) => o.fields.some((f) => f.type === 'RICH_TEXT_V2'))
}

/**
 * The composite type of a field type, or null for scalars and relations. RICH_TEXT is a composite only when
 * `richTextIsComposite` (legacy text RICH_TEXT fields are plain text); RICH_TEXT_V2 always is.
 */
export function compositeOfType(type: FieldType, richTextIsComposite: boolean): CompositeType | null {
  switch (type) {
    case 'CURRENCY':
    case 'FULL_NAME':
    case 'EMAILS':
    case 'PHONES':
    case 'LINKS':
    case 'ADDRESS':
      return type
    case 'RICH_TEXT_V2':
      return 'RICH_TEXT'
    case 'RICH_TEXT':
      return richTextIsComposite ? 'RICH_TEXT' : null
    default:
      return null
  }
}

/** The composite type a field's value has, or null for scalars, relations and legacy text RICH_TEXT. */
export function compositeTypeOf(field: FieldModel, model: WorkspaceModel): CompositeType | null {
  return compositeOfType(field.type, field.type === 'RICH_TEXT' && !isLegacyTextRichText(field, model))
}

function isCompositeType(type: string): type is CompositeType {
  return Object.hasOwn(COMPOSITE_SUBFIELDS, type)
}

/** The spec of one subfield of a field type (RICH_TEXT_V2 as RICH_TEXT); undefined for scalars and unknown names. */
export function subfieldSpec(type: FieldType, name: string): SubfieldSpec | undefined {
  const composite = type === 'RICH_TEXT_V2' ? 'RICH_TEXT' : type
  return isCompositeType(composite) ? COMPOSITE_SUBFIELDS[composite].find((s) => s.name === name) : undefined
}

/** Twenty's label for a subfield (`EMAILS`, `primaryEmail` -> `Primary Email`); the name itself if unknown. */
export function subfieldLabel(type: FieldType, name: string): string {
  return subfieldSpec(type, name)?.label ?? name
}

/**
 * True for a LINKS field holding a company's domain: Twenty's `domain` links variant (settings.type), or the
 * stock `company.domainName`. Its primary URL is normalised as a domain (`https://acme.com`).
 */
export function isDomainLinks(field: FieldModel, objectName: string): boolean {
  if (field.type !== 'LINKS') return false
  if (field.settings['type'] === 'domain') return true
  return objectName === 'company' && field.name === 'domainName'
}
