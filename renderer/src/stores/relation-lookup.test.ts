import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { beforeEach, describe, expect, it } from 'vitest'
import { relationSlot } from '../../../shared/check/project-relations'
import { FakeApi } from './fake-api.test-support'
import { useRelationLookupStore } from './relation-lookup'
import { useTargetStore } from './target'
import { useWorkspacesStore } from './workspaces'

const ID = '0b9f6c2e-8d5a-4f1e-9c3b-2a7d4e6f8a10'
const KEY = { object: 'company', field: 'domainName', subfield: 'primaryLinkUrl' }
const SLOT = relationSlot(KEY)

let api: FakeApi
beforeEach(() => {
  api = new FakeApi()
  ;(globalThis as { window?: unknown }).window = { api }
  setActivePinia(createPinia())
})

async function connected() {
  api.answer('workspace:list', () => ({
    ok: true,
    value: {
      workspaces: [
        {
          id: ID,
          name: 'Acme CRM',
          baseUrl: 'https://crm.example.com',
          rateLimitPerMinute: 100,
          batchSize: 60,
          createdAt: '2026-01-01T00:00:00.000Z',
          hasKey: true,
        },
      ],
      keychainError: null,
    },
  }))
  api.answer('workspace:data-model', () => ({ ok: true, value: { model: null, fetchedAt: null } }))
  await useWorkspacesStore().load()
  useTargetStore().workspaceId = ID
  await nextTick()
}

describe('useRelationLookupStore', () => {
  it('asks each value once, never again for one the workspace cannot be asked exactly, and says what it found', async () => {
    await connected()
    api.answer('workspace:find-values', (input) => {
      const { values } = input as { values: string[] }
      return {
        ok: true,
        value: {
          found: values.filter((v) => v === 'https://acme.com'),
          unasked: values.filter((v) => v.includes(',')),
        },
      }
    })
    const lookup = useRelationLookupStore()
    const wanted = new Map([[SLOT, { key: KEY, values: new Set(['https://acme.com', 'https://nowhere.io', 'a,b']) }]])
    await lookup.ask(wanted)
    const answer = lookup.answerFor(SLOT)!
    expect(answer.name).toBe('Acme CRM')
    expect([...answer.asked].sort()).toEqual(['https://acme.com', 'https://nowhere.io'])
    expect([...answer.found]).toEqual(['https://acme.com'])
    const requests = api.calls.filter((c) => c.channel === 'workspace:find-values').length
    // The same values again, the unaskable one included: no request, and no new answer to re-check for.
    const before = lookup.version
    await lookup.ask(wanted)
    expect(api.calls.filter((c) => c.channel === 'workspace:find-values').length).toBe(requests)
    expect(lookup.version).toBe(before)
  })

  it('reports a failed lookup once and stops asking until the workspace changes', async () => {
    await connected()
    api.answer('workspace:find-values', () => ({
      ok: false,
      error: { code: 'WORKSPACE_UNREACHABLE', message: 'crm.example.com cannot be reached.' },
    }))
    const lookup = useRelationLookupStore()
    const wanted = new Map([[SLOT, { key: KEY, values: new Set(['https://acme.com']) }]])
    await lookup.ask(wanted)
    expect(lookup.error).toBe('crm.example.com cannot be reached.')
    await lookup.ask(wanted)
    expect(api.calls.filter((c) => c.channel === 'workspace:find-values')).toHaveLength(1)
    useTargetStore().workspaceId = null
    await nextTick()
    expect(lookup.error).toBeNull()
    expect(lookup.answerFor(SLOT)).toBeNull()
  })
})
