// Main's HTTP client for a Twenty workspace: reads the key from the keychain itself, sends it as a Bearer
// token, times every request out, and turns every failure into a WorkspaceError with a stable code.
// Invariant: nothing it throws, returns or logs contains the key (messages are redacted in workspace-errors);
// every request takes a token from the workspace's one pacer (workspace-pacers.ts), and a rate limit pauses it.
import { z } from 'zod'
import { MetadataError, parseWorkspaceMetadata, type ParsedMetadata } from '../../../shared/model/parse-metadata'
import type { WorkspaceProfile } from '../../../shared/workspace/workspace-profile'
import type { CredentialStore } from '../storage/credential-store'
import { buildMetadataQuery, FULL_SELECTION, nextSelection, type MetadataSelection } from './metadata-query'
import { graphqlFailure, httpFailure, quoteServer, redactSecret, unreachable, WorkspaceError } from './workspace-errors'
import { backoffDelay, DEFAULT_BACKOFF } from '../push/pacing/pacer'
import { pacerOf } from '../push/pacing/workspace-pacers'

export const DEFAULT_TIMEOUT_MS = 30_000
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024
// Older servers reject unknown attributes one at a time; each retry drops or swaps one.
const MAX_QUERY_ATTEMPTS = 8

const GraphqlErrorsSchema = z.object({
  errors: z
    .array(z.object({ message: z.string(), extensions: z.object({ code: z.unknown().optional() }).nullish() }))
    .min(1),
})

export interface WorkspaceClientOptions {
  readonly timeoutMs?: number
}

/** A workspace's data model as fetched just now. */
export interface FetchedModel extends ParsedMetadata {
  readonly fetchedAt: Date
}

export class WorkspaceClient {
  private readonly timeoutMs: number

  constructor(
    private readonly credentials: CredentialStore,
    options: WorkspaceClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  }

  /**
   * Reads the data model with GraphQL `POST /metadata` (contract 2.1): `fieldsList` first, the older
   * `fields(paging)` connection when the server does not know it, dropping attributes an older server rejects.
   */
  async fetchWorkspaceModel(profile: WorkspaceProfile): Promise<FetchedModel> {
    const key = await this.readKey(profile)
    let selection: MetadataSelection = FULL_SELECTION
    for (let attempt = 1; ; attempt++) {
      const body = await this.postJson(profile, key, '/metadata', { query: buildMetadataQuery(selection) })
      const errors = GraphqlErrorsSchema.safeParse(body)
      const hasData = typeof body === 'object' && body !== null && (body as { data?: unknown }).data != null
      if (errors.success && !hasData) {
        const next = nextSelection(selection, errors.data.errors)
        if (next === null || attempt >= MAX_QUERY_ATTEMPTS)
          throw graphqlFailure(errors.data.errors, hostOf(profile), key)
        selection = next
        continue
      }
      return { ...this.parseModel(body, profile, key), fetchedAt: new Date() }
    }
  }

  private parseModel(body: unknown, profile: WorkspaceProfile, key: string): ParsedMetadata {
    try {
      const parsed = parseWorkspaceMetadata(body)
      return { model: parsed.model, warnings: parsed.warnings.map((w) => redactSecret(w, key)) }
    } catch (error) {
      // Anything the parser throws is about the server's answer, which may quote the key: never rethrow it raw.
      const detail = error instanceof MetadataError ? error.message : 'the answer could not be read'
      const said = quoteServer(detail, key)
      throw new WorkspaceError(
        'WORKSPACE_BAD_RESPONSE',
        `${hostOf(profile)} answered, but not with a Twenty data model: ${said}`,
      )
    }
  }

  private async readKey(profile: WorkspaceProfile): Promise<string> {
    let key: string | null
    try {
      key = await this.credentials.readKey(profile.id)
    } catch (error) {
      throw keychainUnavailable(error)
    }
    if (key === null || key === '') {
      throw new WorkspaceError(
        'WORKSPACE_NO_KEY',
        `No API key is stored for ${profile.name}. Paste one created in Twenty under Settings → APIs & Webhooks.`,
      )
    }
    return key
  }

  /**
   * One POST with a JSON body, after a token from the workspace's pacer; answers the parsed JSON of a 2xx reply, or
   * throws a WorkspaceError. A rate limit is reported, not waited out (the user asked now), but it pauses the
   * workspace's pacer so a push or lookup running beside it backs off.
   */
  private async postJson(profile: WorkspaceProfile, key: string, path: string, payload: unknown): Promise<unknown> {
    const pacer = pacerOf(profile.baseUrl, profile.rateLimitPerMinute)
    await pacer.take()
    try {
      return await this.postJsonNow(profile, key, path, payload)
    } catch (error) {
      if (error instanceof WorkspaceError && error.code === 'WORKSPACE_RATE_LIMITED')
        pacer.pause(backoffDelay(1, DEFAULT_BACKOFF))
      throw error
    }
  }

  private async postJsonNow(profile: WorkspaceProfile, key: string, path: string, payload: unknown): Promise<unknown> {
    const host = hostOf(profile)
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, this.timeoutMs)
    try {
      let response: Response
      try {
        response = await fetch(`${profile.baseUrl}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(payload),
          signal: controller.signal,
          // A redirect would carry the key to another address (or drop it across origins): report it instead.
          redirect: 'manual',
        })
      } catch (error) {
        throw unreachable(error, host, timedOut, this.timeoutMs, key)
      }
      let text: string
      try {
        text = await readLimitedText(response)
      } catch (error) {
        if (error instanceof WorkspaceError) throw error
        throw unreachable(error, host, timedOut, this.timeoutMs, key)
      }
      const json = parseJson(text)
      // GraphQL servers may answer a query they reject with 400 and a GraphQL error body: the caller reads it.
      if (response.status === 400 && GraphqlErrorsSchema.safeParse(json).success) return json
      if (response.status < 200 || response.status >= 300) {
        throw httpFailure(
          response.status,
          json === undefined ? text : json,
          host,
          response.headers.get('location'),
          key,
        )
      }
      if (json === undefined) {
        const type = response.headers.get('content-type')?.split(';')[0]?.trim() || 'no content type'
        const page = /<html|<!doctype/i.test(text.slice(0, 1000))
          ? 'a web page'
          : `something that is not JSON (${type})`
        throw new WorkspaceError(
          'WORKSPACE_BAD_RESPONSE',
          `${host} answered with ${page} instead of Twenty's API. Use the address of the Twenty server itself, ` +
            'e.g. https://crm.example.com, or https://api.twenty.com for Twenty Cloud.',
        )
      }
      return json
    } finally {
      clearTimeout(timer)
    }
  }
}

/** The host a message names: `crm.example.com`, with the port when there is one. */
export function hostOf(profile: Pick<WorkspaceProfile, 'baseUrl'>): string {
  return new URL(profile.baseUrl).host
}

export function keychainUnavailable(error: unknown): WorkspaceError {
  const detail = error instanceof Error ? ` (${quoteServer(error.message, null)})` : ''
  return new WorkspaceError(
    'KEYCHAIN_UNAVAILABLE',
    `Preflight cannot use the system keychain to keep API keys${detail}. ` +
      'On Linux, a Secret Service (GNOME Keyring or KWallet) must be running and unlocked.',
  )
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

async function readLimitedText(response: Response): Promise<string> {
  if (response.body === null) return ''
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel()
      const limit = MAX_RESPONSE_BYTES / 1024 / 1024
      throw new WorkspaceError(
        'WORKSPACE_BAD_RESPONSE',
        `The answer is larger than ${limit} MB; a Twenty data model is far smaller.`,
      )
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
