// Reading a workspace's members for owner columns: every page of GET /rest/workspaceMembers (the test workspace
// clamps a page to 200), a 5xx retried, and a workspace that cannot answer named in the error.
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startWorkspaceServer, type WorkspaceServer } from '../../../e2e/workspace-server/workspace-server'
import { connectForPush } from '../push/sending/batch-request'
import { memoryCredentialStore } from '../storage/memory-keychain.test-support'
import { PLAIN_KEY, profileAt, WORKSPACE_MODEL } from '../workspace/workspace.test-support'
import { readWorkspaceMembers } from './migrate-members'

const MODEL_PATH = join(resolve(__dirname, '../../..'), 'e2e/data/migrate/workspace-model.json')
let server: WorkspaceServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function connect(model: unknown) {
  server = await startWorkspaceServer({ model, apiKey: PLAIN_KEY, rateLimitPerMinute: 100_000 })
  const profile = profileAt(server.url)
  const { store } = memoryCredentialStore()
  await store.setKey(profile.id, PLAIN_KEY)
  return { s: server, connection: await connectForPush(profile, store, { timeoutMs: 5_000, ratePerMinute: 60_000 }) }
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

describe('readWorkspaceMembers', () => {
  it('reads every page of members, retrying a server error', async () => {
    const { s, connection } = await connect(JSON.parse(await readFile(MODEL_PATH, 'utf8')))
    s.seed(
      'workspaceMembers',
      Array.from({ length: 450 }, (_, i) => ({
        id: uuid(i + 1),
        name: { firstName: `First${i}`, lastName: `Last${i}` },
        userEmail: `m${i}@example.com`,
        userId: uuid(10_000 + i),
      })),
    )
    s.setFaults({ failNext: 1 })
    const members = await readWorkspaceMembers(connection, undefined, { baseMs: 5, maxMs: 20 })
    expect(members).toHaveLength(450)
    expect(new Set(members.map((m) => m.id)).size).toBe(450)
    expect(members[449]).toMatchObject({
      userEmail: 'm449@example.com',
      name: { firstName: 'First449', lastName: 'Last449' },
    })
    const gets = s.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/rest/workspaceMembers'))
    expect(gets.map((r) => r.status)).toEqual([500, 200, 200, 200])
  })

  it('says what failed when the workspace cannot list its members', async () => {
    const { connection } = await connect(WORKSPACE_MODEL)
    await expect(readWorkspaceMembers(connection)).rejects.toThrow(
      /^Reading the workspace's members, to match owners and assignees, failed: /,
    )
  })
})
