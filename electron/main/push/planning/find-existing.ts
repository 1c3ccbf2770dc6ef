// Finds which records of a push already exist in the workspace: GET /rest/{plural}?filter=<key>[in]:[...] per
// unique key (id, then each unique field; a composite by its unique subfield), at most 200 values a request,
// soft-deleted records included (an upsert matches and restores them, contract 10.3), a live match winning.
// Every GET takes a token from the workspace's pacer and rides out rate limits and 5xx like a batch write does.
// Read-only by construction: this file only sends GETs, so a dry run can use it freely.
import { z } from 'zod'
import { uniqueFieldsOf, uniqueSubfieldOf } from '../../../../shared/model/list-targets'
import type { ObjectModel } from '../../../../shared/model/workspace-model'
import type { PushConnection } from '../sending/batch-request'
import { sendPaced, type RetryPolicy } from '../pacing/paced-request'
import type { BackoffOptions, Timing } from '../pacing/pacer'
import { httpFailure, unreachable, WorkspaceError } from '../../workspace/workspace-errors'

const MAX_VALUES_PER_REQUEST = 200
// Keeps the request line well under common servers' header limits (Node's is 16 KB).
const MAX_FILTER_CHARS = 6_000
// Naming deletedAt in the filter makes Twenty read soft-deleted rows too (it adds withDeleted for a filter on it).
const LIVE_OR_DELETED = 'or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)'

const PageSchema = z.object({
  data: z.record(z.string(), z.array(z.looseObject({ id: z.string() }))),
  pageInfo: z.object({ hasNextPage: z.boolean().optional(), endCursor: z.string().nullish() }).optional(),
})

interface UniqueKey {
  readonly field: string
  readonly subfield: string | null
}

function uniqueKeysOf(object: ObjectModel): UniqueKey[] {
  return uniqueFieldsOf(object).map((field) => ({ field: field.name, subfield: uniqueSubfieldOf(field) }))
}

function valueAt(record: Readonly<Record<string, unknown>>, key: UniqueKey): string | null {
  const value = record[key.field]
  const at =
    key.subfield === null
      ? value
      : typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key.subfield]
        : undefined
  return typeof at === 'string' && at !== '' ? at : null
}

