import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import {
  startWorkspaceServer,
  type WorkspaceServer,
  type WorkspaceServerOptions,
} from '../../../../e2e/workspace-server/workspace-server'
import { memoryCredentialStore } from '../../storage/memory-keychain.test-support'
import {
  PLAIN_KEY,
  profileAt,
  startScriptedServer,
  type ScriptedAnswer,
  type ScriptedRequest,
  type ScriptedServer,
} from '../../workspace/workspace.test-support'
import { WORKSPACE_MODEL } from '../../workspace/workspace.test-support'
import { connectForPush, type PushConnection } from './batch-request'
import { sendBatch, type SenderContext } from './batch-sender'

let server: WorkspaceServer | undefined
let scripted: ScriptedServer | undefined
afterEach(async () => {
  await server?.close()
  await scripted?.close()
  server = scripted = undefined
})

async function connect(url: string): Promise<PushConnection> {
  const profile = profileAt(url)
  const { store } = memoryCredentialStore()
  await store.setKey(profile.id, PLAIN_KEY)
  return connectForPush(profile, store, { timeoutMs: 5_000, ratePerMinute: 60_000 })
}

async function start(
  options: Partial<WorkspaceServerOptions> = {},
): Promise<{ s: WorkspaceServer; context: SenderContext }> {
  server = await startWorkspaceServer({
    model: WORKSPACE_MODEL,
    apiKey: PLAIN_KEY,
    rateLimitPerMinute: 100_000,
    ...options,
  })
  return { s: server, context: contextOf(await connect(server.url)) }
}

function contextOf(connection: PushConnection): SenderContext {
  return { connection, pacer: connection.pacer, backoff: { baseMs: 5, maxMs: 20 }, limits: { maxPerRequest: 60 } }
}

function people(count: number, extra: (i: number) => Record<string, unknown> = () => ({})): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    name: { firstName: `First${i}`, lastName: `Last${i}` },
    emails: { primaryEmail: `person${i}@example.com` },
    ...extra(i),
  }))
}

describe('ids from the answer', () => {
  it('gives a record an upsert matched the id the workspace holds, not the id sent', async () => {
    const { s, context } = await start()
    const [existing] = s.seed('people', [
      { emails: { primaryEmail: 'person1@example.com' }, name: { firstName: 'Old', lastName: 'Name' } },
    ])
    const records = people(3)
    const result = await sendBatch(context, 'people', records)
    expect(result.sent.sort()).toEqual([0, 1, 2])
    expect([...result.ids.entries()].sort()).toEqual([
      [0, records[0]!['id']],
      [1, existing!['id']],
      [2, records[2]!['id']],
    ])
    expect(result.idsAssumed).toEqual([])
    expect(s.records('people')).toHaveLength(3)
  })
})

