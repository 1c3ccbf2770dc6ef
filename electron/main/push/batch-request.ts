// One POST /rest/batch/{plural}?upsert=true (contract 4.1, 4.5), answered as a classified outcome the sender can
// act on: landed, rate-limited, transient, too many records, rejected, or fatal.
// Invariant: every message goes through workspace-errors' redaction, so no key leaves this file.
import { BatchCreateResponseSchema } from '../../../shared/twenty-format/api-shapes'
import type { WorkspaceProfile } from '../../../shared/workspace/workspace-profile'
import type { CredentialStore } from '../services/credential-store'
import { DEFAULT_TIMEOUT_MS, hostOf, keychainUnavailable } from '../services/workspace-client'
import { httpFailure, quoteServer, serverMessage, unreachable, WorkspaceError } from '../services/workspace-errors'

/** Where and how to send: made by connectForPush; holds the key, so it never leaves main. */
export interface PushConnection {
  readonly baseUrl: string
  readonly host: string
  readonly key: string
  readonly timeoutMs: number
}

export type BatchAnswer =
  | { readonly kind: 'landed'; readonly count: number }
  | { readonly kind: 'rate-limited'; readonly error: WorkspaceError }
  | { readonly kind: 'transient'; readonly error: WorkspaceError }
  | { readonly kind: 'too-many'; readonly max: number | null }
  | { readonly kind: 'rejected'; readonly message: string }
  | { readonly kind: 'fatal'; readonly error: WorkspaceError }

const TOO_MANY = /maximum number of records to (?:upsert|create|update) is (\d+)/i

/** Reads the workspace's key from the keychain once, for the whole push. */
export async function connectForPush(
  profile: WorkspaceProfile,
  credentials: CredentialStore,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<PushConnection> {
  let key: string | null
  try {
    key = await credentials.readKey(profile.id)
  } catch (error) {
    throw keychainUnavailable(error)
  }
  if (key === null || key === '') throw new WorkspaceError('WORKSPACE_NO_KEY', `No API key is stored for ${profile.name}.`)
  return { baseUrl: profile.baseUrl.replace(/\/+$/, ''), host: hostOf(profile), key, timeoutMs }
}

/** Sends `records` once. Rejects only with the abort reason when `signal` aborts. */
export async function postBatch(
  connection: PushConnection,
  plural: string,
  records: readonly Record<string, unknown>[],
  signal?: AbortSignal,
): Promise<BatchAnswer> {
  const { host, key, timeoutMs } = connection
  const timeout = AbortSignal.timeout(timeoutMs)
  const url = `${connection.baseUrl}/rest/batch/${encodeURIComponent(plural)}?upsert=true`
  let status: number
  let text: string
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(records),
      signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
      redirect: 'manual',
    })
    status = response.status
    text = await response.text()
  } catch (error) {
    signal?.throwIfAborted()
    return { kind: 'transient', error: unreachable(error, host, timeout.aborted, timeoutMs, key) }
  }
  const body = parseJson(text)
  if (status >= 200 && status < 300) {
    const parsed = BatchCreateResponseSchema.safeParse(body)
    if (parsed.success) return { kind: 'landed', count: parsed.data.length }
    return { kind: 'fatal', error: new WorkspaceError('WORKSPACE_BAD_RESPONSE', `${host} answered a batch write, but not as Twenty does.`) }
  }
  const error = httpFailure(status, body ?? text, host, null, key)
  switch (error.code) {
    case 'WORKSPACE_RATE_LIMITED':
      return { kind: 'rate-limited', error }
    case 'WORKSPACE_SERVER_ERROR':
      return { kind: 'transient', error }
    case 'WORKSPACE_REJECTED': {
      if (status !== 400) return { kind: 'fatal', error }
      const said = quoteServer(serverMessage(body), key)
      const tooMany = TOO_MANY.exec(said)
      const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined
      if (tooMany !== null || code === 'TOO_MANY_RECORDS_TO_UPDATE') return { kind: 'too-many', max: tooMany ? Number(tooMany[1]) : null }
      return { kind: 'rejected', message: said === '' ? `${host} refused the record (HTTP 400).` : said }
    }
    default:
      return { kind: 'fatal', error }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
