// The writes of a rollback (contract 10.12, checked against Twenty's REST code): delete by filter
// (`DELETE /rest/{plural}?filter=id[in]:[...]`, at most 100 records a request), delete one by id, update one by id
// (`PATCH /rest/{plural}/{id}`), and restore one. Each goes through the workspace's pacer with the push's retries
// (paced-request.ts). Twenty's DELETE destroys unless `soft_delete=true` is given (its parser defaults to false; one
// version reads `softDelete`), so a soft delete names both. The restore route is `PATCH /rest/restore/{plural}/{id}`
// in some versions and `PATCH /rest/{plural}/{id}/restore` in others: the other path is a 400 (an invalid path)
// on each, so the first that is not one is remembered for the workspace. A server without the common API (a
// workspace flag until about October 2025) refuses REST soft deletes and restores ("Activate feature flag…"):
// GraphQL `delete<Plural>` / `restore<Plural>` with an id filter (same cap) do it there.
// Invariant: every message goes through workspace-errors' redaction, so no key leaves this file.
import { z } from 'zod'
import {
  graphqlFailure,
  httpFailure,
  quoteServer,
  serverMessage,
  unreachable,
  type WorkspaceError,
} from '../../workspace/workspace-errors'
import type { PushConnection } from '../sending/batch-request'
import { parseJson } from '../sending/batch-request'
import { sendPaced, type Retryable, type RetryPolicy } from '../pacing/paced-request'
import { workspaceKeyOf } from '../pacing/workspace-pacers'

/** A server without the common API refusing a REST mutation it only has behind the workspace flag. */
export const NO_COMMON_API = /activate feature flag/i

/** Twenty's MUTATION_MAXIMUM_AFFECTED_RECORDS: the most records one mutation by filter may touch. */
export const MAX_AFFECTED_PER_REQUEST = 100

export type MutationAnswer =
  | { readonly kind: 'done'; readonly body: unknown }
  /** 404: no such live record (or, for a form the server lacks, no such route). */
  | { readonly kind: 'not-found'; readonly message: string }
  /** 400: refused, with the server's words. */
  | { readonly kind: 'refused'; readonly message: string; readonly code: string | null }

type Answer = MutationAnswer | Retryable

