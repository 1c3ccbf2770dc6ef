// The rollback engine against the real loopback workspace: a push planned and sent as the CLI and the app send it
// (planPush, runPush) into a workspace already holding records (some soft-deleted), then taken back out.
import { readFile, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  startWorkspaceServer,
  type WorkspaceServer,
  type WorkspaceServerOptions,
} from '../../../../e2e/workspace-server/workspace-server'
import { DEFAULT_MODEL } from '../../../../shared/model/default-model'
import { findObject } from '../../../../shared/model/workspace-model'
import { rowIdentities } from '../../../../shared/push/row-keys'
import { memoryCredentialStore } from '../../storage/memory-keychain.test-support'
import { PLAIN_KEY, profileAt, WORKSPACE_MODEL } from '../../workspace/workspace.test-support'
import { connectForPush, type PushConnection } from '../sending/batch-request'
import { readPushJournal } from '../journal/push-journal'
import { planPush } from '../planning/push-planning'
import { runPush } from '../push-runner'
import { runFolderRollback } from './rollback-folder'
import { runRollback, type RollbackOptions } from './rollback-runner'

const PEOPLE = findObject(DEFAULT_MODEL, 'people')!
const ID_A = '00000000-0000-4000-8000-00000000000a'
const ID_B = '00000000-0000-4000-8000-00000000000b'
const ID_C = '00000000-0000-4000-8000-00000000000c'

let server: WorkspaceServer | undefined
let dir: string
let journalPath: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rollback-'))
  journalPath = join(dir, 'people.push-journal')
})
afterEach(async () => {
  await server?.close()
  server = undefined
  await rm(dir, { recursive: true, force: true })
})

const PHONES_A = {
  primaryPhoneNumber: '612345678',
  primaryPhoneCountryCode: 'FR',
  primaryPhoneCallingCode: '+33',
  additionalPhones: [{ number: '698765432', countryCode: 'FR', callingCode: '+33' }],
}

/** A workspace holding A (live), B (soft-deleted) and C (live, not in the file). */
async function start(
  options: Partial<WorkspaceServerOptions> = {},
): Promise<{ s: WorkspaceServer; connection: PushConnection }> {
  server = await startWorkspaceServer({
    model: WORKSPACE_MODEL,
    apiKey: PLAIN_KEY,
    rateLimitPerMinute: 100_000,
    ...options,
  })
  server.seed('people', [
    {
      id: ID_A,
      name: { firstName: 'Ada', lastName: 'Old' },
      emails: { primaryEmail: 'a@x.com', additionalEmails: ['a2@x.com'] },
      jobTitle: 'Clerk',
      city: 'Paris',
      phones: PHONES_A,
    },
    {
      id: ID_B,
      name: { firstName: 'Bob', lastName: 'Gone' },
      emails: { primaryEmail: 'b@x.com' },
      jobTitle: 'Was here',
      city: 'Lyon',
    },
    { id: ID_C, name: { firstName: 'Cy', lastName: 'Kept' }, emails: { primaryEmail: 'c@x.com' }, city: 'Nice' },
  ])
  server.softDelete('people', ID_B)
  const profile = profileAt(server.url)
  const { store } = memoryCredentialStore()
  await store.setKey(profile.id, PLAIN_KEY)
  return { s: server, connection: await connectForPush(profile, store, 5_000) }
}

const FILE: Record<string, unknown>[] = [
  // Updates A: a new job title and another primary phone (its additional phones must survive both ways).
  {
    emails: { primaryEmail: 'a@x.com' },
    jobTitle: 'Director',
    phones: { primaryPhoneNumber: '611111111', primaryPhoneCountryCode: 'FR', primaryPhoneCallingCode: '+33' },
  },
  // Restores B with a new city.
  { emails: { primaryEmail: 'b@x.com' }, city: 'Marseille' },
  { name: { firstName: 'New', lastName: 'One' }, emails: { primaryEmail: 'n1@x.com' } },
  { name: { firstName: 'New', lastName: 'Two' }, emails: { primaryEmail: 'n2@x.com' } },
]

async function push(connection: PushConnection, records: readonly Record<string, unknown>[] = FILE): Promise<void> {
  const identities = rowIdentities(PEOPLE, records)
  const rows = records.map((record, row) => ({ row, line: row + 2, record, identity: identities[row]! }))
  const planned = await planPush({ connection, object: PEOPLE, journalPath, source: null, rows })
  const result = await runPush({
    connection,
    plural: 'people',
    records: planned.records,
    journalPath,
    ratePerMinute: 60_000,
  })
  expect(result.stopped).toBeNull()
}

