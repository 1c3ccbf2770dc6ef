import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CELL_ERROR, CELL_OK } from '../../../shared/check/check-table'
import { InlineCheckWorker } from './check-worker.test-support'
import { useEditsStore } from './edits'
import { FakeApi } from './fake-api.test-support'
import { useMappingStore } from './mapping'
import { useOpenFileStore } from './open-file'
import { serveFiles, settle, waitFor, type FileRows } from './open-table.test-support'
import { useCheckStore } from './check'

const PEOPLE: FileRows = [
  ['First Name', 'Email'],
  ['Ana', 'ana-at-example.com'],
  ['Bruno', 'bruno@example.com'],
  ['Carla', 'carla@@example'],
]
const EMAIL = 1

let api: FakeApi

beforeEach(() => {
  api = new FakeApi()
  serveFiles(api, new Map([['/data/people.csv', PEOPLE]]))
  ;(globalThis as { window?: unknown }).window = { api }
  vi.stubGlobal('Worker', InlineCheckWorker)
  InlineCheckWorker.started = 0
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.unstubAllGlobals()
})

async function checked(): Promise<ReturnType<typeof useCheckStore>> {
  const checker = useCheckStore()
  await useOpenFileStore().open('/data/people.csv')
  await settle()
  await waitFor(() => checker.status === 'done')
  return checker
}

describe('useCheckStore', () => {
  it('checks each mapped column once the file has loaded, with a state and a message per cell', async () => {
    const checker = await checked()
    expect(useMappingStore().effectiveColumns()).toMatchObject({ Email: 'emails.primaryEmail' })
    expect(checker.check!.columns.map((c) => c.mapped.name)).toEqual(checker.mapped.map((m) => m.name))
    expect(checker.mapped.map((m) => m.name)).toContain('Email')
    expect([0, 1, 2].map((row) => checker.stateOf(row, EMAIL))).toEqual([CELL_ERROR, CELL_OK, CELL_ERROR])
    expect(checker.messageOf(0, EMAIL)).toBeTruthy()
    expect(checker.messageOf(1, EMAIL)).toBeUndefined()
    expect(checker.receivedOf(1, EMAIL)?.result.value).toBe('bruno@example.com')
  })

  it('counts issues by column and code, and filters the grid to the rows behind a count', async () => {
    const checker = await checked()
    const summary = checker.summary!
    expect(summary.errors).toBe(2)
    expect(summary.rowsWithErrors).toBe(2)
    const email = summary.columns.find((c) => c.name === 'Email')!
    expect(email.errors).toBe(2)
    expect(email.counts).toHaveLength(1)
    expect(email.counts[0]).toMatchObject({ severity: 'error', count: 2 })

    checker.showErrorRows()
    expect([...checker.filter!.rows]).toEqual([0, 2])
    checker.clearFilter()
    checker.showIssue(email.mapped, email.counts[0]!.code)
    expect([...checker.filter!.rows]).toEqual([0, 2])
    expect(checker.nextIssue(0, 1)).toBe(2)
  })

  it('rechecks the cells an edit changed at once, then checks the whole file again', async () => {
    const checker = await checked()
    const runs = InlineCheckWorker.started
    const step = useEditsStore().perform({
      op: 'set-cells',
      cells: [{ column: 'c1', rows: [0], values: ['ana@example.com'] }],
    })!
    checker.recheckStep(step)
    expect(checker.stateOf(0, EMAIL)).toBe(CELL_OK)
    expect(checker.stateOf(2, EMAIL)).toBe(CELL_ERROR)

    await settle()
    expect(checker.status).toBe('checking')
    await waitFor(() => checker.status === 'done')
    expect(InlineCheckWorker.started).toBe(runs + 1)
    expect(checker.summary!.errors).toBe(1)
    expect(checker.summary!.rowsWithErrors).toBe(1)
    expect(checker.receivedOf(0, EMAIL)?.result.value).toBe('ana@example.com')
  })

  it('checks again when the mapping changes, and is idle with nothing mapped', async () => {
    const checker = await checked()
    const mapping = useMappingStore()
    mapping.choose(EMAIL, null)
    await settle()
    await waitFor(() => checker.status !== 'checking')
    expect(checker.summary!.errors).toBe(0)
    expect(checker.stateOf(0, EMAIL)).toBe(CELL_OK)

    for (const row of mapping.mapping.rows) mapping.choose(row.column, null)
    await settle()
    await waitFor(() => checker.status === 'idle')
    expect(checker.check).toBeNull()
  })
})
