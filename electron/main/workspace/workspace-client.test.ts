// The workspace client against real servers on loopback: the e2e test workspace (Bearer auth, /metadata,
// rate limit, faults) and scripted servers for answers a Twenty server would not give.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  startWorkspaceServer,
  type WorkspaceServer,
  type WorkspaceServerOptions,
} from '../../../e2e/workspace-server/workspace-server'
import { parseWorkspaceMetadata } from '../../../shared/model/parse-metadata'
import type { WorkspaceProfile } from '../../../shared/workspace/workspace-profile'
import { memoryCredentialStore } from '../storage/memory-keychain.test-support'
import { WorkspaceClient } from './workspace-client'
import { WorkspaceError } from './workspace-errors'
import {
  closedPortUrl,
  JWT_KEY,
  PLAIN_KEY,
  profileAt,
  startScriptedServer,
  WORKSPACE_MODEL,
  type ScriptedAnswer,
} from './workspace.test-support'
import { Workspaces } from './workspaces'
import { pacerFor } from '../push/pacing/workspace-pacers'

const expectedModel = parseWorkspaceMetadata(WORKSPACE_MODEL).model

function startServer(options: Partial<WorkspaceServerOptions> = {}): Promise<WorkspaceServer> {
  return startWorkspaceServer({ model: WORKSPACE_MODEL, apiKey: JWT_KEY, ...options })
}

/** A client whose keychain holds `key` for `profile`. */
async function clientFor(
  profile: WorkspaceProfile,
  key: string | null = JWT_KEY,
  timeoutMs?: number,
): Promise<WorkspaceClient> {
  const { store } = memoryCredentialStore()
  if (key !== null) await store.setKey(profile.id, key)
  return new WorkspaceClient(store, { timeoutMs })
}

/** The WorkspaceError a fetch fails with; checks that neither key nor any part of it is in it. */
async function failureOf(
  profile: WorkspaceProfile,
  key: string | null = JWT_KEY,
  timeoutMs?: number,
): Promise<WorkspaceError> {
  const client = await clientFor(profile, key, timeoutMs)
  const error = await client.fetchWorkspaceModel(profile).then(
    () => {
      throw new Error('expected the fetch to fail')
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(WorkspaceError)
  const failure = error as WorkspaceError
  for (const secret of [JWT_KEY, PLAIN_KEY, ...JWT_KEY.split('.').slice(1)]) {
    expect(failure.message).not.toContain(secret)
    expect(failure.stack ?? '').not.toContain(secret)
  }
  return failure
}

async function scripted(answer: ScriptedAnswer | ((path: string, body: string) => ScriptedAnswer)) {
  const server = await startScriptedServer((request) =>
    typeof answer === 'function' ? answer(request.path, request.body) : answer,
  )
  return { server, profile: profileAt(server.url) }
}

const json = (status: number, body: unknown, headers?: Record<string, string>): ScriptedAnswer => ({
  status,
  body: JSON.stringify(body),
  headers,
})

describe('WorkspaceClient against the test workspace server', () => {
  let server: WorkspaceServer
  let profile: WorkspaceProfile
  beforeAll(async () => {
    server = await startServer()
    profile = profileAt(server.url)
  })
  afterAll(() => server.close())
  beforeEach(() => server.reset())

  it('reads the data model with the stored key, in one request', async () => {
    const fetched = await (await clientFor(profile)).fetchWorkspaceModel(profile)
    expect(fetched.model).toEqual(expectedModel)
    expect(fetched.model.objects.map((o) => o.namePlural)).toEqual(['people', 'companies', 'opportunities'])
    expect(fetched.fetchedAt).toBeInstanceOf(Date)
    expect(server.requests.map((r) => [r.method, r.path, r.status])).toEqual([['POST', '/metadata', 200]])
  })

  it('caches the model it read, validated, so it can be read back offline', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'preflight-models-'))
    const { store } = memoryCredentialStore()
    const workspaces = new Workspaces({ dataDir, credentials: store })
    const saved = await workspaces.save({
      name: 'Loopback',
      baseUrl: server.url,
      rateLimitPerMinute: 100,
      batchSize: 60,
    })
    await workspaces.setKey(saved.id, JWT_KEY)
    const report = await workspaces.testConnection(saved.id)
    expect(report.objectCount).toBe(3)
    const cached = await new Workspaces({ dataDir, credentials: memoryCredentialStore().store }).models.readCachedModel(
      saved.id,
    )
    expect(cached).toEqual({ version: 1, fetchedAt: report.fetchedAt, model: expectedModel })
    expect(server.requests).toHaveLength(1)
  })

  it('refuses a wrong key as WORKSPACE_BAD_KEY, naming the host', async () => {
    const failure = await failureOf(profile, 'eyJhbGciOiJIUzI1NiJ9.eyJ3cm9uZyI6dHJ1ZX0.wrong-signature-000')
    expect(failure.code).toBe('WORKSPACE_BAD_KEY')
    expect(failure.message).toContain(new URL(server.url).host)
    expect(server.requests.map((r) => r.status)).toEqual([401])
  })

  it('asks for no request without a key: WORKSPACE_NO_KEY', async () => {
    expect((await failureOf(profile, null)).code).toBe('WORKSPACE_NO_KEY')
    expect(server.requests).toEqual([])
  })

  it('classifies a 500 as WORKSPACE_SERVER_ERROR', async () => {
    server.setFaults({ failNext: 1 })
    expect((await failureOf(profile)).code).toBe('WORKSPACE_SERVER_ERROR')
  })

  it('times out a server that does not answer: WORKSPACE_UNREACHABLE naming the host', async () => {
    server.setFaults({ latencyMs: 1500 })
    const failure = await failureOf(profile, JWT_KEY, 200)
    expect(failure.code).toBe('WORKSPACE_UNREACHABLE')
    expect(failure.message).toMatch(/did not answer within/)
    expect(failure.message).toContain(new URL(server.url).host)
  })
})

