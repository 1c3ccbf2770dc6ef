// `preflight migrate` on a HubSpot export with notes and tasks (e2e/data/migrate/hubspot) by the built CLI into
// the loopback test workspace holding notes, tasks, their targets and two members (e2e/data/migrate/
// workspace-model.json). Asserts on what the workspace holds: one note or task per row, its title from the body's
// first line, one target per association created after the records it names, owners and assignees matched by
// full name or email (a name no member has listed, the field left empty), and a rerun that creates nothing.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from './built-cli.test-support'
import { startWorkspaceServer, type WorkspaceServer } from '../../e2e/workspace-server/workspace-server'

const ROOT = resolve(__dirname, '../..')
const MODEL_PATH = join(ROOT, 'e2e/data/migrate/workspace-model.json')
const DATA = join(ROOT, 'e2e/data/migrate')
const KEY = 'pf_test_migrate_notes_3c9d'
const JANE = '00000000-0000-4000-8000-00000000a001'
const TOM = '00000000-0000-4000-8000-00000000a002'
const NOTES = 'hubspot-crm-exports-all-notes-2025-11-03.csv'
const TASKS = 'hubspot-crm-exports-all-tasks-2025-11-03.csv'

const run = (args: string[]) => runCli(args, { PREFLIGHT_API_KEY: KEY })

