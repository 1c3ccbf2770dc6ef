// One sheet, several objects, through a user's week with the built CLI: a deals export whose rows name their
// company and contact, made into a project of three files (the companies and the people parts of the sheet, and the
// deals), pushed into a workspace that already holds one of the companies and, soft-deleted, one of the contacts;
// pushed again unchanged; next week's export (a new deal with a new company, a renamed company, rows shuffled)
// pushed over it; then the whole push rolled back. Asserts on what the workspace holds after each step.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from './built-cli.test-support'
import { startWorkspaceServer, type WorkspaceServer } from '../../e2e/workspace-server/workspace-server'
import { suggestSheetParts } from '../../shared/mapping/sheet-parts'
import { DEFAULT_MODEL } from '../../shared/model/default-model'
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectFile } from '../../shared/project/project-file'
import { sheetPartFiles, type DraftFile } from '../../shared/project/sheet-part-files'
import { fingerprintFile, writeProject } from '../main/project/project-store'

const ROOT = resolve(__dirname, '../..')
const MODEL_PATH = join(ROOT, 'e2e/data/workspace-model.json')
const KEY = 'pf_test_sheet_parts_7a21'
const run = (args: string[]) => runCli(args, { PREFLIGHT_API_KEY: KEY })
const push = (project: string, ...more: string[]) =>
  run(['push', project, '--workspace', server.url, '--model', MODEL_PATH, '--rate', '100', ...more])

let server: WorkspaceServer
let dir: string
beforeEach(async () => {
  // Twenty's default rate, and a server without nested connect: links must go by the ids the push gave.
  server = await startWorkspaceServer({
    model: JSON.parse(await readFile(MODEL_PATH, 'utf8')),
    apiKey: KEY,
    rateLimitPerMinute: 100,
    nestedConnect: false,
  })
  dir = await mkdtemp(join(tmpdir(), 'preflight-sheet-parts-'))
})
afterEach(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

const HEADER = 'Deal Name,Amount,Company Name,Company Domain,Contact Name,Contact Email'
const WEEK_1 = [
  'Acme renewal,1000,Acme,acme.com,Ada Lovelace,ada@acme.com',
  'Acme upsell,500,Acme,https://www.acme.com/,Ada Lovelace,ADA@acme.com',
  'Initech pilot,200,Initech,initech.io,Peter Gibbons,peter@initech.io',
  'Acme extension,300,,ACME.COM,Grace Hopper,grace@acme.com',
  'Walk-in,10,,,,',
]
const WEEK_2 = [
  'Initech pilot,200,Initech Ltd,initech.io,Peter Gibbons,peter@initech.io',
  'Umbrella intro,700,Umbrella,umbrella.com,Alice Abernathy,alice@umbrella.com',
  'Walk-in,10,,,,',
  'Acme extension,300,,ACME.COM,Grace Hopper,grace@acme.com',
  'Acme renewal,1000,Acme,acme.com,Ada Lovelace,ada@acme.com',
  'Acme upsell,500,Acme,https://www.acme.com/,Ada Lovelace,ADA@acme.com',
]

async function writeDeals(rows: readonly string[]): Promise<void> {
  await writeFile(join(dir, 'deals.csv'), [HEADER, ...rows].join('\n') + '\n')
}

/** The project the app makes when the user adds the sheet's companies and people from the mapping screen. */
async function writeSheetProject(): Promise<string> {
  await writeDeals(WEEK_1)
  const headers = HEADER.split(',')
  const columns = headers.map((name, i) => ({ id: `c${i}`, name }))
  const sheet: DraftFile = {
    id: 'file-1',
    path: 'deals.csv',
    open: {},
    columns,
    mapping: {
      object: 'opportunities',
      columns: {
        'Deal Name': 'name',
        Amount: 'amount.amountMicros',
        'Company Name': null,
        'Company Domain': null,
        'Contact Name': null,
        'Contact Email': null,
      },
    },
    settings: {},
    operations: [],
    rebased: false,
  }
  const samples = headers.map((_, c) => WEEK_1.map((row) => row.split(',')[c]!))
  const parts = suggestSheetParts({
    headers,
    samples,
    model: DEFAULT_MODEL,
    objectName: 'opportunities',
    mapped: headers.map((h) => sheet.mapping.columns[h] ?? null),
  })
  const { sheetColumns, files } = sheetPartFiles(sheet, columns, parts, ['file-1'], DEFAULT_MODEL)
  const fingerprint = await fingerprintFile(join(dir, 'deals.csv'))
  const now = new Date().toISOString()
  const project: ProjectFile = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: 'Deals',
    createdAt: now,
    updatedAt: now,
    workspace: null,
    settings: {},
    files: [{ ...sheet, mapping: { object: 'opportunities', columns: sheetColumns } }, ...files].map(
      ({ rebased: _rebased, ...file }) => ({ ...file, fingerprint }),
    ),
  }
  const path = join(dir, 'deals.preflight')
  await writeProject(path, project)
  return path
}

