// Where a source column can go: one importable field, or one subfield of a composite field, of an object.
// A target's `kind` picks its normaliser; its `path` is how mappings, reports and recipes name it.
import type { FieldModel, ObjectModel } from '../model/workspace-model'

export type TargetKind =
  | 'text'
  | 'richText'
  | 'number'
  | 'boolean'
  | 'date'
  | 'dateTime'
  | 'uuid'
  | 'json'
  | 'array'
  | 'rating'
  | 'select'
  | 'multiSelect'
  /** A whole CURRENCY field from one cell: `EUR 1.234,56`, `$1,234`. */
  | 'currency'
  | 'currencyAmount'
  | 'currencyCode'
  /** A whole FULL_NAME from one cell: `Ada Lovelace`, `Lovelace, Ada`. */
  | 'fullName'
  | 'firstName'
  | 'lastName'
  | 'email'
  /** Additional emails: a JSON array or a `,`/`;` list. */
  | 'emailList'
  /** A phone number (PHONES primary number, or the whole field): split into number, country and calling code. */
  | 'phone'
  | 'phoneCountry'
  | 'phoneCallingCode'
  | 'phoneList'
  /** A LINKS primary URL. */
  | 'link'
  /** A LINKS primary URL that is a company's domain (company.domainName): canonical `https://domain.com`. */
  | 'domain'
  | 'linkLabel'
  | 'linkList'
  /** A whole ADDRESS from one cell. */
  | 'address'
  | 'addressPart'
  /** A MANY_TO_ONE relation, by the target's id or one of its unique fields (see FieldTarget.relation). */
  | 'relation'

export interface RelationTarget {
  readonly targetObject: ObjectModel
  /** The target object's unique field the cell refers to (id, emails, domainName, a custom unique field). */
  readonly targetField: FieldModel
  readonly targetSubfield: string | null
  /** How to normalise the cell before matching: the kind of the target's unique (sub)field. */
  readonly targetKind: TargetKind
}

export interface FieldTarget {
  /**
   * `emails.primaryEmail`, `name.firstName`, `name` (the whole full name), `jobTitle`,
   * `company.domainName.primaryLinkUrl` or `company.id` (relations: `<field>.<target unique field>[.<subfield>]`).
   */
  readonly path: string
  /** The header Twenty's CSV import expects for it, e.g. `Emails / Primary Email`, `Company / Domain Name / Link URL`. */
  readonly label: string
  readonly field: FieldModel
  readonly subfield: string | null
  readonly kind: TargetKind
  readonly relation?: RelationTarget
  /** True when Twenty needs a value on create (not nullable and no default). */
  readonly required: boolean
}
