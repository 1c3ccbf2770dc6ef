// Twenty's composite field types as this server reads contract section 3.2: each subfield's JSON kind, the
// value a new record gets when the subfield is not sent, and the one subfield that takes part in uniqueness.

export type SubfieldKind = 'text' | 'integer' | 'number' | 'uuid' | 'json' | 'string-list' | 'link-list' | 'phone-list'

export interface CompositeType {
  readonly subfields: Readonly<Record<string, SubfieldKind>>
  /** First subfield flagged isIncludedInUniqueConstraint; null when the type has none. */
  readonly uniqueSubfield: string | null
}

const RICH_TEXT: CompositeType = { subfields: { blocknote: 'text', markdown: 'text' }, uniqueSubfield: null }

export const COMPOSITE_TYPES: Readonly<Record<string, CompositeType>> = {
  CURRENCY: { subfields: { amountMicros: 'integer', currencyCode: 'text' }, uniqueSubfield: null },
  FULL_NAME: { subfields: { firstName: 'text', lastName: 'text' }, uniqueSubfield: null },
  EMAILS: { subfields: { primaryEmail: 'text', additionalEmails: 'string-list' }, uniqueSubfield: 'primaryEmail' },
  PHONES: {
    subfields: {
      primaryPhoneNumber: 'text',
      primaryPhoneCountryCode: 'text',
      primaryPhoneCallingCode: 'text',
      additionalPhones: 'phone-list',
    },
    uniqueSubfield: 'primaryPhoneNumber',
  },
  LINKS: {
    subfields: { primaryLinkUrl: 'text', primaryLinkLabel: 'text', secondaryLinks: 'link-list' },
    uniqueSubfield: 'primaryLinkUrl',
  },
  ADDRESS: {
    subfields: {
      addressStreet1: 'text',
      addressStreet2: 'text',
      addressStreet3: 'text',
      addressCity: 'text',
      addressPostcode: 'text',
      addressState: 'text',
      addressCountry: 'text',
      addressLat: 'number',
      addressLng: 'number',
    },
    uniqueSubfield: null,
  },
  ACTOR: {
    subfields: { source: 'text', workspaceMemberId: 'uuid', name: 'text', context: 'json' },
    uniqueSubfield: null,
  },
  RICH_TEXT_V2: RICH_TEXT,
  // Legacy RICH_TEXT was plain text; field-values.ts accepts a string for it as well.
  RICH_TEXT: RICH_TEXT,
}

/** Twenty's flattened column name of a subfield, as its error messages print it: emails + primaryEmail. */
export function columnName(field: string, subfield: string | null): string {
  return subfield === null ? field : field + subfield.charAt(0).toUpperCase() + subfield.slice(1)
}

/** Value stored for an unsent subfield: Twenty's text columns default to '', the others to null. */
export function emptySubfieldValue(kind: SubfieldKind): unknown {
  return kind === 'text' ? '' : null
}