let server: WorkspaceServer
let dir: string
beforeEach(async () => {
  server = await startWorkspaceServer({
    model: JSON.parse(await readFile(MODEL_PATH, 'utf8')),
    apiKey: KEY,
    rateLimitPerMinute: 100_000,
  })
  server.seed('workspaceMembers', [
    {
      id: JANE,
      name: { firstName: 'Jane', lastName: 'Owner' },
      userEmail: 'jane.owner@example.com',
      userId: '00000000-0000-4000-8000-00000000b001',
    },
    {
      id: TOM,
      name: { firstName: 'Tom', lastName: 'Member' },
      userEmail: 'tom.member@example.com',
      userId: '00000000-0000-4000-8000-00000000b002',
    },
  ])
  dir = await mkdtemp(join(tmpdir(), 'preflight-migrate-notes-'))
})
afterEach(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

const migrate = (folder: string, ...flags: string[]) =>
  run([
    'migrate',
    folder,
    '--workspace',
    server.url,
    '--model',
    MODEL_PATH,
    '--rate',
    '6000',
    '--time-zone',
    'UTC',
    ...flags,
  ])
type Rec = Record<string, unknown>
const live = (plural: string) => server.records(plural).filter((r) => r['deletedAt'] === null)

describe('preflight migrate: notes, tasks and owners', () => {
  it('makes one note or task per row with a target per association and owners matched to members; a rerun creates nothing', async () => {
    const folder = join(dir, 'hubspot')
    await cp(join(DATA, 'hubspot'), folder, { recursive: true })
    const first = await migrate(folder)
    expect(first.stderr).toBe('')
    const report = JSON.parse(first.stdout)
    const row = (file: string, object: string, rows: number) => ({
      file,
      object,
      rows,
      created: rows,
      updated: 0,
      unchanged: 0,
      failed: 0,
      rejected: 0,
    })
    // Targets come last, after every record they name: notes 0-5 have 2+4+1+1+0+1, tasks 0-3 have 1+2+1+0.
    expect(report.files.slice(3)).toEqual([
      row(NOTES, 'notes', 6),
      row(TASKS, 'tasks', 4),
      row(NOTES, 'noteTargets', 9),
      row(TASKS, 'taskTargets', 4),
    ])
    expect(report.links.unresolved).toEqual([
      {
        file: 'hubspot-crm-exports-all-companies-2025-11-03.csv',
        row: 13,
        column: 'Company owner',
        value: 'Nobody Known',
      },
      {
        file: 'hubspot-crm-exports-all-contacts-2025-11-03.csv',
        row: 7,
        column: 'Associated Company IDs',
        value: '5100299999',
      },
      {
        file: 'hubspot-crm-exports-all-contacts-2025-11-03.csv',
        row: 14,
        column: 'Associated Company IDs',
        value: '5100299999',
      },
      {
        file: 'hubspot-crm-exports-all-deals-2025-11-03.csv',
        row: 11,
        column: 'Associated Contact IDs',
        value: '8100399999',
      },
      { file: TASKS, row: 4, column: 'Assigned to', value: 'Nobody Known' },
      { file: NOTES, row: 4, column: 'Associated Contact IDs', value: '8100399999' },
    ])
    expect(report).toMatchObject({ created: 70, failed: 0, rejected: 0 })
    expect(first.code).toBe(1)
    const why = await readFile(join(folder, 'unresolved-links.csv'), 'utf8')
    expect(why).toContain('Company owner,Nobody Known,"No member of the workspace has this name or email')

    const companies = live('companies')
    const people = live('people')
    const deals = live('opportunities')
    const idOf = (records: Rec[], test: (r: Rec) => boolean) => records.find(test)!['id']
    const company = (name: string) => idOf(companies, (r) => r['name'] === name)
    const person = (first: string) => idOf(people, (r) => (r['name'] as { firstName: string }).firstName === first)
    const deal = (name: string) => idOf(deals, (r) => r['name'] === name)

    // Owners by full name or email; a name no member has leaves the owner empty and the row lands.
    const ownerOf = (name: string) => companies.find((r) => r['name'] === name)!['accountOwnerId'] ?? null
    expect([ownerOf('Acme Corp'), ownerOf('Tyrell'), ownerOf('Vandelay')]).toEqual([JANE, TOM, null])
    expect(deals.find((r) => r['name'] === 'Acme Corp deal 1')!['ownerId']).toBe(JANE)
    expect(deals.find((r) => r['name'] === 'Globex deal 2')!['ownerId']).toBe(TOM)

    // One note per row; the title is the body's first line, the body whole.
    const notes = live('notes')
    expect(notes).toHaveLength(6)
    const kickOff = notes.find((n) => n['title'] === 'Kick-off meeting')!
    expect(kickOff['bodyV2']).toMatchObject({
      markdown: 'Kick-off meeting\nGrace and Alan joined; next step is the pilot.',
    })
    expect(notes.map((n) => n['title']).sort()).toEqual([
      'General remark on nobody in particular',
      'Katherine asked for references',
      'Kick-off meeting',
      'Left a voicemail',
      'Pricing agreed',
      'Renewal call with Ada',
    ])
    // The kick-off note is on two contacts, a company and a deal: one note, four targets.
    const targetsOf = (noteId: unknown) =>
      live('noteTargets')
        .filter((t) => t['noteId'] === noteId)
        .map((t) => [t['personId'] ?? null, t['companyId'] ?? null, t['opportunityId'] ?? null])
    expect(targetsOf(kickOff['id'])).toEqual([
      [person('Grace'), null, null],
      [person('Alan'), null, null],
      [null, company('Globex'), null],
      [null, null, deal('Acme Corp deal 1')],
    ])
    // The voicemail names a contact the export does not hold: its company target alone.
    expect(targetsOf(notes.find((n) => n['title'] === 'Left a voicemail')!['id'])).toEqual([
      [null, company('Initech'), null],
    ])
    expect(live('noteTargets')).toHaveLength(9)

    // Tasks: status from HubSpot's words, due date, assignee by name or email (none for a non-member).
    const tasks = live('tasks')
    const task = (title: string) => tasks.find((t) => t['title'] === title)!
    expect(tasks).toHaveLength(4)
    expect(task('Send the quote')).toMatchObject({
      status: 'TODO',
      assigneeId: JANE,
      dueAt: '2025-12-10T17:00:00.000Z',
      bodyV2: { markdown: 'Quote for 20 seats' },
    })
    expect(task('Prepare the pilot')).toMatchObject({ status: 'IN_PROGRESS', assigneeId: TOM })
    expect(task('Call back')).toMatchObject({ status: 'DONE' })
    expect(task('Call back')['assigneeId'] ?? null).toBeNull()
    expect(
      live('taskTargets')
        .filter((t) => t['taskId'] === task('Prepare the pilot')['id'])
        .map((t) => [t['companyId'] ?? null, t['opportunityId'] ?? null]),
    ).toEqual([
      [company('Stark Industries'), null],
      [null, deal('Initech deal 3')],
    ])
    expect(live('taskTargets')).toHaveLength(4)
    // Members are read, never written.
    expect(server.records('workspaceMembers')).toHaveLength(2)

    // A rerun creates no second note, task or target.
    const again = await migrate(folder)
    const second = JSON.parse(again.stdout)
    expect(second).toMatchObject({ created: 0, updated: 0, failed: 0 })
    expect(second.files.map((f: { object: string; unchanged: number }) => [f.object, f.unchanged])).toEqual([
      ['companies', 12],
      ['people', 20],
      ['opportunities', 15],
      ['notes', 6],
      ['tasks', 4],
      ['noteTargets', 9],
      ['taskTargets', 4],
    ])
    for (const [plural, n] of [
      ['notes', 6],
      ['tasks', 4],
      ['noteTargets', 9],
      ['taskTargets', 4],
    ] as const)
      expect(server.records(plural)).toHaveLength(n)
  })

  it('plans the targets in a dry run without writing anything', async () => {
    const folder = join(dir, 'hubspot')
    await cp(join(DATA, 'hubspot'), folder, { recursive: true })
    const planned = await migrate(folder, '--dry-run')
    const report = JSON.parse(planned.stdout)
    expect(report.files.slice(5).map((f: { object: string; created: number }) => [f.object, f.created])).toEqual([
      ['noteTargets', 9],
      ['taskTargets', 4],
    ])
    for (const plural of ['companies', 'notes', 'tasks', 'noteTargets', 'taskTargets'])
      expect(server.records(plural)).toHaveLength(0)
  })

  it('migrates Pipedrive activities as tasks linked by name, and fills organization and deal owners from the members by name', async () => {
    const folder = join(dir, 'pipedrive')
    await cp(join(DATA, 'pipedrive'), folder, { recursive: true })
    const { stdout, stderr } = await migrate(folder)
    expect(stderr).toBe('')
    const report = JSON.parse(stdout)
    expect(report.links.unresolved.filter((u: { column: string }) => u.column.endsWith('Owner'))).toEqual([])
    const companies = live('companies')
    expect(companies.length).toBeGreaterThan(0)
    for (const company of companies) expect(company['accountOwnerId']).toBe(JANE)
    for (const deal of live('opportunities')) expect(deal['ownerId']).toBe(JANE)

    // Activities: Done / To do, assigned by name; a name two organizations or deals share is reported, not guessed.
    const tasks = live('tasks')
    expect(tasks.map((t) => [t['title'], t['status'], t['assigneeId']])).toEqual([
      ['Call about the proposal', 'TODO', JANE],
      ['Demo', 'DONE', JANE],
      ['Send the deck', 'DONE', JANE],
      ['Check in', 'TODO', JANE],
    ])
    const call = tasks[0]!['id']
    const targets = live('taskTargets').filter((t) => t['taskId'] === call)
    expect(targets.map((t) => [t['opportunityId'] ?? null, t['personId'] ?? null, t['companyId'] ?? null])).toEqual([
      [live('opportunities').find((d) => d['name'] === 'Hooli deal')!['id'], null, null],
      [null, live('people').find((p) => (p['name'] as { firstName: string }).firstName === 'Edsger')!['id'], null],
      [null, null, companies.find((c) => c['name'] === 'Hooli')!['id']],
    ])
    expect(live('taskTargets')).toHaveLength(4)
    expect(report.links.unresolved.filter((u: { file: string }) => u.file.startsWith('activities'))).toEqual([
      { file: 'activities-9876543-21.csv', row: 5, column: 'Activity - Deal', value: 'Acme Corp deal' },
      { file: 'activities-9876543-21.csv', row: 4, column: 'Activity - Organization', value: 'Initech' },
    ])
  })

  it('migrates Salesforce notes and tasks on polymorphic ids, and fills owners through User.csv: an owner id -> the user’s email -> the member', async () => {
    const folder = join(dir, 'salesforce')
    await cp(join(DATA, 'salesforce'), folder, { recursive: true })
    const { stdout, stderr } = await migrate(folder)
    expect(stderr).toBe('')
    const report = JSON.parse(stdout)
    // Account 10 (Tyrell) is owned by a user who left: no member has their email.
    // Account 10 (Tyrell) and task 3 belong to a user who left: no member has their email. Note 5 hangs off a case.
    expect(
      report.links.unresolved.filter((u: { column: string }) =>
        ['OwnerId', 'ParentId', 'WhoId', 'WhatId'].includes(u.column),
      ),
    ).toEqual([
      { file: 'Account.csv', row: 12, column: 'OwnerId', value: expect.stringMatching(/^005/) },
      { file: 'Note.csv', row: 6, column: 'ParentId', value: expect.stringMatching(/^500/) },
      { file: 'Task.csv', row: 4, column: 'OwnerId', value: expect.stringMatching(/^005/) },
    ])
    const companies = live('companies')
    expect(companies.find((c) => c['name'] === 'Acme Corp')!['accountOwnerId']).toBe(JANE)
    expect(companies.find((c) => c['name'] === 'Tyrell')!['accountOwnerId'] ?? null).toBeNull()
    for (const deal of live('opportunities')) expect(deal['ownerId']).toBe(JANE)

    // Notes: the deleted one left out; each on the record its ParentId's key prefix names (a lead is a person).
    const people = live('people')
    const personId = (first: string) =>
      people.find((p) => (p['name'] as { firstName: string }).firstName === first)!['id']
    const companyId = (name: string) => companies.find((c) => c['name'] === name)!['id']
    const dealId = (name: string) => live('opportunities').find((d) => d['name'] === name)!['id']
    const notes = live('notes')
    expect(notes.map((n) => n['title']).sort()).toEqual([
      'Call notes',
      'Case note',
      'Lead note',
      'Pricing',
      'Renewal terms',
    ])
    const on = (plural: string, own: string, id: unknown) =>
      live(plural)
        .filter((t) => t[own] === id)
        .map((t) => t['personId'] ?? t['companyId'] ?? t['opportunityId'])
    const note = (title: string) => notes.find((n) => n['title'] === title)!['id']
    expect(on('noteTargets', 'noteId', note('Renewal terms'))).toEqual([companyId('Acme Corp')])
    expect(on('noteTargets', 'noteId', note('Call notes'))).toEqual([personId('Ada')])
    expect(on('noteTargets', 'noteId', note('Pricing'))).toEqual([dealId('Globex renewal 2')])
    expect(on('noteTargets', 'noteId', note('Lead note'))).toEqual([personId('Mary')])
    expect(live('noteTargets')).toHaveLength(4)
    // Tasks: WhoId and WhatId each a target; status from Salesforce's words; the assignee through User.csv.
    const tasks = live('tasks')
    const task = (title: string) => tasks.find((t) => t['title'] === title)!
    expect(task('Send the contract')).toMatchObject({
      status: 'TODO',
      assigneeId: JANE,
      bodyV2: { markdown: 'Contract v2' },
    })
    expect(task('Follow up')).toMatchObject({ status: 'IN_PROGRESS', assigneeId: JANE })
    expect(task('Quarterly review')).toMatchObject({ status: 'DONE' })
    expect(task('Quarterly review')['assigneeId'] ?? null).toBeNull()
    expect(on('taskTargets', 'taskId', task('Send the contract')['id'])).toEqual([
      personId('Ada'),
      dealId('Acme Corp renewal 1'),
    ])
    expect(on('taskTargets', 'taskId', task('Follow up')['id'])).toEqual([personId('Grace'), companyId('Globex')])
    expect(live('taskTargets')).toHaveLength(5)
  })
})
