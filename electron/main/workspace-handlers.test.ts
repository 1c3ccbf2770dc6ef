// Every workspace channel through the real dispatch and handlers, a real test workspace on loopback, real
// files in a temp folder and an in-memory keychain: what the renderer would get, and that it never holds a key.
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startWorkspaceServer, type WorkspaceServer } from '../../e2e/workspace-server/workspace-server'
import { INVOKE_CHANNELS, type InvokeChannel } from '../../shared/ipc/channels'
import type { InvokeOutput } from '../../shared/ipc/contract'
import type { AppError, Result } from '../../shared/ipc/result'
import { createHandlers } from './handlers'
import { PushJobs } from './push/push-jobs'
import { DEFAULT_LIMITS } from './ingest/worker-protocol'
import { dispatch } from './ipc/dispatch'
import { CredentialStore } from './storage/credential-store'
import { FileJobs } from './files/file-jobs'
import { memoryCredentialStore, type MemoryKeychain } from './storage/memory-keychain.test-support'
import { RecentFiles } from './files/recent-files'
import {
  BUILT_WORKERS,
  closedPortUrl,
  JWT_KEY,
  PLAIN_KEY,
  startScriptedServer,
  WORKSPACE_MODEL,
} from './workspace/workspace.test-support'

const SECRETS = [JWT_KEY, PLAIN_KEY, ...JWT_KEY.split('.').slice(1)]
const WORKSPACE_CHANNELS = INVOKE_CHANNELS.filter((c) => c.startsWith('workspace:'))

interface Harness {
  readonly keychain: MemoryKeychain
  readonly dataDir: string
  /** Every reply, in order, as the renderer would receive it. */
  readonly replies: Result<unknown>[]
  readonly channels: Set<InvokeChannel>
  call<C extends InvokeChannel>(channel: C, input?: unknown): Promise<Result<InvokeOutput<C>>>
  /** The value of a reply that must succeed. */
  value<C extends InvokeChannel>(channel: C, input?: unknown): Promise<InvokeOutput<C>>
  /** The error of a reply that must fail. */
  failure(channel: InvokeChannel, input?: unknown): Promise<AppError>
}

