import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { SourceMeta } from '../../../shared/files/open-file'
import { chunkOf, FakeApi } from './fake-api.test-support'
import { mergeOpenOptions, useOpenFileStore } from './open-file'

const csvMeta = (names: readonly string[]): SourceMeta => ({
  kind: 'csv',
  encoding: { detected: 'utf-8', used: 'utf-8', hadBom: false },
  delimiter: { detected: ',', used: ',' },
  headerRow: { detected: 1, used: 1 },
  columns: names.map((name, i) => ({ id: `c${i}`, name, sourceName: name })),
})
const summary = { rowCount: 0, notices: [], noticesOmitted: 0, fileWarnings: [] }
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

let api: FakeApi
let jobs: number

beforeEach(() => {
  api = new FakeApi()
  jobs = 0
  api.answer('file:open', (input) => {
    const { path } = input as { path: string }
    return { ok: true, value: { jobId: `job-${++jobs}`, name: path.split('/').pop()!, sizeBytes: 100 } }
  })
  api.answer('file:recent-list', () => ({ ok: true, value: { files: [] } }))
  api.answer('file:cancel', () => ({ ok: true, value: { cancelled: true } }))
  ;(globalThis as { window?: unknown }).window = { api }
  setActivePinia(createPinia())
})

describe('useOpenFileStore', () => {
  it('shows the rows of events that arrive before file:open answers, and ignores other jobs', async () => {
    api.answer('file:open', async () => {
      api.emit('file:chunk', { jobId: 'job-9', meta: csvMeta(['Name']), chunk: chunkOf(0, [['Ana']]) })
      api.emit('file:chunk', { jobId: 'stale', meta: csvMeta(['Other']), chunk: chunkOf(0, [['x'], ['y']]) })
      return { ok: true, value: { jobId: 'job-9', name: 'people.csv', sizeBytes: 10 } }
    })
    const store = useOpenFileStore()
    await store.open('/data/people.csv')
    expect(store.table?.rowCount).toBe(1)
    expect(store.table?.cell(0, 0)).toBe('Ana')
    expect(store.tableState).toBe('loading')

    api.emit('file:chunk', { jobId: 'job-9', chunk: chunkOf(1, [['Bruno']]) })
    api.emit('file:done', { jobId: 'job-9', elapsedMs: 1, summary: { ...summary, rowCount: 2 } })
    expect(store.table?.rowCount).toBe(2)
    expect(store.table?.sourceRow(1)).toBe(3)
    expect(store.tableState).toBe('complete')
    expect(store.isLoading).toBe(false)
    expect(api.listenerCount()).toBe(0)
  })

  it('adds the columns a later chunk brings with new meta', async () => {
    const store = useOpenFileStore()
    await store.open('/data/ragged.csv')
    api.emit('file:chunk', { jobId: 'job-1', meta: csvMeta(['A']), chunk: chunkOf(0, [['1']]) })
    api.emit('file:chunk', { jobId: 'job-1', meta: csvMeta(['A', 'Column B']), chunk: chunkOf(1, [['2', 'extra']]) })
    expect(store.meta?.columns.map((c) => c.name)).toEqual(['A', 'Column B'])
    expect(store.table?.cell(0, 1)).toBe('')
    expect(store.table?.cell(1, 1)).toBe('extra')
  })

  it('keeps the file warnings main sends with the table until dismissed or another file opens', async () => {
    const warning = {
      code: 'UNCLOSED_QUOTE' as const,
      file: 'people.csv',
      row: 3,
      column: 'Notes',
      count: 40,
      message: 'people.csv, row 3…',
    }
    const store = useOpenFileStore()
    await store.open('/data/people.csv')
    api.emit('file:chunk', { jobId: 'job-1', meta: csvMeta(['Name']), chunk: chunkOf(0, [['Ana']]) })
    api.emit('file:done', {
      jobId: 'job-1',
      elapsedMs: 1,
      summary: { ...summary, rowCount: 1, fileWarnings: [warning] },
    })
    expect(store.fileWarnings).toEqual([warning])
    store.dismissFileWarnings()
    expect(store.fileWarnings).toEqual([])
    api.emit('file:done', {
      jobId: 'job-1',
      elapsedMs: 1,
      summary: { ...summary, rowCount: 1, fileWarnings: [warning] },
    })
    await store.open('/data/other.csv')
    api.emit('file:chunk', { jobId: 'job-2', meta: csvMeta(['Name']), chunk: chunkOf(0, [['Bo']]) })
    expect(store.fileWarnings).toEqual([])
  })

  it('keeps the table on screen when a re-open fails, and reports main’s message', async () => {
    const store = useOpenFileStore()
    await store.open('/data/people.csv')
    api.emit('file:chunk', { jobId: 'job-1', meta: csvMeta(['Name']), chunk: chunkOf(0, [['Ana']]) })
    api.emit('file:done', { jobId: 'job-1', elapsedMs: 1, summary })
    const shown = store.table

    await store.reopenWith({ encoding: 'windows-1252' })
    expect(api.calls.at(-1)).toMatchObject({ channel: 'file:open', input: { options: { encoding: 'windows-1252' } } })
    api.emit('file:failed', {
      jobId: 'job-2',
      cancelled: false,
      error: { code: 'READ_FAILED', message: 'people.csv: disk error at byte 4' },
    })

    expect(store.table).toBe(shown)
    expect(store.tableState).toBe('complete')
    expect(store.error?.message).toBe('people.csv: disk error at byte 4')
    expect(store.file?.options).toEqual({})
  })

  it('replaces the table only when the re-opened file delivers its first chunk', async () => {
    const store = useOpenFileStore()
    await store.open('/data/people.csv', { delimiter: ';' })
    api.emit('file:chunk', { jobId: 'job-1', meta: csvMeta(['Name']), chunk: chunkOf(0, [['Ana']]) })
    await store.reopenWith({ encoding: 'utf-16le' })
    expect(store.table?.cell(0, 0)).toBe('Ana')
    expect(api.calls.filter((c) => c.channel === 'file:cancel')).toEqual([
      { channel: 'file:cancel', input: { jobId: 'job-1' } },
    ])
    expect(api.calls.at(-1)).toMatchObject({ input: { options: { delimiter: ';', encoding: 'utf-16le' } } })

    api.emit('file:chunk', { jobId: 'job-1', chunk: chunkOf(1, [['stale']]) })
    api.emit('file:chunk', { jobId: 'job-2', meta: csvMeta(['Nom']), chunk: chunkOf(0, [['Zoé']]) })
    expect(store.table?.cell(0, 0)).toBe('Zoé')
    expect(store.table?.rowCount).toBe(1)
    expect(store.file?.options).toEqual({ delimiter: ';', encoding: 'utf-16le' })
  })

  it('stops a load on cancel, keeping the rows read and saying so neutrally', async () => {
    const store = useOpenFileStore()
    await store.open('/data/big.csv')
    api.emit('file:chunk', { jobId: 'job-1', meta: csvMeta(['Name']), chunk: chunkOf(0, [['Ana'], ['Bruno']]) })
    store.cancel()
    expect(api.calls.at(-1)).toEqual({ channel: 'file:cancel', input: { jobId: 'job-1' } })
    api.emit('file:failed', { jobId: 'job-1', cancelled: true, error: { code: 'CANCELLED', message: 'cancelled' } })
    api.emit('file:chunk', { jobId: 'job-1', chunk: chunkOf(2, [['late']]) })

    expect(store.isLoading).toBe(false)
    expect(store.cancelledNote).toBe(true)
    expect(store.error).toBeNull()
    expect(store.tableState).toBe('partial')
    expect(store.table?.rowCount).toBe(2)
  })

  it('cancels in main a job whose open was superseded before it answered', async () => {
    let answerFirst: () => void = () => {}
    api.answer('file:open', (input) => {
      const { path } = input as { path: string }
      const value = { jobId: path === '/a.csv' ? 'job-a' : 'job-b', name: path, sizeBytes: 1 }
      if (path !== '/a.csv') return { ok: true, value }
      return new Promise((resolve) => (answerFirst = () => resolve({ ok: true, value })))
    })
    const store = useOpenFileStore()
    const first = store.open('/a.csv')
    await flush()
    await store.open('/b.csv')
    answerFirst()
    await first
    expect(api.calls).toContainEqual({ channel: 'file:cancel', input: { jobId: 'job-a' } })
    expect(store.job).toMatchObject({ jobId: 'job-b', phase: 'reading' })
  })

  it('announces a project file as a project request instead of reading it', async () => {
    const store = useOpenFileStore()
    await store.open('/work/Acme.PREFLIGHT')
    const first = store.projectRequest
    expect(first).toEqual({ path: '/work/Acme.PREFLIGHT' })
    expect(api.calls.map((c) => c.channel)).not.toContain('file:open')
    expect(store.job).toBeNull()
    await store.open('/work/Acme.PREFLIGHT')
    // A new request each time, so the same project asked for twice opens twice.
    expect(store.projectRequest).not.toBe(first)
  })

  it('reads the recent files after a load, takes one out on request, and reports a failure', async () => {
    const ana = { path: '/data/people.csv', name: 'people.csv', openedAt: '2026-12-07T08:00:00.000Z', options: {} }
    const bo = { path: '/data/bo.csv', name: 'bo.csv', openedAt: '2026-12-06T08:00:00.000Z', options: {} }
    api.answer('file:recent-list', () => ({ ok: true, value: { files: [ana, bo] } }))
    api.answer('file:recent-remove', () => ({ ok: true, value: { files: [ana] } }))
    const store = useOpenFileStore()
    await store.open('/data/people.csv')
    api.emit('file:done', { jobId: 'job-1', elapsedMs: 1, summary })
    await flush()
    expect(store.recent).toEqual([ana, bo])
    await store.removeRecent('/data/bo.csv')
    expect(api.calls.at(-1)).toEqual({ channel: 'file:recent-remove', input: { path: '/data/bo.csv' } })
    expect(store.recent).toEqual([ana])
    api.answer('file:recent-list', () => ({
      ok: false,
      error: { code: 'READ_FAILED', message: 'recent.json is unreadable' },
    }))
    await store.loadRecent()
    expect(store.recent).toEqual([ana])
    expect(store.error?.message).toBe('recent.json is unreadable')
  })

  it('reports a failed open without leaving the start screen', async () => {
    api.answer('file:open', () => ({ ok: false, error: { code: 'NOT_FOUND', message: '/gone.csv does not exist' } }))
    const store = useOpenFileStore()
    await store.open('/gone.csv')
    expect(store.table).toBeNull()
    expect(store.error?.message).toBe('/gone.csv does not exist')
    expect(store.isLoading).toBe(false)
    expect(api.listenerCount()).toBe(0)
  })
})

describe('mergeOpenOptions', () => {
  it('keeps earlier overrides and lets new ones win', () => {
    expect(mergeOpenOptions({ encoding: 'windows-1252', headerRow: 3 }, { delimiter: ';' })).toEqual({
      encoding: 'windows-1252',
      headerRow: 3,
      delimiter: ';',
    })
  })
  it('drops a header row chosen for another sheet', () => {
    expect(mergeOpenOptions({ sheet: 'People', headerRow: 3 }, { sheet: 'Companies' })).toEqual({ sheet: 'Companies' })
  })
})
