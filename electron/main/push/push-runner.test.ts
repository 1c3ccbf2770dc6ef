import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startWorkspaceServer, type WorkspaceServer, type WorkspaceServerOptions } from '../../../e2e/workspace-server/workspace-server'
import { memoryCredentialStore } from '../services/memory-keychain'
import { PLAIN_KEY, profileAt, WORKSPACE_MODEL } from '../services/workspace-test-support'
import { connectForPush, type PushConnection } from './batch-request'
import { PushJournal, readPushJournal } from './push-journal'
import { runPush, type PushOptions, type PushRecord } from './push-runner'

let server: WorkspaceServer | undefined
let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'push-runner-'))
})
afterEach(async () => {
  await server?.close()
  server = undefined
  await rm(dir, { recursive: true, force: true })
})

async function start(options: Partial<WorkspaceServerOptions> = {}): Promise<{ s: WorkspaceServer; connection: PushConnection }> {
  server = await startWorkspaceServer({ model: WORKSPACE_MODEL, apiKey: PLAIN_KEY, rateLimitPerMinute: 100_000, ...options })
  const profile = profileAt(server.url)
  const { store } = memoryCredentialStore()
  await store.setKey(profile.id, PLAIN_KEY)
  return { s: server, connection: await connectForPush(profile, store, 5_000) }
}

/** People with a unique email, or (`withEmail` false) with nothing unique, so only their ids keep a resend from duplicating. */
function people(count: number, withEmail = true): PushRecord[] {
  return Array.from({ length: count }, (_, row) => ({
    row,
    record: {
      name: { firstName: `First${row}`, lastName: `Last${row}` },
      ...(withEmail ? { emails: { primaryEmail: `person${row}@example.com` } } : {}),
    },
  }))
}

const emailOf = (record: Record<string, unknown>) => (record['emails'] as { primaryEmail: string }).primaryEmail
const firstNameOf = (record: Record<string, unknown>) => (record['name'] as { firstName: string }).firstName

/** Asserts the server holds exactly one record per expected person, and answers the records. */
function expectExactly(s: WorkspaceServer, count: number): Record<string, unknown>[] {
  const records = s.records('people')
  expect(records).toHaveLength(count)
  expect(new Set(records.map(firstNameOf)).size).toBe(count)
  return records
}

function push(connection: PushConnection, records: PushRecord[], extra: Partial<PushOptions> = {}) {
  return runPush({
    connection,
    plural: 'people',
    records,
    journalPath: join(dir, 'push.jsonl'),
    ratePerMinute: 60_000,
    backoff: { baseMs: 10, maxMs: 100 },
    ...extra,
  })
}

