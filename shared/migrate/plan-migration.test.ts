// The planner on the exports in e2e/data/migrate (shaped as each CRM writes them), read with a small CSV reader.
import { readdirSync, readFileSync } from 'node:fs'
import { join, parse } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { parseWorkspaceMetadata } from '../model/parse-metadata'
import { planMigration, type MigrationInputFile } from './plan-migration'
import { PIPEDRIVE } from './presets'

const DATA = join(__dirname, '../../e2e/data/migrate')
// The migration tests' workspace: the stock objects plus note and task targets, members and owners.
const CRM_MODEL = parseWorkspaceMetadata(JSON.parse(readFileSync(join(DATA, 'workspace-model.json'), 'utf8'))).model

function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else if (ch !== '\r') cell += ch
  }
  return rows
}

function folder(system: string): MigrationInputFile[] {
  const dir = join(DATA, system)
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const [header, ...rows] = parseCsv(readFileSync(join(dir, name), 'utf8'))
      return {
        path: join(dir, name),
        baseName: parse(name).name,
        columns: header!.map((n, i) => ({ id: `c${i}`, name: n })),
        rowCount: rows.length,
        cell: (r, c) => rows[r]?.[c] ?? '',
      }
    })
}

const summary = (plan: ReturnType<typeof planMigration>) =>
  plan.files.map((f) => ({
    id: f.id,
    object: f.object,
    key: f.source.keyColumn,
    links: f.links.map(
      (l) =>
        `${l.column} -> ${l.target}.${l.field} by ${l.by}${l.prefix ? ` ${l.prefix}` : ''}${l.via ? ` via ${parse(l.via.path).name}` : ''}${l.kind ? ` (${l.kind})` : ''}`,
    ),
  }))

