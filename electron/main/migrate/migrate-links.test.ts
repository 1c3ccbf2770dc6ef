import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import { parseWorkspaceMetadata } from '../../../shared/model/parse-metadata'
import { findObject } from '../../../shared/model/workspace-model'
import type { ProjectSource } from '../../../shared/project/project-file'
import { ProjectLinks, withLinks } from './migrate-links'
import { prepareCheck } from '../project/prepare-check'

const opportunities = findObject(DEFAULT_MODEL, 'opportunities')!
const company = '5b1c3a5e-8f0e-4c7e-9a51-0d7f2b9f4a10'
const person = '7c2d4b6f-9a1f-4d8f-8b62-1e8a3c0a5b21'

describe('withLinks', () => {
  it('adds links as join columns', () => {
    const { record, added } = withLinks(
      opportunities,
      { name: 'Renewal' },
      new Map([
        ['company', company],
        ['pointOfContact', person],
      ]),
    )
    expect(record).toEqual({ name: 'Renewal', companyId: company, pointOfContactId: person })
    expect(added).toBe(2)
  })

  it('never overrides a relation the row sets itself (a mapped column)', () => {
    const mapped = {
      name: 'Renewal',
      companyId: 'a0000000-0000-4000-8000-000000000000',
      pointOfContact: { connect: { where: { emails: { primaryEmail: 'ada@acme.com' } } } },
    }
    const { record, added } = withLinks(
      opportunities,
      mapped,
      new Map([
        ['company', company],
        ['pointOfContact', person],
      ]),
    )
    expect(record).toEqual(mapped)
    expect(added).toBe(0)
  })
})

