import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { API_KEY, MODEL, call, list, startTestServer } from './test-support'
import type { WorkspaceServer } from './workspace-server'

const CURRENT_QUERY = `query ObjectMetadataItems {
  objects(paging: { first: 1000 }) {
    edges { node { id nameSingular namePlural fieldsList { id type name isUnique relation { type } } } }
    pageInfo { hasNextPage }
  }
}`
const LEGACY_QUERY = `query ObjectMetadataItems {
  objects(paging: { first: 1000 }) {
    edges { node { id nameSingular namePlural fields(paging: { first: 1000 }) { edges { node { id type name } } } } }
  }
}`

const fixtureNodes = (
  MODEL as { data: { objects: { edges: { node: { namePlural: string; fieldsList: unknown[] } }[] } } }
).data.objects.edges

let server: WorkspaceServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.close())
beforeEach(() => server.reset())

describe('authentication', () => {
  it('answers 401 with Twenty’s REST error body when the key is missing or wrong, on every route', async () => {
    for (const key of [null, 'wrong-key']) {
      const read = await call(server, 'GET', '/rest/people', undefined, key)
      const write = await call(server, 'POST', '/rest/batch/people?upsert=true', [{ jobTitle: 'x' }], key)
      const metadata = await call(server, 'POST', '/metadata', { query: CURRENT_QUERY }, key)
      for (const answer of [read, write, metadata]) {
        expect(answer.status).toBe(401)
        expect(answer.body).toMatchObject({ statusCode: 401, error: 'UnauthorizedException' })
        expect(answer.body.messages).toHaveLength(1)
      }
    }
    expect(server.records('people')).toEqual([])
  })

  it('accepts the Bearer key and never writes it into the request log', async () => {
    expect((await list(server, 'people')).status).toBe(200)
    await call(server, 'GET', '/rest/people', undefined, 'wrong-key')
    expect(server.requests.map((r) => r.status)).toEqual([200, 401])
    expect(JSON.stringify(server.requests)).not.toContain(API_KEY)
  })

  it('answers 404 for a route the workspace does not have', async () => {
    const answer = await call(server, 'POST', '/rest/people/merge')
    expect(answer.status).toBe(404)
    expect(answer.body.statusCode).toBe(404)
  })
})

describe('POST /metadata', () => {
  it('answers a fieldsList query with every object and its fields as a list', async () => {
    const answer = await call(server, 'POST', '/metadata', { query: CURRENT_QUERY })
    expect(answer.status).toBe(200)
    const nodes = answer.body.data.objects.edges.map((edge: { node: unknown }) => edge.node)
    expect(nodes.map((node: { namePlural: string }) => node.namePlural)).toEqual([
      'people',
      'companies',
      'opportunities',
    ])
    expect(nodes[0].fieldsList).toEqual(fixtureNodes[0]?.node.fieldsList)
    expect(nodes[0].fields).toBeUndefined()
    expect(answer.body.data.objects.pageInfo.hasNextPage).toBe(false)
  })

  it('answers a fields(paging) query with the fields as a connection', async () => {
    const answer = await call(server, 'POST', '/metadata', { query: LEGACY_QUERY })
    const person = answer.body.data.objects.edges[0].node
    expect(person.fieldsList).toBeUndefined()
    expect(person.fields.edges.map((edge: { node: unknown }) => edge.node)).toEqual(fixtureNodes[0]?.node.fieldsList)
  })

  it('can play a server that predates fieldsList, so a client must fall back', async () => {
    const legacy = await startTestServer({ metadataFields: 'connection-only' })
    try {
      const refused = await call(legacy, 'POST', '/metadata', { query: CURRENT_QUERY })
      expect(refused.body.errors[0].message).toContain('Cannot query field "fieldsList"')
      expect(refused.body.data).toBeUndefined()
      const fallback = await call(legacy, 'POST', '/metadata', { query: LEGACY_QUERY })
      expect(fallback.body.data.objects.edges).toHaveLength(3)
    } finally {
      await legacy.close()
    }
  })

  it('answers anything but the objects query with a GraphQL error body', async () => {
    const other = await call(server, 'POST', '/metadata', { query: '{ currentUser { id } }' })
    expect(other.body).toEqual({
      errors: [
        {
          message: 'Cannot query field "currentUser" on type "Query".',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    })
    const noQuery = await call(server, 'POST', '/metadata', { variables: {} })
    expect(noQuery.status).toBe(400)
    expect(noQuery.body.errors[0].message).toBe('Must provide query string.')
  })
})
