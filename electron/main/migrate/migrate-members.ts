// The workspace's members, for owner and assignee columns (contract 10.14): read with paced GETs of
// `/rest/workspaceMembers` (every page, each request taking a token from the workspace's pacer and riding out
// rate limits and 5xx like any other request), never written. The answer is checked with zod.
import { z } from 'zod'
import { WorkspaceMemberSchema, type WorkspaceMember } from '../../../shared/migrate/member-index'
import type { PushConnection } from '../push/sending/batch-request'
import { getJson } from '../push/planning/find-existing'
import { sendPaced } from '../push/pacing/paced-request'
import type { BackoffOptions } from '../push/pacing/pacer'
import { WorkspaceError } from '../workspace/workspace-errors'

const PAGE_SIZE = 200

const PageSchema = z.object({
  data: z.object({ workspaceMembers: z.array(WorkspaceMemberSchema) }),
  pageInfo: z.object({ hasNextPage: z.boolean().optional(), endCursor: z.string().nullish() }).optional(),
})

/** Every member of the workspace. Throws a WorkspaceError saying what the server answered when it cannot read them. */
export async function readWorkspaceMembers(
  connection: PushConnection,
  signal?: AbortSignal,
  backoff?: BackoffOptions,
): Promise<WorkspaceMember[]> {
  const members: WorkspaceMember[] = []
  let cursor: string | null = null
  do {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) })
    if (cursor !== null) query.set('starting_after', cursor)
    const path = `/rest/workspaceMembers?${query.toString()}`
    const failed = (error: WorkspaceError) =>
      new WorkspaceError(
        error.code,
        `Reading the workspace's members, to match owners and assignees, failed: ${error.message}`,
      )
    const answer = await sendPaced({ pacer: connection.pacer, signal, backoff }, () =>
      getJson(connection, path, signal),
    ).catch((error: unknown) => {
      throw error instanceof WorkspaceError ? failed(error) : error
    })
    // A 400 is as final here as any other refusal.
    if (answer.kind === 'refused') throw failed(answer.error)
    const page = PageSchema.safeParse(answer.body)
    if (!page.success)
      throw new WorkspaceError(
        'WORKSPACE_BAD_RESPONSE',
        `${connection.host} answered the list of workspace members, but not as Twenty does: owners and assignees cannot be matched.`,
      )
    members.push(...page.data.data.workspaceMembers)
    const found = page.data.data.workspaceMembers
    cursor = page.data.pageInfo?.hasNextPage && found.length > 0 ? (page.data.pageInfo.endCursor ?? null) : null
  } while (cursor !== null)
  return members
}