function rollback(connection: PushConnection, extra: Partial<RollbackOptions> = {}) {
  return runRollback({ connection, journalPath, ratePerMinute: 60_000, backoff: { baseMs: 10, maxMs: 100 }, ...extra })
}

const byId = (s: WorkspaceServer, id: string) => s.records('people').find((r) => r['id'] === id)!
const byEmail = (s: WorkspaceServer, email: string) =>
  s.records('people').find((r) => (r['emails'] as { primaryEmail: string }).primaryEmail === email)
const writes = (s: WorkspaceServer) =>
  s.requests.filter((r) => r.method === 'PATCH' || r.method === 'DELETE' || r.method === 'POST')

describe('rollback', () => {
  it('deletes what the push created, puts back what it updated (composites whole) and deletes again what it restored', async () => {
    const { s, connection } = await start()
    const seeded = structuredClone(s.records('people'))
    await push(connection)
    expect(byId(s, ID_A)).toMatchObject({
      jobTitle: 'Director',
      phones: { primaryPhoneNumber: '611111111', additionalPhones: PHONES_A.additionalPhones },
    })
    expect(byId(s, ID_B)).toMatchObject({ deletedAt: null, city: 'Marseille' })

    // The journal kept the previous values of exactly the fields the push changed, with the write time.
    const journal = await readPushJournal(journalPath)
    const [batch] = journal.batches
    expect(batch!.befores).toEqual([{ jobTitle: 'Clerk', phones: PHONES_A }, { city: 'Lyon' }, null, null])
    expect(batch!.doneAt).toMatch(/^\d{4}-\d\d-\d\dT/)

    const result = await rollback(connection)
    expect(result).toMatchObject({ deleted: 2, restored: 2, skipped: 0, failed: 0, stopped: false })
    const after = s.records('people')
    expect(after).toHaveLength(5)
    expect(byEmail(s, 'n1@x.com')!['deletedAt']).not.toBeNull()
    expect(byEmail(s, 'n2@x.com')!['deletedAt']).not.toBeNull()
    const strip = (r: Record<string, unknown>) => ({
      ...r,
      updatedAt: undefined,
      deletedAt: r['deletedAt'] === null ? null : 'deleted',
    })
    for (const id of [ID_A, ID_B, ID_C]) expect(strip(byId(s, id))).toEqual(strip(seeded.find((r) => r['id'] === id)!))
    // Values went back first (B while it was live), then one delete by filter for the created records and B.
    const mutations = s.requests.filter((r) => r.method === 'DELETE' || r.method === 'PATCH')
    expect(mutations.map((r) => [r.method, r.path, r.recordCount])).toEqual([
      ['PATCH', `/rest/people/${ID_A}`, 1],
      ['PATCH', `/rest/people/${ID_B}`, 1],
      ['DELETE', '/rest/people', 3],
    ])
    const deletes = mutations.filter((r) => r.method === 'DELETE')
    expect(deletes.every((r) => r.query.includes('soft_delete=true'))).toBe(true)
  })

  it('after a rerun of an edited file, puts back the values from before the first push, and still deletes what it created', async () => {
    const { s, connection } = await start()
    await push(connection)
    const edited = FILE.map((row) => ({ ...row }))
    edited[0] = { ...edited[0], jobTitle: 'CEO' }
    edited[2] = { ...edited[2], jobTitle: 'Intern' }
    await push(connection, edited)
    expect(byId(s, ID_A)['jobTitle']).toBe('CEO')
    expect(await rollback(connection)).toMatchObject({ deleted: 2, restored: 2, skipped: 0, failed: 0 })
    expect(byId(s, ID_A)).toMatchObject({ jobTitle: 'Clerk', phones: PHONES_A })
    expect(byEmail(s, 'n1@x.com')!['deletedAt']).not.toBeNull()
  })

  it('a second full run sends no write and answers the same counts', async () => {
    const { s, connection } = await start()
    await push(connection)
    const first = await rollback(connection)
    expect(first.setAside).toMatch(/\.undone-/)
    const before = s.requests.length
    // The push journal is set aside once everything is taken back: a second run finds nothing to do.
    const again = await rollback(connection)
    expect(again).toMatchObject({ deleted: 0, restored: 0, skipped: 0, failed: 0 })
    expect(s.requests.slice(before)).toEqual([])
  })

  it('leaves a record edited after the push alone and lists it, and --force rolls it back', async () => {
    const { s, connection } = await start()
    await push(connection)
    await new Promise((resolve) => setTimeout(resolve, 5))
    const edited = await fetch(`${s.url}/rest/people/${ID_A}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${PLAIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ city: 'Bordeaux' }),
    })
    expect(edited.status).toBe(200)
    const result = await rollback(connection)
    expect(result).toMatchObject({ deleted: 2, restored: 1, skipped: 1, failed: 0 })
    expect(result.skippedRecords).toEqual([
      { object: 'people', id: ID_A, reason: 'changed-since', message: expect.stringContaining('--force') },
    ])
    expect(byId(s, ID_A)).toMatchObject({ jobTitle: 'Director', city: 'Bordeaux' })

    const forced = await rollback(connection, { force: true })
    expect(forced).toMatchObject({ deleted: 2, restored: 2, skipped: 0, failed: 0 })
    // Only the fields the push changed go back: the edit of another field stays.
    expect(byId(s, ID_A)).toMatchObject({ jobTitle: 'Clerk', city: 'Bordeaux', phones: PHONES_A })
  })

  it('a dry run reads only, writes no journal, and says what it would do', async () => {
    const { s, connection } = await start()
    await push(connection)
    const held = structuredClone(s.records('people'))
    const since = s.requests.length
    const dry = await rollback(connection, { dryRun: true })
    expect(dry).toMatchObject({ deleted: 2, restored: 2, skipped: 0, failed: 0 })
    expect(new Map(dry.plan!.map((p) => [p.id, p.action])).get(ID_A)).toBe('put-back')
    expect(new Map(dry.plan!.map((p) => [p.id, p.action])).get(ID_B)).toBe('put-back-then-delete')
    expect(dry.plan!.filter((p) => p.action === 'delete')).toHaveLength(2)
    expect(s.requests.slice(since).every((r) => r.method === 'GET')).toBe(true)
    expect(s.records('people')).toEqual(held)
    await expect(readFile(`${journalPath}.rollback`)).rejects.toThrow()
  })

  it('destroys the created records with destroy', async () => {
    const { s, connection } = await start()
    await push(connection)
    expect(await rollback(connection, { destroy: true })).toMatchObject({ deleted: 2, restored: 2 })
    expect(byEmail(s, 'n1@x.com')).toBeUndefined()
    expect(s.records('people')).toHaveLength(3)
    expect(byId(s, ID_B)['deletedAt']).not.toBeNull()
  })

  it('finishes a rollback stopped part-way without touching a record twice', async () => {
    const { s, connection } = await start()
    await push(connection)
    const stop = new AbortController()
    const first = await rollback(connection, { stop: stop.signal, onProgress: (p) => p.done >= 1 && stop.abort() })
    expect(first.stopped).toBe(true)
    expect(first.deleted + first.restored).toBeLessThan(4)
    const second = await rollback(connection)
    expect(second).toMatchObject({ deleted: 2, restored: 2, skipped: 0, failed: 0, stopped: false })
    const patches = s.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)
    expect(patches.sort()).toEqual([`/rest/people/${ID_A}`, `/rest/people/${ID_B}`])
    expect(s.requests.filter((r) => r.method === 'DELETE').reduce((n, r) => n + (r.recordCount ?? 0), 0)).toBe(3)
  })

  it('a step that landed but whose done line a crash lost is checked in the workspace, not sent again', async () => {
    const { s, connection } = await start()
    await push(connection)
    const { setAside } = await rollback(connection)
    // As if the process died right after each request landed: before the journals were set aside, every "done"
    // line after the first "sending" one lost.
    await rename(setAside!, journalPath)
    await rename(`${setAside!}.rollback`, `${journalPath}.rollback`)
    const lines = (await readFile(`${journalPath}.rollback`, 'utf8')).split('\n').filter(Boolean)
    await writeFile(
      `${journalPath}.rollback`,
      `${lines.filter((line) => JSON.parse(line).kind === 'sending').join('\n')}\n`,
    )
    const since = writes(s).length
    const again = await rollback(connection)
    expect(again).toMatchObject({ deleted: 2, restored: 2, skipped: 0, failed: 0 })
    expect(writes(s).slice(since)).toEqual([])
  })

  it('deletes one by one on a server without the by-filter form', async () => {
    const { s, connection } = await start({ upsertApi: 'legacy' })
    await push(connection, FILE.slice(2))
    expect(await rollback(connection)).toMatchObject({ deleted: 2, skipped: 0, failed: 0 })
    expect(s.records('people').filter((r) => r['deletedAt'] === null)).toHaveLength(2)
    const deletes = s.requests
      .filter((r) => r.method === 'DELETE')
      .map((r) => [r.path === '/rest/people' ? 'filter' : 'one', r.status])
    expect(deletes).toEqual([
      ['filter', 400],
      ['one', 200],
      ['one', 200],
    ])
  })

  it('deletes and restores through GraphQL on a server whose REST has them only behind the common API flag', async () => {
    const { s, connection } = await start({ restMutations: 'flagged' })
    await push(connection)
    s.softDelete('people', ID_A)
    expect(await rollback(connection, { force: true })).toMatchObject({
      deleted: 2,
      restored: 2,
      skipped: 0,
      failed: 0,
    })
    expect(byId(s, ID_A)).toMatchObject({ deletedAt: null, jobTitle: 'Clerk' })
    expect(byId(s, ID_B)['deletedAt']).not.toBeNull()
    expect(byEmail(s, 'n1@x.com')!['deletedAt']).not.toBeNull()
    const refusals = s.requests.filter((r) => r.status === 400).map((r) => r.method)
    expect(refusals).toEqual(['PATCH', 'DELETE'])
    expect(s.requests.filter((r) => r.path === '/graphql').map((r) => r.status)).toEqual([200, 200])
  })

  it('says which records of a journal without previous values it cannot put back, and deletes the rest', async () => {
    const { s, connection } = await start()
    await push(connection)
    const text = await readFile(journalPath, 'utf8')
    await writeFile(
      journalPath,
      text
        .split('\n')
        .map((line) => (line === '' ? line : JSON.stringify({ ...JSON.parse(line), befores: undefined })))
        .join('\n'),
    )
    const result = await rollback(connection)
    expect(result).toMatchObject({ deleted: 2, restored: 0, skipped: 2, failed: 0 })
    expect(result.skippedRecords.map((r) => [r.id, r.reason]).sort()).toEqual([
      [ID_A, 'no-previous-values'],
      [ID_B, 'no-previous-values'],
    ])
    expect(byId(s, ID_A)['jobTitle']).toBe('Director')
  })

  it('restores with --force a record deleted after the push, by either restore route', async () => {
    for (const restoreRoute of ['restore-first', 'restore-last'] as const) {
      const { s, connection } = await start({ restoreRoute })
      await push(connection)
      s.softDelete('people', ID_A)
      expect((await rollback(connection)).skippedRecords.map((r) => r.reason)).toEqual(['deleted-since'])
      expect(await rollback(connection, { force: true })).toMatchObject({ restored: 2, skipped: 0, failed: 0 })
      expect(byId(s, ID_A)).toMatchObject({ deletedAt: null, jobTitle: 'Clerk', phones: PHONES_A })
      await s.close()
      server = undefined
      await rm(`${journalPath}.rollback`, { force: true })
      await rm(journalPath, { force: true })
    }
  })

  it('keeps to a low rate limit: the 429s it meets never reach the user', async () => {
    const { s, connection } = await start({ rateLimitPerMinute: 12 })
    const many = Array.from({ length: 12 }, (_, n) => ({
      name: { firstName: `P${n}`, lastName: 'Z' },
      emails: { primaryEmail: `p${n}@x.com` },
    }))
    s.seed(
      'people',
      many.map((r) => ({ ...r, jobTitle: 'Before' })),
    )
    await push(
      connection,
      many.map((r) => ({ ...r, jobTitle: 'After' })),
    )
    const result = await runRollback({
      connection,
      journalPath,
      ratePerMinute: 6_000,
      backoff: { baseMs: 200, maxMs: 2_000 },
    })
    expect(result).toMatchObject({ restored: 12, skipped: 0, failed: 0 })
    expect(s.requests.some((r) => r.status === 429)).toBe(true)
    expect(s.records('people').filter((r) => r['jobTitle'] === 'Before')).toHaveLength(12)
  }, 60_000)
})

describe('rolling back a folder of journals', () => {
  it('rolls back every journal in the folder, and a folder never made (nothing pushed) as nothing to do', async () => {
    const { s, connection } = await start()
    await push(connection)
    const rolled = await runFolderRollback(dir, { connection })
    expect(rolled.files.map((f) => f.journal)).toEqual([journalPath])
    expect(rolled).toMatchObject({ deleted: 2, restored: 2, failed: 0, stopped: false })
    expect(writes(s).length).toBeGreaterThan(0)
    const none = await runFolderRollback(join(dir, 'never.push-journals'), { connection })
    expect(none).toMatchObject({ deleted: 0, restored: 0, skipped: 0, failed: 0, stopped: false, files: [] })
  })
})
