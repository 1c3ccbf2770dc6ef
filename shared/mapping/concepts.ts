// What a recognised header means, independent of language: a concept (first name, website, close date...), whose
// property it is by default, and the paths it takes in an object that has it. Pure data; synonyms.ts names them.

/** The standard objects a header can speak about, by Twenty nameSingular. */
export type Entity = 'person' | 'company' | 'opportunity' | 'workspaceMember'

/** A meaning a header can have, whatever its language. */
export type ConceptId =
  | 'id'
  | 'recordName'
  | 'dealName'
  | 'personName'
  | 'fullName'
  | 'firstName'
  | 'lastName'
  | 'organisation'
  | 'contactPerson'
  | 'email'
  | 'phone'
  | 'mobile'
  | 'jobTitle'
  | 'website'
  | 'linkedin'
  | 'xLink'
  | 'city'
  | 'postcode'
  | 'street'
  | 'street2'
  | 'address'
  | 'state'
  | 'country'
  | 'employees'
  | 'revenue'
  | 'amount'
  | 'currency'
  | 'closeDate'
  | 'stage'
  | 'icp'
  | 'owner'
  | 'createdAt'
  | 'updatedAt'
  | 'fax'
  | 'salutation'

/** How a concept can link a record to another one (Twenty connects relations by unique fields only). */
export type LinkKind = 'id' | 'email' | 'domain' | 'name' | 'none'

/** How a concept maps: whose property it is, the paths it takes, and how it links when it is another object's. */
export interface Concept {
  /** Plain words for reasons: `first name`. */
  readonly description: string
  /** Whose property it is when the header does not say (a website is a company's); null: the file's object. */
  readonly entity: Entity | null
  /** True when a qualifier never moves the concept to another object (a company name, a contact person, a job title). */
  readonly fixed?: boolean
  /** Paths in the entity's own object, best first; the first present in the targets are used. */
  readonly paths: readonly string[]
  /** Where to look when the file's object has none of the paths (an opportunity's email is its contact's). */
  readonly elsewhere?: Entity
  readonly link: LinkKind
  /** Set when no column with this meaning is ever imported, with why. */
  readonly never?: string
}

const NAME = 'name' as const

/** Every concept; the order of `paths` is the order columns fall back in when a field is taken. */
export const CONCEPTS: Readonly<Record<ConceptId, Concept>> = {
  id: { description: 'record id', entity: null, paths: ['id'], link: 'id' },
  recordName: { description: 'name', entity: null, paths: [NAME], link: 'name' },
  dealName: { description: "a deal's name", entity: 'opportunity', fixed: true, paths: [NAME], link: 'name' },
  personName: {
    description: "a person's name",
    entity: 'person',
    paths: [NAME, 'name.lastName', 'name.firstName'],
    link: 'name',
  },
  fullName: { description: 'full name', entity: 'person', paths: [NAME], link: 'name' },
  firstName: { description: 'first name', entity: 'person', paths: ['name.firstName'], link: 'name' },
  lastName: { description: 'last name', entity: 'person', paths: ['name.lastName'], link: 'name' },
  organisation: { description: 'company name', entity: 'company', fixed: true, paths: [NAME], link: 'name' },
  contactPerson: { description: 'contact person', entity: 'person', fixed: true, paths: [NAME], link: 'name' },
  email: {
    description: 'email',
    entity: null,
    paths: ['emails.primaryEmail', 'emails.additionalEmails'],
    elsewhere: 'person',
    link: 'email',
  },
  phone: {
    description: 'phone',
    entity: null,
    paths: ['phones.primaryPhoneNumber', 'phones', 'phones.additionalPhones'],
    elsewhere: 'person',
    link: 'none',
  },
  mobile: {
    description: 'mobile phone',
    entity: null,
    paths: ['phones.primaryPhoneNumber', 'phones', 'phones.additionalPhones'],
    elsewhere: 'person',
    link: 'none',
  },
  // Fixed: `Organization 1 - Title` is still the person's own job title.
  jobTitle: { description: 'job title', entity: 'person', fixed: true, paths: ['jobTitle'], link: 'none' },
  website: {
    description: 'website',
    entity: 'company',
    paths: ['domainName.primaryLinkUrl', 'website.primaryLinkUrl', 'website'],
    link: 'domain',
  },
  linkedin: { description: 'LinkedIn', entity: null, paths: ['linkedinLink.primaryLinkUrl'], link: 'none' },
  xLink: { description: 'X (Twitter)', entity: null, paths: ['xLink.primaryLinkUrl'], link: 'none' },
  city: { description: 'city', entity: null, paths: ['city', 'address.addressCity'], link: 'none' },
  postcode: { description: 'postcode', entity: null, paths: ['address.addressPostcode'], link: 'none' },
  // No fallback to Address 2: a second street column is another address (shipping), not a second line.
  street: { description: 'street', entity: null, paths: ['address.addressStreet1'], link: 'none' },
  street2: { description: 'second address line', entity: null, paths: ['address.addressStreet2'], link: 'none' },
  address: { description: 'address', entity: null, paths: ['address', 'address.addressStreet1'], link: 'none' },
  state: { description: 'state or region', entity: null, paths: ['address.addressState'], link: 'none' },
  country: { description: 'country', entity: null, paths: ['address.addressCountry'], link: 'none' },
  employees: { description: 'number of employees', entity: 'company', paths: ['employees'], link: 'none' },
  revenue: {
    description: 'annual revenue',
    entity: 'company',
    paths: ['annualRecurringRevenue.amountMicros', 'annualRecurringRevenue'],
    link: 'none',
  },
  amount: { description: 'deal amount', entity: 'opportunity', paths: ['amount.amountMicros', 'amount'], link: 'none' },
  currency: {
    description: 'currency',
    entity: null,
    paths: ['amount.currencyCode', 'annualRecurringRevenue.currencyCode'],
    link: 'none',
  },
  closeDate: { description: 'close date', entity: 'opportunity', paths: ['closeDate'], link: 'none' },
  stage: { description: 'deal stage', entity: 'opportunity', paths: ['stage'], link: 'none' },
  icp: { description: 'ideal customer profile', entity: 'company', paths: ['idealCustomerProfile'], link: 'none' },
  owner: { description: 'record owner', entity: 'workspaceMember', fixed: true, paths: [], link: 'name' },
  createdAt: {
    description: 'creation date',
    entity: null,
    paths: [],
    link: 'none',
    never: 'Twenty sets the creation date itself when it imports a record',
  },
  updatedAt: {
    description: 'last update',
    entity: null,
    paths: [],
    link: 'none',
    never: 'Twenty sets the update date itself',
  },
  fax: { description: 'fax number', entity: null, paths: [], link: 'none', never: 'Twenty has no fax field' },
  salutation: {
    description: 'salutation',
    entity: null,
    paths: [],
    link: 'none',
    never: 'Twenty has no salutation field',
  },
}