describe('a batch refused whole', () => {
  it('stops after a few probes when every record is refused for the same reason, marking nothing failed', async () => {
    const { s, context } = await start()
    const refused = sendBatch(
      context,
      'people',
      people(60, () => ({ favouriteColour: 'blue' })),
    )
    await expect(refused).rejects.toMatchObject({ code: 'WORKSPACE_REFUSES_ALL' })
    const error = (await refused.catch((e: unknown) => e)) as Error
    expect(error.message).toContain('favouriteColour no longer exists')
    expect(error.message.match(/doesn't have any "favouriteColour" field/g)).toHaveLength(1)
    // The batch, its halves and three single records: not the 119 requests of a bisection down to every row.
    expect(s.requests.length).toBeLessThanOrEqual(6)
    expect(s.records('people')).toEqual([])
  })

  it('still isolates a single bad row exactly', async () => {
    const { s, context } = await start({ faults: { rejectValue: { field: 'jobTitle', value: 'BAD' } } })
    const result = await sendBatch(
      context,
      'people',
      people(20, (i) => (i === 7 ? { jobTitle: 'BAD' } : {})),
    )
    expect(result.failed).toEqual([
      { index: 7, message: 'Invalid value for field "jobTitle": "BAD" is rejected by this workspace' },
    ])
    expect(result.sent).toHaveLength(19)
    expect(s.records('people')).toHaveLength(19)
  })

  it('isolates bad rows in both halves that the server refuses in the same words', async () => {
    const { s, context } = await start({ faults: { rejectValue: { field: 'jobTitle', value: 'BAD' } } })
    const result = await sendBatch(
      context,
      'people',
      people(20, (i) => (i === 3 || i === 15 ? { jobTitle: 'BAD' } : {})),
    )
    expect(result.failed.map((f) => f.index).sort((a, b) => a - b)).toEqual([3, 15])
    expect(result.sent).toHaveLength(18)
    expect(s.records('people')).toHaveLength(18)
  })
})

/** A server older than the REST upsert: REST creates only (400 "Record already exists" for a known id), GraphQL upserts. */
async function oldServer(
  graphql: (request: ScriptedRequest, call: number) => ScriptedAnswer | null = () => null,
): Promise<{ ids: Set<string> }> {
  const ids = new Set<string>(['11111111-1111-4111-8111-111111111111'])
  let graphqlCalls = 0
  const json = (status: number, body: unknown): ScriptedAnswer => ({ status, body: JSON.stringify(body) })
  scripted = await startScriptedServer((request) => {
    if (request.path.startsWith('/rest/batch/people')) {
      const records = JSON.parse(request.body) as { id: string }[]
      if (records.some((r) => ids.has(r.id)))
        return json(400, { statusCode: 400, error: 'BadRequestException', messages: ['Record already exists'] })
      for (const r of records) ids.add(r.id)
      return json(201, { data: { createPeople: records.map((r) => ({ id: r.id })) } })
    }
    if (request.path === '/metadata') {
      return json(200, { data: { objects: { edges: [{ node: { nameSingular: 'person', namePlural: 'people' } }] } } })
    }
    if (request.path === '/graphql') {
      const scriptedAnswer = graphql(request, graphqlCalls++)
      if (scriptedAnswer !== null) return scriptedAnswer
      const { query, variables } = JSON.parse(request.body) as { query: string; variables: { data: { id: string }[] } }
      if (!/\$data: \[PersonCreateInput!\]!/.test(query) || !/createPeople\(data: \$data, upsert: true\)/.test(query)) {
        return json(200, {
          errors: [{ message: `Unexpected query ${query}`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
        })
      }
      for (const r of variables.data) ids.add(r.id)
      return json(200, { data: { createPeople: variables.data.map((r) => ({ id: r.id })) } })
    }
    return json(404, { statusCode: 404, messages: ['Not found'] })
  })
  return { ids }
}

describe('a server older than the REST upsert', () => {
  it('lands an existing id and a unique-field match through GraphQL, each under the id the workspace holds', async () => {
    const { s, context } = await start({ upsertApi: 'legacy' })
    const [byId, byEmail] = s.seed('people', [
      { emails: { primaryEmail: 'person0@example.com' }, city: 'London' },
      { emails: { primaryEmail: 'person1@example.com' }, city: 'Paris' },
    ])
    const records = people(3, (i) => ({ city: `City${i}`, ...(i === 0 ? { id: byId!['id'] } : {}) }))
    const result = await sendBatch(context, 'people', records)
    expect(result.failed).toEqual([])
    expect([...result.ids.entries()].sort()).toEqual([
      [0, byId!['id']],
      [1, byEmail!['id']],
      [2, records[2]!['id']],
    ])
    expect(
      s
        .records('people')
        .map((r) => r['city'])
        .sort(),
    ).toEqual(['City0', 'City1', 'City2'])
    expect(s.requests.map((r) => `${r.path} ${r.status}`)).toEqual([
      '/rest/batch/people 400',
      '/metadata 200',
      '/graphql 200',
    ])
  })

  it('takes a unique collision answered as a database error for an old server too, and fails no row', async () => {
    const { s, context } = await start({ upsertApi: 'legacy' })
    const [existing] = s.seed('people', [{ emails: { primaryEmail: 'person4@example.com' } }])
    const result = await sendBatch(context, 'people', people(6))
    expect(result.failed).toEqual([])
    expect(result.ids.get(4)).toBe(existing!['id'])
    expect(s.records('people')).toHaveLength(6)
    await sendBatch(context, 'people', people(2))
    expect(s.requests.filter((r) => r.path === '/rest/batch/people')).toHaveLength(1)
  })

  it('switches to GraphQL create<Plural>(upsert: true) on "Record already exists", for the rest of the process', async () => {
    await oldServer()
    const context = contextOf(await connect(scripted!.url))
    const records = [
      { id: '11111111-1111-4111-8111-111111111111', name: { firstName: 'A', lastName: 'B' } },
      ...people(2),
    ]
    const result = await sendBatch(context, 'people', records)
    expect(result.sent.sort()).toEqual([0, 1, 2])
    expect(result.failed).toEqual([])
    await sendBatch(context, 'people', people(2))
    expect(scripted!.requests.map((r) => r.path)).toEqual([
      '/rest/batch/people?upsert=true',
      '/metadata',
      '/graphql',
      '/graphql',
    ])
  })

  it('reads GraphQL errors answered with HTTP 200 as the REST answers: a rate limit waits, a bad record is isolated', async () => {
    await oldServer((request, call) => {
      if (call === 0)
        return {
          status: 200,
          body: JSON.stringify({
            errors: [{ message: 'Limit reached (100 tokens per 60000 ms)', extensions: { code: 'LIMIT_REACHED' } }],
          }),
        }
      const { variables } = JSON.parse(request.body) as { variables: { data: { jobTitle?: string }[] } }
      if (variables.data.some((r) => r.jobTitle === 'BAD')) {
        return {
          status: 200,
          body: JSON.stringify({
            errors: [{ message: 'Invalid value for jobTitle', extensions: { code: 'BAD_USER_INPUT' } }],
          }),
        }
      }
      return null
    })
    const context = contextOf(await connect(scripted!.url))
    const records = [
      { id: '11111111-1111-4111-8111-111111111111' },
      ...people(5, (i) => (i === 2 ? { jobTitle: 'BAD' } : {})),
    ]
    const result = await sendBatch(context, 'people', records)
    expect(result.failed).toEqual([{ index: 3, message: 'Invalid value for jobTitle' }])
    expect(result.sent.sort()).toEqual([0, 1, 2, 4, 5])
  })

  it('stops at once on a GraphQL answer refusing the key', async () => {
    await oldServer(() => ({
      status: 200,
      body: JSON.stringify({ errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] }),
    }))
    const context = contextOf(await connect(scripted!.url))
    await expect(sendBatch(context, 'people', [{ id: '11111111-1111-4111-8111-111111111111' }])).rejects.toMatchObject({
      code: 'WORKSPACE_BAD_KEY',
    })
    expect(scripted!.requests.filter((r) => r.path === '/graphql')).toHaveLength(1)
  })
})
