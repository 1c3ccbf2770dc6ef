// `preflight push <project.preflight>`: a project of companies, people and opportunities linked by domain and
// email, listed out of order, pushed by the built CLI into the loopback test workspace in the order Twenty
// needs, each file's recipe replayed first. Asserts on what the workspace holds.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from './built-cli.test-support'
import { startWorkspaceServer, type WorkspaceServer } from '../../e2e/workspace-server/workspace-server'
import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  type ProjectFile,
  type ProjectSource,
} from '../../shared/project/project-file'
import { fingerprintFile, writeProject } from '../main/project/project-store'

const ROOT = resolve(__dirname, '../..')
const MODEL_PATH = join(ROOT, 'e2e/data/workspace-model.json')
const KEY = 'pf_test_project_51c0'

const run = (args: string[]) => runCli(args, { PREFLIGHT_API_KEY: KEY })

let server: WorkspaceServer
let dir: string
beforeEach(async () => {
  server = await startWorkspaceServer({
    model: JSON.parse(await readFile(MODEL_PATH, 'utf8')),
    apiKey: KEY,
    rateLimitPerMinute: 100_000,
  })
  dir = await mkdtemp(join(tmpdir(), 'preflight-project-'))
})
afterEach(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

const FILES = {
  'companies.csv': 'Company,Website\nAcme Corp,http://www.acme.com/about\nGlobex,globex.io\n',
  'people.csv':
    'E-mail;Prénom;Nom;Site société\n ADA@ACME.COM ;ada;lovelace;acme.com\ngrace@globex;grace;hopper;www.globex.io\n',
  'deals.csv':
    'Deal,Amount,Currency,Company site,Contact\nRenewal,"1.500,00",€,globex.io,grace@globex.io\nPilot,250,EUR,acme.com,ada@acme.com\n',
}

async function source(
  id: string,
  name: keyof typeof FILES,
  object: string,
  columns: Record<string, string | null>,
  operations: ProjectSource['operations'] = [],
  settings = {},
): Promise<ProjectSource> {
  const path = join(dir, name)
  return {
    id,
    path: name,
    fingerprint: await fingerprintFile(path),
    open: {},
    columns: Object.keys(columns).map((header, i) => ({ id: `c${i}`, name: header })),
    mapping: { object, columns },
    settings,
    operations,
  }
}

async function writeFixture(): Promise<string> {
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(dir, name), text)
  const now = new Date().toISOString()
  const project: ProjectFile = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: 'Client migration',
    createdAt: now,
    updatedAt: now,
    workspace: null,
    settings: { defaultCountry: 'DE' },
    // Listed out of order on purpose: the push must go companies, people, opportunities.
    files: [
      await source('deals', 'deals.csv', 'opportunities', {
        Deal: 'name',
        Amount: 'amount.amountMicros',
        Currency: 'amount.currencyCode',
        'Company site': 'company.domainName.primaryLinkUrl',
        Contact: 'pointOfContact.emails.primaryEmail',
      }),
      await source(
        'people',
        'people.csv',
        'people',
        {
          'E-mail': 'emails.primaryEmail',
          Prénom: 'name.firstName',
          Nom: 'name.lastName',
          'Site société': 'company.domainName.primaryLinkUrl',
        },
        [
          { op: 'change-case', columns: ['c1', 'c2'], to: 'title' },
          { op: 'set-cells', cells: [{ column: 'c0', rows: [1], values: ['grace@globex.io'] }] },
        ],
      ),
      await source('companies', 'companies.csv', 'companies', {
        Company: 'name',
        Website: 'domainName.primaryLinkUrl',
      }),
    ],
  }
  const path = join(dir, 'migration.preflight')
  await writeProject(path, project)
  return path
}

