// What each CRM's export looks like, as data: which file is which object (by its file name or its headers),
// header -> field path, the column holding the record's source id (and its name, for links by name), the
// association columns and what they name, values whose meaning is fixed (a default pipeline's deal stages), rows
// to leave out (Salesforce's IsDeleted) and join files (Salesforce's OpportunityContactRole.csv). Headers are
// compared without case. A field path the workspace lacks is left to auto-mapping; a stage the map does not
// name (a custom pipeline's) stays for the user's value map. HubSpot's notes and tasks exports are files whose
// object is `notes` / `tasks`, their association columns `target` links (one noteTarget / taskTarget per value);
// owner and assignee columns are `member` links, matched by full name or email to the workspace's members
// (Salesforce's OwnerId by user id, through User.csv to the user's email).
import type { SourceSystem } from './migration-schema'

/** One kind of file of an export: e.g. HubSpot's companies export. */
export interface PresetFile {
  /** What links name this file by (`company`, `contact`, `deal`); also the project file id. */
  readonly role: string
  /** The object its rows become (plural API name). */
  readonly object: string
  /** The file's name without extension, when the system names files by object (Salesforce: `Account`). */
  readonly fileName?: RegExp
  /** Headers that together say this is the file (all present). */
  readonly headers: readonly string[]
  readonly keyColumn: string
  readonly nameColumn?: string
  /** Header -> field path. */
  readonly columns: Readonly<Record<string, string>>
  readonly links: readonly PresetLink[]
  /** Header -> source value -> the workspace option it means (applied when the option exists). */
  readonly values?: Readonly<Record<string, Readonly<Record<string, string>>>>
  /** Columns whose `true` leaves the row out (a deleted record; a Salesforce lead already converted to a contact). */
  readonly dropWhenTrue?: readonly string[]
  /**
   * Columns not imported until the user decides: a pipeline's own stages (their value map is the user's), owners
   * (item 4 matches them to workspace members).
   */
  readonly unmapped?: readonly string[]
}

export interface PresetLink {
  readonly column: string
  /** The many-to-one relation field it fills. */
  readonly field: string
  /** The role of the file it names. */
  readonly target: string
  readonly by: 'key' | 'name'
  /** Salesforce key prefix the values must carry. */
  readonly prefix?: string
  /** What the link fills (migration-schema.ts FileLink.kind): absent for a relation of the row's own record. */
  readonly kind?: 'target' | 'member'
}

/** An owner or assignee column: the member named by full name or email fills `field`. */
const member = (column: string, field: string): PresetLink => ({
  column,
  field,
  target: 'workspaceMembers',
  by: 'name',
  kind: 'member',
})
/** An owner column of user ids (Salesforce's OwnerId), read through the preset's users file to an email. */
const memberById = (column: string, field: string): PresetLink => ({
  column,
  field,
  target: 'workspaceMembers',
  by: 'key',
  kind: 'member',
})

/** HubSpot's association columns on a note or task: one target record per associated record. */
const HUBSPOT_TARGETS: readonly PresetLink[] = [
  { column: 'Associated Contact IDs', field: 'person', target: 'contacts', by: 'key', kind: 'target' },
  { column: 'Associated Company IDs', field: 'company', target: 'companies', by: 'key', kind: 'target' },
  { column: 'Associated Deal IDs', field: 'opportunity', target: 'deals', by: 'key', kind: 'target' },
]

// HubSpot's task statuses, as the export spells them (and the API's names).
const HUBSPOT_TASK_STATUS: Record<string, string> = {
  'not started': 'TODO',
  not_started: 'TODO',
  waiting: 'TODO',
  deferred: 'TODO',
  'in progress': 'IN_PROGRESS',
  in_progress: 'IN_PROGRESS',
  completed: 'DONE',
}

/** A file read only for the links it gives another file (Salesforce's OpportunityContactRole.csv). */
export interface PresetJoin {
  readonly fileName: RegExp
  /** The role of the file whose rows get the link, and the field. */
  readonly role: string
  readonly field: string
  readonly target: string
  readonly from: string
  readonly to: string
  readonly primary?: string
  readonly deletedColumn?: string
}

