import { readFileSync } from 'node:fs'
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  startWorkspaceServer,
  type RequestLog,
  type WorkspaceServer,
  type WorkspaceServerOptions,
} from '../../../e2e/workspace-server/workspace-server'
import { seededRandom } from '../../../shared/util/seeded-random'
import { memoryCredentialStore } from '../storage/memory-keychain.test-support'
import { PLAIN_KEY, profileAt, WORKSPACE_MODEL } from '../workspace/workspace.test-support'
import { connectForPush, type PushConnection } from './sending/batch-request'
import { PushJournal, readPushJournal } from './journal/push-journal'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import { findObject } from '../../../shared/model/workspace-model'
import { rowIdentities } from '../../../shared/push/row-keys'
import { runPush, type PushOptions, type PushProgress, type PushRecord } from './push-runner'

let server: WorkspaceServer | undefined
let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'push-runner-'))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await server?.close()
  server = undefined
  await rm(dir, { recursive: true, force: true })
})

async function start(
  options: Partial<WorkspaceServerOptions> = {},
): Promise<{ s: WorkspaceServer; connection: PushConnection }> {
  server = await startWorkspaceServer({
    model: WORKSPACE_MODEL,
    apiKey: PLAIN_KEY,
    rateLimitPerMinute: 100_000,
    ...options,
  })
  const profile = profileAt(server.url)
  const { store } = memoryCredentialStore()
  await store.setKey(profile.id, PLAIN_KEY)
  return { s: server, connection: await connectForPush(profile, store, 5_000) }
}

/** People with a unique email, or (`withEmail` false) with nothing unique, so only their ids keep a resend from duplicating. */
function people(count: number, withEmail = true): PushRecord[] {
  const records = Array.from({ length: count }, (_, row) => ({
    name: { firstName: `First${row}`, lastName: `Last${row}` },
    ...(withEmail ? { emails: { primaryEmail: `person${row}@example.com` } } : {}),
  }))
  return withIdentities(records)
}

const PEOPLE = findObject(DEFAULT_MODEL, 'people')!

/** Records as rows 0, 1, … with their row keys, as a push gives them. */
function withIdentities(records: readonly Record<string, unknown>[]): PushRecord[] {
  const identities = rowIdentities(PEOPLE, records)
  return records.map((record, row) => ({ row, line: row + 2, record, ...identities[row]! }))
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

/** A progress listener that aborts `controller` once `sent` records are confirmed. */
function abortOnceSent(controller: AbortController, sent: number): (progress: PushProgress) => void {
  return (progress) => {
    if (progress.sent >= sent) controller.abort()
  }
}

/** Counts the requests the engine has in flight (fetch called, answer not yet back), keeping the highest count. */
function trackInFlight(): { readonly max: () => number } {
  const realFetch = globalThis.fetch
  let now = 0
  let max = 0
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (...args: Parameters<typeof fetch>) => {
    max = Math.max(max, ++now)
    try {
      return await realFetch(...args)
    } finally {
      now--
    }
  })
  return { max: () => max }
}

/**
 * The most requests the server provably held at one moment: every request completing within a span shorter than
 * its latency entered the server before the earliest of them left, so they were all there together.
 */
