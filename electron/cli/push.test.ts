// `preflight push` as users run it: the built CLI (out/main/cli.js) as a child process against the loopback
// test workspace, the key in PREFLIGHT_API_KEY. Asserts on what the workspace holds and the files written.
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startCli } from './built-cli.test-support'
import { startWorkspaceServer, type WorkspaceServer } from '../../e2e/workspace-server/workspace-server'
import { readPushJournal } from '../main/push/journal/push-journal'
import { readFixSheet } from '../main/export/read-fix-sheet'

const ROOT = resolve(__dirname, '../..')
const data = (name: string) => join(ROOT, 'e2e/data', name)
const MODEL_PATH = data('workspace-model.json')
const KEY = 'pf_test_9d2c7a41e6b3'
const PEOPLE_US_DOMAINS = ['analytical.io', 'cobol.dev', 'nasa.gov', 'w3.org', 'mit.edu', 'bell-labs.com', 'utexas.edu']
const PEOPLE_US_VALID = [
  'ada.lovelace@analytical.io',
  'grace@cobol.dev',
  'kj@nasa.gov',
  'tim@w3.org',
  'barbara@mit.edu',
  'dmr@bell-labs.com',
  'ewd@utexas.edu',
]

/** The built CLI with the test workspace's key unless `env` says otherwise (PREFLIGHT_API_KEY undefined: none). */
const start = (args: string[], env: Record<string, string | undefined> = { PREFLIGHT_API_KEY: KEY }) =>
  startCli(args, { PREFLIGHT_API_KEY: undefined, ...env })
const run = (args: string[], env?: Record<string, string | undefined>) => start(args, env).done

let server: WorkspaceServer
let dir: string
beforeEach(async () => {
  server = await startWorkspaceServer({
    model: JSON.parse(await readFile(MODEL_PATH, 'utf8')),
    apiKey: KEY,
    rateLimitPerMinute: 100_000,
  })
  dir = await mkdtemp(join(tmpdir(), 'preflight-push-'))
})
afterEach(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

const emailOf = (record: Record<string, unknown>) => (record['emails'] as { primaryEmail: string }).primaryEmail
const batchWrites = () => server.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/rest/batch/'))

function seedCompanies(): void {
  server.seed(
    'companies',
    PEOPLE_US_DOMAINS.map((d) => ({ name: d, domainName: { primaryLinkUrl: `https://${d}` } })),
  )
}

async function readCsv(path: string): Promise<Record<string, string>[]> {
  return Papa.parse<Record<string, string>>((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data
}

async function peopleFile(count: number): Promise<{ file: string; emails: string[] }> {
  const emails = Array.from({ length: count }, (_, i) => `person${i}@example.com`)
  const file = join(dir, 'people.csv')
  await writeFile(file, ['Email,First Name,Last Name', ...emails.map((e, i) => `${e},First${i},Last${i}`)].join('\n'))
  return { file, emails }
}

/** Asserts the workspace holds exactly one person per expected email, each with a distinct id. */
function expectExactly(emails: readonly string[]): Record<string, unknown>[] {
  const records = server.records('people')
  expect(records.map(emailOf).sort()).toEqual([...emails].sort())
  expect(new Set(records.map((r) => r['id'])).size).toBe(records.length)
  return records
}

async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done))
  const { port } = probe.address() as { port: number }
  await new Promise((done) => probe.close(done))
  return port
}