async function harness(credentials?: CredentialStore, workspaceTimeoutMs = 2000): Promise<Harness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'preflight-workspace-ipc-'))
  const memory = memoryCredentialStore()
  const recent = new RecentFiles(dataDir)
  const jobs = new FileJobs({
    workerPath: '/nonexistent-worker.js',
    emit: () => undefined,
    limits: DEFAULT_LIMITS,
    recent,
  })
  const handlers = createHandlers({
    version: 'test',
    host: 'electron',
    pickFile: async () => null,
    pickSavePath: async () => null,
    pickDirectory: async () => null,
    parseWorkerPath: '/nonexistent-worker.js',
    pushes: new PushJobs({
      dataDir,
      credentials: credentials ?? memory.store,
      emit: () => undefined,
      workers: BUILT_WORKERS,
    }),
    jobs,
    recent,
    credentials: credentials ?? memory.store,
    dataDir,
    workspaceTimeoutMs,
  })
  const replies: Result<unknown>[] = []
  const channels = new Set<InvokeChannel>()
  const call = async <C extends InvokeChannel>(channel: C, input?: unknown) => {
    channels.add(channel)
    const reply = (await dispatch(handlers, channel, input)) as Result<InvokeOutput<C>>
    replies.push(reply)
    return reply
  }
  return {
    keychain: memory.keychain,
    dataDir,
    replies,
    channels,
    call,
    value: async (channel, input) => {
      const reply = await call(channel, input)
      if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.code} ${reply.error.message}`)
      return reply.value
    },
    failure: async (channel, input) => {
      const reply = await call(channel, input)
      if (reply.ok) throw new Error(`${channel} succeeded: ${JSON.stringify(reply.value)}`)
      return reply.error
    },
  }
}

function expectNoKey(replies: readonly Result<unknown>[]): void {
  expect(replies.length).toBeGreaterThan(0)
  const text = JSON.stringify(replies)
  for (const secret of SECRETS) expect(text).not.toContain(secret)
}

let server: WorkspaceServer
beforeAll(async () => {
  server = await startWorkspaceServer({ model: WORKSPACE_MODEL, apiKey: JWT_KEY })
})
afterAll(() => server.close())

describe('workspace channels', () => {
  it('connect a workspace end to end, and no reply ever holds the key', async () => {
    const h = await harness()
    expect(await h.value('workspace:list')).toEqual({ workspaces: [], keychainError: null })

    const { workspace } = await h.value('workspace:save', { name: 'Loopback', baseUrl: `${server.url}/` })
    expect(workspace).toMatchObject({
      name: 'Loopback',
      baseUrl: server.url,
      rateLimitPerMinute: 100,
      batchSize: 60,
      hasKey: false,
    })
    const ref = { workspaceId: workspace.id }

    expect(await h.value('workspace:model', ref)).toEqual({ model: null })
    expect((await h.failure('workspace:test', ref)).code).toBe('WORKSPACE_NO_KEY')

    expect((await h.value('workspace:set-key', { ...ref, apiKey: `  ${PLAIN_KEY}\n` })).workspace.hasKey).toBe(true)
    expect([...h.keychain.items.values()]).toEqual([PLAIN_KEY])
    const wrong = await h.failure('workspace:test', ref)
    expect(wrong.code).toBe('WORKSPACE_BAD_KEY')
    expect(wrong.message).toContain(new URL(server.url).host)

    await h.value('workspace:set-key', { ...ref, apiKey: JWT_KEY })
    const tested = await h.value('workspace:test', ref)
    expect(tested.objectCount).toBe(3)
    const summary = (await h.value('workspace:model', ref)).model
    expect(summary?.fetchedAt).toBe(tested.fetchedAt)
    expect(summary?.objects.map((o) => o.namePlural)).toEqual(['people', 'companies', 'opportunities'])
    expect(summary?.objects[0]).toMatchObject({ nameSingular: 'person', labelPlural: 'People', isCustom: false })
    // Relation targets looked up live: which company domains the workspace holds (read-only).
    server.seed('companies', [{ name: 'Acme', domainName: { primaryLinkUrl: 'https://acme.com' } }])
    const lookup = { ...ref, object: 'companies', field: 'domainName', subfield: 'primaryLinkUrl' }
    expect(
      await h.value('workspace:find-values', { ...lookup, values: ['https://acme.com', 'https://nowhere.io', 'a,b'] }),
    ).toEqual({ found: ['https://acme.com'], unasked: ['a,b'] })
    expect(
      (await h.failure('workspace:find-values', { ...lookup, field: 'name', subfield: null, values: ['Acme'] })).code,
    ).toBe('FIELD_NOT_UNIQUE')
    // The model in full, for mapping and checking against the workspace offline.
    const full = await h.value('workspace:data-model', ref)
    expect(full.fetchedAt).toBe(tested.fetchedAt)
    expect(
      full.model?.objects
        .find((o) => o.nameSingular === 'person')
        ?.fields.some((f) => f.name === 'segment' && f.isCustom),
    ).toBe(true)

    expect(await h.value('workspace:list')).toEqual({
      workspaces: [{ ...workspace, hasKey: true }],
      keychainError: null,
    })
    const renamed = await h.value('workspace:save', {
      id: workspace.id,
      name: 'Renamed',
      baseUrl: server.url,
      batchSize: 200,
    })
    expect(renamed.workspace).toEqual({ ...workspace, name: 'Renamed', batchSize: 200, hasKey: true })
    expect((await h.value('workspace:model', ref)).model).not.toBeNull()

    expect(await h.value('workspace:clear-key', ref)).toEqual({
      workspace: { ...renamed.workspace, hasKey: false },
      cleared: true,
    })
    expect((await h.value('workspace:clear-key', ref)).cleared).toBe(false)
    expect(h.keychain.items.size).toBe(0)
    expect((await h.value('workspace:model', ref)).model).not.toBeNull()

    await h.value('workspace:set-key', { ...ref, apiKey: JWT_KEY })
    const modelFile = join(h.dataDir, 'models', `${workspace.id}.json`)
    expect(existsSync(modelFile)).toBe(true)
    expect(await h.value('workspace:remove', ref)).toEqual({ workspaces: [], keychainError: null })
    expect(existsSync(modelFile)).toBe(false)
    expect(h.keychain.items.size).toBe(0)
    expect((await h.failure('workspace:test', ref)).code).toBe('WORKSPACE_UNKNOWN')
    expect((await h.failure('workspace:set-key', { ...ref, apiKey: JWT_KEY })).code).toBe('WORKSPACE_UNKNOWN')
    expect(h.keychain.items.size).toBe(0)

    expect([...h.channels].sort()).toEqual([...WORKSPACE_CHANNELS].sort())
    expectNoKey(h.replies)
  })

  it('drops the cached model when the address changes', async () => {
    const h = await harness()
    const ref = { workspaceId: (await h.value('workspace:save', { name: 'A', baseUrl: server.url })).workspace.id }
    await h.value('workspace:set-key', { ...ref, apiKey: JWT_KEY })
    await h.value('workspace:test', ref)
    await h.value('workspace:save', { id: ref.workspaceId, name: 'A', baseUrl: 'https://crm.example.com' })
    expect(await h.value('workspace:model', ref)).toEqual({ model: null })
    expectNoKey(h.replies)
  })

  it('refuses bad requests without echoing the key they carry', async () => {
    const h = await harness()
    const id = (await h.value('workspace:save', { name: 'A', baseUrl: server.url })).workspace.id
    const refusals = [
      await h.failure('workspace:set-key', { workspaceId: 'not-a-uuid', apiKey: JWT_KEY }),
      await h.failure('workspace:set-key', { workspaceId: id, apiKey: `${PLAIN_KEY}\nX-Other: 1` }),
      await h.failure('workspace:set-key', { workspaceId: id, apiKey: `${PLAIN_KEY} ${JWT_KEY}` }),
      await h.failure('workspace:set-key', { workspaceId: id, apiKey: JWT_KEY, extra: JWT_KEY }),
      await h.failure('workspace:save', { name: 'B', baseUrl: server.url, apiKey: JWT_KEY }),
      await h.failure('workspace:save', { name: 'B', baseUrl: `http://user:${PLAIN_KEY}@127.0.0.1:1` }),
      await h.failure('workspace:save', { name: 'B', baseUrl: `https://crm.example.com/?key=${PLAIN_KEY}` }),
      await h.failure('workspace:save', { name: 'B', baseUrl: 'ftp://crm.example.com' }),
      await h.failure('workspace:model', { workspaceId: '../workspaces' }),
      await h.failure('workspace:save', { id: '00000000-0000-4000-8000-000000000009', name: 'B', baseUrl: server.url }),
    ]
    expect(refusals.map((r) => r.code)).toEqual([...Array(9).fill('IPC_BAD_INPUT'), 'WORKSPACE_UNKNOWN'])
    expect(h.keychain.items.size).toBe(0)
    expectNoKey(h.replies)
  })

  it('classifies an unreachable, a slow and an echoing workspace, and keeps the key out of every reply', async () => {
    const h = await harness(undefined, 300)
    const closed = (await h.value('workspace:save', { name: 'Closed', baseUrl: await closedPortUrl() })).workspace
    await h.value('workspace:set-key', { workspaceId: closed.id, apiKey: JWT_KEY })
    const unreachable = await h.failure('workspace:test', { workspaceId: closed.id })
    expect(unreachable.code).toBe('WORKSPACE_UNREACHABLE')
    expect(unreachable.message).toContain(new URL(closed.baseUrl).host)

    const slow = await startWorkspaceServer({ model: WORKSPACE_MODEL, apiKey: JWT_KEY, faults: { latencyMs: 1500 } })
    const echo = await startScriptedServer((request) => ({
      status: 200,
      body: JSON.stringify({
        errors: [
          { message: `bad token in ${JSON.stringify(request.headers)}`, extensions: { code: 'UNAUTHENTICATED' } },
        ],
      }),
    }))
    try {
      for (const [url, code] of [
        [slow.url, 'WORKSPACE_UNREACHABLE'],
        [echo.url, 'WORKSPACE_BAD_KEY'],
      ] as const) {
        const workspace = (await h.value('workspace:save', { name: 'Other', baseUrl: url })).workspace
        await h.value('workspace:set-key', { workspaceId: workspace.id, apiKey: PLAIN_KEY })
        expect((await h.failure('workspace:test', { workspaceId: workspace.id })).code).toBe(code)
      }
      expect(echo.requests[0]?.headers.authorization).toBe(`Bearer ${PLAIN_KEY}`)
      expect(JSON.stringify(h.replies.at(-1))).toContain('[redacted]')
    } finally {
      await Promise.all([slow.close(), echo.close()])
    }
    expectNoKey(h.replies)
  })

  it('keeps profiles usable when the keychain is not', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const broken = new CredentialStore('Preflight', () => {
      throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')
    })
    const h = await harness(broken)
    const { workspace } = await h.value('workspace:save', { name: 'A', baseUrl: 'https://api.twenty.com' })
    expect(workspace.hasKey).toBe(false)
    const listed = await h.value('workspace:list')
    expect(listed.workspaces).toHaveLength(1)
    expect(listed.keychainError?.code).toBe('KEYCHAIN_UNAVAILABLE')
    expect(listed.keychainError?.message).toContain('D-Bus')
    const ref = { workspaceId: workspace.id }
    expect((await h.failure('workspace:set-key', { ...ref, apiKey: JWT_KEY })).code).toBe('KEYCHAIN_UNAVAILABLE')
    expect((await h.failure('workspace:test', ref)).code).toBe('KEYCHAIN_UNAVAILABLE')
    expect((await h.value('workspace:remove', ref)).workspaces).toEqual([])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not clear the key'))
    warn.mockRestore()
    expectNoKey(h.replies)
  })
})
