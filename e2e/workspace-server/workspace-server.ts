// A real HTTP server on loopback standing in for a Twenty workspace (contract sections 1-5 and 10): routing, the
// per-request pipeline (latency, auth, throttle, faults) and the request log. Every route, reads and GraphQL
// included, spends from the one token bucket. The API key is compared, never stored in the log; every request
// is logged before its answer is written.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as delay } from 'node:timers/promises'
import { writeBatch, type BatchContext } from './batch-write'
import { FaultState } from './fault-state'
import { isUuid } from './field-values'
import { findRecords } from './find-records'
import { readJsonBody, restFailure, type RestFailure, type RestReply } from './http-io'
import { answerMetadataQuery } from './metadata-graphql'
import { answerRecordGraphql, pipelineFailureAsGraphql } from './record-graphql'
import { mutateRecords, type MutationContext } from './record-mutations'
import type { InputRules } from './record-input'
import { RecordStore } from './record-store'
import { TokenBucket } from './token-bucket'
import type { RequestLog, RestoreRoute, WorkspaceServer, WorkspaceServerOptions } from './types'
import { readWorkspaceModel, type ServerModel } from './workspace-model'

export type {
  FaultPlan,
  RequestLog,
  RestoreRoute,
  StoredRecord,
  WorkspaceServer,
  WorkspaceServerOptions,
} from './types'

type Route =
  | { kind: 'metadata' }
  | { kind: 'graphql' }
  | { kind: 'batch'; plural: string }
  | { kind: 'find'; plural: string }
  | { kind: 'mutate'; plural: string; id: string | null; mutation: 'update' | 'delete' | 'restore' }
  | { kind: 'bad-path'; message: string }

// Twenty's parseCorePath: /rest/{plural}, /rest/{plural}/{id}, where an id must be a UUID, and the restore route
// (PATCH only): /rest/restore/{plural}[/{id}] (`restore-first`, the REST controller's `restore/*path`) or, in other
// versions, /rest/{plural}[/{id}]/restore (`restore-last`, `*path/restore`). The other restore shape is an update
// of a path too long: a 400 once the request is authenticated, like every other bad shape.
function matchRoute(method: string, path: string, restoreRoute: RestoreRoute): Route | null {
  if (method === 'POST' && path === '/metadata') return { kind: 'metadata' }
  if (method === 'POST' && path === '/graphql') return { kind: 'graphql' }
  if (!path.startsWith('/rest/')) return null
  const all = path.slice('/rest/'.length).split('/').filter(Boolean).map(decodeURIComponent)
  if (all[0] === undefined) return null
  if (all[0] === 'batch')
    return method === 'POST' && all[1] !== undefined && all.length === 2 ? { kind: 'batch', plural: all[1] } : null
  if (!['GET', 'PATCH', 'PUT', 'DELETE'].includes(method)) return null
  const restore =
    method === 'PATCH' && (restoreRoute === 'restore-first' ? all[0] === 'restore' : all[all.length - 1] === 'restore')
  const parts = restore ? (restoreRoute === 'restore-first' ? all.slice(1) : all.slice(0, -1)) : all
  const [first, second] = parts
  if (first === undefined || parts.length > 2) {
    const example = restoreRoute === 'restore-first' ? ' or /rest/restore/companies/id' : ''
    return {
      kind: 'bad-path',
      message: `Query path '${path}' invalid. Valid examples: /rest/companies/id or /rest/companies or /rest/batch/companies${example}`,
    }
  }
  const id = second ?? null
  if (id !== null && !isUuid(id)) return { kind: 'bad-path', message: `'${id}' is not a valid UUID` }
  switch (method) {
    case 'GET':
      return id === null ? { kind: 'find', plural: first } : null
    case 'PATCH':
    case 'PUT':
      return { kind: 'mutate', plural: first, id, mutation: restore ? 'restore' : 'update' }
    case 'DELETE':
      return { kind: 'mutate', plural: first, id, mutation: 'delete' }
    default:
      return null
  }
}