describe('runPush', () => {
  it('lands exactly 500 people, with the ids it journaled, and reports them all sent', async () => {
    const { s, connection } = await start()
    const seen: number[] = []
    const result = await push(connection, people(500), { onProgress: (p) => seen.push(p.sent) })
    expect(result.stopped).toBeNull()
    expect(result.progress).toEqual({ total: 500, sent: 500, failed: 0 })
    expect(result.outcomes.every((o) => o.status === 'sent')).toBe(true)
    const records = expectExactly(s, 500)
    expect(seen.at(-1)).toBe(500)
    expect(s.requests.map((r) => r.recordCount)).toEqual([60, 60, 60, 60, 60, 60, 60, 60, 20])
    const journal = await readPushJournal(join(dir, 'push.jsonl'))
    expect(journal.batches.every((b) => b.done)).toBe(true)
    const journaledIds = new Set(journal.batches.flatMap((b) => b.recordIds))
    expect(records.every((r) => journaledIds.has(r['id'] as string))).toBe(true)
  })

  it('rides out a 429 storm without reporting a failure', async () => {
    const t0 = Date.now()
    // 5 requests per server minute, with the server's minute lasting half a real second: 10 per real second.
    const { s, connection } = await start({ rateLimitPerMinute: 5, now: () => t0 + (Date.now() - t0) * 120 })
    const result = await push(connection, people(200), { batchSize: 10, ratePerMinute: 6_000 })
    expect(result.stopped).toBeNull()
    expect(result.progress).toEqual({ total: 200, sent: 200, failed: 0 })
    expectExactly(s, 200)
    expect(s.requests.filter((r) => r.status === 429).length).toBeGreaterThan(0)
  })

  it('treats a 400 "Limit reached" like a 429', async () => {
    const t0 = Date.now()
    const { s, connection } = await start({ rateLimitPerMinute: 3, rateLimitStatus: 400, now: () => t0 + (Date.now() - t0) * 120 })
    const result = await push(connection, people(60), { batchSize: 10 })
    expect(result.progress).toEqual({ total: 60, sent: 60, failed: 0 })
    expectExactly(s, 60)
    expect(s.requests.filter((r) => r.status === 400).length).toBeGreaterThan(0)
  })

  it('retries 500s and dropped connections after commit, landing every record once', async () => {
    const { s, connection } = await start({ faults: { failNext: 3, dropAfterCommit: 2 } })
    const result = await push(connection, people(300, false))
    expect(result.stopped).toBeNull()
    expect(result.progress).toEqual({ total: 300, sent: 300, failed: 0 })
    expectExactly(s, 300)
    const statuses = s.requests.map((r) => r.status)
    expect(statuses.filter((st) => st === 500)).toHaveLength(3)
    expect(statuses.filter((st) => st === 0)).toHaveLength(2)
  })

  it('stops with the error when 5xx answers never end, leaving the batch to resend', async () => {
    const { s, connection } = await start({ faults: { failNext: 1000 } })
    const result = await push(connection, people(10))
    expect(result.stopped).toMatchObject({ reason: 'error', code: 'WORKSPACE_SERVER_ERROR' })
    expect(result.outcomes).toEqual([])
    expect(s.requests).toHaveLength(6)
    s.setFaults({})
    const again = await push(connection, people(10))
    expect(again.progress).toEqual({ total: 10, sent: 10, failed: 0 })
    expectExactly(s, 10)
  })

  it('isolates a refused record by bisection: only it fails, with the server message', async () => {
    const bad = 'person17@example.com'
    const { s, connection } = await start({ faults: { rejectValue: { field: 'emails.primaryEmail', value: bad } } })
    const result = await push(connection, people(120))
    expect(result.progress).toEqual({ total: 120, sent: 119, failed: 1 })
    const failed = result.outcomes.filter((o) => o.status === 'failed')
    expect(failed).toEqual([{ row: 17, status: 'failed', message: expect.stringContaining('is rejected by this workspace') }])
    const records = expectExactly(s, 119)
    expect(records.map(emailOf)).not.toContain(bad)
    const journal = await readPushJournal(join(dir, 'push.jsonl'))
    expect([...journal.batches[0]!.failed.keys()]).toEqual([17])
  })

  it('halves batches the server finds too large, and keeps the smaller size', async () => {
    const { s, connection } = await start({ maxRecordsPerRequest: 60 })
    const result = await push(connection, people(450), { batchSize: 200 })
    expect(result.progress).toEqual({ total: 450, sent: 450, failed: 0 })
    expectExactly(s, 450)
    const refused = s.requests.filter((r) => r.status === 400)
    expect(refused).toEqual([expect.objectContaining({ recordCount: 200 })])
    expect(s.requests.filter((r) => r.status === 201).every((r) => (r.recordCount ?? 0) <= 60)).toBe(true)
  })

  it('resumes an aborted push from its journal, landing each record once', async () => {
    const { s, connection } = await start()
    const controller = new AbortController()
    const first = await push(connection, people(300, false), {
      batchSize: 30,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.sent >= 90) controller.abort()
      },
    })
    expect(first.stopped).toEqual({ reason: 'aborted' })
    expect(first.progress.sent).toBe(90)
    expectExactly(s, 90)
    const second = await push(connection, people(300, false), { batchSize: 30 })
    expect(second.stopped).toBeNull()
    expect(second.progress).toEqual({ total: 300, sent: 300, failed: 0 })
    expectExactly(s, 300)
    expect(s.requests).toHaveLength(10)
  })

  it('resumes a push aborted mid-request, whatever the server committed, landing each record once', async () => {
    const { s, connection } = await start({ faults: { latencyMs: 40 } })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 110)
    const first = await push(connection, people(150, false), { batchSize: 30, signal: controller.signal })
    expect(first.stopped).toEqual({ reason: 'aborted' })
    const second = await push(connection, people(150, false), { batchSize: 30 })
    expect(second.progress).toEqual({ total: 150, sent: 150, failed: 0 })
    expectExactly(s, 150)
  })

  it('on a stop signal, lets the request in flight land, then stops before the next batch', async () => {
    const { s, connection } = await start({ faults: { latencyMs: 60 } })
    const stop = new AbortController()
    setTimeout(() => stop.abort(), 30)
    const first = await push(connection, people(90, false), { batchSize: 30, stop: stop.signal })
    expect(first.stopped).toEqual({ reason: 'aborted' })
    expect(first.progress).toEqual({ total: 90, sent: 30, failed: 0 })
    expect(s.requests.map((r) => r.status)).toEqual([201])
    expectExactly(s, 30)
    const second = await push(connection, people(90, false), { batchSize: 30 })
    expect(second.progress).toEqual({ total: 90, sent: 90, failed: 0 })
    expectExactly(s, 90)
  })

  it('resends a batch planned but never confirmed, on its journaled ids, and tolerates a torn last line', async () => {
    const { s, connection } = await start()
    const records = people(120, false)
    const ids = records.slice(0, 60).map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)
    const path = join(dir, 'push.jsonl')
    const { journal } = await PushJournal.open(path)
    await journal.append({ kind: 'batch-planned', batchId: 0, object: 'people', recordIds: ids, rows: records.slice(0, 60).map((r) => r.row) })
    await journal.append({ kind: 'batch-sent', batchId: 0 })
    await journal.close()
    await appendFile(path, '{"kind":"batch-do')
    // The crash came after the server committed the first batch: the resend must update, not duplicate.
    s.seed('people', records.slice(0, 60).map((r, i) => ({ ...r.record, id: ids[i] })))
    const result = await push(connection, records)
    expect(result.progress).toEqual({ total: 120, sent: 120, failed: 0 })
    const landed = expectExactly(s, 120)
    expect(landed.filter((r) => ids.includes(r['id'] as string))).toHaveLength(60)
    expect((await readFile(path, 'utf8')).endsWith('\n')).toBe(true)
  })

  it('stops at once on a refused key, sending nothing more', async () => {
    const { s, connection } = await start()
    const result = await push({ ...connection, key: 'wrong-key' }, people(120))
    expect(result.stopped).toMatchObject({ reason: 'error', code: 'WORKSPACE_BAD_KEY' })
    expect(result.stopped).not.toMatchObject({ message: expect.stringContaining('wrong-key') })
    expect(s.requests).toHaveLength(1)
  })
})
