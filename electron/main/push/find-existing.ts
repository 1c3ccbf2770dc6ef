// Finds which records of a push already exist in the workspace: GET /rest/{plural}?filter=<key>[in]:[...] per
// unique key (id, then each unique field; a composite by its unique subfield), at most 200 values a request.
// Read-only by construction: this file only sends GETs, so a dry run can use it freely.
import { z } from 'zod'
import { uniqueFieldsOf, uniqueSubfieldOf } from '../../../shared/model/list-targets'
import type { ObjectModel } from '../../../shared/model/workspace-model'
import type { PushConnection } from './batch-request'
import { httpFailure, unreachable, WorkspaceError } from '../services/workspace-errors'

const MAX_VALUES_PER_REQUEST = 200
// Keeps the request line well under common servers' header limits (Node's is 16 KB).
const MAX_FILTER_CHARS = 6_000

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
  const at = key.subfield === null ? value : typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key.subfield] : undefined
  return typeof at === 'string' && at !== '' ? at : null
}

/** A record as the workspace returned it. */
export type ExistingRecord = { readonly id: string } & Readonly<Record<string, unknown>>

/** The id of the existing record each of `records` would update, or null when it would be created. */
export async function findExisting(connection: PushConnection, object: ObjectModel, records: readonly Readonly<Record<string, unknown>>[]): Promise<(string | null)[]> {
  return (await findExistingRecords(connection, object, records)).map((found) => found?.id ?? null)
}

/** The existing record (as the workspace holds it) each of `records` would update, or null. */
export async function findExistingRecords(
  connection: PushConnection,
  object: ObjectModel,
  records: readonly Readonly<Record<string, unknown>>[],
): Promise<(ExistingRecord | null)[]> {
  const found: (ExistingRecord | null)[] = records.map(() => null)
  for (const key of uniqueKeysOf(object)) {
    // Twenty's `in` splits on every comma and strips quotes: such values cannot be asked for exactly.
    const values = [...new Set(records.map((r) => valueAt(r, key)).filter((v): v is string => v !== null && !/[,"]/.test(v)))]
    const rows = new Map<string, ExistingRecord>()
    for (const chunk of chunkValues(values)) {
      for (const row of await findByValues(connection, object.namePlural, key, chunk)) {
        const value = valueAt(row, key)
        if (value !== null && !rows.has(value)) rows.set(value, row)
      }
    }
    records.forEach((record, i) => {
      const value = valueAt(record, key)
      if (found[i] === null && value !== null) found[i] = rows.get(value) ?? null
    })
  }
  return found
}

/**
 * Which of `values` a unique (sub)field of the object holds in the workspace (a relation's targets: the
 * company domains a people file links to). Values Twenty's `in` filter cannot ask for exactly (a comma or a
 * quote) come back as `unasked`.
 */
export async function findValues(
  connection: PushConnection,
  object: ObjectModel,
  field: string,
  subfield: string | null,
  values: readonly string[],
): Promise<{ found: string[]; unasked: string[] }> {
  const key = { field, subfield }
  const askable = [...new Set(values)].filter((v) => v !== '' && !/[,"]/.test(v))
  const unasked = [...new Set(values)].filter((v) => v !== '' && /[,"]/.test(v))
  const found = new Set<string>()
  for (const chunk of chunkValues(askable)) {
    for (const row of await findByValues(connection, object.namePlural, key, chunk)) {
      const value = valueAt(row, key)
      if (value !== null) found.add(value)
    }
  }
  return { found: [...found], unasked }
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

async function findByValues(connection: PushConnection, plural: string, key: UniqueKey, values: readonly string[]) {
  const path = key.subfield === null ? key.field : `${key.field}.${key.subfield}`
  const filter = `${path}[in]:[${values.map((v) => `"${v}"`).join(',')}]`
  const rows: z.infer<typeof PageSchema>['data'][string] = []
  let cursor: string | null = null
  do {
    const query = new URLSearchParams({ filter, limit: String(MAX_VALUES_PER_REQUEST) })
    if (cursor !== null) query.set('starting_after', cursor)
    const body = await getJson(connection, `/rest/${encodeURIComponent(plural)}?${query.toString()}`)
    const page = PageSchema.safeParse(body)
    if (!page.success) throw new WorkspaceError('WORKSPACE_BAD_RESPONSE', `${connection.host} answered a record lookup, but not as Twenty does.`)
    const found = page.data.data[plural] ?? []
    rows.push(...found)
    cursor = page.data.pageInfo?.hasNextPage && found.length > 0 ? (page.data.pageInfo.endCursor ?? null) : null
  } while (cursor !== null)
  return rows
}

async function getJson(connection: PushConnection, path: string): Promise<unknown> {
  const { host, key, timeoutMs } = connection
  const timeout = AbortSignal.timeout(timeoutMs)
  let response: Response
  let text: string
  try {
    response = await fetch(`${connection.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${key}`, accept: 'application/json' },
      signal: timeout,
      redirect: 'manual',
    })
    text = await response.text()
  } catch (error) {
    throw unreachable(error, host, timeout.aborted, timeoutMs, key)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  if (response.status < 200 || response.status >= 300) {
    throw httpFailure(response.status, json ?? text, host, response.headers.get('location'), key)
  }
  return json
}
