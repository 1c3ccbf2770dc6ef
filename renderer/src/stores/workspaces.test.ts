import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { WorkspaceSummary } from '../../../shared/workspace/workspace-profile'
import { FakeApi } from './fake-api.test-support'
import { useWorkspacesStore } from './workspaces'

const ID = '0b9f6c2e-8d5a-4f1e-9c3b-2a7d4e6f8a10'
const summary = (changes: Partial<WorkspaceSummary> = {}): WorkspaceSummary => ({
  id: ID,
  name: 'Acme',
  baseUrl: 'https://crm.example.com',
  rateLimitPerMinute: 100,
  batchSize: 60,
  createdAt: '2026-01-01T00:00:00.000Z',
  hasKey: false,
  ...changes,
})

let api: FakeApi

beforeEach(() => {
  api = new FakeApi()
  ;(globalThis as { window?: unknown }).window = { api }
  setActivePinia(createPinia())
})

describe('useWorkspacesStore', () => {
  it('opens with the saved list and the keychain error', async () => {
    const keychainError = { code: 'KEYCHAIN_UNAVAILABLE', message: 'No Secret Service' }
    api.answer('workspace:list', () => ({ ok: true, value: { workspaces: [summary()], keychainError } }))
    const store = useWorkspacesStore()
    await store.open()
    expect(store.isOpen).toBe(true)
    expect(store.workspaces).toHaveLength(1)
    expect(store.keychainError).toEqual(keychainError)
  })

  it('sends a key to main and keeps only whether one is stored', async () => {
    api.answer('workspace:save', () => ({ ok: true, value: { workspace: summary() } }))
    api.answer('workspace:set-key', () => ({ ok: true, value: { workspace: summary({ hasKey: true }) } }))
    const store = useWorkspacesStore()
    await store.save({ name: 'Acme', baseUrl: 'https://crm.example.com', rateLimitPerMinute: 100, batchSize: 60 })
    expect(store.selectedId).toBe(ID)
    expect(await store.setKey(ID, 'secret-key-1')).toBe(true)
    expect(api.calls.at(-1)).toEqual({
      channel: 'workspace:set-key',
      input: { workspaceId: ID, apiKey: 'secret-key-1' },
    })
    expect(store.selected?.hasKey).toBe(true)
    expect(JSON.stringify(store.$state)).not.toContain('secret-key-1')
  })

  it('records a failed test by code, and a new key forgets it', async () => {
    api.answer('workspace:save', () => ({ ok: true, value: { workspace: summary({ hasKey: true }) } }))
    api.answer('workspace:test', () => ({ ok: false, error: { code: 'WORKSPACE_BAD_KEY', message: 'refused' } }))
    api.answer('workspace:set-key', () => ({ ok: true, value: { workspace: summary({ hasKey: true }) } }))
    const store = useWorkspacesStore()
    await store.save({ name: 'Acme', baseUrl: 'https://crm.example.com', rateLimitPerMinute: 100, batchSize: 60 })
    await store.test(ID)
    expect(store.statuses[ID]).toEqual({ kind: 'failed', error: { code: 'WORKSPACE_BAD_KEY', message: 'refused' } })
    await store.setKey(ID, 'another-key')
    expect(store.statuses[ID]).toBeUndefined()
  })

  it('removes a workspace and takes the list main answers with', async () => {
    api.answer('workspace:save', () => ({ ok: true, value: { workspace: summary() } }))
    api.answer('workspace:remove', () => ({ ok: true, value: { workspaces: [], keychainError: null } }))
    const store = useWorkspacesStore()
    await store.save({ name: 'Acme', baseUrl: 'https://crm.example.com', rateLimitPerMinute: 100, batchSize: 60 })
    expect(await store.remove(ID)).toBe(true)
    expect(store.workspaces).toEqual([])
    expect(store.selectedId).toBeNull()
  })
})