describe('planMigration', () => {
  it('recognises a HubSpot export: objects, Record ID as source key (never Twenty’s id), associations, default stages', () => {
    const plan = planMigration({ files: folder('hubspot'), preset: 'auto', model: DEFAULT_MODEL })
    expect(plan.system).toBe('hubspot')
    expect(summary(plan)).toEqual([
      {
        id: 'companies',
        object: 'companies',
        key: 'Record ID',
        links: ['Company owner -> workspaceMembers.accountOwner by name (member)'],
      },
      {
        id: 'contacts',
        object: 'people',
        key: 'Record ID',
        links: ['Associated Company IDs -> companies.company by key'],
      },
      {
        id: 'deals',
        object: 'opportunities',
        key: 'Record ID',
        links: [
          'Associated Company IDs -> companies.company by key',
          'Associated Contact IDs -> contacts.pointOfContact by key',
        ],
      },
      // The stock model's note and task targets: one noteTarget / taskTarget per associated record.
      {
        id: 'notes',
        object: 'notes',
        key: 'Record ID',
        links: [
          'Associated Contact IDs -> contacts.person by key (target)',
          'Associated Company IDs -> companies.company by key (target)',
          'Associated Deal IDs -> deals.opportunity by key (target)',
        ],
      },
      {
        id: 'tasks',
        object: 'tasks',
        key: 'Record ID',
        links: [
          'Associated Contact IDs -> contacts.person by key (target)',
          'Associated Company IDs -> companies.company by key (target)',
          'Associated Deal IDs -> deals.opportunity by key (target)',
          'Assigned to -> workspaceMembers.assignee by name (member)',
        ],
      },
    ])
    // ...and says what it leaves out, per column: the stock opportunity has no owner relation.
    expect(plan.leftOut.map((l) => `${parse(l.path).name} ${l.column}`)).toEqual([
      'hubspot-crm-exports-all-deals-2025-11-03 Deal owner',
    ])
    expect(plan.leftOut[0]!.reason).toBe(
      'Opportunities in this workspace have no owner relation to a workspace member, so the owners are not imported.',
    )
    for (const file of plan.files) expect(file.mapping.columns['Record ID']).toBeNull()
    expect(plan.files[2]!.mapping.columns).toMatchObject({
      'Deal Name': 'name',
      'Deal Stage': 'stage',
      Amount: 'amount.amountMicros',
      Currency: 'amount.currencyCode',
    })
    expect(plan.files[2]!.operations).toEqual([
      {
        op: 'map-values',
        column: 'c2',
        map: expect.objectContaining({ 'Closed Won': 'CUSTOMER', 'Qualified To Buy': 'SCREENING' }),
      },
    ])
  })

  it('plans HubSpot notes and tasks: body and fields mapped, one target link per association column, owners as member links', () => {
    const plan = planMigration({ files: folder('hubspot'), preset: 'auto', model: CRM_MODEL })
    const byId = new Map(summary(plan).map((f) => [f.id, f]))
    expect(byId.get('notes')!.links).toEqual([
      'Associated Contact IDs -> contacts.person by key (target)',
      'Associated Company IDs -> companies.company by key (target)',
      'Associated Deal IDs -> deals.opportunity by key (target)',
    ])
    expect(byId.get('tasks')!.links).toEqual([
      'Associated Contact IDs -> contacts.person by key (target)',
      'Associated Company IDs -> companies.company by key (target)',
      'Associated Deal IDs -> deals.opportunity by key (target)',
      'Assigned to -> workspaceMembers.assignee by name (member)',
    ])
    expect(byId.get('deals')!.links).toContain('Deal owner -> workspaceMembers.owner by name (member)')
    expect(plan.leftOut).toEqual([])
    const notes = plan.files.find((f) => f.id === 'notes')!
    expect(notes.mapping.columns).toMatchObject({
      'Record ID': null,
      'Note body': 'bodyV2.markdown',
      'Associated Contact IDs': null,
      'Note owner': null,
    })
    const tasks = plan.files.find((f) => f.id === 'tasks')!
    expect(tasks.mapping.columns).toMatchObject({
      'Task title': 'title',
      'Task status': 'status',
      'Due date': 'dueAt',
      'Assigned to': null,
    })
    expect(tasks.operations).toEqual([
      {
        op: 'map-values',
        column: 'c3',
        map: { 'Not started': 'TODO', 'In progress': 'IN_PROGRESS', Completed: 'DONE' },
      },
    ])
  })

  it('recognises a Salesforce export by file names: IsDeleted rows left out, ids by key prefix, contact roles primary first', () => {
    // Its notes and tasks are the next test's.
    const plan = planMigration({
      files: folder('salesforce').filter((f) => !/^(Note|Task)$/.test(f.baseName)),
      preset: 'auto',
      model: DEFAULT_MODEL,
    })
    expect(plan.system).toBe('salesforce')
    expect(summary(plan)).toEqual([
      // OwnerId is a user id: User.csv gives its email (the stock opportunity has no owner relation: left out).
      {
        id: 'account',
        object: 'companies',
        key: 'Id',
        links: ['OwnerId -> workspaceMembers.accountOwner by key via User (member)'],
      },
      { id: 'contact', object: 'people', key: 'Id', links: ['AccountId -> account.company by key 001'] },
      { id: 'lead', object: 'people', key: 'Id', links: [] },
      {
        id: 'opportunity',
        object: 'opportunities',
        key: 'Id',
        links: [
          'Id -> contact.pointOfContact by key via OpportunityContactRole',
          'AccountId -> account.company by key 001',
        ],
      },
    ])
    expect(plan.files[3]!.links[0]!.via).toMatchObject({
      from: 'OpportunityId',
      to: 'ContactId',
      primary: 'IsPrimary',
      deleted: 'IsDeleted',
    })
    expect(plan.files[0]!.links[0]!.via).toMatchObject({ from: 'Id', to: 'Email' })
    expect(plan.leftOut.map((l) => `${parse(l.path).name} ${l.column}`)).toEqual(['Opportunity OwnerId'])
    expect(plan.files[0]!.operations[0]).toEqual({
      op: 'keep-rows',
      column: 'c1',
      match: { kind: 'regex', value: '^(?!\\s*(true|1|yes)\\s*$)', caseSensitive: false },
    })
    expect(plan.files[1]!.mapping.columns).toMatchObject({
      Id: null,
      AccountId: null,
      IsDeleted: null,
      Email: 'emails.primaryEmail',
      LastName: 'name.lastName',
    })
    // A lead already converted to a contact is left out too.
    expect(plan.files[2]!.operations.map((op) => op.op === 'keep-rows' && op.column)).toEqual(['c1', 'c9'])
    expect(plan.ignored).toEqual([])
  })

  it('plans Pipedrive activities as tasks linked by name to deals, persons and organizations', () => {
    const plan = planMigration({ files: folder('pipedrive'), preset: 'auto', model: CRM_MODEL })
    expect(summary(plan)[0]).toEqual({
      id: 'activities',
      object: 'tasks',
      key: 'Activity - ID',
      links: [
        'Activity - Deal -> deals.opportunity by name (target)',
        'Activity - Contact person -> persons.person by name (target)',
        'Activity - Organization -> organizations.company by name (target)',
        'Activity - Assigned to user -> workspaceMembers.assignee by name (member)',
      ],
    })
    expect(plan.files[0]!.operations).toEqual([
      { op: 'map-values', column: 'c3', map: { 'To do': 'TODO', Done: 'DONE' } },
    ])
    expect(plan.leftOut).toEqual([])
  })

  it('plans Salesforce notes and tasks: polymorphic ids to the target of their key prefix, owners through User.csv', () => {
    const plan = planMigration({ files: folder('salesforce'), preset: 'auto', model: CRM_MODEL })
    const byId = new Map(summary(plan).map((f) => [f.id, f]))
    expect(byId.get('note')!.links).toEqual([
      'ParentId -> account.company by key 001 (target)',
      'ParentId -> contact.person by key 003 (target)',
      'ParentId -> opportunity.opportunity by key 006 (target)',
      'ParentId -> lead.person by key 00Q (target)',
    ])
    expect(byId.get('task')!.links).toEqual([
      'WhoId -> contact.person by key 003 (target)',
      'WhoId -> lead.person by key 00Q (target)',
      'WhatId -> account.company by key 001 (target)',
      'WhatId -> opportunity.opportunity by key 006 (target)',
      'OwnerId -> workspaceMembers.assignee by key via User (member)',
    ])
    const task = plan.files.find((f) => f.id === 'task')!
    expect(task.mapping.columns).toMatchObject({
      Subject: 'title',
      Description: 'bodyV2.markdown',
      ActivityDate: 'dueAt',
      Status: 'status',
      WhoId: null,
      OwnerId: null,
    })
    expect(task.operations).toContainEqual({
      op: 'map-values',
      column: 'c6',
      map: { 'Not Started': 'TODO', 'In Progress': 'IN_PROGRESS', Completed: 'DONE' },
    })
    expect(plan.leftOut).toEqual([])
    expect(plan.ignored).toEqual([])
  })

  it('recognises a Pipedrive export by its entity-prefixed headers and links by name', () => {
    const plan = planMigration({ files: folder('pipedrive'), preset: 'auto', model: DEFAULT_MODEL })
    expect(plan.system).toBe('pipedrive')
    // In the folder's order (activities-, deals-, organizations-, persons-…): the push puts them in import order.
    expect(summary(plan)).toEqual([
      {
        id: 'activities',
        object: 'tasks',
        key: 'Activity - ID',
        links: [
          'Activity - Deal -> deals.opportunity by name (target)',
          'Activity - Contact person -> persons.person by name (target)',
          'Activity - Organization -> organizations.company by name (target)',
          'Activity - Assigned to user -> workspaceMembers.assignee by name (member)',
        ],
      },
      {
        id: 'deals',
        object: 'opportunities',
        key: 'Deal - ID',
        links: [
          'Deal - Organization -> organizations.company by name',
          'Deal - Contact person -> persons.pointOfContact by name',
        ],
      },
      {
        id: 'organizations',
        object: 'companies',
        key: 'Organization - ID',
        links: ['Organization - Owner -> workspaceMembers.accountOwner by name (member)'],
      },
      {
        id: 'persons',
        object: 'people',
        key: 'Person - ID',
        links: ['Person - Organization -> organizations.company by name'],
      },
    ])
    const deals = plan.files.find((f) => f.id === 'deals')!
    expect(deals.mapping.columns['Deal - Stage'] ?? null).not.toBe('stage')
  })

  it('finds associations by content in an export no preset knows', () => {
    const companies = {
      path: '/x/companies.csv',
      baseName: 'companies',
      columns: [
        { id: 'c0', name: 'ID' },
        { id: 'c1', name: 'Name' },
      ],
      rowCount: 3,
      cell: (r: number, c: number) =>
        [
          ['C1', 'Acme'],
          ['C2', 'Globex'],
          ['C3', 'Hooli'],
        ][r]![c]!,
    }
    const people = {
      path: '/x/people.csv',
      baseName: 'people',
      columns: [
        { id: 'c0', name: 'ID' },
        { id: 'c1', name: 'Email' },
        { id: 'c2', name: 'Employer ref' },
      ],
      rowCount: 3,
      cell: (r: number, c: number) =>
        [
          ['P1', 'a@acme.com', 'C1'],
          ['P2', 'g@globex.io', 'C2;C3'],
          ['P3', 'h@hooli.com', 'C3'],
        ][r]![c]!,
    }
    const plan = planMigration({ files: [people, companies], preset: 'auto', model: DEFAULT_MODEL })
    expect(plan.system).toBe('other')
    expect(summary(plan)).toEqual([
      { id: 'people', object: 'people', key: 'ID', links: ['Employer ref -> companies.company by key'] },
      { id: 'companies', object: 'companies', key: 'ID', links: [] },
    ])
  })

  it('takes the preset it is told', () => {
    const plan = planMigration({ files: folder('hubspot'), preset: PIPEDRIVE, model: DEFAULT_MODEL })
    expect(plan.system).toBe('pipedrive')
    expect(plan.files.map((f) => f.source.keyColumn)).toEqual([
      'Record ID',
      'Record ID',
      'Record ID',
      'Record ID',
      'Record ID',
    ])
  })
})