/** A file of the source system's users (Salesforce's User.csv): owner ids -> the email that names a member. */
export interface PresetUsers {
  readonly fileName: RegExp
  readonly key: string
  readonly email: string
}

export interface Preset {
  readonly system: Exclude<SourceSystem, 'other'>
  readonly label: string
  readonly files: readonly PresetFile[]
  readonly joins: readonly PresetJoin[]
  /** Owner columns given as user ids (`by: 'key'` member links) are read through this file. */
  readonly users?: PresetUsers
}

// HubSpot's default sales pipeline. Closed Lost has no stock Twenty stage: it stays for the user.
const HUBSPOT_STAGES: Record<string, string> = {
  'appointment scheduled': 'MEETING',
  appointmentscheduled: 'MEETING',
  'qualified to buy': 'SCREENING',
  qualifiedtobuy: 'SCREENING',
  'presentation scheduled': 'MEETING',
  presentationscheduled: 'MEETING',
  'decision maker bought-in': 'PROPOSAL',
  decisionmakerboughtin: 'PROPOSAL',
  'contract sent': 'PROPOSAL',
  contractsent: 'PROPOSAL',
  'closed won': 'CUSTOMER',
  closedwon: 'CUSTOMER',
}

// Salesforce's standard opportunity stages (the picklist an org starts with).
const SALESFORCE_STAGES: Record<string, string> = {
  prospecting: 'NEW',
  qualification: 'SCREENING',
  'needs analysis': 'SCREENING',
  'value proposition': 'MEETING',
  'id. decision makers': 'MEETING',
  'perception analysis': 'MEETING',
  'proposal/price quote': 'PROPOSAL',
  'negotiation/review': 'PROPOSAL',
  'closed won': 'CUSTOMER',
}

export const HUBSPOT: Preset = {
  system: 'hubspot',
  label: 'HubSpot',
  files: [
    {
      role: 'companies',
      object: 'companies',
      headers: ['Record ID', 'Company name'],
      unmapped: ['Company owner'],
      keyColumn: 'Record ID',
      nameColumn: 'Company name',
      columns: {
        'Company name': 'name',
        'Company Domain Name': 'domainName.primaryLinkUrl',
        'Number of Employees': 'employees',
        'Street Address': 'address.addressStreet1',
        City: 'address.addressCity',
        'State/Region': 'address.addressState',
        'Postal Code': 'address.addressPostcode',
        'Country/Region': 'address.addressCountry',
        'LinkedIn Company Page': 'linkedinLink.primaryLinkUrl',
      },
      links: [member('Company owner', 'accountOwner')],
    },
    {
      role: 'contacts',
      object: 'people',
      headers: ['Record ID', 'First Name', 'Last Name'],
      unmapped: ['Contact owner'],
      keyColumn: 'Record ID',
      columns: {
        'First Name': 'name.firstName',
        'Last Name': 'name.lastName',
        Email: 'emails.primaryEmail',
        'Phone Number': 'phones.primaryPhoneNumber',
        'Job Title': 'jobTitle',
        City: 'city',
      },
      links: [{ column: 'Associated Company IDs', field: 'company', target: 'companies', by: 'key' }],
    },
    {
      role: 'deals',
      object: 'opportunities',
      headers: ['Record ID', 'Deal Name'],
      unmapped: ['Deal owner'],
      keyColumn: 'Record ID',
      nameColumn: 'Deal Name',
      columns: {
        'Deal Name': 'name',
        Amount: 'amount.amountMicros',
        Currency: 'amount.currencyCode',
        'Close Date': 'closeDate',
        'Deal Stage': 'stage',
      },
      links: [
        { column: 'Associated Company IDs', field: 'company', target: 'companies', by: 'key' },
        { column: 'Associated Contact IDs', field: 'pointOfContact', target: 'contacts', by: 'key' },
        member('Deal owner', 'owner'),
      ],
      values: { 'Deal Stage': HUBSPOT_STAGES },
    },
    {
      // HubSpot's notes export: the body only; the title is the body's first line (ProjectLinks).
      role: 'notes',
      object: 'notes',
      headers: ['Record ID', 'Note body'],
      keyColumn: 'Record ID',
      columns: { 'Note body': 'bodyV2.markdown' },
      links: HUBSPOT_TARGETS,
      unmapped: ['Note owner', 'Activity date', 'Created by'],
    },
    {
      role: 'tasks',
      object: 'tasks',
      headers: ['Record ID', 'Task title'],
      keyColumn: 'Record ID',
      nameColumn: 'Task title',
      columns: { 'Task title': 'title', 'Task notes': 'bodyV2.markdown', 'Due date': 'dueAt', 'Task status': 'status' },
      links: [...HUBSPOT_TARGETS, member('Assigned to', 'assignee')],
      values: { 'Task status': HUBSPOT_TASK_STATUS },
      unmapped: ['Assigned to', 'Task type', 'Priority'],
    },
  ],
  joins: [],
}

