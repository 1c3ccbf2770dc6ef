// Helpers for this folder's tests: the workspace model fixture, a started server and small fetch wrappers
// that send the key (or not) and return the status with the parsed JSON answer.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { startWorkspaceServer, type WorkspaceServer, type WorkspaceServerOptions } from './workspace-server'

export const API_KEY = 'test-key-7f3a9c'

export const MODEL: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'data', 'workspace-model.json'), 'utf8'),
)

export function startTestServer(options: Partial<WorkspaceServerOptions> = {}): Promise<WorkspaceServer> {
  return startWorkspaceServer({ model: MODEL, apiKey: API_KEY, ...options })
}

/** A `start(options)` for a test file: each test's server is closed after it. */
export function useTestServer(): (options?: Partial<WorkspaceServerOptions>) => Promise<WorkspaceServer> {
  let server: WorkspaceServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })
  return async (options = {}) => (server = await startTestServer(options))
}

export interface Answer {
  readonly status: number
  // Tests read arbitrary paths of the answer and their assertions check its shape, so it stays untyped here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the assertions are the type check of this JSON
  readonly body: any
}

export async function call(
  server: WorkspaceServer,
  method: string,
  path: string,
  body?: unknown,
  key: string | null = API_KEY,
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (key !== null) headers['authorization'] = `Bearer ${key}`
  const response = await fetch(server.url + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- body is the untyped answer (see Answer)
  return { status: response.status, body: await response.json() }
}

export function batch(server: WorkspaceServer, plural: string, records: unknown, upsert = true): Promise<Answer> {
  return call(server, 'POST', `/rest/batch/${plural}?upsert=${upsert}`, records)
}

export function list(server: WorkspaceServer, plural: string, params: Record<string, string> = {}): Promise<Answer> {
  const query = new URLSearchParams(params).toString()
  return call(server, 'GET', `/rest/${plural}${query ? `?${query}` : ''}`)
}

/** A fixed UUID for readable tests: uuid(7) is 00000000-0000-4000-8000-000000000007. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}