/** One request, classified: a rate limit or 5xx is retried by sendPaced, 400 and 404 are the caller's to judge. */
async function mutate(
  connection: PushConnection,
  method: 'DELETE' | 'PATCH',
  path: string,
  body: unknown,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  const { host, key, timeoutMs } = connection
  const timeout = AbortSignal.timeout(timeoutMs)
  let status: number
  let text: string
  try {
    const response = await fetch(`${connection.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
      redirect: 'manual',
    })
    status = response.status
    text = await response.text()
  } catch (error) {
    signal?.throwIfAborted()
    return { kind: 'transient', error: unreachable(error, host, timeout.aborted, timeoutMs, key) }
  }
  const json = parseJson(text)
  if (status >= 200 && status < 300) return { kind: 'done', body: json }
  const error: WorkspaceError = httpFailure(status, json ?? text, host, null, key)
  if (error.code === 'WORKSPACE_RATE_LIMITED') return { kind: 'rate-limited', error }
  if (error.code === 'WORKSPACE_SERVER_ERROR') return { kind: 'transient', error }
  const said = quoteServer(serverMessage(json), key)
  if (status === 404) return { kind: 'not-found', message: said === '' ? `${host} answered HTTP 404.` : said }
  if (status === 400 && error.code === 'WORKSPACE_REJECTED') {
    const code =
      typeof json === 'object' && json !== null && typeof (json as { code?: unknown }).code === 'string'
        ? (json as { code: string }).code
        : null
    return { kind: 'refused', message: said === '' ? `${host} refused the request (HTTP 400).` : said, code }
  }
  return { kind: 'fatal', error }
}

const plural = (name: string): string => encodeURIComponent(name)

/** `notStarted` aborting while a request still waits for its first token gives it up unsent (its reason is thrown). */
const gate = (policy: RetryPolicy, notStarted: AbortSignal | undefined) => ({
  tokenSignal: notStarted ?? policy.signal,
})
const deleteQuery = (destroy: boolean): string =>
  destroy ? 'soft_delete=false&softDelete=false' : 'soft_delete=true&softDelete=true'

/** `DELETE /rest/{plural}?filter=id[in]:[...]` (soft, or a destroy), at most MAX_AFFECTED_PER_REQUEST ids. */
export function deleteByFilter(
  policy: RetryPolicy,
  connection: PushConnection,
  object: string,
  ids: readonly string[],
  destroy: boolean,
  notStarted?: AbortSignal,
): Promise<MutationAnswer> {
  const filter = encodeURIComponent(`id[in]:[${ids.join(',')}]`)
  return sendPaced(
    policy,
    () =>
      mutate(
        connection,
        'DELETE',
        `/rest/${plural(object)}?filter=${filter}&${deleteQuery(destroy)}`,
        undefined,
        policy.signal,
      ),
    gate(policy, notStarted),
  )
}

/** `DELETE /rest/{plural}/{id}` (soft, or a destroy). */
export function deleteOne(
  policy: RetryPolicy,
  connection: PushConnection,
  object: string,
  id: string,
  destroy: boolean,
  notStarted?: AbortSignal,
): Promise<MutationAnswer> {
  return sendPaced(
    policy,
    () =>
      mutate(
        connection,
        'DELETE',
        `/rest/${plural(object)}/${encodeURIComponent(id)}?${deleteQuery(destroy)}`,
        undefined,
        policy.signal,
      ),
    gate(policy, notStarted),
  )
}

/** `PATCH /rest/{plural}/{id}` with the values to set. */
export function updateOne(
  policy: RetryPolicy,
  connection: PushConnection,
  object: string,
  id: string,
  values: Readonly<Record<string, unknown>>,
  notStarted?: AbortSignal,
): Promise<MutationAnswer> {
  return sendPaced(
    policy,
    () => mutate(connection, 'PATCH', `/rest/${plural(object)}/${encodeURIComponent(id)}`, values, policy.signal),
    gate(policy, notStarted),
  )
}

export type RestoreRoute = 'restore-first' | 'restore-last'

const restoreRoutes = new Map<string, RestoreRoute>()
const ROUTES: readonly RestoreRoute[] = ['restore-first', 'restore-last']

function restorePath(route: RestoreRoute, object: string, id: string): string {
  return route === 'restore-first'
    ? `/rest/restore/${plural(object)}/${encodeURIComponent(id)}`
    : `/rest/${plural(object)}/${encodeURIComponent(id)}/restore`
}

// What a server answers for a path shape it does not route: its path parser's 400, or Nest's own 404.
const WRONG_PATH = /query path .* invalid|is not a valid uuid|cannot patch|not found/i

/** Restores a soft-deleted record, by whichever restore route the workspace has (remembered once one answers). */
export async function restoreOne(
  policy: RetryPolicy,
  connection: PushConnection,
  object: string,
  id: string,
  notStarted?: AbortSignal,
): Promise<MutationAnswer> {
  const known = restoreRoutes.get(workspaceKeyOf(connection.baseUrl))
  const order = known === undefined ? ROUTES : [known, ...ROUTES.filter((r) => r !== known)]
  let first: MutationAnswer | null = null
  for (const route of order) {
    const answer = await sendPaced(
      policy,
      () => mutate(connection, 'PATCH', restorePath(route, object, id), undefined, policy.signal),
      gate(policy, notStarted),
    )
    if (answer.kind === 'done') {
      restoreRoutes.set(workspaceKeyOf(connection.baseUrl), route)
      return answer
    }
    first ??= answer
    if (answer.kind === 'refused' && NO_COMMON_API.test(answer.message))
      return mutateByGraphql(policy, connection, 'restore', object, [id], notStarted)
    // A route the workspace is known to have answered: its refusal is about the record.
    if (known === route || !WRONG_PATH.test(answer.message)) return answer
  }
  return first!
}

const capitalize = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1)
const GraphqlErrorsSchema = z.object({
  errors: z
    .array(z.object({ message: z.string(), extensions: z.object({ code: z.unknown().optional() }).nullish() }))
    .min(1),
})

/**
 * GraphQL `delete<Plural>`, `destroy<Plural>` or `restore<Plural>` of the records with these ids (at most
 * MAX_AFFECTED_PER_REQUEST), for a server whose REST API lacks them. Ids are UUIDs, so they go inline.
 */
export function mutateByGraphql(
  policy: RetryPolicy,
  connection: PushConnection,
  verb: 'delete' | 'destroy' | 'restore',
  object: string,
  ids: readonly string[],
  notStarted?: AbortSignal,
): Promise<MutationAnswer> {
  const field = `${verb}${capitalize(object)}`
  const query = `mutation PreflightRollback { ${field}(filter: { id: { in: [${ids.map((id) => JSON.stringify(id)).join(', ')}] } }) { id } }`
  return sendPaced(policy, () => postGraphql(connection, query, policy.signal), gate(policy, notStarted))
}

async function postGraphql(
  connection: PushConnection,
  query: string,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  const { host, key, timeoutMs } = connection
  const timeout = AbortSignal.timeout(timeoutMs)
  let status: number
  let text: string
  try {
    const response = await fetch(`${connection.baseUrl}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
      signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
      redirect: 'manual',
    })
    status = response.status
    text = await response.text()
  } catch (error) {
    signal?.throwIfAborted()
    return { kind: 'transient', error: unreachable(error, host, timeout.aborted, timeoutMs, key) }
  }
  const json = parseJson(text)
  const errors = GraphqlErrorsSchema.safeParse(json)
  if (errors.success) {
    const error = graphqlFailure(errors.data.errors, host, key)
    if (error.code === 'WORKSPACE_RATE_LIMITED') return { kind: 'rate-limited', error }
    if (error.code === 'WORKSPACE_SERVER_ERROR') return { kind: 'transient', error }
    if (error.code === 'WORKSPACE_BAD_KEY' || error.code === 'WORKSPACE_PERMISSION') return { kind: 'fatal', error }
    // Anything else is about these records (or a server without the mutation): the caller's to judge.
    return {
      kind: 'refused',
      message: quoteServer(errors.data.errors.map((e) => e.message).join('; '), key),
      code: null,
    }
  }
  if (status >= 200 && status < 300) return { kind: 'done', body: json }
  const error = httpFailure(status, json ?? text, host, null, key)
  if (error.code === 'WORKSPACE_RATE_LIMITED') return { kind: 'rate-limited', error }
  if (error.code === 'WORKSPACE_SERVER_ERROR') return { kind: 'transient', error }
  return { kind: 'fatal', error }
}
