import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { InlineCheckWorker } from './check-worker.test-support'
import { FakeApi } from './fake-api.test-support'
import { useOpenFileStore } from './open-file'
import { serveFiles, settle } from './open-table.test-support'
import { usePushStore } from './push'
import { useTargetStore } from './target'

const WORKSPACE = '0b9f6c2e-8d5a-4f1e-9c3b-2a7d4e6f8a10'
const counts = (deleted: number) => ({ deleted, restored: 1, skipped: 0, failed: 0, notes: [], setAside: null })

let api: FakeApi

beforeEach(() => {
  api = new FakeApi()
  serveFiles(
    api,
    new Map([
      ['/data/people.csv', [['Name'], ['Ana']]],
      ['/data/companies.csv', [['Company'], ['Acme']]],
    ]),
  )
  api.answer('push:undo', (input) => ({ ok: true, value: { jobId: (input as { jobId: string }).jobId } }))
  api.answer('workspace:data-model', () => ({ ok: true, value: { model: null, fetchedAt: null } }))
  ;(globalThis as { window?: unknown }).window = { api }
  // The push store reads the check: it runs on the stand-in thread.
  vi.stubGlobal('Worker', InlineCheckWorker)
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.unstubAllGlobals()
})

async function pushStore(): Promise<ReturnType<typeof usePushStore>> {
  const push = usePushStore()
  useTargetStore().workspaceId = WORKSPACE
  await useOpenFileStore().open('/data/people.csv')
  await settle()
  return push
}

const lastUndo = () =>
  api.calls.filter((c) => c.channel === 'push:undo').at(-1)!.input as {
    jobId: string
    dryRun: boolean
    journal: unknown
    object: string
  }

describe('undoing a push from the push store', () => {
  it('says what undoing would do, then undoes it and forgets the push', async () => {
    const push = await pushStore()
    await push.planUndo()
    expect(push.undoPhase).toBe('planning')
    const planning = lastUndo()
    expect(planning).toMatchObject({
      workspaceId: WORKSPACE,
      object: 'people',
      dryRun: true,
      journal: { sourcePath: '/data/people.csv' },
    })

    api.emit('push:undo-progress', { jobId: planning.jobId, done: 1, total: 3 })
    expect(push.undoProgress).toEqual({ done: 1, total: 3 })
    api.emit('push:undo-done', { jobId: planning.jobId, dryRun: true, stopped: null, error: null, result: counts(2) })
    expect(push.undoPhase).toBe('planned')
    expect(push.undoPlan).toEqual(counts(2))

    push.phase = 'done'
    await push.undo()
    const undoing = lastUndo()
    expect(undoing.dryRun).toBe(false)
    expect(push.undoPhase).toBe('undoing')
    // Another job's end changes nothing.
    api.emit('push:undo-done', { jobId: planning.jobId, dryRun: false, stopped: null, error: null, result: counts(9) })
    expect(push.undoPhase).toBe('undoing')
    api.emit('push:undo-done', { jobId: undoing.jobId, dryRun: false, stopped: null, error: null, result: counts(2) })
    expect(push.undoPhase).toBe('done')
    expect(push.undoResult).toEqual(counts(2))
    expect(push.phase).toBe('idle')
    expect(push.plan).toBeNull()
  })

  it('shows why an undo stopped, and keeps the push when the user keeps it', async () => {
    const push = await pushStore()
    await push.planUndo()
    api.emit('push:undo-done', {
      jobId: lastUndo().jobId,
      dryRun: true,
      stopped: 'error',
      error: { code: 'HTTP_500', message: 'the workspace failed' },
      result: null,
    })
    expect(push.undoPhase).toBe('idle')
    expect(push.error).toBe('the workspace failed')

    await push.planUndo()
    expect(push.error).toBeNull()
    api.emit('push:undo-done', { jobId: lastUndo().jobId, dryRun: true, stopped: null, error: null, result: counts(1) })
    push.keepPush()
    expect(push.undoPhase).toBe('idle')
    expect(push.undoPlan).toBeNull()
  })

  it('starts from "Undo this push" again when another file opens', async () => {
    const push = await pushStore()
    await push.planUndo()
    api.emit('push:undo-done', { jobId: lastUndo().jobId, dryRun: true, stopped: null, error: null, result: counts(1) })
    await useOpenFileStore().open('/data/companies.csv')
    await settle()
    await nextTick()
    expect(push.undoPhase).toBe('idle')
    expect(push.undoPlan).toBeNull()
  })

  it('does nothing without a workspace', async () => {
    const push = await pushStore()
    useTargetStore().workspaceId = null
    await push.planUndo()
    expect(api.calls.map((c) => c.channel)).not.toContain('push:undo')
    expect(push.undoPhase).toBe('idle')
  })
})