describe('servers of other kinds and versions', () => {
  it('falls back to fields(paging) on a server that rejects fieldsList, and reads the same model', async () => {
    const legacy = await startServer({ metadataFields: 'connection-only' })
    try {
      const profile = profileAt(legacy.url)
      const fetched = await (await clientFor(profile)).fetchWorkspaceModel(profile)
      expect(fetched.model).toEqual(expectedModel)
      expect(legacy.requests.map((r) => [r.path, r.status])).toEqual([
        ['/metadata', 200],
        ['/metadata', 200],
      ])
    } finally {
      await legacy.close()
    }
  })

  it('steps down from relation to relationDefinition and drops attributes an older server rejects', async () => {
    const legacyNodes = structuredClone(WORKSPACE_MODEL) as {
      data: { objects: { edges: { node: Record<string, unknown> }[] } }
    }
    for (const { node } of legacyNodes.data.objects.edges) {
      const fields = node['fieldsList'] as Record<string, unknown>[]
      delete node['fieldsList']
      node['fields'] = {
        edges: fields.map(({ relation, isUnique: _isUnique, ...field }) => ({
          node: relation
            ? {
                ...field,
                relationDefinition: {
                  direction: (relation as { type: string }).type,
                  targetObjectMetadata: (relation as { targetObjectMetadata: unknown }).targetObjectMetadata,
                },
              }
            : field,
        })),
      }
    }
    const { server, profile } = await scripted((_path, body) => {
      const query = (JSON.parse(body) as { query: string }).query
      if (/fieldsList/.test(query))
        return json(200, {
          errors: [{ message: 'Cannot query field "fieldsList" on type "Object". Did you mean "fields"?' }],
        })
      if (/\brelation \{/.test(query))
        return json(400, {
          errors: [
            {
              message: 'Cannot query field "relation" on type "Field".',
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            },
          ],
        })
      if (/\bisUnique\b/.test(query))
        return json(200, {
          errors: [
            { message: 'Cannot query field "isUnique" on type "Field".' },
            { message: 'Cannot query field "isUnique" on type "Index".' },
          ],
        })
      return json(200, legacyNodes)
    })
    try {
      const fetched = await (await clientFor(profile)).fetchWorkspaceModel(profile)
      const person = fetched.model.objects.find((o) => o.nameSingular === 'person')
      expect(person?.fields.find((f) => f.name === 'company')?.relation).toEqual({
        type: 'MANY_TO_ONE',
        targetObject: 'company',
        joinColumn: 'companyId',
      })
      expect(person?.fields.find((f) => f.name === 'emails')?.isUnique).toBe(true)
      const last = (JSON.parse(server.requests.at(-1)!.body) as { query: string }).query
      expect(last).toContain('fields(paging: { first: 1000 })')
      expect(last).toContain('relationDefinition {')
      expect(last).not.toMatch(/\bisUnique\b|fieldsList/)
      expect(server.requests).toHaveLength(4)
    } finally {
      await server.close()
    }
  })

  it('gives up with WORKSPACE_BAD_RESPONSE when a GraphQL server knows no objects', async () => {
    const { server, profile } = await scripted(
      json(200, { errors: [{ message: 'Cannot query field "objects" on type "Query".' }] }),
    )
    try {
      const failure = await failureOf(profile)
      expect(failure.code).toBe('WORKSPACE_BAD_RESPONSE')
      expect(server.requests).toHaveLength(1)
    } finally {
      await server.close()
    }
  })

  it.each([
    [
      'a 404 web page',
      { status: 404, body: '<!doctype html><h1>Not Found</h1>', headers: { 'content-type': 'text/html' } },
      'WORKSPACE_NOT_FOUND',
    ],
    [
      'a 200 web page',
      {
        status: 200,
        body: '<!DOCTYPE html><html><body>Welcome</body></html>',
        headers: { 'content-type': 'text/html' },
      },
      'WORKSPACE_BAD_RESPONSE',
    ],
    ['JSON that is no data model', json(200, { hello: 'world' }), 'WORKSPACE_BAD_RESPONSE'],
    [
      'objects of the wrong shape',
      json(200, { data: { objects: { edges: [{ node: { nameSingular: 'x' } }] } } }),
      'WORKSPACE_BAD_RESPONSE',
    ],
    [
      '400 "does not have permission"',
      json(400, {
        statusCode: 400,
        error: 'BadRequestException',
        messages: ['Entity performing the request does not have permission'],
      }),
      'WORKSPACE_PERMISSION',
    ],
    [
      '403 Forbidden resource',
      json(403, { statusCode: 403, error: 'ForbiddenException', messages: ['Forbidden resource'] }),
      'WORKSPACE_PERMISSION',
    ],
    [
      '403 about the token',
      json(403, { statusCode: 403, error: 'ForbiddenException', messages: ['API key has been revoked'] }),
      'WORKSPACE_BAD_KEY',
    ],
    [
      'GraphQL UNAUTHENTICATED',
      json(200, { errors: [{ message: 'Token invalid.', extensions: { code: 'UNAUTHENTICATED' } }] }),
      'WORKSPACE_BAD_KEY',
    ],
    [
      'a 502 from a proxy',
      { status: 502, body: '<html>Bad Gateway</html>', headers: { 'content-type': 'text/html' } },
      'WORKSPACE_SERVER_ERROR',
    ],
    ['another 4xx', json(413, { statusCode: 413, messages: ['Payload too large'] }), 'WORKSPACE_REJECTED'],
  ])('classifies %s', async (_name, answer, code) => {
    const { server, profile } = await scripted(answer)
    try {
      expect((await failureOf(profile)).code).toBe(code)
    } finally {
      await server.close()
    }
  })

  it('reports a redirect instead of following it with the key', async () => {
    const target = await startScriptedServer(() => json(200, WORKSPACE_MODEL))
    const { server, profile } = await scripted({
      status: 307,
      body: '',
      headers: { location: `${target.url}/metadata` },
    })
    try {
      const failure = await failureOf(profile)
      expect(failure.code).toBe('WORKSPACE_NOT_FOUND')
      expect(failure.message).toContain(`redirects to ${target.url}/metadata`)
      expect(target.requests).toEqual([])
    } finally {
      await Promise.all([server.close(), target.close()])
    }
  })

  it('never repeats the key when a server or proxy echoes the request headers', async () => {
    for (const key of [JWT_KEY, PLAIN_KEY]) {
      const echo = (_path: string, _body: string) =>
        json(500, {
          statusCode: 500,
          messages: [`upstream failed for headers {"authorization":"Bearer ${key}"}; raw ${key}`],
        })
      const { server, profile } = await scripted(echo)
      const graphql = await scripted(
        json(200, {
          errors: [
            {
              message: `Token ${key} is invalid, authorization: Bearer ${key}`,
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        }),
      )
      try {
        const failure = await failureOf(profile, key)
        expect(failure.code).toBe('WORKSPACE_SERVER_ERROR')
        expect(failure.message).toContain('[redacted]')
        expect(failure.message).not.toContain(key)
        const refused = await failureOf(graphql.profile, key)
        expect(refused.code).toBe('WORKSPACE_BAD_KEY')
        expect(refused.message).not.toContain(key)
        expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${key}`)
      } finally {
        await Promise.all([server.close(), graphql.server.close()])
      }
    }
  })
})

describe('rate limits', () => {
  it.each([429, 400] as const)('classifies the %i "Limit reached" answer as WORKSPACE_RATE_LIMITED', async (status) => {
    const server = await startServer({ rateLimitPerMinute: 1, rateLimitStatus: status })
    try {
      const profile = profileAt(server.url)
      await (await clientFor(profile)).fetchWorkspaceModel(profile)
      const failure = await failureOf(profile)
      expect(failure.code).toBe('WORKSPACE_RATE_LIMITED')
      expect(server.requests.map((r) => r.status)).toEqual([200, status])
    } finally {
      await server.close()
    }
  })
})

describe('the workspace pacer', () => {
  it('spends a token per metadata request from the pacer a push to the workspace uses, and pauses it on a rate limit', async () => {
    const server = await startServer({ rateLimitPerMinute: 2 })
    try {
      const profile = profileAt(server.url)
      const pacer = pacerFor(server.url, 600) // one request every 100 ms for the whole workspace
      const client = await clientFor(profile)
      const started = performance.now()
      await client.fetchWorkspaceModel(profile)
      await client.fetchWorkspaceModel(profile)
      expect(performance.now() - started).toBeGreaterThanOrEqual(90)
      expect((await failureOf(profile)).code).toBe('WORKSPACE_RATE_LIMITED')
      // The 429 holds every request to the workspace for a backoff (at least 250 ms), not just the next interval.
      const limited = performance.now()
      await pacer.take()
      expect(performance.now() - limited).toBeGreaterThanOrEqual(200)
    } finally {
      await server.close()
    }
  })
})

describe('unreachable workspaces', () => {
  it('names the host and port of a closed port', async () => {
    const url = await closedPortUrl()
    const failure = await failureOf(profileAt(url))
    expect(failure.code).toBe('WORKSPACE_UNREACHABLE')
    expect(failure.message).toContain(`${new URL(url).host} refused the connection`)
  })

  it('names a host that does not resolve', async () => {
    const failure = await failureOf(profileAt('https://preflight-test.invalid'), JWT_KEY, 5000)
    expect(failure.code).toBe('WORKSPACE_UNREACHABLE')
    expect(failure.message).toContain('preflight-test.invalid')
  })
})
