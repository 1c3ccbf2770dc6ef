// Turns what went wrong talking to a workspace into a stable code and a plain message naming the host.
// Invariant: every message built here goes through redactSecret, so no key, Bearer token or JWT survives
// even when a server or proxy echoes request headers back.
import type { WorkspaceErrorCode } from '../../../shared/workspace/workspace-connection'
import { UserError } from '../ipc/user-error'

export class WorkspaceError extends UserError {
  constructor(
    override readonly code: WorkspaceErrorCode,
    message: string,
  ) {
    super(code, message)
    this.name = 'WorkspaceError'
  }
}

const REDACTED = '[redacted]'
const BEARER = /\b(bearer)\s+[^\s"',;]+/gi
const AUTH_HEADER = /\b(authorization"?\s*[:=]\s*"?)[^\s"',;]+/gi
const JWT = /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]+/g

/** Removes the key, its dot-separated parts, any Bearer token and anything shaped like a JWT from `text`. */
export function redactSecret(text: string, secret: string | null): string {
  let out = text
  if (secret !== null && secret !== '') {
    const parts = [secret, ...secret.split('.').filter((part) => part.length >= 8)]
    for (const part of parts) out = out.split(part).join(REDACTED)
  }
  return out.replace(BEARER, `$1 ${REDACTED}`).replace(AUTH_HEADER, `$1${REDACTED}`).replace(JWT, REDACTED)
}

/** A server's own words, shortened and redacted, for quoting in a message. */
export function quoteServer(text: string, secret: string | null): string {
  const clean = redactSecret(text, secret).replace(/\s+/g, ' ').trim()
  return clean.length > 300 ? `${clean.slice(0, 300)}…` : clean
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL'])
const REFUSED_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'])
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'])
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
])

function causeCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = current.cause
  }
  return undefined
}

/** A request that got no HTTP answer: DNS, refused, reset, TLS, or our own timeout. */
export function unreachable(
  error: unknown,
  host: string,
  timedOut: boolean,
  timeoutMs: number,
  secret: string | null,
): WorkspaceError {
  if (timedOut) {
    const seconds = Math.max(1, Math.round(timeoutMs / 1000))
    return new WorkspaceError(
      'WORKSPACE_UNREACHABLE',
      `${host} did not answer within ${seconds} s. Check the address and your connection, then try again.`,
    )
  }
  const code = causeCode(error)
  if (code !== undefined && DNS_CODES.has(code)) {
    return new WorkspaceError(
      'WORKSPACE_UNREACHABLE',
      `Could not find ${host} (DNS lookup failed). Check the address and connection.`,
    )
  }
  if (code !== undefined && REFUSED_CODES.has(code)) {
    return new WorkspaceError(
      'WORKSPACE_UNREACHABLE',
      `${host} refused the connection. Check the address, and that the server runs.`,
    )
  }
  if (code !== undefined && RESET_CODES.has(code)) {
    return new WorkspaceError(
      'WORKSPACE_UNREACHABLE',
      `The connection to ${host} was cut before it answered. Try again.`,
    )
  }
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return new WorkspaceError(
      'WORKSPACE_UNREACHABLE',
      `${host} did not answer in time. Check the address and your connection.`,
    )
  }
  if (code !== undefined && (/CERT|SSL|TLS/.test(code) || code === 'DEPTH_ZERO_SELF_SIGNED_CERT')) {
    return new WorkspaceError(
      'WORKSPACE_UNREACHABLE',
      `The secure connection to ${host} failed: its certificate is not trusted (${code}).`,
    )
  }
  const detail = error instanceof Error ? quoteServer(error.message, secret) : 'unknown error'
  return new WorkspaceError('WORKSPACE_UNREACHABLE', `Could not reach ${host} (${code ?? detail}).`)
}

/** The error text of a Twenty REST body (`messages`), a GraphQL body (`errors[].message`) or `message`. */
export function serverMessage(body: unknown): string {
  if (typeof body !== 'object' || body === null) return ''
  const record = body as Record<string, unknown>
  const list = Array.isArray(record['messages'])
    ? record['messages']
    : Array.isArray(record['errors'])
      ? record['errors']
      : []
  const texts = list
    .map((item) => (typeof item === 'string' ? item : (item as { message?: unknown } | null)?.message))
    .filter((t) => typeof t === 'string')
  if (texts.length > 0) return texts.join('; ')
  return typeof record['message'] === 'string' ? record['message'] : ''
}

