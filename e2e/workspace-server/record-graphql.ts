// POST /graphql: Twenty's core GraphQL batch create (contract 4.2), `create<Plural>(data: $data, upsert: true)
// { id ... }`, answered `{ data: { createPeople: [...] } }` with the selected top-level fields of each record
// (a selected composite comes whole). It writes through writeBatch, so matching, checks and atomicity are the
// REST batch's. Errors are GraphQL errors with HTTP 200: `{ errors: [{ message, extensions: { code } }] }`.
// Also `delete<Plural>`, `destroy<Plural>` and `restore<Plural>(filter: { id: { in: [...] } }) { id }` (soft delete,
// destroy, restore; the cap on affected records is the REST mutations'), answered `{ data: { deletePeople: [{ id }] } }`.
// Not a GraphQL engine: one root field per request, `data` from a variable, `upsert` a literal or a variable, an
// id filter written inline.
import { writeBatch, type BatchContext } from './batch-write'
import { isPlainObject, type RestFailure } from './http-io'
import { mutateRecords, type MutationContext } from './record-mutations'
import type { ServerModel } from './workspace-model'

export interface GraphqlAnswer {
  readonly status: number
  readonly body: unknown
  readonly recordCount: number | null
}

export function answerRecordGraphql(
  context: BatchContext,
  model: ServerModel,
  request: unknown,
  mutations: MutationContext,
): GraphqlAnswer {
  const query = isPlainObject(request) ? request['query'] : undefined
  const variables = isPlainObject(request) && isPlainObject(request['variables']) ? request['variables'] : {}
  if (typeof query !== 'string') return graphqlError('Must provide query string.', 'BAD_REQUEST', null, 400)
  const byFilter =
    /^\s*mutation\b[^{]*\{\s*(delete|destroy|restore)(\w+)\s*\(\s*filter\s*:\s*\{\s*id\s*:\s*\{\s*in\s*:\s*\[([^\]]*)\]\s*\}\s*\}\s*\)/.exec(
      query,
    )
  const target = byFilter ? [...model.keys()].find((name) => capitalize(name) === byFilter[2]) : undefined
  if (byFilter && target !== undefined)
    return answerMutationByIds(mutations, target, byFilter[1] as 'delete' | 'destroy' | 'restore', byFilter[3] ?? '')
  const root = /^\s*mutation\b[^{]*\{\s*(\w+)\s*\(([^)]*)\)\s*\{/.exec(query)
  const plural = root ? [...model.keys()].find((name) => `create${capitalize(name)}` === root[1]) : undefined
  if (!root || plural === undefined) {
    const field = /\{\s*(\w+)/.exec(query)?.[1] ?? '?'
    return graphqlError(
      `Cannot query field "${field}" on type "${/^\s*mutation\b/.test(query) ? 'Mutation' : 'Query'}".`,
      'GRAPHQL_VALIDATION_FAILED',
    )
  }
  const args = readArguments(root[2] ?? '', variables)
  if (typeof args === 'string') return graphqlError(args, 'BAD_USER_INPUT')
  const recordCount = Array.isArray(args.data) ? args.data.length : null
  const written = writeBatch(context, plural, args.upsert ? 'upsert' : 'create', args.data)
  if (!written.ok) return failureAsGraphql(written.failure, recordCount)
  const selection = topLevelSelection(query, root.index + root[0].length)
  const records = written.value.map((record) => project(record, selection))
  return { status: 200, body: { data: { [root[1] as string]: records } }, recordCount }
}

function answerMutationByIds(
  context: MutationContext,
  plural: string,
  verb: 'delete' | 'destroy' | 'restore',
  list: string,
): GraphqlAnswer {
  const ids = list
    .split(',')
    .map((item) => item.trim().replace(/^"|"$/g, ''))
    .filter((id) => id !== '')
  const mutation =
    verb === 'restore' ? { kind: 'restore' as const } : { kind: 'delete' as const, destroy: verb === 'destroy' }
  const done = mutateRecords(context, plural, { filter: `id[in]:[${ids.join(',')}]` }, mutation)
  if (!done.ok) return failureAsGraphql(done.failure, null)
  const rows = (Object.values((done.value.body as { data: Record<string, unknown> }).data)[0] ?? []) as {
    id: unknown
  }[]
  return {
    status: 200,
    body: { data: { [`${verb}${capitalize(plural)}`]: rows.map((row) => ({ id: row.id })) } },
    recordCount: done.value.count,
  }
}

/** A REST-shaped refusal of the request pipeline (auth, rate limit, fault) as a GraphQL error body. */
export function pipelineFailureAsGraphql(failure: RestFailure): GraphqlAnswer {
  const code =
    failure.body.code ??
    (failure.status === 401 ? 'UNAUTHENTICATED' : failure.status === 429 ? 'LIMIT_REACHED' : 'INTERNAL_SERVER_ERROR')
  return graphqlError(failure.body.messages.join(' '), code, null, failure.status)
}

function readArguments(text: string, variables: Record<string, unknown>): { data: unknown; upsert: boolean } | string {
  const read = (name: string): unknown => {
    const match = new RegExp(`\\b${name}\\s*:\\s*(\\$\\w+|true|false)`).exec(text)
    if (match === null) return undefined
    const token = match[1] as string
    return token.startsWith('$') ? variables[token.slice(1)] : token === 'true'
  }
  const data = read('data')
  if (data === undefined) return 'Argument "data" must be given as a variable ($data) to this test workspace.'
  return { data, upsert: read('upsert') === true }
}

function failureAsGraphql(failure: RestFailure, recordCount: number | null): GraphqlAnswer {
  const code = failure.status === 404 ? 'NOT_FOUND' : failure.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT'
  return graphqlError(failure.body.messages.join(' '), code, recordCount)
}

function graphqlError(message: string, code: string, recordCount: number | null = null, status = 200): GraphqlAnswer {
  return { status, body: { errors: [{ message, extensions: { code } }] }, recordCount }
}

/** Field names at the first level of the selection set that opens at `start` (just after its `{`). */
function topLevelSelection(query: string, start: number): string[] {
  const names: string[] = []
  let depth = 1
  for (const token of query.slice(start).matchAll(/[{}]|\w+/g)) {
    if (token[0] === '{') depth++
    else if (token[0] === '}') {
      if (--depth === 0) break
    } else if (depth === 1) names.push(token[0])
  }
  return names
}

function project(record: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => field in record).map((field) => [field, record[field]]))
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
