// Pushes from the app against the loopback test workspace: a dry run that finds existing records, a push with
// progress events, and a pause then a resume from the journal that lands every record exactly once.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startWorkspaceServer, type WorkspaceServer } from '../../../e2e/workspace-server/workspace-server'
import type { EventChannel } from '../../../shared/ipc/channels'
import { memoryCredentialStore } from '../storage/memory-keychain.test-support'
import { WorkspaceProfiles } from '../workspace/workspace-profiles'
import { PushJobs } from './push-jobs'
import { connectForPush } from './sending/batch-request'
import { runRollback } from './rollback/rollback-runner'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import { findObject } from '../../../shared/model/workspace-model'
import { rowIdentities } from '../../../shared/push/row-keys'
import { PROJECT_FORMAT, PROJECT_VERSION } from '../../../shared/project/project-file'
import { fingerprintFile, writeProject } from '../project/project-store'
import { BUILT_WORKERS } from '../workspace/workspace.test-support'

const KEY = 'pf-push-jobs-key'
const MODEL_PATH = resolve(__dirname, '../../../e2e/data/workspace-model.json')
let server: WorkspaceServer
let dir: string
beforeEach(async () => {
  const model = JSON.parse(await readFile(resolve(__dirname, '../../../e2e/data/workspace-model.json'), 'utf8'))
  server = await startWorkspaceServer({ model, apiKey: KEY, rateLimitPerMinute: 100_000, faults: { latencyMs: 30 } })
  dir = await mkdtemp(join(tmpdir(), 'preflight-push-jobs-'))
})
afterEach(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

async function setUp() {
  const keychain = memoryCredentialStore()
  const profile = await new WorkspaceProfiles(dir).save({
    name: 'Loopback',
    baseUrl: server.url,
    rateLimitPerMinute: 6000,
    batchSize: 10,
  })
  await keychain.store.setKey(profile.id, KEY)
  const events: { channel: EventChannel; payload: unknown }[] = []
  const done = new Map<string, (payload: unknown) => void>()
  const jobs = new PushJobs({
    workers: BUILT_WORKERS,
    dataDir: dir,
    credentials: keychain.store,
    emit: (channel, payload) => {
      events.push({ channel, payload })
      if (channel === 'push:done' || channel === 'push:project-done')
        done.get((payload as { jobId: string }).jobId)?.(payload)
    },
  })
  const finished = (jobId: string) =>
    new Promise<{ stopped: string | null }>((r) => done.set(jobId, r as (p: unknown) => void))
  return { profile, jobs, events, finished, credentials: keychain.store }
}

const person = (i: number) => ({
  row: i,
  record: { emails: { primaryEmail: `p${i}@example.com` }, name: { firstName: `P${i}`, lastName: 'Test' } },
})
const PEOPLE = findObject(DEFAULT_MODEL, 'people')!

/** Rows as the renderer sends them: each with its line and identity. */
function asRows(records: readonly { row: number; record: Record<string, unknown> }[]) {
  const identities = rowIdentities(
    PEOPLE,
    records.map((r) => r.record),
  )
  return records.map((r, i) => ({ ...r, line: r.row + 2, ...identities[i]! }))
}

/** A project of 30 companies and 51 people (one with a broken email) linked by domain, listed out of order. */
async function writeProjectFixture() {
  await server.close()
  server = await startWorkspaceServer({
    model: JSON.parse(await readFile(MODEL_PATH, 'utf8')),
    apiKey: KEY,
    rateLimitPerMinute: 100_000,
    nestedConnect: false,
    faults: { latencyMs: 30 },
  })
  const { profile, jobs, events, finished } = await setUp()
  const companies =
    'Name,Domain\n' + Array.from({ length: 30 }, (_, i) => `Company ${i},c${i}.example.com`).join('\n') + '\n'
  const people =
    'Email,Company Domain\n' +
    Array.from({ length: 50 }, (_, i) => `p${i}@example.com,c${i % 30}.example.com`).join('\n') +
    '\nbroken,c1.example.com\n'
  await writeFile(join(dir, 'companies.csv'), companies)
  await writeFile(join(dir, 'people.csv'), people)
  const source = async (id: string, name: string, object: string, columns: Record<string, string>) => ({
    id,
    path: name,
    fingerprint: await fingerprintFile(join(dir, name)),
    open: {},
    settings: {},
    operations: [],
    columns: Object.keys(columns).map((header, i) => ({ id: `c${i}`, name: header })),
    mapping: { object, columns },
  })
  const now = new Date().toISOString()
  const projectPath = join(dir, 'migration.preflight')
  await writeProject(projectPath, {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: 'Migration',
    createdAt: now,
    updatedAt: now,
    workspace: null,
    settings: {},
    files: [
      await source('people', 'people.csv', 'people', {
        Email: 'emails.primaryEmail',
        'Company Domain': 'company.domainName.primaryLinkUrl',
      }),
      await source('companies', 'companies.csv', 'companies', { Name: 'name', Domain: 'domainName.primaryLinkUrl' }),
    ],
  })

  return { profile, jobs, events, finished, projectPath }
}

describe('PushJobs', () => {
  it('plans against the workspace, pushes with progress, and resumes a paused push without duplicates', async () => {
    const { profile, jobs, events, finished } = await setUp()
    server.seed('people', [{ emails: { primaryEmail: 'p0@example.com' }, name: { firstName: 'Old', lastName: 'One' } }])
    const records = Array.from({ length: 80 }, (_, i) => person(i))
    const source = join(dir, 'people.csv')
    await writeFile(source, 'Email\n')
    const journal = { sourcePath: source }
    const rows = asRows(records)
    const plan = await jobs.plan(profile.id, 'people', journal, rows)
    expect(plan.rows.filter((p) => p.action === 'update')).toHaveLength(1)
    const withIds = rows.map((r, i) => (plan.rows[i]!.id ? { ...r, record: { ...r.record, id: plan.rows[i]!.id } } : r))

    const { jobId } = await jobs.start(profile.id, 'people', journal, withIds)
    const first = finished(jobId)
    expect(jobs.stop(jobId, false)).toBe(true)
    expect((await first).stopped).toBe('stopped')
    // A new job (the app restarted, say) continues the same file's journal.
    const again = await jobs.start(profile.id, 'people', journal, withIds)
    expect((await finished(again.jobId)).stopped).toBeNull()
    const replanned = await jobs.plan(profile.id, 'people', journal, rows)
    expect(replanned.rows.every((p) => p.action === 'unchanged' && p.recognised)).toBe(true)
    await expect(readFile(`${source}.people.push-journal`, 'utf8')).resolves.toContain('batch-done')

    const emails = server.records('people').map((p) => (p['emails'] as { primaryEmail: string }).primaryEmail)
    expect(emails.sort()).toEqual(records.map((r) => r.record.emails.primaryEmail).sort())
    expect(events.some((e) => e.channel === 'push:progress')).toBe(true)
  })

  it('pushes a whole project in import order with a bar per file, pauses and resumes, linking people to companies by id', async () => {
    const { profile, jobs, events, finished, projectPath } = await writeProjectFixture()
    const { jobId } = await jobs.startProject(profile.id, projectPath)
    const first = finished(jobId)
    expect(jobs.stop(jobId, false)).toBe(true)
    expect((await first).stopped).toBe('stopped')
    await jobs.startProject(profile.id, projectPath, jobId)
    const end = (await finished(jobId)) as unknown as {
      stopped: null
      files: {
        name: string
        object: string
        state: string
        total: number
        sent: number
        result: { created: number; rejected: number; linkedById: number }
      }[]
    }
    expect(end.stopped).toBeNull()
    expect(end.files.map((f) => [f.name, f.object, f.state, f.total, f.sent])).toEqual([
      ['companies.csv', 'companies', 'done', 30, 30],
      ['people.csv', 'people', 'done', 50, 50],
    ])
    expect(end.files[1]!.result).toMatchObject({ rejected: 1, linkedById: 50 })
    expect(server.records('companies')).toHaveLength(30)
    const landed = server.records('people')
    expect(landed).toHaveLength(50)
    const companyOf = new Map(
      server.records('companies').map((c) => [(c['domainName'] as { primaryLinkUrl: string }).primaryLinkUrl, c['id']]),
    )
    for (const person of landed) {
      const i = Number((person['emails'] as { primaryEmail: string }).primaryEmail.slice(1).split('@')[0])
      expect(person['companyId']).toBe(companyOf.get(`https://c${i % 30}.example.com`))
    }
    // Bars moved: some progress event showed people waiting while companies were sent.
    const bars = events
      .filter((e) => e.channel === 'push:project-progress')
      .map((e) => (e.payload as { files: { state: string }[] }).files.map((f) => f.state).join(','))
    expect(bars).toContain('pushing,waiting')
    expect(bars).toContain('done,pushing')
  })

  it('plans a whole project without writing, then pushes it with the fields chosen to only fill empty values', async () => {
    const { profile, jobs, events, finished, projectPath } = await writeProjectFixture()
    server.seed('companies', [{ name: 'Company Zero Ltd', domainName: { primaryLinkUrl: 'https://c0.example.com' } }])
    const { jobId } = await jobs.startProject(profile.id, projectPath, undefined, { dryRun: true })
    const planned = (await finished(jobId)) as unknown as {
      stopped: null
      files: { name: string; state: string; plan: unknown }[]
    }
    expect(planned.stopped).toBeNull()
    expect(planned.files.map((f) => [f.name, f.state, f.plan])).toEqual([
      [
        'companies.csv',
        'planned',
        {
          create: 29,
          update: 1,
          restore: 0,
          unchanged: 0,
          refused: 0,
          rejected: 0,
          empty: 0,
          changes: [{ field: 'name', count: 1 }],
        },
      ],
      [
        'people.csv',
        'planned',
        { create: 50, update: 0, restore: 0, unchanged: 0, refused: 0, rejected: 1, empty: 0, changes: [] },
      ],
    ])
    expect(server.records('companies')).toHaveLength(1)
    expect(server.records('people')).toHaveLength(0)
    // The bars showed the lookup of each file's records on its way.
    const states = events
      .filter((e) => e.channel === 'push:project-progress')
      .flatMap((e) => (e.payload as { files: { state: string }[] }).files.map((f) => f.state))
    expect(states).toContain('looking')

    const pushed = await jobs.startProject(profile.id, projectPath, undefined, {
      policies: { companies: { name: 'fill' } },
    })
    expect((await finished(pushed.jobId)).stopped).toBeNull()
    const companies = server.records('companies')
    expect(companies).toHaveLength(30)
    expect(
      companies.find(
        (c) => (c['domainName'] as { primaryLinkUrl: string }).primaryLinkUrl === 'https://c0.example.com',
      ),
    ).toMatchObject({ name: 'Company Zero Ltd' })
    expect(
      companies.find(
        (c) => (c['domainName'] as { primaryLinkUrl: string }).primaryLinkUrl === 'https://c1.example.com',
      ),
    ).toMatchObject({ name: 'Company 1' })
    expect(server.records('people')).toHaveLength(50)
  })

  it("tells how far a dry run's lookup has got, and cancels it on push:stop", async () => {
    const { profile, jobs, events } = await setUp()
    const source = join(dir, 'people.csv')
    await writeFile(source, 'Email\n')
    const rows = asRows(Array.from({ length: 300 }, (_, i) => person(i)))
    await jobs.plan(profile.id, 'people', { sourcePath: source }, rows, 'plan-1')
    const lookups = events
      .filter((e) => e.channel === 'push:lookup')
      .map((e) => e.payload as { planId: string; done: number; total: number })
    expect(lookups.length).toBeGreaterThan(1)
    expect(lookups.at(-1)).toEqual({ planId: 'plan-1', done: 300, total: 300 })

    const cancelled = jobs.plan(profile.id, 'people', { sourcePath: source }, rows, 'plan-2')
    await new Promise((r) => setTimeout(r, 60))
    expect(jobs.stop('plan-2', true)).toBe(true)
    await expect(cancelled).rejects.toThrow('The dry run was cancelled.')
  })

  it('journals what an app push changed in existing records, so a rollback puts it back', async () => {
    const { profile, jobs, finished, credentials } = await setUp()
    server.seed('people', [
      { emails: { primaryEmail: 'p0@example.com' }, name: { firstName: 'Old', lastName: 'One' }, jobTitle: 'Keeper' },
    ])
    const source = join(dir, 'people.csv')
    await writeFile(source, 'Email\n')
    const journal = { sourcePath: source }
    const rows = asRows([person(0), person(1)])
    const plan = await jobs.plan(profile.id, 'people', journal, rows)
    const withIds = rows.map((r, i) => (plan.rows[i]!.id ? { ...r, record: { ...r.record, id: plan.rows[i]!.id } } : r))
    const { jobId } = await jobs.start(profile.id, 'people', journal, withIds)
    expect((await finished(jobId)).stopped).toBeNull()
    expect(server.records('people').find((p) => p['id'] === plan.rows[0]!.id)).toMatchObject({
      name: { firstName: 'P0', lastName: 'Test' },
    })

    const connection = await connectForPush(profile, credentials)
    const result = await runRollback({ connection, journalPath: `${source}.people.push-journal` })
    expect(result).toMatchObject({ deleted: 1, restored: 1, skipped: 0, failed: 0 })
    const live = server.records('people').filter((p) => p['deletedAt'] === null)
    expect(live).toHaveLength(1)
    expect(live[0]).toMatchObject({ name: { firstName: 'Old', lastName: 'One' }, jobTitle: 'Keeper' })
  })

  it('says which workspace or object is unknown', async () => {
    const { profile, jobs } = await setUp()
    await expect(
      jobs.plan('00000000-0000-4000-8000-00000000dead', 'people', { sourcePath: join(dir, 'x.csv') }, []),
    ).rejects.toThrow(/no longer saved/)
    await expect(jobs.plan(profile.id, 'spaceships', { sourcePath: join(dir, 'x.csv') }, [])).rejects.toThrow(
      /no object "spaceships"/,
    )
  })
})
