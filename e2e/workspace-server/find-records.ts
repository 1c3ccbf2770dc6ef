// GET /rest/{plural}: filter (soft-deleted rows hidden unless the filter is about deletedAt), order by id,
// cursor pages (opaque: base64 of {"id"}, as older Twenty servers), limit defaulting to 60 and clamped to
// QUERY_MAX_RECORDS. totalCount counts every row the filter keeps, not just the page.
import { compileFilter, type RowPredicate } from './filter-match'
import { fail, succeed, type Outcome } from './http-io'
import { mentionsField, parseFilter } from './record-filter'
import type { RecordStore } from './record-store'
import type { StoredRecord } from './types'
import type { ServerModel } from './workspace-model'

export interface FindContext {
  readonly model: ServerModel
  readonly store: RecordStore
  readonly maxRecords: number
}

export interface FoundPage {
  readonly body: unknown
  readonly count: number
}

const DEFAULT_LIMIT = 60

export function findRecords(context: FindContext, plural: string, query: URLSearchParams): Outcome<FoundPage> {
  const object = context.model.get(plural)
  if (object === undefined) return fail(400, `object '${plural}' not found`)
  const limitText = query.get('limit')
  if (limitText !== null && !/^\d+$/.test(limitText))
    return fail(400, `limit value '${limitText}' invalid. Should be an integer`)
  const limit = Math.min(limitText === null ? DEFAULT_LIMIT : Number(limitText), context.maxRecords)
  const after = query.get('starting_after')
  const before = query.get('ending_before')
  if (after !== null && before !== null) return fail(400, 'starting_after and ending_before cannot be used together')
  let keep: RowPredicate = () => true
  let withDeleted = false
  const filterText = query.get('filter')
  if (filterText !== null && filterText !== '') {
    const node = parseFilter(filterText)
    if (!node.ok) return node
    const predicate = compileFilter(object, node.value)
    if (!predicate.ok) return predicate
    keep = predicate.value
    withDeleted = mentionsField(node.value, 'deletedAt')
  }
  const matching = [...context.store.rows(plural).values()]
    .filter((row) => (withDeleted || row['deletedAt'] === null) && keep(row))
    .sort((a, b) => compareIds(a, b))
  const cursorId = decodeCursor(after ?? before)
  if (cursorId === undefined) return fail(400, `Invalid cursor '${after ?? before}'`)
  const start = cursorId === null || before !== null ? 0 : firstIndexAfter(matching, cursorId)
  const end = before !== null && cursorId !== null ? firstIndexAfter(matching, cursorId, true) : matching.length
  const window = matching.slice(start, end)
  const page = before !== null ? window.slice(Math.max(0, window.length - limit)) : window.slice(0, limit)
  const first = page[0]
  const last = page[page.length - 1]
  return succeed({
    count: page.length,
    body: {
      data: { [plural]: structuredClone(page) },
      pageInfo: {
        hasNextPage: before !== null ? end < matching.length : start + page.length < matching.length,
        hasPreviousPage: before !== null ? page.length < window.length : start > 0,
        startCursor: first ? encodeCursor(String(first['id'])) : null,
        endCursor: last ? encodeCursor(String(last['id'])) : null,
      },
      totalCount: matching.length,
    },
  })
}

export function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ id })).toString('base64')
}

/** null when there is no cursor, undefined when it cannot be read. */
function decodeCursor(cursor: string | null): string | null | undefined {
  if (cursor === null) return null
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'))
    const id = typeof decoded === 'object' && decoded !== null ? (decoded as Record<string, unknown>)['id'] : undefined
    return typeof id === 'string' ? id : undefined
  } catch {
    return undefined
  }
}

/** Index of the first row whose id sorts after `id` (or at/after it, for ending_before's bound). */
function firstIndexAfter(rows: readonly StoredRecord[], id: string, inclusive = false): number {
  const index = rows.findIndex((row) => (inclusive ? String(row['id']) >= id : String(row['id']) > id))
  return index === -1 ? rows.length : index
}

function compareIds(a: StoredRecord, b: StoredRecord): number {
  const [x, y] = [String(a['id']), String(b['id'])]
  return x < y ? -1 : x > y ? 1 : 0
}
