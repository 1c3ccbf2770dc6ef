import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Operation } from '../../../shared/operations/operation'
import { useEditsStore } from './edits'
import { FakeApi } from './fake-api.test-support'
import { useOpenFileStore } from './open-file'
import { serveFiles, settle, type FileRows } from './open-table.test-support'

const PEOPLE: FileRows = [
  ['Name', 'Email'],
  ['  Ana  ', 'ana@example.com'],
  ['Bruno', 'bruno@example.com'],
  ['Carla ', 'carla@example.com'],
]

let api: FakeApi
let files: Map<string, FileRows>

beforeEach(() => {
  api = new FakeApi()
  files = new Map([['/data/people.csv', PEOPLE]])
  serveFiles(api, files)
  ;(globalThis as { window?: unknown }).window = { api }
  setActivePinia(createPinia())
})

async function opened(): Promise<ReturnType<typeof useEditsStore>> {
  const edits = useEditsStore()
  await useOpenFileStore().open('/data/people.csv')
  await settle()
  return edits
}

const names = (edits: ReturnType<typeof useEditsStore>) => [0, 1, 2].map((row) => edits.history!.table.cell(row, 'c0'))
const trim: Operation = { op: 'trim', columns: ['c0'] }

describe('useEditsStore', () => {
  it('starts a history once the table has loaded, and none before', async () => {
    const edits = useEditsStore()
    expect(edits.history).toBeNull()
    expect(edits.canEdit).toBe(false)
    expect(edits.perform(trim)).toBeNull()
    await useOpenFileStore().open('/data/people.csv')
    await settle()
    expect(edits.canEdit).toBe(true)
    expect(edits.steps).toEqual({ steps: [], done: 0 })
  })

  it('applies an operation as one step, and undo and redo swap its cells', async () => {
    const edits = await opened()
    const before = edits.version
    const step = edits.perform(trim)
    expect(step?.operation).toEqual(trim)
    expect(names(edits)).toEqual(['Ana', 'Bruno', 'Carla'])
    expect(edits.version).toBe(before + 1)
    expect(edits.steps.done).toBe(1)
    expect(edits.isEdited(0, 'c0')).toBe(true)
    expect(edits.isEdited(1, 'c0')).toBe(false)

    expect(edits.undo()?.operation).toEqual(trim)
    expect(names(edits)).toEqual(['  Ana  ', 'Bruno', 'Carla '])
    expect(edits.version).toBe(before + 2)
    expect(edits.steps.done).toBe(0)

    expect(edits.redo()?.operation).toEqual(trim)
    expect(names(edits)).toEqual(['Ana', 'Bruno', 'Carla'])
    expect(edits.version).toBe(before + 3)
    expect(edits.redo()).toBeNull()
    expect(edits.version).toBe(before + 3)
    expect(edits.history!.recipe()).toEqual([trim])
  })

  it('counts deleted rows and added columns so the grid and the mapping follow', async () => {
    const edits = await opened()
    const rows = edits.rowsVersion
    const columns = edits.columnsVersion
    edits.perform({ op: 'delete-rows', rows: [1] })
    expect(edits.rowsVersion).toBe(rows + 1)
    expect(edits.columnsVersion).toBe(columns)
    edits.perform({ op: 'split-column', column: 'c1', separator: '@', names: ['User', 'Domain'] })
    expect(edits.columnsVersion).toBe(columns + 1)
    expect(edits.history!.table.columns.map((c) => c.name)).toEqual(['Name', 'Email', 'User', 'Domain'])
    expect(edits.cellNow(useOpenFileStore().table!, 2, 3)).toBe('example.com')
  })

  it('keeps the error of an operation that cannot apply, and clears it on the next one', async () => {
    const edits = await opened()
    expect(edits.perform({ op: 'trim', columns: ['no-such-column'] })).toBeNull()
    expect(edits.lastError).not.toBeNull()
    expect(edits.steps.done).toBe(0)
    edits.perform(trim)
    expect(edits.lastError).toBeNull()
  })

  it('puts one cell back to what the file holds, as one more step', async () => {
    const edits = await opened()
    edits.perform(trim)
    expect(edits.restoreOriginal(1, 'c0')).toBeNull()
    const step = edits.restoreOriginal(0, 'c0')
    expect(step?.operation).toEqual({ op: 'set-cells', cells: [{ column: 'c0', rows: [0], values: ['  Ana  '] }] })
    expect(names(edits)).toEqual(['  Ana  ', 'Bruno', 'Carla'])
    expect(edits.steps.done).toBe(2)
  })

  it('replays a recipe as undoable steps and reports the steps it skipped', async () => {
    const edits = await opened()
    const result = edits.replay([trim, { op: 'trim', columns: ['gone'] }], { sameSource: true })
    expect(result?.applied).toBe(1)
    expect(result?.skipped).toHaveLength(1)
    expect(names(edits)).toEqual(['Ana', 'Bruno', 'Carla'])
    edits.undo()
    expect(names(edits)).toEqual(['  Ana  ', 'Bruno', 'Carla '])
  })

  it('starts a new history when the file is read again', async () => {
    const edits = await opened()
    edits.perform(trim)
    const first = edits.history
    await useOpenFileStore().reopenWith({ encoding: 'windows-1252' })
    await settle()
    expect(edits.history).not.toBe(first)
    expect(edits.steps.done).toBe(0)
    expect(names(edits)).toEqual(['  Ana  ', 'Bruno', 'Carla '])
  })
})
