// Which API a workspace upserts through, and the GraphQL one. `POST /rest/batch/{plural}?upsert=true` is honoured
// only by servers from about October 2025 (contract 10.2); older ones ignore `upsert` and answer 400 "Record already
// exists" for an id they hold (and a unique collision as a database error). Such a workspace is remembered for the
// process (the cost of learning it again is one refused request per run) and written to through GraphQL
// `create<Plural>(data: $data, upsert: true)` (since mid-2024), whose answers map to the same BatchAnswer kinds.
// Invariant: every message goes through workspace-errors' redaction; the GraphQL path takes its tokens like REST.
import { z } from 'zod'
import { UuidSchema } from '../../../../shared/twenty-format/api-shapes'
import { graphqlFailure, httpFailure, quoteServer, unreachable, WorkspaceError } from '../../workspace/workspace-errors'
import { batchIdsOf, parseJson, type BatchAnswer, type PushConnection } from './batch-request'
import { sendPaced, type Retryable, type RetryPolicy } from '../pacing/paced-request'
import { workspaceKeyOf } from '../pacing/workspace-pacers'

export type UpsertApi = 'rest' | 'graphql'

/**
 * An old server's answers to a REST upsert: "Record already exists" for an id it holds (conclusive: a current server
 * upserts it), and Postgres' own words for a unique collision (a current server matches the record instead, or
 * words a clash its own way). Either sends the workspace to GraphQL, which upserts on current servers too.
 */
export const OLD_SERVER_ANSWER = /record already exists|duplicate key value violates unique constraint/i

const apis = new Map<string, UpsertApi>()
const singulars = new Map<string, Promise<ReadonlyMap<string, string>>>()

/** 'rest' until the workspace has answered like a server older than the REST upsert. */
export function upsertApiOf(baseUrl: string): UpsertApi {
  return apis.get(workspaceKeyOf(baseUrl)) ?? 'rest'
}

export function rememberUpsertApi(baseUrl: string, api: UpsertApi): void {
  apis.set(workspaceKeyOf(baseUrl), api)
}

const GraphqlErrorsSchema = z.object({
  errors: z
    .array(z.object({ message: z.string(), extensions: z.object({ code: z.unknown().optional() }).nullish() }))
    .min(1),
})
const CreatedSchema = z.object({ data: z.record(z.string(), z.array(z.looseObject({ id: UuidSchema })).nullable()) })
const ObjectNamesSchema = z.object({
  data: z.object({
    objects: z.object({
      edges: z.array(z.object({ node: z.object({ nameSingular: z.string(), namePlural: z.string() }) })),
    }),
  }),
})

const TOO_MANY = /maximum number of records to (?:upsert|create|update) is (\d+)/i
const RATE_LIMIT = /limit reached|too many requests|rate limit/i
const PERMISSION = /does not have permission|forbidden resource|permission denied|not allowed/i
// The server lacks the mutation or the input type: nothing about the records, so bisecting would not help.
const SCHEMA_MISMATCH = /Cannot query field "create\w*" on type "Mutation"|Unknown type "\w*CreateInput"/

const capitalize = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1)

/** Sends `records` once through GraphQL `create<Plural>(data, upsert: true)`. Rejects only with the abort reason. */
export async function postGraphqlBatch(
  connection: PushConnection,
  names: { readonly singular: string; readonly plural: string },
  records: readonly Record<string, unknown>[],
  signal?: AbortSignal,
): Promise<BatchAnswer> {
  const mutation = `create${capitalize(names.plural)}`
  const query = `mutation PreflightUpsert($data: [${capitalize(names.singular)}CreateInput!]!) { ${mutation}(data: $data, upsert: true) { id } }`
  const reply = await postJson(connection, '/graphql', { query, variables: { data: records } }, signal)
  if (reply.kind !== 'answered') return reply
  const { status, body } = reply
  const errors = GraphqlErrorsSchema.safeParse(body)
  if (errors.success) return classifyGraphqlErrors(connection, errors.data.errors)
  if (status < 200 || status >= 300)
    return classifyHttp(httpFailure(status, body ?? reply.text, connection.host, null, connection.key))
  const created = CreatedSchema.safeParse(body)
  const list = created.success ? created.data.data[mutation] : undefined
  if (list == null) {
    return {
      kind: 'fatal',
      error: new WorkspaceError(
        'WORKSPACE_BAD_RESPONSE',
        `${connection.host} answered a GraphQL batch write, but not as Twenty does.`,
      ),
    }
  }
  return {
    kind: 'landed',
    count: list.length,
    ids: batchIdsOf(
      records,
      list.map((r) => r.id),
    ),
  }
}