// Salesforce's standard task statuses.
const SALESFORCE_TASK_STATUS: Record<string, string> = {
  'not started': 'TODO',
  'waiting on someone else': 'TODO',
  deferred: 'TODO',
  'in progress': 'IN_PROGRESS',
  completed: 'DONE',
}

/** A polymorphic Salesforce id column on a note or task: each id goes to the target its key prefix names. */
const salesforceTargets = (
  column: string,
  targets: readonly (readonly [field: string, role: string, prefix: string])[],
): PresetLink[] =>
  targets.map(([field, target, prefix]) => ({ column, field, target, by: 'key', prefix, kind: 'target' }))

export const SALESFORCE: Preset = {
  system: 'salesforce',
  label: 'Salesforce',
  files: [
    {
      role: 'Account',
      object: 'companies',
      fileName: /^account$/i,
      headers: ['Id', 'Name'],
      keyColumn: 'Id',
      nameColumn: 'Name',
      columns: {
        Name: 'name',
        Website: 'domainName.primaryLinkUrl',
        NumberOfEmployees: 'employees',
        BillingStreet: 'address.addressStreet1',
        BillingCity: 'address.addressCity',
        BillingState: 'address.addressState',
        BillingPostalCode: 'address.addressPostcode',
        BillingCountry: 'address.addressCountry',
      },
      links: [memberById('OwnerId', 'accountOwner')],
      dropWhenTrue: ['IsDeleted'],
      unmapped: ['OwnerId'],
    },
    {
      role: 'Contact',
      object: 'people',
      fileName: /^contact$/i,
      headers: ['Id', 'LastName'],
      keyColumn: 'Id',
      columns: {
        FirstName: 'name.firstName',
        LastName: 'name.lastName',
        Email: 'emails.primaryEmail',
        Phone: 'phones.primaryPhoneNumber',
        Title: 'jobTitle',
        MailingCity: 'city',
      },
      links: [{ column: 'AccountId', field: 'company', target: 'Account', by: 'key', prefix: '001' }],
      dropWhenTrue: ['IsDeleted'],
      unmapped: ['OwnerId'],
    },
    {
      role: 'Opportunity',
      object: 'opportunities',
      fileName: /^opportunity$/i,
      headers: ['Id', 'Name', 'StageName'],
      keyColumn: 'Id',
      nameColumn: 'Name',
      columns: {
        Name: 'name',
        Amount: 'amount.amountMicros',
        CurrencyIsoCode: 'amount.currencyCode',
        CloseDate: 'closeDate',
        StageName: 'stage',
      },
      links: [
        { column: 'AccountId', field: 'company', target: 'Account', by: 'key', prefix: '001' },
        { column: 'ContactId', field: 'pointOfContact', target: 'Contact', by: 'key', prefix: '003' },
        memberById('OwnerId', 'owner'),
      ],
      values: { StageName: SALESFORCE_STAGES },
      dropWhenTrue: ['IsDeleted'],
      unmapped: ['OwnerId'],
    },
    {
      // Leads are people too (key prefix 00Q); a converted lead is already a Contact, so it is left out.
      role: 'Lead',
      object: 'people',
      fileName: /^lead$/i,
      headers: ['Id', 'LastName'],
      keyColumn: 'Id',
      columns: {
        FirstName: 'name.firstName',
        LastName: 'name.lastName',
        Email: 'emails.primaryEmail',
        Phone: 'phones.primaryPhoneNumber',
        Title: 'jobTitle',
        City: 'city',
      },
      links: [],
      dropWhenTrue: ['IsDeleted', 'IsConverted'],
      unmapped: ['OwnerId', 'ConvertedAccountId', 'ConvertedContactId', 'ConvertedOpportunityId'],
    },
    {
      // Notes hang off one record, named by a polymorphic ParentId.
      role: 'Note',
      object: 'notes',
      fileName: /^note$/i,
      headers: ['Id', 'ParentId'],
      keyColumn: 'Id',
      columns: { Title: 'title', Body: 'bodyV2.markdown' },
      links: salesforceTargets('ParentId', [
        ['company', 'Account', '001'],
        ['person', 'Contact', '003'],
        ['opportunity', 'Opportunity', '006'],
        ['person', 'Lead', '00Q'],
      ]),
      dropWhenTrue: ['IsDeleted'],
      unmapped: ['OwnerId'],
    },
    {
      // Tasks: WhoId a contact or lead, WhatId an account or opportunity (among others, which are reported).
      role: 'Task',
      object: 'tasks',
      fileName: /^task$/i,
      headers: ['Id', 'Subject'],
      keyColumn: 'Id',
      columns: { Subject: 'title', Description: 'bodyV2.markdown', ActivityDate: 'dueAt', Status: 'status' },
      links: [
        ...salesforceTargets('WhoId', [
          ['person', 'Contact', '003'],
          ['person', 'Lead', '00Q'],
        ]),
        ...salesforceTargets('WhatId', [
          ['company', 'Account', '001'],
          ['opportunity', 'Opportunity', '006'],
        ]),
        memberById('OwnerId', 'assignee'),
      ],
      values: { Status: SALESFORCE_TASK_STATUS },
      dropWhenTrue: ['IsDeleted'],
      unmapped: ['OwnerId', 'IsClosed', 'Priority'],
    },
  ],
  joins: [
    // A deal's contacts, the primary one first: its point of contact.
    {
      fileName: /^opportunitycontactrole$/i,
      role: 'Opportunity',
      field: 'pointOfContact',
      target: 'Contact',
      from: 'OpportunityId',
      to: 'ContactId',
      primary: 'IsPrimary',
      deletedColumn: 'IsDeleted',
    },
  ],
  users: { fileName: /^user$/i, key: 'Id', email: 'Email' },
}