// Twenty's `in` splits on every comma and strips quotes: such values cannot be asked for exactly.
const askable = (value: string): boolean => value !== '' && !/[,"]/.test(value)

export interface LookupProgress {
  /** Values asked so far. */
  readonly done: number
  /** Values to ask in all. */
  readonly total: number
}

export interface LookupOptions {
  readonly onProgress?: ((progress: LookupProgress) => void) | undefined
  /** Cancels the lookup: the wait for a token, a retry's wait or the request in flight; rejects with its reason. */
  readonly signal?: AbortSignal | undefined
  readonly backoff?: BackoffOptions | undefined
  readonly timing?: Timing | undefined
}

/** A record as the workspace returned it. */
export type ExistingRecord = { readonly id: string } & Readonly<Record<string, unknown>>

/** The existing record a record would update, and whether it is soft-deleted (the upsert would restore it). */
export interface ExistingMatch {
  readonly record: ExistingRecord
  readonly deleted: boolean
}

export interface ExistingMatches {
  /** Per record given: the record it would update, or null when it would be created. */
  readonly matches: (ExistingMatch | null)[]
  /**
   * True when the workspace refused to show soft-deleted records: `matches` are among live records only, and a
   * record matched by none may still update (and restore) a deleted one.
   */
  readonly deletedUnknown: boolean
}

/** The id of the existing record each of `records` would update, or null when it would be created. */
export async function findExisting(
  connection: PushConnection,
  object: ObjectModel,
  records: readonly Readonly<Record<string, unknown>>[],
  options: LookupOptions = {},
): Promise<(string | null)[]> {
  return (await findExistingMatches(connection, object, records, options)).matches.map(
    (found) => found?.record.id ?? null,
  )
}

/** The existing record (as the workspace holds it, soft-deleted or not) each of `records` would update, or null. */
export async function findExistingRecords(
  connection: PushConnection,
  object: ObjectModel,
  records: readonly Readonly<Record<string, unknown>>[],
  options: LookupOptions = {},
): Promise<(ExistingRecord | null)[]> {
  return (await findExistingMatches(connection, object, records, options)).matches.map((found) => found?.record ?? null)
}

/** Each record's match among live and soft-deleted records, by id then each unique key; a live match wins. */
export async function findExistingMatches(
  connection: PushConnection,
  object: ObjectModel,
  records: readonly Readonly<Record<string, unknown>>[],
  options: LookupOptions = {},
): Promise<ExistingMatches> {
  const lookup = new Lookup(connection, object.namePlural, options)
  const asks = uniqueKeysOf(object).map((key) => ({
    key,
    values: [...new Set(records.map((r) => valueAt(r, key)).filter((v): v is string => v !== null && askable(v)))],
  }))
  lookup.start(asks.reduce((sum, ask) => sum + ask.values.length, 0))
  const found: (ExistingMatch | null)[] = records.map(() => null)
  for (const { key, values } of asks) {
    const rows = new Map<string, ExistingMatch>()
    for (const row of await lookup.rowsWith(key, values)) {
      const value = valueAt(row, key)
      const match = { record: row, deleted: row['deletedAt'] != null }
      if (value !== null && (!rows.has(value) || (rows.get(value)!.deleted && !match.deleted))) rows.set(value, match)
    }
    records.forEach((record, i) => {
      const value = valueAt(record, key)
      const match = value === null ? undefined : rows.get(value)
      const current = found[i]
      if (match !== undefined && (current == null || (current.deleted && !match.deleted))) found[i] = match
    })
  }
  return { matches: found, deletedUnknown: lookup.deletedUnknown }
}

/**
 * Which of `values` a unique (sub)field of the object holds in the workspace (a relation's targets: the
 * company domains a people file links to), among live records. Values Twenty's `in` filter cannot ask for
 * exactly (a comma or a quote) come back as `unasked`.
 */
export async function findValues(
  connection: PushConnection,
  object: ObjectModel,
  field: string,
  subfield: string | null,
  values: readonly string[],
  options: LookupOptions = {},
): Promise<{ found: string[]; unasked: string[] }> {
  const key = { field, subfield }
  const unique = [...new Set(values)]
  const asked = unique.filter(askable)
  const unasked = unique.filter((v) => v !== '' && !askable(v))
  const lookup = new Lookup(connection, object.namePlural, options, false)
  lookup.start(asked.length)
  const found = new Set<string>()
  for (const row of await lookup.rowsWith(key, asked)) {
    const value = valueAt(row, key)
    if (value !== null) found.add(value)
  }
  return { found: [...found], unasked }
}

type Row = z.infer<typeof PageSchema>['data'][string][number]

/** One lookup's requests: paced, retried, counted for progress, with or without soft-deleted rows. */
class Lookup {
  private done = 0
  private total = 0
  /** Set once the workspace refused the deletedAt filter; every later request asks for live rows only. */
  deletedUnknown = false
  private readonly policy: RetryPolicy

  constructor(
    private readonly connection: PushConnection,
    private readonly plural: string,
    private readonly options: LookupOptions,
    private withDeleted = true,
  ) {
    this.policy = { pacer: connection.pacer, signal: options.signal, backoff: options.backoff, timing: options.timing }
  }

  start(total: number): void {
    this.total = total
    this.options.onProgress?.({ done: 0, total })
  }

  async rowsWith(key: UniqueKey, values: readonly string[]): Promise<Row[]> {
    const rows: Row[] = []
    for (const chunk of chunkValues(values)) {
      rows.push(...(await this.rowsOfChunk(key, chunk)))
      this.done += chunk.length
      this.options.onProgress?.({ done: this.done, total: this.total })
    }
    return rows
  }

  private async rowsOfChunk(key: UniqueKey, values: readonly string[]): Promise<Row[]> {
    const path = key.subfield === null ? key.field : `${key.field}.${key.subfield}`
    const match = `${path}[in]:[${values.map((v) => `"${v}"`).join(',')}]`
    if (this.withDeleted) {
      const rows = await this.pages(`and(${match},${LIVE_OR_DELETED})`)
      if (!(rows instanceof WorkspaceError)) return rows
      // The deletedAt filter is not in the contract for every version: a server refusing it still answers live rows.
      this.withDeleted = false
      this.deletedUnknown = true
    }
    const rows = await this.pages(match)
    if (rows instanceof WorkspaceError) throw rows
    return rows
  }

  /** Every page of rows the filter keeps, or the server's 400 refusal of it. */
  private async pages(filter: string): Promise<Row[] | WorkspaceError> {
    const rows: Row[] = []
    let cursor: string | null = null
    do {
      const query = new URLSearchParams({ filter, limit: String(MAX_VALUES_PER_REQUEST) })
      if (cursor !== null) query.set('starting_after', cursor)
      const answer = await sendPaced(this.policy, () =>
        getJson(this.connection, `/rest/${encodeURIComponent(this.plural)}?${query.toString()}`, this.options.signal),
      )
      if (answer.kind === 'refused') return answer.error
      const page = PageSchema.safeParse(answer.body)
      if (!page.success)
        throw new WorkspaceError(
          'WORKSPACE_BAD_RESPONSE',
          `${this.connection.host} answered a record lookup, but not as Twenty does.`,
        )
      const found = page.data.data[this.plural] ?? []
      rows.push(...found)
      cursor = page.data.pageInfo?.hasNextPage && found.length > 0 ? (page.data.pageInfo.endCursor ?? null) : null
    } while (cursor !== null)
    return rows
  }
}

function chunkValues(values: readonly string[]): string[][] {
  const chunks: string[][] = []
  let current: string[] = []
  let chars = 0
  for (const value of values) {
    const size = encodeURIComponent(value).length + 9
    if (current.length > 0 && (current.length === MAX_VALUES_PER_REQUEST || chars + size > MAX_FILTER_CHARS)) {
      chunks.push(current)
      current = []
      chars = 0
    }
    current.push(value)
    chars += size
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

export type GetAnswer =
  | { readonly kind: 'read'; readonly body: unknown }
  | { readonly kind: 'refused'; readonly error: WorkspaceError }
  | { readonly kind: 'rate-limited' | 'transient' | 'fatal'; readonly error: WorkspaceError }

/** One GET, classified: a rate limit or 5xx is retried by sendPaced, a 400 is the caller's to judge, the rest stops. */
export async function getJson(
  connection: PushConnection,
  path: string,
  signal: AbortSignal | undefined,
): Promise<GetAnswer> {
  const { host, key, timeoutMs } = connection
  const timeout = AbortSignal.timeout(timeoutMs)
  let response: Response
  let text: string
  try {
    response = await fetch(`${connection.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${key}`, accept: 'application/json' },
      signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
      redirect: 'manual',
    })
    text = await response.text()
  } catch (error) {
    signal?.throwIfAborted()
    return { kind: 'transient', error: unreachable(error, host, timeout.aborted, timeoutMs, key) }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  if (response.status >= 200 && response.status < 300) return { kind: 'read', body: json }
  const error = httpFailure(response.status, json ?? text, host, response.headers.get('location'), key)
  switch (error.code) {
    case 'WORKSPACE_RATE_LIMITED':
      return { kind: 'rate-limited', error }
    case 'WORKSPACE_SERVER_ERROR':
      return { kind: 'transient', error }
    case 'WORKSPACE_REJECTED':
      return response.status === 400 ? { kind: 'refused', error } : { kind: 'fatal', error }
    default:
      return { kind: 'fatal', error }
  }
}