function classifyGraphqlErrors(
  connection: PushConnection,
  errors: readonly z.infer<typeof GraphqlErrorsSchema>['errors'][number][],
): BatchAnswer {
  const said = quoteServer(errors.map((e) => e.message).join('; '), connection.key)
  const codes = errors.map((e) => e.extensions?.code)
  const tooMany = TOO_MANY.exec(said)
  if (tooMany !== null || codes.includes('TOO_MANY_RECORDS_TO_UPDATE'))
    return { kind: 'too-many', max: tooMany ? Number(tooMany[1]) : null }
  if (RATE_LIMIT.test(said) || codes.includes('LIMIT_REACHED'))
    return classifyHttp(httpFailure(429, { messages: [said] }, connection.host, null, connection.key))
  if (
    codes.includes('UNAUTHENTICATED') ||
    codes.includes('FORBIDDEN') ||
    codes.includes('INTERNAL_SERVER_ERROR') ||
    PERMISSION.test(said)
  ) {
    return classifyHttp(graphqlFailure(errors, connection.host, connection.key))
  }
  if (SCHEMA_MISMATCH.test(said)) {
    return {
      kind: 'fatal',
      error: new WorkspaceError(
        'WORKSPACE_REJECTED',
        `${connection.host} has no GraphQL batch write for this object: ${said} Test the connection to refresh its data model.`,
      ),
    }
  }
  return { kind: 'rejected', message: said === '' ? `${connection.host} refused the record.` : said }
}

function classifyHttp(error: WorkspaceError): Retryable {
  switch (error.code) {
    case 'WORKSPACE_RATE_LIMITED':
      return { kind: 'rate-limited', error }
    case 'WORKSPACE_SERVER_ERROR':
      return { kind: 'transient', error }
    default:
      return { kind: 'fatal', error }
  }
}

/**
 * The singular name of the object `plural` names (the GraphQL input type needs it), read once per workspace and
 * process from the data model (`POST /metadata`), through the workspace's pacer.
 */
export async function singularOf(connection: PushConnection, policy: RetryPolicy, plural: string): Promise<string> {
  const key = workspaceKeyOf(connection.baseUrl)
  let names = singulars.get(key)
  if (names === undefined) {
    names = readObjectNames(connection, policy)
    singulars.set(key, names)
    names.catch(() => singulars.delete(key))
  }
  const singular = (await names).get(plural)
  if (singular === undefined) {
    throw new WorkspaceError(
      'WORKSPACE_REJECTED',
      `${connection.host} has no object "${plural}". Test the connection to refresh its data model.`,
    )
  }
  return singular
}

async function readObjectNames(connection: PushConnection, policy: RetryPolicy): Promise<ReadonlyMap<string, string>> {
  const query =
    'query PreflightObjectNames { objects(paging: { first: 1000 }) { edges { node { nameSingular namePlural } } } }'
  const answer = await sendPaced(policy, async () => {
    const reply = await postJson(connection, '/metadata', { query }, policy.signal)
    if (reply.kind !== 'answered') return reply
    const errors = GraphqlErrorsSchema.safeParse(reply.body)
    if (errors.success) return classifyHttp(graphqlFailure(errors.data.errors, connection.host, connection.key))
    if (reply.status < 200 || reply.status >= 300)
      return classifyHttp(httpFailure(reply.status, reply.body ?? reply.text, connection.host, null, connection.key))
    return { kind: 'read' as const, body: reply.body }
  })
  const parsed = ObjectNamesSchema.safeParse(answer.body)
  if (!parsed.success)
    throw new WorkspaceError('WORKSPACE_BAD_RESPONSE', `${connection.host} answered, but not with a Twenty data model.`)
  return new Map(parsed.data.data.objects.edges.map(({ node }) => [node.namePlural, node.nameSingular]))
}

type JsonReply =
  | { readonly kind: 'answered'; readonly status: number; readonly body: unknown; readonly text: string }
  | Extract<BatchAnswer, { kind: 'transient' }>

async function postJson(
  connection: PushConnection,
  path: string,
  payload: unknown,
  signal: AbortSignal | undefined,
): Promise<JsonReply> {
  const { host, key, timeoutMs } = connection
  const timeout = AbortSignal.timeout(timeoutMs)
  try {
    const response = await fetch(`${connection.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
      signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
      redirect: 'manual',
    })
    const text = await response.text()
    return { kind: 'answered', status: response.status, body: parseJson(text), text }
  } catch (error) {
    signal?.throwIfAborted()
    return { kind: 'transient', error: unreachable(error, host, timeout.aborted, timeoutMs, key) }
  }
}
