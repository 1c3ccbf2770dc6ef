import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  startWorkspaceServer,
  type WorkspaceServer,
  type WorkspaceServerOptions,
} from '../../../../e2e/workspace-server/workspace-server'
import { parseWorkspaceMetadata } from '../../../../shared/model/parse-metadata'
import { findObject, type ObjectModel } from '../../../../shared/model/workspace-model'
import { memoryCredentialStore } from '../../storage/memory-keychain.test-support'
import {
  PLAIN_KEY,
  profileAt,
  startScriptedServer,
  WORKSPACE_MODEL,
  type ScriptedServer,
} from '../../workspace/workspace.test-support'
import { connectForPush, type ConnectOptions, type PushConnection } from '../sending/batch-request'
import { findExistingMatches, findExistingRecords, findValues, type LookupProgress } from './find-existing'

const people = findObject(parseWorkspaceMetadata(WORKSPACE_MODEL).model, 'people') as ObjectModel
const FAST_BACKOFF = { baseMs: 10, maxMs: 50 }

let server: WorkspaceServer | undefined
let scripted: ScriptedServer | undefined
afterEach(async () => {
  vi.restoreAllMocks()
  await server?.close()
  await scripted?.close()
  server = scripted = undefined
})

async function connect(url: string, options: ConnectOptions = {}): Promise<PushConnection> {
  const profile = profileAt(url)
  const { store } = memoryCredentialStore()
  await store.setKey(profile.id, PLAIN_KEY)
  return connectForPush(profile, store, { timeoutMs: 5_000, ratePerMinute: 60_000, ...options })
}

async function start(
  options: Partial<WorkspaceServerOptions> = {},
): Promise<{ s: WorkspaceServer; connection: PushConnection }> {
  server = await startWorkspaceServer({
    model: WORKSPACE_MODEL,
    apiKey: PLAIN_KEY,
    rateLimitPerMinute: 100_000,
    ...options,
  })
  return { s: server, connection: await connect(server.url) }
}

const person = (email: string) => ({ emails: { primaryEmail: email } })
const emails = (count: number, prefix = 'p') => Array.from({ length: count }, (_, i) => `${prefix}${i}@example.com`)

describe('lookups through the workspace pacer', () => {
  it('rides out rate limits instead of stopping the command', async () => {
    // 3 requests a minute on a clock running 60 times faster: the bucket empties after 3 lookups, 1 more each 333 ms.
    const t0 = Date.now()
    const { s, connection } = await start({ rateLimitPerMinute: 3, now: () => t0 + (Date.now() - t0) * 60 })
    s.seed('people', [person('p5@example.com'), person('p950@example.com')])
    const records = emails(1_000).map(person)
    const found = await findExistingRecords(connection, people, records, { backoff: FAST_BACKOFF })
    expect(found.flatMap((r, i) => (r === null ? [] : [i]))).toEqual([5, 950])
    expect(s.requests.some((r) => r.status === 429)).toBe(true)
  })

  it('spends a token per GET from the same pacer as the writes, spacing the requests', async () => {
    const { connection } = await start()
    connection.pacer.setRate(600) // one request every 100 ms for the whole workspace
    const realFetch = globalThis.fetch
    const at: number[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation((...args: Parameters<typeof fetch>) => {
      at.push(performance.now())
      return realFetch(...args)
    })
    await findValues(connection, people, 'emails', 'primaryEmail', emails(800))
    expect(at).toHaveLength(4)
    // Three spacings of 100 ms between the first GET and the last. Measured across all of them, as one gap can
    // look short when the event loop was late to send the one before it (a loaded machine); unpaced, it is ~0.
    expect(at[3]! - at[0]!).toBeGreaterThanOrEqual(250)
  })

  it('hands every connection to one workspace the same pacer, at the last rate set', async () => {
    const { s } = await start()
    const a = await connect(s.url, { ratePerMinute: 100 })
    const b = await connect(`${s.url}/`, { ratePerMinute: 250 })
    expect(b.pacer).toBe(a.pacer)
    expect(a.pacer.ratePerMinute).toBe(250)
  })

  it('stops at once on a refused key', async () => {
    const { s } = await start()
    const profile = profileAt(s.url)
    const { store } = memoryCredentialStore()
    await store.setKey(profile.id, 'not-the-key')
    const connection = await connectForPush(profile, store, { ratePerMinute: 60_000 })
    await expect(findValues(connection, people, 'emails', 'primaryEmail', emails(500))).rejects.toMatchObject({
      code: 'WORKSPACE_BAD_KEY',
    })
    expect(s.requests.map((r) => r.status)).toEqual([401])
  })

  it('reports progress as values asked of values to ask, across unique keys', async () => {
    const { connection } = await start()
    const records = emails(450).map((email, i) => (i < 10 ? { id: randomUUID(), ...person(email) } : person(email)))
    const seen: LookupProgress[] = []
    await findExistingRecords(connection, people, records, { onProgress: (p) => seen.push(p) })
    // 10 ids in one request, then 450 emails in three.
    expect(seen).toEqual([
      { done: 0, total: 460 },
      { done: 10, total: 460 },
      { done: 210, total: 460 },
      { done: 410, total: 460 },
      { done: 460, total: 460 },
    ])
  })

  it('can be cancelled while it waits for the pacer', async () => {
    const { s, connection } = await start()
    connection.pacer.setRate(60) // one a second: the second request would wait
    const controller = new AbortController()
    const lookup = findValues(connection, people, 'emails', 'primaryEmail', emails(1_000), {
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done > 0) controller.abort(new Error('cancelled'))
      },
    })
    await expect(lookup).rejects.toThrow('cancelled')
    expect(s.requests).toHaveLength(1)
  })
})

describe('soft-deleted matches', () => {
  it('finds a match among soft-deleted records and says so; a live match wins', async () => {
    const { s, connection } = await start()
    const [gone, both, liveTwin] = s.seed('people', [
      person('gone@example.com'),
      person('both@example.com'),
      person('both@example.com'),
    ])
    s.softDelete('people', gone!['id'] as string)
    s.softDelete('people', both!['id'] as string)
    const result = await findExistingMatches(connection, people, [
      person('gone@example.com'),
      person('both@example.com'),
      person('new@example.com'),
    ])
    expect(result.deletedUnknown).toBe(false)
    expect(result.matches.map((m) => (m === null ? null : { id: m.record.id, deleted: m.deleted }))).toEqual([
      { id: gone!['id'], deleted: true },
      { id: liveTwin!['id'], deleted: false },
      null,
    ])
  })

  it('reports live matches and flags deleted ones unknown when the server refuses the deletedAt filter', async () => {
    const live = { id: randomUUID(), emails: { primaryEmail: 'live@example.com' }, deletedAt: null }
    scripted = await startScriptedServer((request) =>
      /deletedAt/.test(decodeURIComponent(request.path))
        ? { status: 400, body: JSON.stringify({ statusCode: 400, messages: ["'filter' invalid: deletedAt"] }) }
        : { status: 200, body: JSON.stringify({ data: { people: [live] }, pageInfo: { hasNextPage: false } }) },
    )
    const connection = await connect(scripted.url)
    const result = await findExistingMatches(connection, people, [
      person('live@example.com'),
      person('other@example.com'),
    ])
    expect(result.deletedUnknown).toBe(true)
    expect(result.matches.map((m) => m?.record.id ?? null)).toEqual([live.id, null])
    // One refused ask, then live rows only, without asking for deleted ones again.
    expect(scripted.requests.map((r) => /deletedAt/.test(decodeURIComponent(r.path)))).toEqual([true, false])
  })
})