describe('preflight push', () => {
  it('lands the valid rows of a people file, rejects the others into a file, and resumes as skipped', async () => {
    seedCompanies()
    const file = join(dir, 'people-us.csv')
    await copyFile(data('people-us.csv'), file)
    const args = [
      'push',
      file,
      '--object',
      'people',
      '--workspace',
      server.url,
      '--default-country',
      'US',
      '--rate',
      '6000',
    ]
    const first = await run(args)
    expect(first.stderr).not.toContain(KEY)
    expect(first.code).toBe(1)
    const report = JSON.parse(first.stdout)
    expect(Object.keys(report)).toEqual([
      'created',
      'updated',
      'failed',
      'rejected',
      'skipped',
      'restored',
      'empty',
      'recognised',
      'changed',
      'new',
      'journal',
    ])
    expect(report).toEqual({
      created: 7,
      updated: 0,
      failed: 0,
      rejected: 3,
      skipped: 0,
      restored: 0,
      empty: 0,
      recognised: 0,
      changed: 0,
      new: 7,
      journal: `${file}.people.push-journal`,
    })
    const records = expectExactly(PEOPLE_US_VALID)
    const ada = records.find((r) => emailOf(r) === 'ada.lovelace@analytical.io')!
    expect(ada['name']).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' })
    expect(ada['companyId']).toBe(server.records('companies').find((c) => c['name'] === 'analytical.io')!['id'])
    expect((await readCsv(join(dir, 'people-rejected.csv'))).map((r) => r['First Name'])).toEqual([
      'Alan',
      'Linus',
      'Margaret',
    ])
    expect(await readCsv(join(dir, 'people-failed.csv'))).toEqual([])

    const again = await run(args)
    expect(again.code).toBe(1)
    expect(JSON.parse(again.stdout)).toMatchObject({
      created: 0,
      updated: 0,
      skipped: 7,
      rejected: 3,
      recognised: 7,
      changed: 0,
      new: 0,
    })
    expectExactly(PEOPLE_US_VALID)
  })

  it('writes the rows the server refused, with its message, to the failed file', async () => {
    server.setFaults({ rejectValue: { field: 'emails.primaryEmail', value: 'person3@example.com' } })
    const { file, emails } = await peopleFile(8)
    const { code, stdout } = await run([
      'push',
      file,
      '--object',
      'people',
      '--workspace',
      server.url,
      '--model',
      MODEL_PATH,
      '--rate',
      '6000',
    ])
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toMatchObject({ created: 7, updated: 0, failed: 1, rejected: 0, skipped: 0 })
    expectExactly(emails.filter((e) => e !== 'person3@example.com'))
    const failed = await readCsv(join(dir, 'people-failed.csv'))
    expect(failed).toMatchObject([{ Email: 'person3@example.com', 'First Name': 'First3' }])
    expect(failed[0]!['Errors']).toContain('is rejected by this workspace')
    // The same row as a fix sheet for the client, which reads back by row id.
    const sheet = await readFixSheet(join(dir, 'people-failed.xlsx'), ['Email', 'First Name', 'Last Name'], {
      workerPath: join(ROOT, 'out/main/parse-worker.js'),
    })
    expect(sheet.problems).toEqual([])
    expect(sheet.rows.map((r) => [r.rowId, r.cells['Email']])).toEqual([[3, 'person3@example.com']])
  })

  it('exits 2 with one line on stderr when it cannot run', async () => {
    const noProfiles = await mkdtemp(join(tmpdir(), 'preflight-data-'))
    const file = data('people-us.csv')
    const cases: [string[], Record<string, string | undefined>, RegExp][] = [
      [
        ['push', file, '--object', 'people', '--workspace', server.url],
        { PREFLIGHT_API_KEY: 'wrong-key-1234' },
        /refused the API key/,
      ],
      [
        ['push', file, '--object', 'people', '--workspace', server.url, '--model', MODEL_PATH],
        { PREFLIGHT_API_KEY: 'wrong-key-1234' },
        /refused the API key/,
      ],
      [
        ['push', file, '--object', 'people', '--workspace', `http://127.0.0.1:${await closedPort()}`],
        { PREFLIGHT_API_KEY: KEY },
        /refused the connection|Could not reach/,
      ],
      [
        ['push', file, '--object', 'people', '--workspace', server.url],
        { PREFLIGHT_USER_DATA_DIR: noProfiles },
        /No saved workspace/,
      ],
      [['push', file, '--object', 'people'], { PREFLIGHT_API_KEY: KEY }, /--workspace/],
      [
        ['push', file, '--object', 'people', '--workspace', server.url, '--api-key', KEY],
        { PREFLIGHT_API_KEY: KEY },
        /api-key/,
      ],
    ]
    for (const [args, env, message] of cases) {
      const { code, stdout, stderr } = await run(args, env)
      expect({ args, code }).toEqual({ args, code: 2 })
      expect(stdout).toBe('')
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).toMatch(message)
      expect(stderr).not.toContain('wrong-key-1234')
    }
    expect(batchWrites()).toEqual([])
    expect(server.records('people')).toEqual([])
    await rm(noProfiles, { recursive: true, force: true })
  })

  it('plans a dry run from a lookup of existing records and writes nothing', async () => {
    seedCompanies()
    const [kj] = server.seed('people', [
      { name: { firstName: 'Kathy', lastName: 'J' }, emails: { primaryEmail: 'kj@nasa.gov' } },
    ])
    const file = join(dir, 'people-us.csv')
    await copyFile(data('people-us.csv'), file)
    const { code, stdout } = await run([
      'push',
      file,
      '--object',
      'people',
      '--workspace',
      server.url,
      '--default-country',
      'US',
      '--dry-run',
    ])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(Object.keys(report)).toEqual([
      'create',
      'update',
      'restore',
      'unchanged',
      'refused',
      'rejected',
      'empty',
      'recognised',
      'changed',
      'new',
      'changes',
      'journal',
      'plan',
    ])
    // What updates would change, per field: Kathy's record gets the file's name for her.
    expect(report).toMatchObject({ create: 6, update: 1, restore: 0, unchanged: 0, rejected: 3, journal: null })
    expect(report.changes).toMatchObject({ name: 1 })
    expect(report.plan).toEqual([
      { row: 2, action: 'create' },
      { row: 3, action: 'create' },
      { row: 5, action: 'update', id: kj!['id'] },
      { row: 8, action: 'create' },
      { row: 9, action: 'create' },
      { row: 10, action: 'create' },
      { row: 11, action: 'create' },
    ])
    expect(batchWrites()).toEqual([])
    expect(
      server.requests
        .filter((r) => r.path === '/rest/people')
        .every((r) => r.method === 'GET' && r.query.includes('filter=')),
    ).toBe(true)
    expect(server.records('people')).toHaveLength(1)
    expect(await readdir(dir)).toEqual(['people-us.csv'])
  })

  it('stops after the batch in flight on SIGTERM (exit 3) and finishes on the next run', async () => {
    const { file, emails } = await peopleFile(120)
    server.setFaults({ latencyMs: 80 })
    const args = [
      'push',
      file,
      '--object',
      'people',
      '--workspace',
      server.url,
      '--model',
      MODEL_PATH,
      '--batch-size',
      '10',
      '--rate',
      '60000',
    ]
    const child = start(args)
    while (!batchWrites().some((r) => r.status === 201)) await new Promise((r) => setTimeout(r, 20))
    child.kill('SIGTERM')
    const stopped = await child.done
    expect(stopped.code).toBe(3)
    expect(stopped.stderr).toMatch(/run the same command again/)
    const partial = JSON.parse(stopped.stdout)
    expect(partial.created).toBeGreaterThan(0)
    expect(partial.created).toBeLessThan(120)
    expect(server.records('people')).toHaveLength(partial.created)

    server.setFaults({})
    const finished = await run(args)
    expect(finished.code).toBe(0)
    expect(JSON.parse(finished.stdout)).toMatchObject({
      created: 120 - partial.created,
      updated: 0,
      failed: 0,
      rejected: 0,
      skipped: partial.created,
      journal: `${file}.people.push-journal`,
    })
    expectExactly(emails)
  })

  it('lands every record exactly once after SIGKILL at random moments and reruns', async () => {
    const { file, emails } = await peopleFile(300)
    const journal = `${file}.people.push-journal`
    const args = [
      'push',
      file,
      '--object',
      'people',
      '--workspace',
      server.url,
      '--model',
      MODEL_PATH,
      '--batch-size',
      '20',
      '--rate',
      '60000',
    ]
    const random = mulberry32(20261122)
    let kills = 0
    for (let round = 0; kills < 21 && round < 15; round++) {
      server.reset()
      // Round trips long enough that, with the engine's batches in flight, a run outlasts most kill times and
      // each kill finds several requests out.
      server.setFaults({ latencyMs: 150 })
      await rm(journal, { force: true })
      // Up to three runs a round are killed; each killed run is followed by reruns until one exits 0.
      for (let inRound = 0; inRound < 3; inRound++) {
        const child = start(args)
        await new Promise((r) => setTimeout(r, 200 + Math.floor(random() * 1_000)))
        child.kill('SIGKILL')
        const killed = await child.done
        if (killed.signal !== 'SIGKILL') break
        kills++
      }
      const last = await run(args)
      expect(last.code).toBe(0)
      const report = JSON.parse(last.stdout)
      expect(report.created + report.skipped).toBe(300)
      expect(report.updated).toBe(0)
      const records = expectExactly(emails)
      const journaled = new Set((await readPushJournal(journal)).batches.flatMap((b) => b.recordIds))
      expect(records.every((r) => journaled.has(r['id'] as string))).toBe(true)
    }
    expect(kills).toBeGreaterThanOrEqual(20)
  }, 80_000)
})