const url = (record: Record<string, unknown>) =>
  (record['domainName'] as { primaryLinkUrl?: string } | undefined)?.primaryLinkUrl
const email = (record: Record<string, unknown>) =>
  (record['emails'] as { primaryEmail?: string } | undefined)?.primaryEmail
const live = (plural: string) => server.records(plural).filter((r) => r['deletedAt'] === null)

/** Every deal linked to the company and contact its row names, by the ids they have in the workspace. */
function expectLinked(rows: readonly string[]): void {
  const companyId = new Map(live('companies').map((c) => [url(c)!.replace('https://', ''), c['id']]))
  const personId = new Map(live('people').map((p) => [email(p)!, p['id']]))
  for (const person of live('people')) expect(person['companyId']).toBe(companyId.get(email(person)!.split('@')[1]!))
  const deals = new Map(live('opportunities').map((d) => [d['name'], d]))
  expect(deals.size).toBe(rows.length)
  for (const row of rows) {
    const [name, , , domain, , contact] = row.split(',')
    const key = domain
      ? domain
          .toLowerCase()
          .replace(/^https:\/\/www\./, '')
          .replace(/[/.]$/, '')
      : null
    expect(deals.get(name)?.['companyId'] ?? null).toBe(key === null ? null : companyId.get(key))
    expect(deals.get(name)?.['pointOfContactId'] ?? null).toBe(contact ? personId.get(contact.toLowerCase()) : null)
  }
}

describe('one sheet, several objects, through a week', () => {
  it('creates each company and contact once, links every deal, takes next week’s export, and rolls back', async () => {
    const project = await writeSheetProject()
    server.seed('companies', [{ name: 'Acme (already here)', domainName: { primaryLinkUrl: 'https://acme.com' } }])
    server.seed('people', [
      { name: { firstName: 'Grace', lastName: 'Hopper' }, emails: { primaryEmail: 'grace@acme.com' } },
    ])
    server.softDelete('people', live('people')[0]!['id'] as string)

    const first = await push(project)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    const report = JSON.parse(first.stdout)
    expect(report.files.map((f: { object: string }) => f.object)).toEqual(['companies', 'people', 'opportunities'])
    expect(report).toMatchObject({ created: 1 + 2 + 5, updated: 1 + 1, failed: 0, rejected: 0 })
    expect(live('companies').map(url).sort()).toEqual(['https://acme.com', 'https://initech.io'])
    expect(live('people').map(email).sort()).toEqual(['ada@acme.com', 'grace@acme.com', 'peter@initech.io'])
    expect(server.records('people')).toHaveLength(3)
    expectLinked(WEEK_1)

    // Pushed again unchanged: the dry run and the push both find every record as it is (links by the ids they got).
    const dry = await push(project, '--dry-run')
    expect(dry.code).toBe(0)
    expect(
      JSON.parse(dry.stdout).files.map((f: { result: { create: number; update: number; unchanged: number } }) => [
        f.result.create,
        f.result.update,
        f.result.unchanged,
      ]),
    ).toEqual([
      [0, 0, 2],
      [0, 0, 3],
      [0, 0, 5],
    ])
    const again = await push(project)
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, failed: 0 })

    // Next week's export at the same path: the recipe replays on it, keys find last week's records.
    await writeDeals(WEEK_2)
    const next = await push(project)
    expect(next.stderr).toBe('')
    expect(next.code).toBe(0)
    const week2 = JSON.parse(next.stdout)
    expect(
      week2.files.map((f: { result: { created: number; updated: number } }) => [f.result.created, f.result.updated]),
    ).toEqual([
      [1, 1],
      [1, 0],
      [1, 0],
    ])
    expect(live('companies')).toHaveLength(3)
    expect(live('companies').find((c) => url(c) === 'https://initech.io')).toMatchObject({ name: 'Initech Ltd' })
    expect(live('people')).toHaveLength(4)
    expectLinked(WEEK_2)

    const rollback = await run(['rollback', `${project}.push-journals`, '--workspace', server.url])
    expect(rollback.stderr).toBe('')
    expect(rollback.code).toBe(0)
    // What the pushes created is gone; the company and contact the workspace held before are as they were.
    expect(live('opportunities')).toHaveLength(0)
    expect(live('companies').map((c) => [url(c), c['name']])).toEqual([['https://acme.com', 'Acme (already here)']])
    expect(live('people')).toHaveLength(0)
    expect(server.records('people').find((p) => email(p) === 'grace@acme.com')?.['deletedAt']).not.toBeNull()
  })
})
