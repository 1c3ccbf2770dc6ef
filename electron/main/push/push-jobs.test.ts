// Pushes from the app against the loopback test workspace: a dry run that finds existing records, a push with
// progress events, and a pause then a resume from the journal that lands every record exactly once.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startWorkspaceServer, type WorkspaceServer } from '../../../e2e/workspace-server/workspace-server'
import type { EventChannel } from '../../../shared/ipc/channels'
import { memoryCredentialStore } from '../services/memory-keychain'
import { WorkspaceProfiles } from '../services/workspace-profiles'
import { PushJobs } from './push-jobs'

const KEY = 'pf-push-jobs-key'
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
  const profile = await new WorkspaceProfiles(dir).save({ name: 'Loopback', baseUrl: server.url, rateLimitPerMinute: 6000, batchSize: 10 })
  await keychain.store.setKey(profile.id, KEY)
  const events: { channel: EventChannel; payload: unknown }[] = []
  const done = new Map<string, (payload: unknown) => void>()
  const jobs = new PushJobs({
    dataDir: dir,
    credentials: keychain.store,
    emit: (channel, payload) => {
      events.push({ channel, payload })
      if (channel === 'push:done') done.get((payload as { jobId: string }).jobId)?.(payload)
    },
  })
  const finished = (jobId: string) => new Promise<{ stopped: string | null }>((r) => done.set(jobId, r as (p: unknown) => void))
  return { profile, jobs, events, finished }
}

const person = (i: number) => ({ row: i, record: { emails: { primaryEmail: `p${i}@example.com` }, name: { firstName: `P${i}`, lastName: 'Test' } } })

describe('PushJobs', () => {
  it('plans against the workspace, pushes with progress, and resumes a paused push without duplicates', async () => {
    const { profile, jobs, events, finished } = await setUp()
    server.seed('people', [{ emails: { primaryEmail: 'p0@example.com' }, name: { firstName: 'Old', lastName: 'One' } }])
    const records = Array.from({ length: 80 }, (_, i) => person(i))
    const plan = await jobs.plan(profile.id, 'people', records.map((r) => r.record))
    expect(plan.existing.filter((id) => id !== null)).toHaveLength(1)
    const withIds = records.map((r, i) => (plan.existing[i] ? { row: r.row, record: { ...r.record, id: plan.existing[i] } } : r))

    const { jobId } = await jobs.start(profile.id, 'people', withIds)
    const first = finished(jobId)
    expect(jobs.stop(jobId, false)).toBe(true)
    expect((await first).stopped).toBe('stopped')
    const again = await jobs.start(profile.id, 'people', withIds, jobId)
    expect(again.jobId).toBe(jobId)
    expect((await finished(jobId)).stopped).toBeNull()

    const emails = server.records('people').map((p) => (p['emails'] as { primaryEmail: string }).primaryEmail)
    expect(emails.sort()).toEqual(records.map((r) => r.record.emails.primaryEmail).sort())
    expect(events.some((e) => e.channel === 'push:progress')).toBe(true)
  })

  it('says which workspace or object is unknown', async () => {
    const { profile, jobs } = await setUp()
    await expect(jobs.plan('00000000-0000-4000-8000-00000000dead', 'people', [])).rejects.toThrow(/no longer saved/)
    await expect(jobs.plan(profile.id, 'spaceships', [])).rejects.toThrow(/no object "spaceships"/)
  })
})