/** Objects the API reads but never writes (contract 10.14). */
const READ_ONLY_OBJECTS: ReadonlySet<string> = new Set(['workspaceMembers'])

export async function startWorkspaceServer(options: WorkspaceServerOptions): Promise<WorkspaceServer> {
  const model: ServerModel = readWorkspaceModel(options.model)
  const now = options.now ?? Date.now
  const store = new RecordStore(model, now)
  const faults = new FaultState(options.faults)
  const perMinute = options.rateLimitPerMinute ?? 100
  const bucket = new TokenBucket(perMinute, 60_000, now)
  const maxRecords = options.maxRecordsPerRequest ?? 200
  const upsertApi = options.upsertApi ?? 'common'
  const rules: InputRules = {
    nestedConnect: options.nestedConnect ?? true,
    linksClearOnUpdate: options.linksClearOnUpdate ?? false,
  }
  const log: RequestLog[] = []

  function batchContext(): BatchContext {
    const nowIso = new Date(now()).toISOString()
    return { model, store, nowIso, maxRecords, rules, rejectRecord: faults.rejection.bind(faults) }
  }

  async function route(request: IncomingMessage, url: URL, response: ServerResponse): Promise<RestReply | 'dropped'> {
    const body = await readJsonBody(request)
    if (faults.latencyMs > 0) await delay(faults.latencyMs)
    const method = request.method ?? 'GET'
    const target = matchRoute(method, url.pathname, options.restoreRoute ?? 'restore-first')
    if (target === null) return reply(restFailure(404, `Cannot ${method} ${url.pathname}`))
    const refuse = (failure: RestFailure): RestReply =>
      target.kind === 'graphql' ? pipelineFailureAsGraphql(failure) : reply(failure)
    const auth = request.headers.authorization
    if (auth !== `Bearer ${options.apiKey}`) {
      return refuse(restFailure(401, auth === undefined ? 'Missing authentication token' : 'Token invalid.'))
    }
    if (!bucket.take()) {
      const status = options.rateLimitStatus ?? 429
      return refuse(restFailure(status, `Limit reached (${perMinute} tokens per 60000 ms)`, 'LIMIT_REACHED'))
    }
    if (faults.takeFailure()) return refuse(restFailure(500, 'Internal server error'))
    if (!body.ok) return refuse(restFailure(400, body.message))
    switch (target.kind) {
      case 'bad-path':
        return reply(restFailure(400, target.message))
      case 'metadata':
        return { ...answerMetadataQuery(model, body.value, options.metadataFields ?? 'both'), recordCount: null }
      case 'graphql':
        return answerRecordGraphql(batchContext(), model, body.value, mutationContext())
      case 'mutate':
        return answerMutation(url, target, body.value)
      case 'find': {
        const found = findRecords({ model, store, maxRecords }, target.plural, url.searchParams)
        return found.ok ? { status: 200, body: found.value.body, recordCount: found.value.count } : reply(found.failure)
      }
      case 'batch':
        return answerBatch(request, url, response, target.plural, body.value)
    }
  }

  function answerBatch(
    request: IncomingMessage,
    url: URL,
    response: ServerResponse,
    plural: string,
    body: unknown,
  ): RestReply | 'dropped' {
    const recordCount = Array.isArray(body) ? body.length : null
    // Contract 10.14: workspace members come from users joining the workspace; the API reads them, never creates them.
    if (READ_ONLY_OBJECTS.has(plural))
      return reply(
        restFailure(403, `Method not allowed: ${plural} cannot be created through the API.`, 'FORBIDDEN'),
        recordCount,
      )
    const depth = url.searchParams.get('depth')
    if (depth !== null && depth !== '0' && depth !== '1') {
      return reply(restFailure(400, `'depth=${depth}' parameter invalid. Allowed values are 0 or 1`), recordCount)
    }
    // Only the literal "true" turns upsert on, and only servers with the common API honour it on REST.
    const upsert = url.searchParams.get('upsert') === 'true' && upsertApi === 'common'
    const written = writeBatch(
      batchContext(),
      plural,
      upsert ? 'upsert' : upsertApi === 'legacy' ? 'legacy-create' : 'create',
      body,
    )
    if (!written.ok) return reply(written.failure, recordCount)
    if (faults.takeDrop()) {
      log.push(entry(request, url, 0, recordCount))
      response.socket?.destroy()
      return 'dropped'
    }
    return { status: 201, body: { data: { [`create${capitalize(plural)}`]: written.value } }, recordCount }
  }

  function mutationContext(): MutationContext {
    return {
      model,
      store,
      nowIso: new Date(now()).toISOString(),
      rules,
      maxAffected: options.mutationMaxAffected ?? 100,
    }
  }

  function answerMutation(url: URL, target: Extract<Route, { kind: 'mutate' }>, body: unknown): RestReply {
    const rest = options.restMutations ?? (upsertApi === 'legacy' ? 'by-id' : 'common')
    // Servers from before the common API have only the by-id forms.
    if (target.id === null && rest === 'by-id') return reply(restFailure(400, 'Record ID not found'))
    // Servers with the common API behind its workspace flag, off (Twenty's RestApiCoreService): only updates by id
    // and destroys by id.
    if (rest === 'flagged') {
      const destroyOne =
        target.mutation === 'delete' && target.id !== null && url.searchParams.get('soft_delete') !== 'true'
      if (target.mutation === 'delete' && !destroyOne)
        return reply(restFailure(400, 'Activate feature flag IS_COMMON_API_ENABLED to use Delete in the REST API'))
      if (target.mutation === 'restore')
        return reply(restFailure(400, 'Activate feature flag to use Restore in the REST API'))
      if (target.mutation === 'update' && target.id === null)
        return reply(restFailure(400, 'Activate feature flag to use UpdateMany in the REST API'))
    }
    const mutation =
      target.mutation === 'update'
        ? { kind: 'update' as const, body }
        : target.mutation === 'restore'
          ? { kind: 'restore' as const }
          : // Twenty's parseSoftDeleteRestRequest: a soft delete only when `soft_delete` is exactly "true".
            { kind: 'delete' as const, destroy: url.searchParams.get('soft_delete') !== 'true' }
    const mutated = mutateRecords(
      mutationContext(),
      target.plural,
      target.id === null ? { filter: url.searchParams.get('filter') } : { id: target.id },
      mutation,
    )
    return mutated.ok
      ? { status: 200, body: mutated.value.body, recordCount: mutated.value.count }
      : reply(mutated.failure)
  }

  function entry(request: IncomingMessage, url: URL, status: number, recordCount: number | null): RequestLog {
    return { method: request.method ?? '', path: url.pathname, query: url.search, status, at: now(), recordCount }
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    void route(request, url, response)
      .catch((error: unknown) => reply(restFailure(500, `Test server defect: ${(error as Error).message}`)))
      .then((answer) => {
        if (answer === 'dropped') return
        log.push(entry(request, url, answer.status, answer.recordCount))
        response
          .writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' })
          .end(JSON.stringify(answer.body))
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
    records: (plural) => structuredClone([...store.rows(plural).values()]),
    get requests() {
      return log.map((logged) => ({ ...logged }))
    },
    seed: (plural, records) => store.seed(plural, records),
    softDelete: (plural, id) => store.softDelete(plural, id),
    setFaults: (plan) => faults.set(plan),
    reset: () => {
      store.clear()
      log.length = 0
      faults.set({})
      bucket.refill()
    },
  }
}

function reply(failure: { status: number; body: unknown }, recordCount: number | null = null): RestReply {
  return { status: failure.status, body: failure.body, recordCount }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
