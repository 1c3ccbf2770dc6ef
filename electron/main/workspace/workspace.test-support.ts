// Helpers for the workspace tests: the e2e workspace model, a profile pointing at a URL, a scripted loopback
// HTTP server for answers the test workspace server does not give (HTML, redirects, echoed headers), and a
// closed port. Used by tests only.
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { WorkspaceProfileSchema, type WorkspaceProfile } from '../../../shared/workspace/workspace-profile'
import { builtWorkers } from '../project/prepare-check'

/** A JWT-shaped key, and one that is not, so both redaction paths are exercised. */
export const JWT_KEY = 'eyJhbGciOiJIUzI1NiJ9.eyJ3b3Jrc3BhY2VJZCI6InByZWZsaWdodC10ZXN0In0.k3y-s1gnature-9f8e7d6c5b4a'
export const PLAIN_KEY = 'pf_live_5c1e8b3a9d7f2e4c6b0a'

/** The built parse and check workers (out/main), for services that read files in them. */
export const BUILT_WORKERS = builtWorkers(join(__dirname, '../../../out/main'))

export const WORKSPACE_MODEL: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'e2e', 'data', 'workspace-model.json'), 'utf8'),
)

export function profileAt(baseUrl: string, id: string = randomUUID()): WorkspaceProfile {
  return WorkspaceProfileSchema.parse({ id, name: 'Test workspace', baseUrl, createdAt: new Date().toISOString() })
}

export interface ScriptedAnswer {
  readonly status: number
  readonly body: string
  readonly headers?: Record<string, string>
}

export interface ScriptedRequest {
  readonly path: string
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

export interface ScriptedServer {
  readonly url: string
  readonly requests: ScriptedRequest[]
  close(): Promise<void>
}

/** A loopback server answering each request with `answer(request)`. */
export async function startScriptedServer(
  answer: (request: ScriptedRequest) => ScriptedAnswer,
): Promise<ScriptedServer> {
  const requests: ScriptedRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const request = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }
      requests.push(request)
      const reply = answer(request)
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(reply.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** A loopback URL nothing listens on: a server is bound to a free port, then closed. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}
