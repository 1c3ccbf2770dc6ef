// Runs against a real Secret Service (gnome-keyring in a private D-Bus session): `npm run test:keychain`.
import { randomUUID } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { InvokeChannel } from '../../../shared/ipc/channels'
import type { InvokeInput, InvokeOutput } from '../../../shared/ipc/contract'
import { startWorkspaceServer } from '../../../e2e/workspace-server/workspace-server'
import { createHandlers } from '../handlers'
import { PushJobs } from '../push/push-jobs'
import { DEFAULT_LIMITS } from '../ingest/worker-protocol'
import { dispatch } from '../ipc/dispatch'
import { CredentialStore } from './credential-store'
import { FileJobs } from '../files/file-jobs'
import { RecentFiles } from '../files/recent-files'
import { BUILT_WORKERS, JWT_KEY, WORKSPACE_MODEL } from '../workspace/workspace.test-support'

const service = `Preflight-test-${randomUUID()}`
const store = new CredentialStore(service)
const workspace = `workspace-${randomUUID()}`

afterEach(async () => {
  await store.clearKey(workspace)
})

describe('CredentialStore against the OS keychain', () => {
  it('stores, reads, replaces and clears a key', async () => {
    expect(await store.hasKey(workspace)).toBe(false)
    await store.setKey(workspace, 'eyJhbGciOiJIUzI1NiJ9.first')
    expect(await store.readKey(workspace)).toBe('eyJhbGciOiJIUzI1NiJ9.first')
    expect(await store.hasKey(workspace)).toBe(true)
    await store.setKey(workspace, '  eyJhbGciOiJIUzI1NiJ9.second  ')
    expect(await store.readKey(workspace)).toBe('eyJhbGciOiJIUzI1NiJ9.second')
    expect(await store.clearKey(workspace)).toBe(true)
    expect(await store.readKey(workspace)).toBeNull()
    expect(await store.clearKey(workspace)).toBe(false)
  })

  it('keeps one item per workspace', async () => {
    const other = `${workspace}-other`
    await store.setKey(workspace, 'key-a')
    await store.setKey(other, 'key-b')
    expect(await store.readKey(workspace)).toBe('key-a')
    expect(await store.readKey(other)).toBe('key-b')
    await store.clearKey(other)
    expect(await store.readKey(workspace)).toBe('key-a')
  })

  it('really lands in the Secret Service, not in a process-local fallback', async () => {
    await store.setKey(workspace, 'visible-to-secret-tool')
    const found = execFileSync('secret-tool', ['lookup', 'service', service, 'account', workspace]).toString()
    expect(found).toBe('visible-to-secret-tool')
  })

  it('refuses an empty key', async () => {
    await expect(store.setKey(workspace, '   ')).rejects.toThrow(/empty/)
  })
})

describe('workspace channels over the OS keychain', () => {
  it('keep the key in the Secret Service, use it to read the model, and never send it back', async () => {
    const server = await startWorkspaceServer({ model: WORKSPACE_MODEL, apiKey: JWT_KEY })
    const dataDir = await mkdtemp(join(tmpdir(), 'preflight-keychain-workspaces-'))
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
      jobs,
      parseWorkerPath: '/nonexistent-worker.js',
      pushes: new PushJobs({ dataDir, credentials: store, emit: () => undefined, workers: BUILT_WORKERS }),
      recent,
      credentials: store,
      dataDir,
    })
    const replies: unknown[] = []
    const call = async <C extends InvokeChannel>(channel: C, input: InvokeInput<C>): Promise<InvokeOutput<C>> => {
      const reply = await dispatch(handlers, channel, input)
      replies.push(reply)
      if (!reply.ok) throw new Error(`${channel}: ${reply.error.code} ${reply.error.message}`)
      return reply.value as InvokeOutput<C>
    }
    try {
      const { workspace } = await call('workspace:save', { name: 'Keychain', baseUrl: server.url })
      const ref = { workspaceId: workspace.id }
      await call('workspace:set-key', { ...ref, apiKey: JWT_KEY })
      const found = execFileSync('secret-tool', ['lookup', 'service', service, 'account', ref.workspaceId]).toString()
      expect(found).toBe(JWT_KEY)
      expect(await call('workspace:test', ref)).toMatchObject({ objectCount: 3 })
      expect((await call('workspace:list', {})).workspaces[0]?.hasKey).toBe(true)
      await call('workspace:remove', ref)
      expect(await store.readKey(ref.workspaceId)).toBeNull()
      expect(JSON.stringify(replies)).not.toContain(JWT_KEY)
    } finally {
      await server.close()
    }
  })
})