export const PIPEDRIVE: Preset = {
  system: 'pipedrive',
  label: 'Pipedrive',
  files: [
    {
      role: 'organizations',
      object: 'companies',
      headers: ['Organization - ID', 'Organization - Name'],
      keyColumn: 'Organization - ID',
      unmapped: ['Organization - Owner'],
      nameColumn: 'Organization - Name',
      columns: {
        'Organization - Name': 'name',
        'Organization - Website': 'domainName.primaryLinkUrl',
        'Organization - Number of employees': 'employees',
        'Organization - Address': 'address.addressStreet1',
        'Organization - City/town/village/locality of Address': 'address.addressCity',
        'Organization - Country of Address': 'address.addressCountry',
        'Organization - ZIP/Postal code of Address': 'address.addressPostcode',
      },
      links: [member('Organization - Owner', 'accountOwner')],
    },
    {
      role: 'persons',
      object: 'people',
      headers: ['Person - ID', 'Person - Name'],
      keyColumn: 'Person - ID',
      unmapped: ['Person - Owner'],
      nameColumn: 'Person - Name',
      columns: {
        'Person - Name': 'name',
        'Person - Email - Work': 'emails.primaryEmail',
        'Person - Phone - Work': 'phones.primaryPhoneNumber',
        'Person - Job title': 'jobTitle',
      },
      links: [{ column: 'Person - Organization', field: 'company', target: 'organizations', by: 'name' }],
    },
    {
      role: 'deals',
      object: 'opportunities',
      headers: ['Deal - ID', 'Deal - Title'],
      keyColumn: 'Deal - ID',
      nameColumn: 'Deal - Title',
      // A Pipedrive pipeline's stages are the account's own: `Deal - Stage` is left for the user's value map.
      columns: {
        'Deal - Title': 'name',
        'Deal - Value': 'amount.amountMicros',
        'Deal - Currency': 'amount.currencyCode',
        'Deal - Expected close date': 'closeDate',
      },
      unmapped: ['Deal - Stage', 'Deal - Owner'],
      links: [
        { column: 'Deal - Organization', field: 'company', target: 'organizations', by: 'name' },
        { column: 'Deal - Contact person', field: 'pointOfContact', target: 'persons', by: 'name' },
        member('Deal - Owner', 'owner'),
      ],
    },
    {
      // Activities are tasks: done or to do, assigned to a user by name, linked by name to a deal, person, organization.
      role: 'activities',
      object: 'tasks',
      headers: ['Activity - ID', 'Activity - Subject'],
      keyColumn: 'Activity - ID',
      nameColumn: 'Activity - Subject',
      columns: {
        'Activity - Subject': 'title',
        'Activity - Note': 'bodyV2.markdown',
        'Activity - Due date': 'dueAt',
        'Activity - Done': 'status',
      },
      links: [
        { column: 'Activity - Deal', field: 'opportunity', target: 'deals', by: 'name', kind: 'target' },
        { column: 'Activity - Contact person', field: 'person', target: 'persons', by: 'name', kind: 'target' },
        { column: 'Activity - Organization', field: 'company', target: 'organizations', by: 'name', kind: 'target' },
        member('Activity - Assigned to user', 'assignee'),
      ],
      values: { 'Activity - Done': { done: 'DONE', 'to do': 'TODO' } },
      unmapped: ['Activity - Type'],
    },
  ],
  joins: [],
}

