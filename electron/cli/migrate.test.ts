// `preflight migrate <folder>`: HubSpot, Salesforce and Pipedrive exports (e2e/data/migrate, shaped as each
// system writes them) migrated by the built CLI into the loopback test workspace. Asserts on what the workspace
// holds: companies, people linked to their company, deals linked to their company and first (or primary)
// contact; links that name no row (or an ambiguous name) listed and left empty; a rerun creates nothing twice.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli, startCli } from './built-cli.test-support'
import { startWorkspaceServer, type WorkspaceServer } from '../../e2e/workspace-server/workspace-server'

const ROOT = resolve(__dirname, '../..')
const MODEL_PATH = join(ROOT, 'e2e/data/workspace-model.json')
const DATA = join(ROOT, 'e2e/data/migrate')
const KEY = 'pf_test_migrate_7a21'

const run = (args: string[]) => runCli(args, { PREFLIGHT_API_KEY: KEY })

let server: WorkspaceServer
let dir: string
beforeEach(async () => {
  server = await startWorkspaceServer({
    model: JSON.parse(await readFile(MODEL_PATH, 'utf8')),
    apiKey: KEY,
    rateLimitPerMinute: 100_000,
  })
  dir = await mkdtemp(join(tmpdir(), 'preflight-migrate-'))
})
afterEach(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

/** A copy of an export folder; `only`: just its files whose names match (the rest are another test's). */
async function exportOf(system: string, only?: RegExp): Promise<string> {
  const folder = join(dir, system)
  await cp(join(DATA, system), folder, {
    recursive: true,
    filter: (path) => only === undefined || !path.endsWith('.csv') || only.test(path),
  })
  return folder
}

const migrate = (folder: string, ...flags: string[]) =>
  run(['migrate', folder, '--workspace', server.url, '--model', MODEL_PATH, '--rate', '6000', ...flags])
type Rec = Record<string, unknown>
const byName = (records: Rec[], name: string) => records.filter((r) => r['name'] === name)
const personNamed = (records: Rec[], first: string, last: string) =>
  records.filter(
    (r) =>
      (r['name'] as { firstName: string; lastName: string }).firstName === first &&
      (r['name'] as { lastName: string }).lastName === last,
  )

describe('preflight migrate', () => {
  it('migrates a HubSpot export: companies, contacts by Associated Company IDs, deals to company and first contact; a rerun creates nothing', async () => {
    // Its notes and tasks (and owners) are migrate-notes.test.ts's: this workspace's model has no notes or members.
    const folder = await exportOf('hubspot', /-(companies|contacts|deals)-/)
    const first = await migrate(folder)
    // This workspace has no members to own companies or deals: the owner columns are left out, and it says so.
    expect(first.stderr.split('\n').filter(Boolean)).toEqual([
      `Left out the column "Company owner" of ${join(folder, 'hubspot-crm-exports-all-companies-2025-11-03.csv')}: Companies in this workspace have no accountOwner relation to a workspace member, so the owners are not imported.`,
      `Left out the column "Deal owner" of ${join(folder, 'hubspot-crm-exports-all-deals-2025-11-03.csv')}: Opportunities in this workspace have no owner relation to a workspace member, so the owners are not imported.`,
    ])
    const report = JSON.parse(first.stdout)
    expect(report.files).toEqual([
      {
        file: 'hubspot-crm-exports-all-companies-2025-11-03.csv',
        object: 'companies',
        rows: 12,
        created: 12,
        updated: 0,
        unchanged: 0,
        failed: 0,
        rejected: 0,
      },
      {
        file: 'hubspot-crm-exports-all-contacts-2025-11-03.csv',
        object: 'people',
        rows: 20,
        created: 20,
        updated: 0,
        unchanged: 0,
        failed: 0,
        rejected: 0,
      },
      {
        file: 'hubspot-crm-exports-all-deals-2025-11-03.csv',
        object: 'opportunities',
        rows: 15,
        created: 15,
        updated: 0,
        unchanged: 0,
        failed: 0,
        rejected: 0,
      },
    ])
    // Contacts 5 and 12 and deal 9 name records the export does not hold: listed, left empty, the rows land.
    expect(report.links.unresolved).toEqual([
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
    ])
    expect(report).toMatchObject({
      created: 47,
      updated: 0,
      failed: 0,
      rejected: 0,
      journal: join(folder, 'migration.preflight.push-journals'),
    })
    expect(first.code).toBe(1)

    const companies = server.records('companies')
    const people = server.records('people')
    const deals = server.records('opportunities')
    expect(companies).toHaveLength(12)
    const companyId = (name: string) => byName(companies, name)[0]!['id']
    // No record got a HubSpot id as its id.
    for (const record of [...companies, ...people, ...deals]) expect(String(record['id'])).toMatch(/^[0-9a-f-]{36}$/)
    expect(personNamed(people, 'Ada', 'Lovelace')[0]).toMatchObject({
      companyId: companyId('Acme Corp'),
      jobTitle: 'Engineer',
    })
    // Contact 3 is associated with Umbrella and Hooli: the first is its company.
    expect(personNamed(people, 'Katherine', 'Johnson')[0]!['companyId']).toBe(companyId('Umbrella'))
    expect(personNamed(people, 'Barbara', 'Liskov')[0]!['companyId'] ?? null).toBeNull()
    const deal = (name: string) => byName(deals, name)[0]!
    expect(deal('Acme Corp deal 1')).toMatchObject({
      companyId: companyId('Acme Corp'),
      pointOfContactId: personNamed(people, 'Ada', 'Lovelace')[0]!['id'],
      stage: 'MEETING',
      amount: { amountMicros: 1_000_000_000, currencyCode: 'USD' },
    })
    // Deal 5 names two contacts: the first is its point of contact.
    expect(deal('Hooli deal 5')['pointOfContactId']).toBe(personNamed(people, 'John', 'Backus')[0]!['id'])
    expect(deal('Stark Industries deal 6')['stage']).toBe('CUSTOMER')
    expect(deal('Soylent deal 10')['pointOfContactId'] ?? null).toBeNull()

    // The project the app opens: every file, its mapping, source key and links.
    const project = JSON.parse(await readFile(join(folder, 'migration.preflight'), 'utf8'))
    expect(project.files.map((f: { source: { keyColumn: string } }) => f.source.keyColumn)).toEqual([
      'Record ID',
      'Record ID',
      'Record ID',
    ])
    expect(project.files[1].mapping.columns['Record ID']).toBeNull()
    expect(project.files[1].links).toEqual([
      { column: 'Associated Company IDs', field: 'company', target: 'companies', by: 'key' },
    ])
    const unresolvedCsv = await readFile(join(folder, 'unresolved-links.csv'), 'utf8')
    expect(unresolvedCsv.split('\n')[1]).toBe(
      'hubspot-crm-exports-all-contacts-2025-11-03.csv,7,Associated Company IDs,5100299999,No row of the linked file has this id or name.',
    )

    // Item 7: the same folder again changes nothing; next week's export (a contact's email and title changed,
    // rows reordered) updates that contact, keyed by its Record ID, and still creates nothing.
    const again = await migrate(folder)
    expect(again.code).toBe(1)
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, failed: 0, rejected: 0 })
    expect(JSON.parse(again.stdout).files.map((f: { unchanged: number }) => f.unchanged)).toEqual([12, 20, 15])
    const contactsPath = join(folder, 'hubspot-crm-exports-all-contacts-2025-11-03.csv')
    const [header, ...lines] = (await readFile(contactsPath, 'utf8')).trimEnd().split('\r\n')
    const edited = lines
      .map((line) =>
        line.startsWith('8100300400,')
          ? line.replace('ada.lovelace@acmecorp.example', 'ada@lovelace.example').replace('Engineer', 'Chief Engineer')
          : line,
      )
      .reverse()
    await writeFile(contactsPath, `${[header, ...edited].join('\r\n')}\r\n`)
    const edit = await migrate(folder)
    expect(JSON.parse(edit.stdout)).toMatchObject({ created: 0, updated: 1, failed: 0 })
    expect(server.records('people')).toHaveLength(20)
    expect(server.records('companies')).toHaveLength(12)
    expect(server.records('opportunities')).toHaveLength(15)
    const ada = personNamed(server.records('people'), 'Ada', 'Lovelace')[0]!
    expect(ada).toMatchObject({
      jobTitle: 'Chief Engineer',
      emails: { primaryEmail: 'ada@lovelace.example' },
      companyId: companyId('Acme Corp'),
    })
  })

  it('migrates a Salesforce export: IsDeleted rows left out, 15- and 18-character ids, key prefixes, the primary contact role first', async () => {
    // Its notes and tasks are migrate-notes.test.ts's: this workspace's model has no notes.
    const folder = await exportOf(
      'salesforce',
      /\/(Account|Contact|Lead|Opportunity|OpportunityContactRole|User)\.csv$/,
    )
    const { code, stdout, stderr } = await migrate(folder, '--time-zone', 'UTC')
    // This workspace has no members: the owner columns of accounts and opportunities are left out, and it says so.
    expect(
      stderr
        .split('\n')
        .filter(Boolean)
        .map((line) => line.replace(/ of \S+: .*/, '')),
    ).toEqual(['Left out the column "OwnerId"', 'Left out the column "OwnerId"'])
    const report = JSON.parse(stdout)
    expect(report.files.map((f: Rec) => [f['file'], f['object'], f['rows'], f['created'], f['rejected']])).toEqual([
      ['Account.csv', 'companies', 11, 11, 0],
      ['Contact.csv', 'people', 19, 19, 0],
      ['Lead.csv', 'people', 3, 3, 0],
      ['Opportunity.csv', 'opportunities', 14, 14, 0],
    ])
    expect(report.links.unresolved).toEqual([
      { file: 'Contact.csv', row: 8, column: 'AccountId', value: '0015g00000011AbAAI' },
      { file: 'Contact.csv', row: 15, column: 'AccountId', value: '0015g00000999AbAAI' },
      { file: 'Contact.csv', row: 16, column: 'AccountId', value: '0035g00000001AbAAI' },
      { file: 'OpportunityContactRole.csv', row: 8, column: 'ContactId', value: '0035g00000999AbAAI' },
    ])
    expect(code).toBe(1)
    const companies = server.records('companies')
    const people = server.records('people')
    const deals = server.records('opportunities')
    expect(byName(companies, 'Vandelay')).toHaveLength(0)
    expect(personNamed(people, 'Niklaus', 'Wirth')).toHaveLength(0)
    expect(
      people
        .filter((p) => (p['emails'] as { primaryEmail: string }).primaryEmail.endsWith('@prospect.example'))
        .map((p) => (p['name'] as { firstName: string }).firstName)
        .sort(),
    ).toEqual(['Betty', 'Evelyn', 'Mary'])
    const companyId = (name: string) => byName(companies, name)[0]!['id']
    expect(personNamed(people, 'Alan', 'Turing')[0]!['companyId']).toBe(companyId('Initech')) // by the 15-character id
    expect(personNamed(people, 'Ada', 'Lovelace')[0]!['companyId']).toBe(companyId('Acme Corp'))
    expect(personNamed(people, 'Donald', 'Knuth')[0]!['companyId'] ?? null).toBeNull() // its account was deleted
    expect(personNamed(people, 'Tim', 'Berners-Lee')[0]!['companyId'] ?? null).toBeNull() // a Contact id in AccountId
    const deal = (name: string) => byName(deals, name)[0]!
    // Opportunity 1 has an influencer listed first and its primary contact second: the primary one is its contact.
    expect(deal('Acme Corp renewal 1')).toMatchObject({
      companyId: companyId('Acme Corp'),
      pointOfContactId: personNamed(people, 'Ada', 'Lovelace')[0]!['id'],
      stage: 'NEW',
    })
    expect(deal('Globex renewal 2')['pointOfContactId']).toBe(personNamed(people, 'Grace', 'Hopper')[0]!['id'])
    expect(deal('Stark Industries renewal 6')['pointOfContactId'] ?? null).toBeNull()
    // Opportunity 8's role was deleted in Salesforce: no contact, and nothing to report.
    expect(deal('Wonka renewal 8')['pointOfContactId'] ?? null).toBeNull()
    expect(deal('Wayne Enterprises renewal 7')['stage']).toBe('CUSTOMER')

    const again = await migrate(folder, '--time-zone', 'UTC')
    expect(again.stderr).toBe(
      `Using ${join(folder, 'migration.preflight')} as it is (its files, mappings and links; delete it to plan the exports afresh).\n`,
    )
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, failed: 0 })
    expect(server.records('people')).toHaveLength(22)
  })

  it('migrates a Pipedrive export linked by names: an ambiguous name is reported and left empty; --dry-run writes nothing', async () => {
    // Its activities are migrate-notes.test.ts's: this workspace's model has no tasks.
    const folder = await exportOf('pipedrive', /\/(deals|organizations|persons)-/)
    const planned = await migrate(folder, '--dry-run')
    // This workspace has no members: the owner columns are left out, and it says so.
    expect(planned.stderr).toMatch(
      /^Left out the column "Deal - Owner" of .*deals-9876543-21\.csv: Opportunities in this workspace have no owner relation to a workspace member, so the owners are not imported\.\nLeft out the column "Organization - Owner" of .*organizations-9876543-21\.csv: .*\n$/,
    )
    const plan = JSON.parse(planned.stdout)
    expect(plan).toMatchObject({ created: 11 + 19 + 12, updated: 0, journal: null })
    expect(server.records('companies')).toHaveLength(0)

    const { stdout } = await migrate(folder)
    const report = JSON.parse(stdout)
    expect(report.files.map((f: Rec) => [f['file'], f['object'], f['created']])).toEqual([
      ['organizations-9876543-21.csv', 'companies', 11],
      ['persons-9876543-21.csv', 'people', 19],
      ['deals-9876543-21.csv', 'opportunities', 12],
    ])
    expect(report.links.unresolved).toEqual(
      expect.arrayContaining([
        { file: 'persons-9876543-21.csv', row: 4, column: 'Person - Organization', value: 'Initech' },
        { file: 'persons-9876543-21.csv', row: 9, column: 'Person - Organization', value: 'Pied Piper' },
        { file: 'deals-9876543-21.csv', row: 2, column: 'Deal - Contact person', value: 'Ada Lovelace' },
        { file: 'deals-9876543-21.csv', row: 8, column: 'Deal - Contact person', value: 'Nobody Known' },
      ]),
    )
    const companies = server.records('companies')
    const people = server.records('people')
    const grace = personNamed(people, 'Grace', 'Hopper')[0]!
    expect(grace['companyId']).toBe(byName(companies, 'Globex')[0]!['id'])
    expect(personNamed(people, 'Alan', 'Turing')[0]!['companyId'] ?? null).toBeNull()
    const deals = server.records('opportunities')
    expect(byName(deals, 'Globex deal')[0]).toMatchObject({
      companyId: byName(companies, 'Globex')[0]!['id'],
      pointOfContactId: grace['id'],
    })
    expect(byName(deals, 'Acme Corp deal')[0]!['pointOfContactId'] ?? null).toBeNull()

    // A dry run after the push finds every row unchanged, links included.
    const after = JSON.parse((await migrate(folder, '--dry-run')).stdout)
    expect(after).toMatchObject({ created: 0, updated: 0, failed: 0, rejected: 0, journal: null })
    expect(after.files.map((f: { unchanged: number }) => f.unchanged)).toEqual([11, 19, 12])
  })

  it('stops after the batches in flight on SIGTERM (exit 3), and the rerun lands every row once, linked', async () => {
    const folder = await exportOf('hubspot', /-(companies|contacts|deals)-/)
    server.setFaults({ latencyMs: 80 })
    const args = [
      'migrate',
      folder,
      '--workspace',
      server.url,
      '--model',
      MODEL_PATH,
      '--rate',
      '60000',
      '--batch-size',
      '4',
    ]
    const child = startCli(args, { PREFLIGHT_API_KEY: KEY })
    const peopleWrites = () =>
      server.requests.filter((r) => r.method === 'POST' && r.path === '/rest/batch/people' && r.status === 201)
    while (peopleWrites().length === 0) await new Promise((r) => setTimeout(r, 10))
    child.kill('SIGTERM')
    const stopped = await child.done
    expect(stopped.code).toBe(3)
    const partial = JSON.parse(stopped.stdout)
    expect(partial.files.map((f: { object: string }) => f.object)).toEqual(['companies', 'people'])
    expect(partial.files[1].created).toBeLessThan(20)
    expect(server.records('opportunities')).toHaveLength(0)

    server.setFaults({})
    const rest = await run(args)
    const report = JSON.parse(rest.stdout)
    expect(report.files.map((f: { created: number; unchanged: number }) => f.created + f.unchanged)).toEqual([
      12, 20, 15,
    ])
    expect(report).toMatchObject({ failed: 0, rejected: 0 })
    expect(server.records('companies')).toHaveLength(12)
    expect(server.records('people')).toHaveLength(20)
    expect(server.records('opportunities')).toHaveLength(15)
    const acme = byName(server.records('companies'), 'Acme Corp')[0]!
    expect(personNamed(server.records('people'), 'Ada', 'Lovelace')[0]!['companyId']).toBe(acme['id'])
    expect(byName(server.records('opportunities'), 'Acme Corp deal 1')[0]!['companyId']).toBe(acme['id'])
  })

  it('says why it cannot run', async () => {
    const empty = await mkdtemp(join(dir, 'empty-'))
    const none = await migrate(empty)
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/holds no CSV, TSV, TXT, XLSX or XLS export/)
    const missing = await run(['migrate', join(dir, 'nope'), '--workspace', server.url])
    expect(missing).toMatchObject({ code: 2, stderr: `${join(dir, 'nope')} does not exist.\n` })
  })
})