describe("preflight push through a user's week", () => {
  /** A people export: every fifth person has no email (nothing unique), as real exports go. */
  function exportRows(people: readonly { first: string; email: string; title: string }[]): string {
    return ['First Name,Last Name,Email,Job Title', ...people.map((p) => `${p.first},Week,${p.email},${p.title}`)].join(
      '\n',
    )
  }
  const staff = Array.from({ length: 150 }, (_, i) => ({
    first: `Staff${i}`,
    email: i % 5 === 0 ? '' : `staff${i}@example.com`,
    title: 'Engineer',
  }))

  it("takes next month's export at the same path: creates the 15 new, updates the 10 changed, duplicates no one", async () => {
    const file = join(dir, 'people.csv')
    const args = [
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
    ]
    await writeFile(file, exportRows(staff))
    const first = await run(args)
    expect(first.code).toBe(0)
    expect(JSON.parse(first.stdout)).toMatchObject({ created: 150, updated: 0, skipped: 0, new: 150 })

    const changed = staff.map((p, i) => (i % 15 === 0 ? { ...p, title: 'Director' } : p))
    const newcomers = Array.from({ length: 15 }, (_, i) => ({
      first: `New${i}`,
      email: i % 3 === 0 ? '' : `new${i}@example.com`,
      title: 'Intern',
    }))
    await writeFile(file, exportRows([...newcomers, ...changed]))
    const dry = JSON.parse((await run([...args, '--dry-run'])).stdout)
    expect(dry).toMatchObject({ create: 15, update: 10, unchanged: 140, recognised: 150, changed: 10, new: 15 })
    const second = await run(args)
    expect(second.code).toBe(0)
    expect(JSON.parse(second.stdout)).toMatchObject({
      created: 15,
      updated: 10,
      skipped: 140,
      recognised: 150,
      changed: 10,
      new: 15,
    })
    const records = server.records('people')
    expect(records).toHaveLength(165)
    expect(new Set(records.map((r) => (r['name'] as { firstName: string }).firstName)).size).toBe(165)
    expect(records.filter((r) => r['jobTitle'] === 'Director')).toHaveLength(10)
  })

  it('restores soft-deleted matches, says so in the dry run, and never creates a second record', async () => {
    const file = join(dir, 'people.csv')
    const few = staff.slice(1, 9)
    await writeFile(file, exportRows(few))
    const seeded = server.seed(
      'people',
      few
        .slice(0, 4)
        .map((p) => ({ name: { firstName: p.first, lastName: 'Old' }, emails: { primaryEmail: p.email } })),
    )
    server.softDelete('people', seeded[0]!['id'] as string)
    server.softDelete('people', seeded[1]!['id'] as string)
    const args = [
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
    ]
    const dry = JSON.parse((await run([...args, '--dry-run'])).stdout)
    expect(dry).toMatchObject({ create: 4, update: 2, restore: 2 })
    expect(
      dry.plan
        .filter((p: { action: string }) => p.action === 'restore')
        .map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual([seeded[0]!['id'], seeded[1]!['id']].sort())
    const pushed = await run(args)
    expect(JSON.parse(pushed.stdout)).toMatchObject({ created: 4, updated: 4, restored: 2 })
    const records = server.records('people')
    expect(records).toHaveLength(8)
    expect(records.every((r) => r['deletedAt'] === null)).toBe(true)
  })

  it('keeps the additional phones the workspace holds when an update changes the primary number', async () => {
    const file = join(dir, 'people.csv')
    await writeFile(file, 'First Name,Email,Phone\nAda,ada@example.com,+1 201 555 0124\n')
    const [ada] = server.seed('people', [
      {
        name: { firstName: 'Ada', lastName: '' },
        emails: { primaryEmail: 'ada@example.com' },
        phones: {
          primaryPhoneNumber: '2015550123',
          primaryPhoneCountryCode: 'US',
          primaryPhoneCallingCode: '+1',
          additionalPhones: [{ number: '2015550199', countryCode: 'US', callingCode: '+1' }],
        },
      },
    ])
    const pushed = await run([
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
    expect(JSON.parse(pushed.stdout)).toMatchObject({ updated: 1, created: 0 })
    const stored = server.records('people').find((r) => r['id'] === ada!['id'])!
    expect(stored['phones']).toMatchObject({
      primaryPhoneNumber: '2015550124',
      additionalPhones: [{ number: '2015550199', countryCode: 'US', callingCode: '+1' }],
    })
  })
})

/** A small seeded PRNG, so a failing schedule of kills can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
