// One POST /rest/batch/{plural}?upsert=true (contract 4.1, 4.5), answered as a classified outcome the sender can
// act on: landed (with the ids the server answered, in request order), rate-limited, transient, too many records,
// rejected, or fatal. connectForPush reads the key and hands out the workspace's one pacer.
// Invariant: every message goes through workspace-errors' redaction, so no key leaves this file.
import { BatchCreateResponseSchema } from '../../../../shared/twenty-format/api-shapes'
import type { WorkspaceProfile } from '../../../../shared/workspace/workspace-profile'
import type { CredentialStore } from '../../storage/credential-store'
import { DEFAULT_TIMEOUT_MS, hostOf, keychainUnavailable } from '../../workspace/workspace-client'
import { httpFailure, quoteServer, serverMessage, unreachable, WorkspaceError } from '../../workspace/workspace-errors'
import type { Pacer, Timing } from '../pacing/pacer'
import { pacerFor } from '../pacing/workspace-pacers'

/** Where and how to send: made by connectForPush; holds the key, so it never leaves main. */
export interface PushConnection {
  readonly baseUrl: string
  readonly host: string
  readonly key: string
  readonly timeoutMs: number
  /** The workspace's one pacer (workspace-pacers.ts): every request to it, read or write, takes a token from it. */
  readonly pacer: Pacer
}

export interface ConnectOptions {
  readonly timeoutMs?: number
  /** Requests per minute for the whole workspace (`--rate`); the profile's rate when absent. */
  readonly ratePerMinute?: number
  /** The clock of the workspace's pacer, if this call makes it (tests). */
  readonly timing?: Timing
}

export type BatchAnswer =
  | {
      readonly kind: 'landed'
      readonly count: number
      /** The id the server answered per record sent, in request order; null when the answer did not say (see batchIdsOf). */
      readonly ids: readonly (string | null)[]
    }
  | { readonly kind: 'rate-limited'; readonly error: WorkspaceError }
  | { readonly kind: 'transient'; readonly error: WorkspaceError }
  | { readonly kind: 'too-many'; readonly max: number | null }
  | { readonly kind: 'rejected'; readonly message: string }
  | { readonly kind: 'fatal'; readonly error: WorkspaceError }

const TOO_MANY = /maximum number of records to (?:upsert|create|update) is (\d+)/i

/** Reads the workspace's key from the keychain once, for the whole push; a number is the timeout (older callers). */
export async function connectForPush(
  profile: WorkspaceProfile,
  credentials: CredentialStore,
  options: ConnectOptions | number = {},
): Promise<PushConnection> {
  const {
    timeoutMs = DEFAULT_TIMEOUT_MS,
    ratePerMinute = profile.rateLimitPerMinute,
    timing,
  } = typeof options === 'number' ? { timeoutMs: options } : options
  let key: string | null
  try {
    key = await credentials.readKey(profile.id)
  } catch (error) {
    throw keychainUnavailable(error)
  }
  if (key === null || key === '')
    throw new WorkspaceError('WORKSPACE_NO_KEY', `No API key is stored for ${profile.name}.`)
  const baseUrl = profile.baseUrl.replace(/\/+$/, '')
  return { baseUrl, host: hostOf(profile), key, timeoutMs, pacer: pacerFor(baseUrl, ratePerMinute, timing) }
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
    if (parsed.success)
      return {
        kind: 'landed',
        count: parsed.data.length,
        ids: batchIdsOf(
          records,
          parsed.data.map((r) => r.id),
        ),
      }
    return {
      kind: 'fatal',
      error: new WorkspaceError('WORKSPACE_BAD_RESPONSE', `${host} answered a batch write, but not as Twenty does.`),
    }
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
      if (tooMany !== null || code === 'TOO_MANY_RECORDS_TO_UPDATE')
        return { kind: 'too-many', max: tooMany ? Number(tooMany[1]) : null }
      return { kind: 'rejected', message: said === '' ? `${host} refused the record (HTTP 400).` : said }
    }
    default:
      return { kind: 'fatal', error }
  }
}

/**
 * The id each record sent landed under, in request order. Twenty answers the records in request order, and a record
 * an upsert matched keeps the server's id (contract 10.3), so the answer's id at the same position wins. When the
 * answer cannot be aligned (a different count, or a sent id answered at another position), each record's own id
 * is kept only where the answer holds it, and the others are null: the caller falls back to the ids sent.
 */
export function batchIdsOf(
  records: readonly Readonly<Record<string, unknown>>[],
  answered: readonly string[],
): (string | null)[] {
  const sent = records.map((record) => (typeof record['id'] === 'string' ? record['id'] : null))
  const at = new Map(answered.map((id, index) => [id, index]))
  const aligned =
    answered.length === records.length && sent.every((id, index) => id === null || !at.has(id) || at.get(id) === index)
  if (aligned) return [...answered]
  return sent.map((id) => (id !== null && at.has(id) ? id : null))
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