describe('ProjectLinks', () => {
  const ROOT = resolve(__dirname, '../../..')
  const WORKERS = { parse: join(ROOT, 'out/main/parse-worker.js'), check: join(ROOT, 'out/main/check-worker.js') }
  let dir: string
  beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'preflight-links-'))))
  afterEach(() => rm(dir, { recursive: true, force: true }))

  async function prepared(
    name: string,
    text: string,
    object: string,
    columns: Record<string, string | null>,
    model = DEFAULT_MODEL,
  ) {
    await writeFile(join(dir, name), text)
    const file: ProjectSource = {
      id: name.replace('.csv', '').toLowerCase(),
      path: name,
      fingerprint: { size: 0, modifiedMs: 0, sha256: '0'.repeat(64) },
      open: {},
      columns: [],
      mapping: { object, columns },
      settings: {},
      operations: [],
    }
    return {
      file,
      check: await prepareCheck({ file: join(dir, name), object }, WORKERS, { mapping: file.mapping, model }),
    }
  }

  it('sends a polymorphic id to the link of its key prefix, counts each link, and reports a row that did not land', async () => {
    const accounts = await prepared(
      'Account.csv',
      'Id,Name\n001000000000001,Acme\n001000000000002,Globex\n',
      'companies',
      { Id: null, Name: 'name' },
    )
    const contacts = await prepared(
      'Contact.csv',
      'Id,LastName,Email\n003000000000001,Lovelace,ada@acme.com\n',
      'people',
      { Id: null, LastName: 'name.lastName', Email: 'emails.primaryEmail' },
    )
    // WhatId names an account, WhoId-like values a contact, in one column; 00Q is a lead, which no link takes.
    const deals = await prepared(
      'Opportunity.csv',
      'Id,Name,RelatedId\n006000000000001,Renewal,003000000000001;001000000000001\n006000000000002,Pilot,001000000000002\n006000000000003,Upsell,00Q000000000001\n',
      'opportunities',
      { Id: null, Name: 'name', RelatedId: null },
    )
    const links = new ProjectLinks(join(dir, 'migration.preflight'), WORKERS, false)
    const source = { system: 'salesforce' as const, keyColumn: 'Id', nameColumn: null }
    const accountRows = await links.forFile({ ...accounts.file, source }, accounts.check)
    accountRows!.landed(0, 'a0000000-0000-4000-8000-000000000001') // Globex (row 1) was refused: it has no record
    const contactRows = await links.forFile({ ...contacts.file, source }, contacts.check)
    contactRows!.landed(0, 'c0000000-0000-4000-8000-000000000001')
    expect(contactRows!.sourceKey(0)).toBe('003000000000001')
    const dealRows = await links.forFile(
      {
        ...deals.file,
        source,
        links: [
          { column: 'RelatedId', field: 'company', target: 'account', by: 'key', prefix: '001' },
          { column: 'RelatedId', field: 'pointOfContact', target: 'contact', by: 'key', prefix: '003' },
        ],
      },
      deals.check,
    )
    expect(Object.fromEntries(dealRows!.relationIds(0))).toEqual({
      company: 'a0000000-0000-4000-8000-000000000001',
      pointOfContact: 'c0000000-0000-4000-8000-000000000001',
    })
    expect(dealRows!.relationIds(1).size).toBe(0)
    expect(links.unresolved).toEqual([
      { file: 'Opportunity.csv', row: 3, column: 'RelatedId', value: '001000000000002', reason: 'not-landed' },
      { file: 'Opportunity.csv', row: 4, column: 'RelatedId', value: '00Q000000000001', reason: 'other-object' },
    ])
    expect(links.stats.map((s) => [s.field, s.resolved, s.total])).toEqual([
      ['company', 1, 3],
      ['pointOfContact', 1, 1],
    ])
    expect(links.resolved).toBe(2)
  })

  it('resolves a note’s targets only once every file landed, one per value, and matches owners to members', async () => {
    const crm = parseWorkspaceMetadata(
      JSON.parse(await readFile(join(ROOT, 'e2e/data/migrate/workspace-model.json'), 'utf8')),
    ).model
    const source = { system: 'hubspot' as const, keyColumn: 'Record ID', nameColumn: null }
    // The notes file comes first: the contacts it names land after it.
    const notes = await prepared(
      'notes.csv',
      'Record ID,Note body,Contacts\n31,"Call Ada\nabout the quote",81;82;81\n32,Memo,89\n',
      'notes',
      { 'Record ID': null, 'Note body': 'bodyV2.markdown', Contacts: null },
      crm,
    )
    const people = await prepared(
      'people.csv',
      'Record ID,Email,Owner\n81,ada@acme.com,Jane Owner\n82,grace@acme.com,Chris Lee\n',
      'people',
      { 'Record ID': null, Email: 'emails.primaryEmail', Owner: null },
      crm,
    )
    const companies = await prepared(
      'companies.csv',
      'Record ID,Name,Owner\n51,Acme,tom@example.com\n52,Globex,Nobody Known\n',
      'companies',
      { 'Record ID': null, Name: 'name', Owner: null },
      crm,
    )
    const links = new ProjectLinks(join(dir, 'migration.preflight'), WORKERS, false)
    links.setMembers([
      { id: 'm1', name: { firstName: 'Jane', lastName: 'Owner' }, userEmail: 'jane@example.com' },
      { id: 'm2', name: { firstName: 'Tom', lastName: 'Member' }, userEmail: 'tom@example.com' },
      { id: 'm3', name: { firstName: 'Chris', lastName: 'Lee' }, userEmail: 'chris.a@example.com' },
      { id: 'm4', name: { firstName: 'Chris', lastName: 'Lee' }, userEmail: 'chris.b@example.com' },
    ])
    const noteRows = await links.forFile(
      {
        ...notes.file,
        source,
        links: [{ column: 'Contacts', field: 'person', target: 'people', by: 'key', kind: 'target' }],
      },
      notes.check,
    )
    // No title column: the body's first line.
    expect(noteRows!.fields!(0)).toEqual({ title: 'Call Ada' })
    noteRows!.landed(0, 'n0000000-0000-4000-8000-000000000001')
    noteRows!.landed(1, 'n0000000-0000-4000-8000-000000000002')
    const companyRows = await links.forFile(
      {
        ...companies.file,
        source,
        links: [{ column: 'Owner', field: 'accountOwner', target: 'workspaceMembers', by: 'name', kind: 'member' }],
      },
      companies.check,
    )
    expect(Object.fromEntries(companyRows!.relationIds(0))).toEqual({ accountOwner: 'm2' })
    expect(companyRows!.relationIds(1).size).toBe(0)
    const peopleRows = await links.forFile({ ...people.file, source }, people.check)
    peopleRows!.landed(0, 'p0000000-0000-4000-8000-000000000001')
    peopleRows!.landed(1, 'p0000000-0000-4000-8000-000000000002')
    const [targets, ...more] = links.targetRows(crm)
    expect(more).toEqual([])
    expect(targets!.object.namePlural).toBe('noteTargets')
    // 81 twice in one cell is one target; 89 names no row.
    expect(targets!.rows[1]!.cell).toEqual({ file: 'notes.csv', row: 2, column: 'Contacts', value: '82' })
    expect(targets!.rows.map(({ key, record }) => ({ key, record }))).toEqual([
      {
        key: 'n0000000-0000-4000-8000-000000000001>person:81',
        record: { noteId: 'n0000000-0000-4000-8000-000000000001', personId: 'p0000000-0000-4000-8000-000000000001' },
      },
      {
        key: 'n0000000-0000-4000-8000-000000000001>person:82',
        record: { noteId: 'n0000000-0000-4000-8000-000000000001', personId: 'p0000000-0000-4000-8000-000000000002' },
      },
    ])
    expect(links.unresolved).toEqual([
      { file: 'companies.csv', row: 3, column: 'Owner', value: 'Nobody Known', reason: 'not-member' },
      { file: 'notes.csv', row: 3, column: 'Contacts', value: '89', reason: 'missing' },
    ])
  })
})