describe('preflight push <project>', () => {
  it('pushes companies, people and opportunities in relation order, linked by domain and email, recipes replayed', async () => {
    const project = await writeFixture()
    const first = await run(['push', project, '--workspace', server.url, '--model', MODEL_PATH, '--rate', '6000'])
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    const report = JSON.parse(first.stdout)
    expect(report).toMatchObject({
      created: 6,
      updated: 0,
      failed: 0,
      rejected: 0,
      skipped: 0,
      journal: `${project}.push-journals`,
    })
    expect(report.files.map((f: { object: string }) => f.object)).toEqual(['companies', 'people', 'opportunities'])
    expect(report.files[1].recipe).toEqual({ applied: 2, skipped: [] })

    const companies = server.records('companies')
    const companyId = (domain: string) =>
      companies.find((c) => (c['domainName'] as { primaryLinkUrl: string }).primaryLinkUrl === `https://${domain}`)![
        'id'
      ]
    const people = server.records('people')
    const person = (email: string) =>
      people.find((p) => (p['emails'] as { primaryEmail: string }).primaryEmail === email)!
    expect(person('ada@acme.com')).toMatchObject({
      name: { firstName: 'Ada', lastName: 'Lovelace' },
      companyId: companyId('acme.com'),
    })
    expect(person('grace@globex.io')).toMatchObject({
      name: { firstName: 'Grace', lastName: 'Hopper' },
      companyId: companyId('globex.io'),
    })
    const deals = server.records('opportunities')
    expect(deals.find((d) => d['name'] === 'Renewal')).toMatchObject({
      amount: { amountMicros: 1_500_000_000, currencyCode: 'EUR' },
      companyId: companyId('globex.io'),
      pointOfContactId: person('grace@globex.io')['id'],
    })
    expect(deals.find((d) => d['name'] === 'Pilot')).toMatchObject({
      companyId: companyId('acme.com'),
      pointOfContactId: person('ada@acme.com')['id'],
    })

    const again = await run(['push', project, '--workspace', server.url, '--model', MODEL_PATH, '--rate', '6000'])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, skipped: 6 })
    expect(server.records('people')).toHaveLength(2)
    expect(server.records('opportunities')).toHaveLength(2)
  })

  it('links a relation to a record created earlier in the same push by its id, so a server without nested connect takes it', async () => {
    await server.close()
    server = await startWorkspaceServer({
      model: JSON.parse(await readFile(MODEL_PATH, 'utf8')),
      apiKey: KEY,
      rateLimitPerMinute: 100_000,
      nestedConnect: false,
    })
    const project = await writeFixture()
    const { code, stdout, stderr } = await run([
      'push',
      project,
      '--workspace',
      server.url,
      '--model',
      MODEL_PATH,
      '--rate',
      '6000',
    ])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({ created: 6, failed: 0 })
    // Each person's company, each deal's company and point of contact: all by the ids this push gave them.
    expect(report.files.map((f: { result: { linkedById: number } }) => f.result.linkedById)).toEqual([0, 2, 4])
    const companies = server.records('companies')
    const people = server.records('people')
    const acme = companies.find(
      (c) => (c['domainName'] as { primaryLinkUrl: string }).primaryLinkUrl === 'https://acme.com',
    )!
    const ada = people.find((p) => (p['emails'] as { primaryEmail: string }).primaryEmail === 'ada@acme.com')!
    expect(ada['companyId']).toBe(acme['id'])
    expect(server.records('opportunities').find((d) => d['name'] === 'Pilot')).toMatchObject({
      companyId: acme['id'],
      pointOfContactId: ada['id'],
    })

    // Run again: the earlier files are all done (skipped), and their journaled ids still resolve the links.
    const again = await run(['push', project, '--workspace', server.url, '--model', MODEL_PATH, '--rate', '6000'])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, skipped: 6, failed: 0 })
  })

  it('plans what updates change per field, and --fill-only keeps values the workspace already holds', async () => {
    const project = await writeFixture()
    server.seed('companies', [{ name: 'Globex Corporation', domainName: { primaryLinkUrl: 'https://globex.io' } }])
    server.seed('people', [
      { name: { firstName: 'Augusta', lastName: '' }, emails: { primaryEmail: 'ada@acme.com' }, jobTitle: 'Countess' },
    ])
    const planned = await run([
      'push',
      project,
      '--workspace',
      server.url,
      '--model',
      MODEL_PATH,
      '--rate',
      '6000',
      '--dry-run',
    ])
    expect(planned.code).toBe(0)
    const plan = JSON.parse(planned.stdout)
    expect(plan).toMatchObject({ create: 4, update: 2, restore: 0, unchanged: 0, journal: null })
    expect(plan.files.map((f: { result: { changes: Record<string, number> } }) => f.result.changes)).toEqual([
      { name: 1 },
      { name: 1 },
      {},
    ])

    const bad = await run(['push', project, '--workspace', server.url, '--model', MODEL_PATH, '--fill-only', 'nmae'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--fill-only names nmae')

    const pushed = await run([
      'push',
      project,
      '--workspace',
      server.url,
      '--model',
      MODEL_PATH,
      '--rate',
      '6000',
      '--fill-only',
      'name',
    ])
    expect(pushed.code).toBe(0)
    expect(JSON.parse(pushed.stdout)).toMatchObject({ created: 4, updated: 2, failed: 0 })
    // The company keeps its name; the person keeps her first name and gains the last name she had none of.
    expect(
      server
        .records('companies')
        .find((c) => (c['domainName'] as { primaryLinkUrl: string }).primaryLinkUrl === 'https://globex.io'),
    ).toMatchObject({ name: 'Globex Corporation' })
    const ada = server
      .records('people')
      .find((p) => (p['emails'] as { primaryEmail: string }).primaryEmail === 'ada@acme.com')!
    expect(ada['name']).toEqual({ firstName: 'Augusta', lastName: 'Lovelace' })
    expect(ada['jobTitle']).toBe('Countess')
    expect(server.records('companies')).toHaveLength(2)
    expect(server.records('people')).toHaveLength(2)
  })

  it('replays a changed source file by column name, skipping row edits and saying so', async () => {
    const project = await writeFixture()
    // Next month's export: columns moved, one more person, and the broken email still there.
    await writeFile(
      join(dir, 'people.csv'),
      'Nom;E-mail;Prénom;Site société\nlovelace;ada@acme.com;ada;acme.com\nhopper;grace@globex;grace;globex.io\nturing;alan@acme.com;alan;acme.com\n',
    )
    const { code, stdout } = await run([
      'push',
      project,
      '--workspace',
      server.url,
      '--model',
      MODEL_PATH,
      '--rate',
      '6000',
      '--dry-run',
    ])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    const people = report.files.find((f: { object: string }) => f.object === 'people')
    expect(people.sourceChanged).toBe(true)
    expect(people.recipe.applied).toBe(1)
    expect(people.recipe.skipped).toEqual([
      { step: 2, op: 'set-cells', reason: 'It edits particular rows of the earlier version of the file.' },
    ])
    expect(people.result).toMatchObject({ create: 2, update: 0, rejected: 1 })
    expect(server.records('people')).toHaveLength(0)
  })

  it('names the rejected files after the file when two files of a project go to one object', async () => {
    const project = await writeFixture()
    await writeFile(
      join(dir, 'more-people.csv'),
      'E-mail;Prénom;Nom;Site société\nkj@globex.io;katherine;johnson;globex.io\nnot-an-email;x;y;globex.io\n',
    )
    const saved = JSON.parse(await readFile(project, 'utf8')) as ProjectFile
    const people = saved.files.find((f) => f.id === 'people')!
    saved.files.push({
      ...(await source('more', 'more-people.csv' as keyof typeof FILES, 'people', people.mapping.columns)),
      operations: [],
    })
    await writeProject(project, saved)
    const out = join(dir, 'out')
    const { code, stdout } = await run([
      'push',
      project,
      '--workspace',
      server.url,
      '--model',
      MODEL_PATH,
      '--rate',
      '6000',
      '--out',
      out,
    ])
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toMatchObject({ created: 7, rejected: 1 })
    const names = (await readdir(out)).sort()
    expect(names).toEqual(
      expect.arrayContaining([
        'companies-rejected.csv',
        'people-people-rejected.csv',
        'people-more-rejected.csv',
        'people-more-rejected.xlsx',
      ]),
    )
  })

  it('refuses flags a project carries itself, and a file that is not a project', async () => {
    const project = await writeFixture()
    const flagged = await run(['push', project, '--workspace', server.url, '--object', 'people'])
    expect(flagged).toMatchObject({
      code: 2,
      stderr: '--object does not apply to a project: each of its files carries its own.\n',
    })
    const bogus = join(dir, 'bogus.preflight')
    await writeFile(bogus, '{"format":"preflight-project","version":9}')
    const newer = await run(['push', bogus, '--workspace', server.url, '--model', MODEL_PATH])
    expect(newer.code).toBe(2)
    expect(newer.stderr).toMatch(/newer Preflight/)
  })
})
