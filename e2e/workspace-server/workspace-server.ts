// A real HTTP server on loopback standing in for a Twenty workspace (contract sections 1-5): routing, the
// per-request pipeline (latency, auth, throttle, faults) and the request log. The API key is compared,
// never stored in the log; every request is logged before its answer is written.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as delay } from 'node:timers/promises'
import { writeBatch } from './batch-write'
import { FaultState } from './fault-state'
import { findRecords } from './find-records'
import { readJsonBody, restFailure, type RestReply } from './http-io'
import { answerMetadataQuery } from './metadata-graphql'
import { RecordStore } from './record-store'
import { TokenBucket } from './token-bucket'
import type { RequestLog, WorkspaceServer, WorkspaceServerOptions } from './types'
import { readWorkspaceModel, type ServerModel } from './workspace-model'

export type { FaultPlan, RequestLog, StoredRecord, WorkspaceServer, WorkspaceServerOptions } from './types'

type Route = { kind: 'metadata' } | { kind: 'batch'; plural: string } | { kind: 'find'; plural: string }

function matchRoute(method: string, path: string): Route | null {
  if (method === 'POST' && path === '/metadata') return { kind: 'metadata' }
  const batch = /^\/rest\/batch\/([^/]+)$/.exec(path)
  if (method === 'POST' && batch?.[1]) return { kind: 'batch', plural: decodeURIComponent(batch[1]) }
  const list = /^\/rest\/([^/]+)$/.exec(path)
  if (method === 'GET' && list?.[1] && list[1] !== 'batch') return { kind: 'find', plural: decodeURIComponent(list[1]) }
  return null
}

export async function startWorkspaceServer(options: WorkspaceServerOptions): Promise<WorkspaceServer> {
  const model: ServerModel = readWorkspaceModel(options.model)
  const now = options.now ?? Date.now
  const store = new RecordStore(model, now)
  const faults = new FaultState(options.faults)
  const perMinute = options.rateLimitPerMinute ?? 100
  const bucket = new TokenBucket(perMinute, 60_000, now)
  const maxRecords = options.maxRecordsPerRequest ?? 200
  const log: RequestLog[] = []

  async function route(request: IncomingMessage, url: URL, response: ServerResponse): Promise<RestReply | 'dropped'> {
    const body = await readJsonBody(request)
    if (faults.latencyMs > 0) await delay(faults.latencyMs)
    const method = request.method ?? 'GET'
    const target = matchRoute(method, url.pathname)
    if (target === null) return reply(restFailure(404, `Cannot ${method} ${url.pathname}`))
    const auth = request.headers.authorization
    if (auth !== `Bearer ${options.apiKey}`) {
      return reply(restFailure(401, auth === undefined ? 'Missing authentication token' : 'Token invalid.'))
    }
    if (!bucket.take()) {
      const status = options.rateLimitStatus ?? 429
      return reply(restFailure(status, `Limit reached (${perMinute} tokens per 60000 ms)`, 'LIMIT_REACHED'))
    }
    if (faults.takeFailure()) return reply(restFailure(500, 'Internal server error'))
    if (!body.ok) return reply(restFailure(400, body.message))
    switch (target.kind) {
      case 'metadata':
        return { ...answerMetadataQuery(model, body.value, options.metadataFields ?? 'both'), recordCount: null }
      case 'find': {
        const found = findRecords({ model, store, maxRecords }, target.plural, url.searchParams)
        return found.ok ? { status: 200, body: found.value.body, recordCount: found.value.count } : reply(found.failure)
      }
      case 'batch':
        return answerBatch(request, url, response, target.plural, body.value)
    }
  }

  function answerBatch(request: IncomingMessage, url: URL, response: ServerResponse, plural: string, body: unknown): RestReply | 'dropped' {
    const recordCount = Array.isArray(body) ? body.length : null
    const depth = url.searchParams.get('depth')
    if (depth !== null && depth !== '0' && depth !== '1') {
      return reply(restFailure(400, `'depth=${depth}' parameter invalid. Allowed values are 0 or 1`), recordCount)
    }
    const nowIso = new Date(now()).toISOString()
    const context = { model, store, nowIso, maxRecords, nestedConnect: options.nestedConnect ?? true, rejectRecord: faults.rejection.bind(faults) }
    const written = writeBatch(context, plural, url.searchParams.get('upsert') === 'true', body)
    if (!written.ok) return reply(written.failure, recordCount)
    if (faults.takeDrop()) {
      log.push(entry(request, url, 0, recordCount))
      response.socket?.destroy()
      return 'dropped'
    }
    return { status: 201, body: { data: { [`create${capitalize(plural)}`]: written.value } }, recordCount }
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
        response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer.body))
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
