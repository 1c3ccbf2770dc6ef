// `preflight rollback` as users run it: the built CLI (out/main/cli.js) as a child process, after a real
// `preflight push` into the loopback test workspace that already held some records (one soft-deleted).
// Asserts on what the workspace holds, the JSON printed and the exit code.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startCli } from './built-cli.test-support'
import {
  startWorkspaceServer,
  type StoredRecord,
  type WorkspaceServer,
} from '../../e2e/workspace-server/workspace-server'

const ROOT = resolve(__dirname, '../..')
const MODEL_PATH = join(ROOT, 'e2e/data/workspace-model.json')
const KEY = 'pf_test_rollback_5e1d'
const ID_A = '00000000-0000-4000-8000-0000000000a1'
const ID_B = '00000000-0000-4000-8000-0000000000b1'

const start = (args: string[]) => startCli(args, { PREFLIGHT_API_KEY: KEY })
const run = (args: string[]) => start(args).done

let server: WorkspaceServer
let dir: string
beforeEach(async () => {
  server = await startWorkspaceServer({
    model: JSON.parse(await readFile(MODEL_PATH, 'utf8')),
    apiKey: KEY,
    rateLimitPerMinute: 100_000,
  })
  dir = await mkdtemp(join(tmpdir(), 'preflight-rollback-'))
})
afterEach(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

const emailOf = (record: StoredRecord) => (record['emails'] as { primaryEmail: string }).primaryEmail
const person = (email: string) => server.records('people').find((r) => emailOf(r) === email)
/** What a user compares: every field but the timestamps, and whether the record is deleted. */
const visible = (records: readonly StoredRecord[]) =>
  records
    .map((r): StoredRecord => ({
      ...r,
      createdAt: undefined,
      updatedAt: undefined,
      deletedAt: r['deletedAt'] === null ? null : 'deleted',
    }))
    .sort((a, b) => String(a['id']).localeCompare(String(b['id'])))

/** A workspace holding Ada (live, with an additional email) and Bob (soft-deleted); a file that updates Ada, restores Bob and adds two. */
async function pushed(): Promise<{ file: string; journal: string; seeded: StoredRecord[] }> {
  server.seed('people', [
    {
      id: ID_A,
      name: { firstName: 'Ada', lastName: 'Lovelace' },
      emails: { primaryEmail: 'ada@x.com', additionalEmails: ['ada.l@x.com'] },
      jobTitle: 'Analyst',
      city: 'London',
    },
    {
      id: ID_B,
      name: { firstName: 'Bob', lastName: 'Gone' },
      emails: { primaryEmail: 'bob@x.com', additionalEmails: null },
      jobTitle: 'Clerk',
      city: 'Leeds',
    },
  ])
  server.softDelete('people', ID_B)
  const seeded = server.records('people')
  const file = join(dir, 'people.csv')
  await writeFile(
    file,
    [
      'Email,First Name,Last Name,Job Title,City',
      'ada@x.com,Ada,Lovelace,Countess,London',
      'bob@x.com,Bob,Gone,Clerk,York',
      'cy@x.com,Cy,New,Engineer,Oslo',
      'di@x.com,Di,New,Chemist,Rome',
    ].join('\n'),
  )
  const push = await run([
    'push',
    file,
    '--object',
    'people',
    '--workspace',
    server.url,
    '--model',
    MODEL_PATH,
    '--rate',
    '60000',
  ])
  expect(push.code, push.stderr).toBe(0)
  expect(JSON.parse(push.stdout)).toMatchObject({ created: 2, updated: 2, restored: 1 })
  return { file, journal: `${file}.people.push-journal`, seeded }
}

describe('preflight rollback', () => {
  it('says what it would do on --dry-run, then takes the push back out: created deleted, updated and restored put back', async () => {
    const { journal, seeded } = await pushed()
    const held = server.records('people')
    const dry = await run(['rollback', journal, '--workspace', server.url, '--dry-run'])
    expect(dry.code, dry.stderr).toBe(0)
    const plan = JSON.parse(dry.stdout)
    expect(plan).toMatchObject({ deleted: 2, restored: 2, skipped: 0, failed: 0, dryRun: true })
    expect(plan.plan.map((p: { action: string }) => p.action).sort()).toEqual([
      'delete',
      'delete',
      'put-back',
      'put-back-then-delete',
    ])
    expect(server.records('people')).toEqual(held)

    const done = await run(['rollback', journal, '--workspace', server.url])
    expect(done.code, done.stderr).toBe(0)
    const report = JSON.parse(done.stdout)
    expect(Object.keys(report).slice(0, 4)).toEqual(['deleted', 'restored', 'skipped', 'failed'])
    expect(report).toMatchObject({
      deleted: 2,
      restored: 2,
      skipped: 0,
      failed: 0,
      skippedRecords: [],
      failedRecords: [],
    })
    // Ada and Bob are exactly as before the push (Ada's additional email kept, Bob deleted again); the new ones deleted.
    const after = server.records('people')
    expect(visible(after.filter((r) => [ID_A, ID_B].includes(String(r['id']))))).toEqual(visible(seeded))
    expect(after.filter((r) => r['deletedAt'] === null).map(emailOf)).toEqual(['ada@x.com'])

    // Everything was taken back: both journals are set aside, and the same command says so without a request.
    expect(report.setAside).toMatch(/people\.csv\.people\.push-journal\.undone-/)
    const since = server.requests.length
    const again = await run(['rollback', journal, '--workspace', server.url])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({
      deleted: 0,
      restored: 0,
      skipped: 0,
      failed: 0,
      setAside: report.setAside,
    })
    expect(again.stderr).toContain('rolled back already')
    expect(server.requests.slice(since)).toEqual([])
  })

  it('pushes the file anew after a complete rollback, every row landing once again', async () => {
    const { file, journal } = await pushed()
    expect((await run(['rollback', journal, '--workspace', server.url])).code).toBe(0)
    const again = await run([
      'push',
      file,
      '--object',
      'people',
      '--workspace',
      server.url,
      '--model',
      MODEL_PATH,
      '--rate',
      '60000',
    ])
    expect(again.code, again.stderr).toBe(0)
    // Cy and Di were soft-deleted by the rollback: matched by email, they are restored, not created twice.
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 4, restored: 3, failed: 0 })
    const live = server.records('people').filter((r) => r['deletedAt'] === null)
    expect(live.map(emailOf).sort()).toEqual(['ada@x.com', 'bob@x.com', 'cy@x.com', 'di@x.com'])
    expect(server.records('people')).toHaveLength(4)
  })

  it('refuses to push on a journal whose rollback left records alone, saying what to do', async () => {
    const { file, journal } = await pushed()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await fetch(`${server.url}/rest/people/${ID_A}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ city: 'Paris' }),
    })
    expect((await run(['rollback', journal, '--workspace', server.url])).code).toBe(1)
    const again = await run([
      'push',
      file,
      '--object',
      'people',
      '--workspace',
      server.url,
      '--model',
      MODEL_PATH,
      '--rate',
      '60000',
    ])
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('rolled back, but not completely')
  })

  it('leaves a record edited after the push alone and lists it (exit 1); --force rolls it back', async () => {
    const { journal } = await pushed()
    await new Promise((r) => setTimeout(r, 5))
    const cy = person('cy@x.com')!
    const edited = await fetch(`${server.url}/rest/people/${String(cy['id'])}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ jobTitle: 'Lead engineer' }),
    })
    expect(edited.status).toBe(200)
    const first = await run(['rollback', journal, '--workspace', server.url])
    expect(first.code).toBe(1)
    const report = JSON.parse(first.stdout)
    expect(report).toMatchObject({ deleted: 1, restored: 2, skipped: 1, failed: 0 })
    expect(report.skippedRecords).toEqual([
      {
        object: 'people',
        id: cy['id'],
        reason: 'changed-since',
        message: expect.stringMatching(/changed in the workspace after the push.*--force/),
      },
    ])
    expect(person('cy@x.com')).toMatchObject({ deletedAt: null, jobTitle: 'Lead engineer' })

    const forced = await run(['rollback', journal, '--workspace', server.url, '--force', '--destroy'])
    expect(forced.code, forced.stderr).toBe(0)
    expect(JSON.parse(forced.stdout)).toMatchObject({ deleted: 2, restored: 2, skipped: 0, failed: 0 })
    expect(person('cy@x.com')).toBeUndefined()
  })

  it('stops on SIGTERM after the request in flight (exit 3) and the next run finishes, no record touched twice', async () => {
    const rows = Array.from({ length: 30 }, (_, n) => ({
      id: `00000000-0000-4000-8000-${String(n + 1).padStart(12, '0')}`,
      email: `p${n}@x.com`,
    }))
    server.seed(
      'people',
      rows.map((r) => ({
        id: r.id,
        name: { firstName: 'P', lastName: String(r.email) },
        emails: { primaryEmail: r.email },
        jobTitle: 'Before',
      })),
    )
    const file = join(dir, 'people.csv')
    await writeFile(file, ['Email,Job Title', ...rows.map((r) => `${r.email},After`)].join('\n'))
    const push = await run([
      'push',
      file,
      '--object',
      'people',
      '--workspace',
      server.url,
      '--model',
      MODEL_PATH,
      '--rate',
      '60000',
    ])
    expect(push.code, push.stderr).toBe(0)
    const journal = `${file}.people.push-journal`

    const args = ['rollback', journal, '--workspace', server.url, '--rate', '300']
    const child = start(args)
    const patches = () => server.requests.filter((r) => r.method === 'PATCH' && r.status === 200)
    while (patches().length < 3) await new Promise((r) => setTimeout(r, 20))
    child.kill('SIGTERM')
    const stopped = await child.done
    expect(stopped.code).toBe(3)
    expect(stopped.stderr).toMatch(/run the same command again/)
    expect(JSON.parse(stopped.stdout).restored).toBeLessThan(30)

    const finished = await run(args)
    expect(finished.code, finished.stderr).toBe(0)
    expect(JSON.parse(finished.stdout)).toMatchObject({ deleted: 0, restored: 30, skipped: 0, failed: 0 })
    const paths = patches().map((r) => r.path)
    expect(new Set(paths).size).toBe(30)
    expect(paths).toHaveLength(30)
    expect(server.records('people').every((r) => r['jobTitle'] === 'Before')).toBe(true)
  }, 60_000)

  it('rolls back a journals folder in reverse import order: people before the companies they point at', async () => {
    const folder = join(dir, 'client.preflight.push-journals')
    await mkdir(folder)
    const companies = join(dir, 'companies.csv')
    await writeFile(companies, ['Name,Domain', 'Acme,acme.com', 'Globex,globex.com'].join('\n'))
    const people = join(dir, 'people.csv')
    await writeFile(
      people,
      ['Email,First Name,Company', 'a@acme.com,Ann,acme.com', 'g@globex.com,Gus,globex.com'].join('\n'),
    )
    const base = ['--workspace', server.url, '--model', MODEL_PATH, '--rate', '60000']
    expect(
      (
        await run([
          'push',
          companies,
          '--object',
          'companies',
          ...base,
          '--journal',
          join(folder, 'f1.companies.push-journal'),
        ])
      ).code,
    ).toBe(0)
    expect(
      (await run(['push', people, '--object', 'people', ...base, '--journal', join(folder, 'f2.people.push-journal')]))
        .code,
    ).toBe(0)
    expect(server.records('people').every((p) => typeof p['companyId'] === 'string')).toBe(true)

    const done = await run(['rollback', folder, '--workspace', server.url])
    expect(done.code, done.stderr).toBe(0)
    const report = JSON.parse(done.stdout)
    expect(report).toMatchObject({ deleted: 4, restored: 0, skipped: 0, failed: 0 })
    expect(report.files.map((f: { journal: string }) => f.journal)).toEqual([
      join(folder, 'f2.people.push-journal'),
      join(folder, 'f1.companies.push-journal'),
    ])
    expect(server.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      '/rest/people',
      '/rest/companies',
    ])
    expect([...server.records('people'), ...server.records('companies')].every((r) => r['deletedAt'] !== null)).toBe(
      true,
    )
  })

  it('says what is wrong when the journal does not exist (exit 2)', async () => {
    const missing = await run(['rollback', join(dir, 'nope.push-journal'), '--workspace', server.url])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/nope\.push-journal: no such journal/)
  })
})
