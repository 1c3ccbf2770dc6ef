// The data model of a stock Twenty workspace, for working offline before any workspace is connected.
// Names, labels, types and uniqueness follow Twenty's standard entities (modules/*/standard-objects); frozen.
import type { FieldModel, ObjectModel, SelectOption, WorkspaceModel } from './workspace-model'

type FieldSpec = Pick<FieldModel, 'name' | 'label' | 'type'> & Partial<FieldModel>

function field(spec: FieldSpec): FieldModel {
  return {
    isNullable: true,
    isUnique: false,
    isSystem: false,
    isCustom: false,
    isActive: true,
    defaultValue: null,
    options: [],
    relation: null,
    settings: {},
    ...spec,
  }
}

function manyToOne(name: string, label: string, targetObject: string): FieldModel {
  return field({
    name,
    label,
    type: 'RELATION',
    relation: { type: 'MANY_TO_ONE', targetObject, joinColumn: `${name}Id` },
    settings: { relationType: 'MANY_TO_ONE', joinColumnName: `${name}Id` },
  })
}

function oneToMany(name: string, label: string, targetObject: string, isSystem = false): FieldModel {
  return field({
    name,
    label,
    type: 'RELATION',
    isSystem,
    relation: { type: 'ONE_TO_MANY', targetObject, joinColumn: '' },
  })
}

function options(...pairs: readonly (readonly [string, string])[]): SelectOption[] {
  return pairs.map(([value, label]) => ({ value, label }))
}

const MANUAL_ACTOR = { source: "'MANUAL'", name: "'System'" }

/** Fields every standard object has: id, the timestamps, position, createdBy/updatedBy and the search vector. */
function baseFields(): FieldModel[] {
  return [
    field({
      name: 'id',
      label: 'Id',
      type: 'UUID',
      isNullable: false,
      isUnique: true,
      isSystem: true,
      defaultValue: 'uuid',
    }),
    field({ name: 'createdAt', label: 'Creation date', type: 'DATE_TIME', isNullable: false, defaultValue: 'now' }),
    field({ name: 'updatedAt', label: 'Last update', type: 'DATE_TIME', isNullable: false, defaultValue: 'now' }),
    field({ name: 'deletedAt', label: 'Deleted at', type: 'DATE_TIME' }),
    field({
      name: 'position',
      label: 'Position',
      type: 'POSITION',
      isNullable: false,
      isSystem: true,
      defaultValue: 0,
    }),
    field({ name: 'createdBy', label: 'Created by', type: 'ACTOR', isNullable: false, defaultValue: MANUAL_ACTOR }),
    field({ name: 'updatedBy', label: 'Updated by', type: 'ACTOR', isNullable: false, defaultValue: MANUAL_ACTOR }),
    field({ name: 'searchVector', label: 'Search vector', type: 'TS_VECTOR', isSystem: true }),
  ]
}

function object(names: readonly [string, string, string, string], fields: FieldModel[]): ObjectModel {
  const [nameSingular, namePlural, labelSingular, labelPlural] = names
  return { nameSingular, namePlural, labelSingular, labelPlural, isCustom: false, fields: [...baseFields(), ...fields] }
}

const person = object(
  ['person', 'people', 'Person', 'People'],
  [
    field({ name: 'name', label: 'Name', type: 'FULL_NAME' }),
    field({ name: 'emails', label: 'Emails', type: 'EMAILS', isUnique: true, settings: { maxNumberOfValues: 1 } }),
    field({ name: 'linkedinLink', label: 'Linkedin', type: 'LINKS' }),
    field({ name: 'xLink', label: 'X', type: 'LINKS' }),
    field({ name: 'jobTitle', label: 'Job Title', type: 'TEXT' }),
    field({ name: 'phones', label: 'Phones', type: 'PHONES', settings: { maxNumberOfValues: 1 } }),
    field({ name: 'city', label: 'City', type: 'TEXT' }),
    field({ name: 'avatarUrl', label: 'Avatar', type: 'TEXT', isSystem: true }),
    manyToOne('company', 'Company', 'company'),
    oneToMany('pointOfContactForOpportunities', 'Opportunities', 'opportunity'),
    oneToMany('taskTargets', 'Tasks', 'taskTarget'),
    oneToMany('noteTargets', 'Notes', 'noteTarget'),
    oneToMany('attachments', 'Attachments', 'attachment', true),
  ],
)

