// Servers without the common API (contract 10.2): REST batch ignores upsert, while GraphQL create<Plural>(data,
// upsert: true) upserts on unique fields on every server, authenticated and rate-limited like REST.
import { describe, expect, it } from 'vitest'
import { batch, call, useTestServer, uuid } from './test-support'
import type { WorkspaceServer, WorkspaceServerOptions } from './workspace-server'

const startServer = useTestServer()

async function start(options: Partial<WorkspaceServerOptions> = {}): Promise<WorkspaceServer> {
  const server = await startServer(options)
  server.seed('people', [{ id: uuid(1), emails: { primaryEmail: 'ada@x.com' }, city: 'London' }])
  return server
}

const CREATE_PEOPLE = `mutation CreatePeople($data: [PersonCreateInput!]!, $upsert: Boolean) {
  createPeople(data: $data, upsert: $upsert) { id city emails { primaryEmail } }
}`

function createPeople(s: WorkspaceServer, data: unknown, upsert: boolean, key?: string | null) {
  return call(s, 'POST', '/graphql', { query: CREATE_PEOPLE, variables: { data, upsert } }, key)
}

describe("upsertApi: 'legacy'", () => {
  it('REST batch ignores upsert=true: an existing id answers 400 "Record already exists"', async () => {
    const s = await start({ upsertApi: 'legacy' })
    const answer = await batch(s, 'people', [{ id: uuid(1), city: 'Paris' }])
    expect(answer.status).toBe(400)
    expect(answer.body.messages).toEqual(['Record already exists'])
    expect(s.records('people')[0]?.['city']).toBe('London')
  })

  it('REST batch fails a unique collision as a database error, writing nothing', async () => {
    const s = await start({ upsertApi: 'legacy' })
    const answer = await batch(s, 'people', [
      { emails: { primaryEmail: 'new@x.com' } },
      { emails: { primaryEmail: 'ada@x.com' }, city: 'Paris' },
    ])
    expect(answer.status).toBe(400)
    expect(answer.body.messages[0]).toMatch(/^duplicate key value violates unique constraint/)
    expect(answer.body.code).toBeUndefined()
    expect(s.records('people')).toHaveLength(1)
  })

  it('GraphQL create with upsert: true still matches on unique fields', async () => {
    const s = await start({ upsertApi: 'legacy' })
    const answer = await createPeople(
      s,
      [{ emails: { primaryEmail: 'ada@x.com' }, city: 'Paris' }, { emails: { primaryEmail: 'bob@x.com' } }],
      true,
    )
    expect(answer.status).toBe(200)
    expect(answer.body.data.createPeople[0]).toEqual({
      id: uuid(1),
      city: 'Paris',
      emails: { primaryEmail: 'ada@x.com', additionalEmails: null },
    })
    expect(Object.keys(answer.body.data.createPeople[1])).toEqual(['id', 'city', 'emails'])
    expect(s.records('people')).toHaveLength(2)
  })
})

describe('POST /graphql', () => {
  it('without upsert refuses an existing record; errors come as GraphQL errors with HTTP 200', async () => {
    const s = await start()
    const answer = await createPeople(s, [{ id: uuid(1) }], false)
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      errors: [{ message: 'Record already exists', extensions: { code: 'BAD_USER_INPUT' } }],
    })
    const invalid = await createPeople(
      s,
      [{ emails: { primaryEmail: 'b@x.com' } }, { id: '00000000-0000-0000-0000-000000000000' }],
      true,
    )
    expect(invalid.body.errors[0].message).toContain('for field "id"')
    expect(s.records('people')).toHaveLength(1)
  })

  it('answers an unknown mutation as a validation error', async () => {
    const s = await start()
    const answer = await call(s, 'POST', '/graphql', {
      query: 'mutation { createUnicorns(data: $data) { id } }',
      variables: { data: [] },
    })
    expect(answer.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED')
  })

  it('is authenticated, rate-limited and logged like every request', async () => {
    const clock = 1_000_000
    const s = await start({ rateLimitPerMinute: 1, now: () => clock })
    expect((await createPeople(s, [{ emails: { primaryEmail: 'b@x.com' } }], true, 'wrong')).status).toBe(401)
    expect((await createPeople(s, [{ emails: { primaryEmail: 'b@x.com' } }], true)).status).toBe(200)
    const limited = await createPeople(s, [{ emails: { primaryEmail: 'c@x.com' } }], true)
    expect(limited.status).toBe(429)
    expect(limited.body.errors[0]).toEqual({
      message: 'Limit reached (1 tokens per 60000 ms)',
      extensions: { code: 'LIMIT_REACHED' },
    })
    expect(s.requests.map((r) => [r.method, r.path, r.status, r.recordCount])).toEqual([
      ['POST', '/graphql', 401, null],
      ['POST', '/graphql', 200, 1],
      ['POST', '/graphql', 429, null],
    ])
    expect(s.records('people')).toHaveLength(2)
  })
})