const PERMISSION = /does not have permission|forbidden resource|permission denied|not allowed/i
const RATE_LIMIT = /limit reached|too many requests|rate limit/i

/** An HTTP answer that is not a success (status >= 300). `body` is the parsed JSON, or the text. */
export function httpFailure(
  status: number,
  body: unknown,
  host: string,
  location: string | null,
  secret: string | null,
): WorkspaceError {
  const said = quoteServer(typeof body === 'string' ? '' : serverMessage(body), secret)
  const because = said === '' ? '' : ` The server said: ${said}`
  if (status >= 300 && status < 400) {
    const to = location === null ? '' : ` to ${quoteServer(location, secret)}`
    return new WorkspaceError(
      'WORKSPACE_NOT_FOUND',
      `${host} redirects${to} (HTTP ${status}). Enter the address it redirects to as the workspace address.`,
    )
  }
  if (status === 401) {
    return new WorkspaceError(
      'WORKSPACE_BAD_KEY',
      `${host} refused the API key: it is wrong, expired or revoked. ` +
        `Create a new key in Twenty under Settings → APIs & Webhooks.${because}`,
    )
  }
  if (status === 429 || (status === 400 && RATE_LIMIT.test(said))) {
    return new WorkspaceError(
      'WORKSPACE_RATE_LIMITED',
      `${host} is limiting how often Preflight may call it. ` +
        `Wait a minute and try again, or lower the requests per minute of this workspace.${because}`,
    )
  }
  if ((status === 400 || status === 403) && PERMISSION.test(said)) {
    return new WorkspaceError(
      'WORKSPACE_PERMISSION',
      `The API key works, but its role is not allowed to do this on ${host}. ` +
        `Give the key's role the permission in Twenty, or use another key.${because}`,
    )
  }
  if (status === 403) {
    return new WorkspaceError(
      'WORKSPACE_BAD_KEY',
      `${host} refused the API key (HTTP 403): it may belong to another workspace, or be expired or revoked.${because}`,
    )
  }
  if (status === 404 || status === 405 || status === 410) {
    return new WorkspaceError(
      'WORKSPACE_NOT_FOUND',
      `${host} has no Twenty API at this address (HTTP ${status}). ` +
        'Use the root address of your Twenty server, e.g. https://crm.example.com, or https://api.twenty.com for Twenty Cloud.',
    )
  }
  if (status >= 500) {
    return new WorkspaceError(
      'WORKSPACE_SERVER_ERROR',
      `${host} had a problem of its own (HTTP ${status}). Try again later.${because}`,
    )
  }
  return new WorkspaceError('WORKSPACE_REJECTED', `${host} refused the request (HTTP ${status}).${because}`)
}

/** GraphQL errors answered with HTTP 200 (Twenty reports auth and permission failures this way too). */
export function graphqlFailure(errors: readonly GraphqlError[], host: string, secret: string | null): WorkspaceError {
  const codes = errors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string')
  const said = quoteServer(errors.map((e) => e.message).join('; '), secret)
  if (codes.includes('UNAUTHENTICATED')) return httpFailure(401, { messages: [said] }, host, null, secret)
  if (codes.includes('FORBIDDEN') || PERMISSION.test(said))
    return httpFailure(403, { messages: [said] }, host, null, secret)
  if (RATE_LIMIT.test(said)) return httpFailure(429, { messages: [said] }, host, null, secret)
  if (codes.includes('INTERNAL_SERVER_ERROR')) return httpFailure(500, { messages: [said] }, host, null, secret)
  return new WorkspaceError(
    'WORKSPACE_BAD_RESPONSE',
    `${host} could not answer Preflight's data-model query; is it a Twenty server? The server said: ${said}`,
  )
}

export interface GraphqlError {
  readonly message: string
  readonly extensions?: { readonly code?: unknown } | null | undefined
}