function serverOverlap(requests: readonly RequestLog[], latencyMs: number): number {
  const at = requests.map((r) => r.at).sort((a, b) => a - b)
  let most = 0
  for (let first = 0, last = 0; last < at.length; last++) {
    while (at[last]! - at[first]! >= latencyMs / 2) first++
    most = Math.max(most, last - first + 1)
  }
  return most
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
    const { s, connection } = await start({
      rateLimitPerMinute: 3,
      rateLimitStatus: 400,
      now: () => t0 + (Date.now() - t0) * 120,
    })
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
    expect(failed).toEqual([
      {
        row: 17,
        key: 'u:emails.primaryEmail=person17@example.com',
        status: 'failed',
        change: 'created',
        message: expect.stringContaining('is rejected by this workspace'),
        id: expect.any(String),
      },
    ])
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
    // One batch at a time, so the abort falls between batches and the request count below is exact.
    const first = await push(connection, people(300, false), {
      batchSize: 30,
      concurrency: 1,
      signal: controller.signal,
      onProgress: abortOnceSent(controller, 90),
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
    // Enough batches that, several in flight at a time, the push still outlasts the abort.
    const first = await push(connection, people(600, false), { batchSize: 30, signal: controller.signal })
    expect(first.stopped).toEqual({ reason: 'aborted' })
    const second = await push(connection, people(600, false), { batchSize: 30 })
    expect(second.progress).toEqual({ total: 600, sent: 600, failed: 0 })
    expectExactly(s, 600)
  })

  it('on a stop signal, lets the request in flight land, then stops before the next batch', async () => {
    const { s, connection } = await start({ faults: { latencyMs: 60 } })
    const stop = new AbortController()
    // The stop comes while the first request is in flight (as it is sent, not after a time a loaded machine may
    // not have reached it by).
    const realFetch = globalThis.fetch
    const sending = vi.spyOn(globalThis, 'fetch').mockImplementation((...args: Parameters<typeof fetch>) => {
      const answer = realFetch(...args)
      stop.abort()
      return answer
    })
    const first = await push(connection, people(90, false), { batchSize: 30, stop: stop.signal })
    sending.mockRestore()
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
    const first = records.slice(0, 60)
    await journal.append({
      kind: 'batch-planned',
      batchId: 0,
      object: 'people',
      recordIds: ids,
      rows: first.map((r) => r.row),
      keys: first.map((r) => r.key),
      hashes: first.map((r) => r.hash),
      actions: first.map(() => 'create' as const),
    })
    await journal.append({ kind: 'batch-sent', batchId: 0 })
    await journal.close()
    await appendFile(path, '{"kind":"batch-do')
    // The crash came after the server committed the first batch: the resend must update, not duplicate.
    s.seed(
      'people',
      records.slice(0, 60).map((r, i) => ({ ...r.record, id: ids[i] })),
    )
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

describe('runPush follows rows by key, not position', () => {
  /** People as next month's export shapes them: some with an email, some without (nothing unique). */
  function staff(count: number, title = 'Engineer'): Record<string, unknown>[] {
    return Array.from({ length: count }, (_, i) => ({
      name: { firstName: `Staff${i}`, lastName: `Member${i}` },
      jobTitle: title,
      ...(i % 3 === 0 ? {} : { emails: { primaryEmail: `staff${i}@example.com` } }),
    }))
  }

  it("next month's export (15 new people on top, 10 changed titles) creates the new, updates the changed, leaves the rest", async () => {
    const { s, connection } = await start()
    const first = await push(connection, withIdentities(staff(150)))
    expect(first.progress).toEqual({ total: 150, sent: 150, failed: 0 })
    expectExactly(s, 150)
    const next = staff(150)
    for (let i = 0; i < 10; i++) next[i * 7] = { ...next[i * 7], jobTitle: 'Director' }
    const newcomers = Array.from({ length: 15 }, (_, i) => ({
      name: { firstName: `New${i}`, lastName: 'Hire' },
      ...(i % 2 ? { emails: { primaryEmail: `new${i}@example.com` } } : {}),
    }))
    const requestsBefore = s.requests.length
    const second = await push(connection, withIdentities([...newcomers, ...next]))
    expect(second.stopped).toBeNull()
    const changes = second.outcomes.map((o) => o.change)
    expect(changes.filter((c) => c === 'created')).toHaveLength(15)
    expect(changes.filter((c) => c === 'updated')).toHaveLength(10)
    expect(changes.filter((c) => c === 'unchanged')).toHaveLength(140)
    const stored = s.records('people')
    expect(stored).toHaveLength(165)
    expect(new Set(stored.map(firstNameOf)).size).toBe(165)
    expect(stored.filter((r) => r['jobTitle'] === 'Director')).toHaveLength(10)
    // Only the 25 records that are new or changed were sent.
    expect(s.requests.slice(requestsBefore).reduce((n, r) => n + (r.recordCount ?? 0), 0)).toBe(25)
  })

  it('resumes a push killed part-way after the file was reordered and grew, each record keeping its own data', async () => {
    const { s, connection } = await start()
    const controller = new AbortController()
    const rows = staff(120)
    const first = await push(connection, withIdentities(rows), {
      batchSize: 20,
      concurrency: 1,
      signal: controller.signal,
      onProgress: abortOnceSent(controller, 40),
    })
    expect(first.stopped).toEqual({ reason: 'aborted' })
    // The file is edited: rows reversed and 10 added in the middle.
    const edited = [...rows].reverse()
    edited.splice(
      50,
      0,
      ...Array.from({ length: 10 }, (_, i) => ({
        name: { firstName: `Added${i}`, lastName: 'Row' },
        jobTitle: 'Intern',
      })),
    )
    const second = await push(connection, withIdentities(edited), { batchSize: 20 })
    expect(second.stopped).toBeNull()
    expect(second.progress).toEqual({ total: 130, sent: 130, failed: 0 })
    const stored = s.records('people')
    expect(stored).toHaveLength(130)
    expect(new Set(stored.map(firstNameOf)).size).toBe(130)
    // Every stored record still pairs its name with its own email: nothing was overwritten by another row.
    for (const record of stored) {
      const first = firstNameOf(record)
      const email = (record['emails'] as { primaryEmail?: string } | null)?.primaryEmail ?? ''
      if (first.startsWith('Staff')) expect(email === '' || email === `staff${first.slice(5)}@example.com`).toBe(true)
    }
  })

  it('pushes identical rows without a unique field once each, also on a rerun', async () => {
    const { s, connection } = await start()
    const twins = Array.from({ length: 4 }, () => ({ name: { firstName: 'Same', lastName: 'Person' } }))
    await push(connection, withIdentities(twins))
    const again = await push(connection, withIdentities(twins))
    expect(again.outcomes.map((o) => o.change)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged'])
    expect(s.records('people')).toHaveLength(4)
  })

  it('updates an edited row without a unique field in the same file version, instead of creating it again', async () => {
    const { s, connection } = await start()
    const rows = staff(9)
    await push(connection, withIdentities(rows), { source: 'a'.repeat(64) })
    const edited = [...rows]
    edited[3] = { ...edited[3], jobTitle: 'Typo fixed' }
    const again = await push(connection, withIdentities(edited), { source: 'a'.repeat(64) })
    expect(again.outcomes[3]).toMatchObject({ change: 'updated', status: 'sent' })
    const stored = s.records('people')
    expect(stored).toHaveLength(9)
    expect(stored.filter((r) => r['jobTitle'] === 'Typo fixed')).toHaveLength(1)
  })

  it('does not resend a refused row whose content is unchanged, and resends it once fixed', async () => {
    const bad = 'person5@example.com'
    const { s, connection } = await start({ faults: { rejectValue: { field: 'jobTitle', value: 'Bad' } } })
    const rows: Record<string, unknown>[] = Array.from({ length: 8 }, (_, i) => ({
      name: { firstName: `P${i}`, lastName: 'X' },
      emails: { primaryEmail: `person${i}@example.com` },
      jobTitle: i === 5 ? 'Bad' : 'Ok',
    }))
    const first = await push(connection, withIdentities(rows))
    expect(first.progress.failed).toBe(1)
    const before = s.requests.length
    const again = await push(connection, withIdentities(rows))
    expect(again.outcomes[5]).toMatchObject({ status: 'failed', message: expect.stringContaining('rejected') })
    expect(s.requests.length).toBe(before)
    rows[5] = { ...rows[5], jobTitle: 'Fixed' }
    const fixed = await push(connection, withIdentities(rows))
    expect(fixed.outcomes[5]).toMatchObject({ status: 'sent', change: 'created' })
    expect(s.records('people').map(emailOf)).toContain(bad)
  })

  it('refuses a journal written before row keys, saying what to do', async () => {
    const { connection } = await start()
    const path = join(dir, 'push.jsonl')
    await writeFile(
      path,
      `${JSON.stringify({ kind: 'batch-planned', batchId: 0, object: 'people', recordIds: ['00000000-0000-4000-8000-000000000001'], rows: [0] })}\n`,
    )
    await expect(push(connection, people(3))).rejects.toThrow(/followed rows by position/)
  })
})

describe('runPush with batches in flight', () => {
  it('overlaps requests under latency, never past its window, and reports outcomes in the order of records', async () => {
    const latencyMs = 100
    const bad = 'person40@example.com'
    const { s, connection } = await start({
      faults: { latencyMs, rejectValue: { field: 'emails.primaryEmail', value: bad } },
    })
    const inFlight = trackInFlight()
    // Rows listed backwards, so the order of records is not the order of row ids.
    const records = people(600).reverse()
    const result = await push(connection, records, { batchSize: 30, concurrency: 4 })
    expect(result.stopped).toBeNull()
    expect(result.progress).toEqual({ total: 600, sent: 599, failed: 1 })
    expect(result.outcomes.map((o) => o.row)).toEqual(records.map((r) => r.row))
    expect(result.outcomes.filter((o) => o.status === 'failed')).toEqual([
      {
        row: 40,
        key: 'u:emails.primaryEmail=person40@example.com',
        status: 'failed',
        change: 'created',
        message: expect.any(String),
        id: expect.any(String),
      },
    ])
    expectExactly(s, 599)
    expect(inFlight.max()).toBe(4)
    expect(serverOverlap(s.requests, latencyMs)).toBeGreaterThanOrEqual(3)
    // The batch holding the bad row bisects for a while: later batches are confirmed before it.
    const doneOrder = (await readFile(join(dir, 'push.jsonl'), 'utf8'))
      .split('\n')
      .filter((line) => line.includes('"batch-done"'))
      .map((line) => (JSON.parse(line) as { batchId: number }).batchId)
    expect(doneOrder).toHaveLength(20)
    expect(doneOrder).not.toEqual([...doneOrder].sort((a, b) => a - b))
  })

  it('sends one request at a time with concurrency 1', async () => {
    const { s, connection } = await start({ faults: { latencyMs: 20 } })
    const inFlight = trackInFlight()
    const result = await push(connection, people(200), { batchSize: 20, concurrency: 1 })
    expect(result.progress).toEqual({ total: 200, sent: 200, failed: 0 })
    expect(inFlight.max()).toBe(1)
    expectExactly(s, 200)
  })

  it('lands every record exactly once after crashes at random moments with several batches in flight', async () => {
    const { s, connection } = await start()
    const path = join(dir, 'push.jsonl')
    const random = seededRandom(20261123)
    const records = people(600, false)
    let crashes = 0
    let mostUnconfirmed = 0
    for (let round = 0; round < 6; round++) {
      s.reset()
      s.setFaults({ latencyMs: 30 })
      await rm(path, { force: true })
      for (let run = 0; run < 3; run++) {
        const controller = new AbortController()
        let disk: string | null = null
        // The crash: what the journal holds on disk at that instant is all the next run gets; the server still
        // answers (and commits) the requests already on their way.
        const crash = setTimeout(
          () => {
            disk = readFileSync(path, 'utf8')
            controller.abort()
          },
          10 + Math.floor(random() * 200),
        )
        const result = await push(connection, records, { batchSize: 20, concurrency: 4, signal: controller.signal })
        clearTimeout(crash)
        if (disk === null) {
          expect(result.stopped).toBeNull()
          break
        }
        crashes++
        await writeFile(path, disk)
        mostUnconfirmed = Math.max(mostUnconfirmed, (await readPushJournal(path)).batches.filter((b) => !b.done).length)
      }
      const last = await push(connection, records, { batchSize: 20, concurrency: 4 })
      expect(last.stopped).toBeNull()
      expect(last.progress).toEqual({ total: 600, sent: 600, failed: 0 })
      const landed = expectExactly(s, 600)
      const journaled = new Set((await readPushJournal(path)).batches.flatMap((b) => b.recordIds))
      expect(landed.every((r) => journaled.has(r['id'] as string))).toBe(true)
    }
    expect(crashes).toBeGreaterThanOrEqual(10)
    expect(mostUnconfirmed).toBeGreaterThanOrEqual(3)
  })

  it('on a stop signal, lets the batches already sending land and gives up those still waiting for the pacer', async () => {
    // A round trip of 2.5 pacing intervals: when the stop comes, some lanes are sending and others hold a
    // journaled batch in the pacer's queue.
    const { s, connection } = await start({ faults: { latencyMs: 250 } })
    const stop = new AbortController()
    const records = people(200, false)
    const result = await push(connection, records, {
      batchSize: 20,
      ratePerMinute: 600,
      concurrency: 6,
      stop: stop.signal,
      onProgress: abortOnceSent(stop, 40),
    })
    expect(result.stopped).toEqual({ reason: 'aborted' })
    expect(s.requests.every((r) => r.status === 201)).toBe(true)
    const landed = expectExactly(s, result.progress.sent)
    expect(landed.length).toBeGreaterThan(40)
    const journal = await readPushJournal(join(dir, 'push.jsonl'))
    const givenUp = journal.batches.filter((b) => !b.done)
    expect(givenUp.length).toBeGreaterThanOrEqual(2)
    const unsent = new Set(givenUp.flatMap((b) => b.recordIds))
    expect(landed.some((r) => unsent.has(r['id'] as string))).toBe(false)
    s.setFaults({})
    const again = await push(connection, records, { batchSize: 20 })
    expect(again.progress).toEqual({ total: 200, sent: 200, failed: 0 })
    expectExactly(s, 200)
  })

  it('stops on 5xx answers that never end with several batches in flight, and a resume lands each record once', async () => {
    const { s, connection } = await start({ faults: { latencyMs: 10 } })
    const result = await push(connection, people(600, false), {
      batchSize: 20,
      concurrency: 4,
      onProgress: (p) => {
        if (p.sent >= 60) s.setFaults({ failNext: 1000 })
      },
    })
    expect(result.stopped).toMatchObject({ reason: 'error', code: 'WORKSPACE_SERVER_ERROR' })
    // Each batch already sending tries 6 times; no other batch starts once the push has failed.
    expect(s.requests.filter((r) => r.status === 500).length).toBeLessThanOrEqual(4 * 6)
    expectExactly(s, result.progress.sent)
    s.setFaults({})
    const again = await push(connection, people(600, false), { batchSize: 20, concurrency: 4 })
    expect(again.progress).toEqual({ total: 600, sent: 600, failed: 0 })
    expectExactly(s, 600)
  })

  it('rides out a 429 storm with several batches in flight, reporting no failure', async () => {
    const t0 = Date.now()
    const { s, connection } = await start({
      rateLimitPerMinute: 5,
      now: () => t0 + (Date.now() - t0) * 120,
      faults: { latencyMs: 20 },
    })
    const inFlight = trackInFlight()
    const result = await push(connection, people(200), { batchSize: 10, ratePerMinute: 6_000, concurrency: 4 })
    expect(result.stopped).toBeNull()
    expect(result.progress).toEqual({ total: 200, sent: 200, failed: 0 })
    expectExactly(s, 200)
    const limited = s.requests.filter((r) => r.status === 429).length
    expect(limited).toBeGreaterThan(0)
    expect(inFlight.max()).toBeGreaterThanOrEqual(2)
  })
})