const company = object(
  ['company', 'companies', 'Company', 'Companies'],
  [
    field({ name: 'name', label: 'Name', type: 'TEXT' }),
    field({
      name: 'domainName',
      label: 'Domain Name',
      type: 'LINKS',
      isUnique: true,
      settings: { maxNumberOfValues: 1 },
    }),
    field({ name: 'employees', label: 'Employees', type: 'NUMBER' }),
    field({ name: 'linkedinLink', label: 'Linkedin', type: 'LINKS' }),
    field({ name: 'xLink', label: 'X', type: 'LINKS' }),
    field({ name: 'annualRecurringRevenue', label: 'ARR', type: 'CURRENCY' }),
    field({ name: 'address', label: 'Address', type: 'ADDRESS' }),
    field({ name: 'idealCustomerProfile', label: 'ICP', type: 'BOOLEAN', isNullable: false, defaultValue: false }),
    manyToOne('accountOwner', 'Account Owner', 'workspaceMember'),
    oneToMany('people', 'People', 'person'),
    oneToMany('opportunities', 'Opportunities', 'opportunity'),
    oneToMany('taskTargets', 'Tasks', 'taskTarget'),
    oneToMany('noteTargets', 'Notes', 'noteTarget'),
  ],
)

const opportunity = object(
  ['opportunity', 'opportunities', 'Opportunity', 'Opportunities'],
  [
    field({ name: 'name', label: 'Name', type: 'TEXT' }),
    field({ name: 'amount', label: 'Amount', type: 'CURRENCY' }),
    field({ name: 'closeDate', label: 'Close date', type: 'DATE_TIME' }),
    field({
      name: 'stage',
      label: 'Stage',
      type: 'SELECT',
      isNullable: false,
      defaultValue: "'NEW'",
      options: options(
        ['NEW', 'New'],
        ['SCREENING', 'Screening'],
        ['MEETING', 'Meeting'],
        ['PROPOSAL', 'Proposal'],
        ['CUSTOMER', 'Customer'],
      ),
    }),
    manyToOne('pointOfContact', 'Point of Contact', 'person'),
    manyToOne('company', 'Company', 'company'),
    oneToMany('taskTargets', 'Tasks', 'taskTarget'),
    oneToMany('noteTargets', 'Notes', 'noteTarget'),
  ],
)

const note = object(
  ['note', 'notes', 'Note', 'Notes'],
  [
    field({ name: 'title', label: 'Title', type: 'TEXT' }),
    field({ name: 'bodyV2', label: 'Body', type: 'RICH_TEXT_V2' }),
    oneToMany('noteTargets', 'Relations', 'noteTarget'),
  ],
)

const task = object(
  ['task', 'tasks', 'Task', 'Tasks'],
  [
    field({ name: 'title', label: 'Title', type: 'TEXT' }),
    field({ name: 'bodyV2', label: 'Body', type: 'RICH_TEXT_V2' }),
    field({ name: 'dueAt', label: 'Due Date', type: 'DATE_TIME' }),
    field({
      name: 'status',
      label: 'Status',
      type: 'SELECT',
      defaultValue: "'TODO'",
      options: options(['TODO', 'To do'], ['IN_PROGRESS', 'In progress'], ['DONE', 'Done']),
    }),
    manyToOne('assignee', 'Assignee', 'workspaceMember'),
    oneToMany('taskTargets', 'Relations', 'taskTarget'),
  ],
)

// The join objects attaching a note or task to the records it is about (contract 10.13): one per link.
const noteTarget = object(
  ['noteTarget', 'noteTargets', 'Note Target', 'Note Targets'],
  [
    manyToOne('note', 'Note', 'note'),
    manyToOne('person', 'Person', 'person'),
    manyToOne('company', 'Company', 'company'),
    manyToOne('opportunity', 'Opportunity', 'opportunity'),
  ],
)

const taskTarget = object(
  ['taskTarget', 'taskTargets', 'Task Target', 'Task Targets'],
  [
    manyToOne('task', 'Task', 'task'),
    manyToOne('person', 'Person', 'person'),
    manyToOne('company', 'Company', 'company'),
    manyToOne('opportunity', 'Opportunity', 'opportunity'),
  ],
)

const workspaceMember = object(
  ['workspaceMember', 'workspaceMembers', 'Workspace Member', 'Workspace Members'],
  [
    field({
      name: 'name',
      label: 'Name',
      type: 'FULL_NAME',
      isNullable: false,
      defaultValue: { firstName: "''", lastName: "''" },
    }),
    field({ name: 'userEmail', label: 'User Email', type: 'TEXT', isUnique: true, isSystem: true }),
    field({ name: 'userId', label: 'User Id', type: 'UUID', isNullable: false, isSystem: true }),
    oneToMany('accountOwnerForCompanies', 'Account Owner For Companies', 'company'),
    oneToMany('assignedTasks', 'Assigned tasks', 'task'),
  ],
)

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

/**
 * A stock Twenty workspace (2025 standard objects): person, company, opportunity, note, task, their join
 * objects noteTarget and taskTarget, and workspaceMember, with their standard fields, uniqueness (person.emails, company.domainName,
 * workspaceMember.userEmail, every id) and relations. Notes and tasks use RICH_TEXT_V2 `bodyV2` as servers of
 * that period do. Deeply frozen: copy before changing.
 */
export const DEFAULT_MODEL: WorkspaceModel = deepFreeze({
  objects: [person, company, opportunity, note, task, noteTarget, taskTarget, workspaceMember],
})
