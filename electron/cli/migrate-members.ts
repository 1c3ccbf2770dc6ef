// The workspace's members, for owner and assignee columns (contract 10.14): read with paced GETs of
// `/rest/workspaceMembers` (every page, each request taking a token from the workspace's pacer and riding out
// rate limits and 5xx like any other request), never written. The answer is checked with zod.
import { z } from 'zod'
import { WorkspaceMemberSchema, type WorkspaceMember } from '../../shared/migrate/member-index'
import type { PushConnection } from '../main/push/batch-request'
import { sendPaced, type Retryable } from '../main/push/paced-request'
import type { BackoffOptions } from '../main/push/pacer'
import { httpFailure, unreachable, WorkspaceError } from '../main/services/workspace-errors'

const PAGE_SIZE = 200

const PageSchema = z.object({
  data: z.object({ workspaceMembers: z.array(WorkspaceMemberSchema) }),
  pageInfo: z.object({ hasNextPage: z.boolean().optional(), endCursor: z.string().nullish() }).optional(),
})

type Answer = { readonly kind: 'read'; readonly body: unknown } | Retryable

/** Every member of the workspace. Throws a WorkspaceError saying what the server answered when it cannot read them. */
export async function readWorkspaceMembers(connection: PushConnection, signal?: AbortSignal, backoff?: BackoffOptions): Promise<WorkspaceMember[]> {
  const members: WorkspaceMember[] = []
  let cursor: string | null = null
  do {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) })
    if (cursor !== null) query.set('starting_after', cursor)
    const path = `/rest/workspaceMembers?${query.toString()}`
    const answer = await sendPaced({ pacer: connection.pacer, signal, backoff }, () => get(connection, path, signal)).catch((error: unknown) => {
      if (!(error instanceof WorkspaceError)) throw error
      throw new WorkspaceError(error.code, `Reading the workspace's members, to match owners and assignees, failed: ${error.message}`)
    })
    const page = PageSchema.safeParse(answer.body)
    if (!page.success) throw new WorkspaceError('WORKSPACE_BAD_RESPONSE', `${connection.host} answered the list of workspace members, but not as Twenty does: owners and assignees cannot be matched.`)
    members.push(...page.data.data.workspaceMembers)
    const found = page.data.data.workspaceMembers
    cursor = page.data.pageInfo?.hasNextPage && found.length > 0 ? (page.data.pageInfo.endCursor ?? null) : null
  } while (cursor !== null)
  return members
}

async function get(connection: PushConnection, path: string, signal: AbortSignal | undefined): Promise<Answer> {
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
  if (error.code === 'WORKSPACE_RATE_LIMITED') return { kind: 'rate-limited', error }
  if (error.code === 'WORKSPACE_SERVER_ERROR') return { kind: 'transient', error }
  return { kind: 'fatal', error }
}