export const PRESETS: readonly Preset[] = [HUBSPOT, SALESFORCE, PIPEDRIVE]

const lower = (header: string) => header.trim().toLowerCase()

/** The preset file a file is (by its name without extension, then its headers), or null. */
export function presetFileOf(preset: Preset, baseName: string, headers: readonly string[]): PresetFile | null {
  const have = new Set(headers.map(lower))
  const byHeaders = (file: PresetFile) => file.headers.every((h) => have.has(lower(h)))
  const named = preset.files.find((file) => file.fileName?.test(baseName) === true)
  if (named) return byHeaders(named) ? named : null
  return preset.files.find((file) => file.fileName === undefined && byHeaders(file)) ?? null
}

/** The join a file is (by its name and headers), or null. */
export function presetJoinOf(preset: Preset, baseName: string, headers: readonly string[]): PresetJoin | null {
  const have = new Set(headers.map(lower))
  return (
    preset.joins.find(
      (join) => join.fileName.test(baseName) && have.has(lower(join.from)) && have.has(lower(join.to)),
    ) ?? null
  )
}

/** Whether a file is the preset's users file (Salesforce's User.csv with Id and Email). */
export function isPresetUsers(preset: Preset, baseName: string, headers: readonly string[]): boolean {
  const users = preset.users
  if (users === undefined || !users.fileName.test(baseName)) return false
  const have = new Set(headers.map(lower))
  return have.has(lower(users.key)) && have.has(lower(users.email))
}

/**
 * The preset an export is from, by how many of its files it recognises (`auto`); null when none recognises
 * any. Ties go to the earlier preset in PRESETS.
 */
export function detectPreset(
  files: readonly { readonly baseName: string; readonly headers: readonly string[] }[],
): Preset | null {
  let best: Preset | null = null
  let bestCount = 0
  for (const preset of PRESETS) {
    const count = files.filter(
      (f) =>
        presetFileOf(preset, f.baseName, f.headers) !== null ||
        presetJoinOf(preset, f.baseName, f.headers) !== null ||
        isPresetUsers(preset, f.baseName, f.headers),
    ).length
    if (count > bestCount) [best, bestCount] = [preset, count]
  }
  return best
}

/** The preset's header (as the file spells it) for a preset header, or undefined. */
export function headerIn(headers: readonly string[], wanted: string): string | undefined {
  return headers.find((h) => lower(h) === lower(wanted))
}

/** A value an export writes for true (`true`, `1`, `yes`), without case. */
export function isTrueValue(value: string): boolean {
  return /^(true|1|yes|y)$/i.test(value.trim())
}
