// FileJobs's contract with a parse worker, exercised with small real worker scripts written per test.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { EventChannel } from '../../../shared/ipc/channels'
import { createEmit } from '../ipc/dispatch'
import { DEFAULT_LIMITS } from '../ingest/worker-protocol'
import { FileJobs } from './file-jobs'
import { RecentFiles } from './recent-files'

/** What these tests read of an event's payload; each channel's payload carries some of it. */
interface SeenPayload {
  readonly jobId?: unknown
  readonly chunk?: { readonly sourceRows: unknown }
  readonly error?: { readonly code: string; readonly message: string }
}

async function setup(workerSource: string, maxWorkbookMs = DEFAULT_LIMITS.maxWorkbookMs) {
  const dir = await mkdtemp(join(tmpdir(), 'preflight-jobs-'))
  const workerPath = join(dir, 'worker.mjs')
  await writeFile(workerPath, `import { parentPort, workerData } from 'node:worker_threads'\n${workerSource}`)
  const file = join(dir, 'people.csv')
  await writeFile(file, 'a,b\n1,2\n')
  const events: { channel: EventChannel; payload: SeenPayload }[] = []
  let resolveEnded = () => {}
  const ended = new Promise<void>((resolve) => (resolveEnded = resolve))
  const send = (channel: EventChannel, payload: unknown) => {
    events.push({ channel, payload: payload as SeenPayload })
    if (channel === 'file:done' || channel === 'file:failed') resolveEnded()
  }
  const limits = { ...DEFAULT_LIMITS, maxWorkbookMs }
  const jobs = new FileJobs({ workerPath, emit: createEmit(send), limits, recent: new RecentFiles(dir) })
  return { dir, file, events, ended, jobs }
}

const chunkMessage = `{ type: 'chunk', meta: { kind: 'csv', headerRow: { detected: 1, used: 1 }, columns: [{ id: 'c0', name: 'a', sourceName: 'a' }] },
  chunk: { firstRow: 0, sourceRows: new Uint32Array([2]), columns: [{ bytes: new TextEncoder().encode('1'), ends: new Uint32Array([1]) }] } }`

describe('FileJobs', () => {
  it('forwards chunks and progress, then done, and remembers the file as recent', async () => {
    const t = await setup(`
      parentPort.postMessage({ type: 'progress', progress: { bytesRead: 8, totalBytes: 8, rowsRead: 1 } })
      parentPort.postMessage(${chunkMessage})
      parentPort.postMessage({ type: 'done', summary: { rowCount: 1, notices: [], noticesOmitted: 0 } })`)
    const opened = await t.jobs.open({ path: t.file, options: { delimiter: ',' } })
    expect(opened).toMatchObject({ name: 'people.csv', sizeBytes: 8 })
    await t.ended
    expect(t.events.map((e) => e.channel)).toEqual(['file:progress', 'file:chunk', 'file:done'])
    expect(t.events.every((e) => e.payload.jobId === opened.jobId)).toBe(true)
    expect(t.events[1]!.payload.chunk?.sourceRows).toEqual(new Uint32Array([2]))
    await new Promise((r) => setTimeout(r, 100))
    expect((await new RecentFiles(t.dir).list())[0]).toMatchObject({ path: t.file, options: { delimiter: ',' } })
  })

  it('passes a reader error through with its code and message', async () => {
    const t = await setup(
      `parentPort.postMessage({ type: 'error', error: { code: 'FILE_EMPTY', message: 'people.csv is empty.' } })`,
    )
    await t.jobs.open({ path: t.file, options: {} })
    await t.ended
    expect(t.events.at(-1)).toMatchObject({
      channel: 'file:failed',
      payload: { cancelled: false, error: { code: 'FILE_EMPTY' } },
    })
  })

  it('reports a worker that dies without a word', async () => {
    const t = await setup(`process.exit(1)`)
    await t.jobs.open({ path: t.file, options: {} })
    await t.ended
    expect(t.events.at(-1)).toMatchObject({ channel: 'file:failed', payload: { error: { code: 'PARSE_CRASHED' } } })
  })

  it('stops a worker that stays silent past the time budget', async () => {
    const t = await setup(`const end = Date.now() + 5000; while (Date.now() < end) {}`, 300)
    await t.jobs.open({ path: t.file, options: {} })
    await t.ended
    expect(t.events).toHaveLength(1)
    expect(t.events[0]).toMatchObject({ channel: 'file:failed', payload: { error: { code: 'PARSE_TIMEOUT' } } })
    expect(t.events[0]!.payload.error?.message).toContain('people.csv')
  })

  it('cancels once, and only a running job', async () => {
    const t = await setup(
      `setInterval(() => parentPort.postMessage({ type: 'progress', progress: { bytesRead: 1, totalBytes: 8, rowsRead: 0 } }), 20)`,
    )
    const { jobId } = await t.jobs.open({ path: t.file, options: {} })
    await new Promise((r) => setTimeout(r, 100))
    expect(t.jobs.cancel(jobId)).toBe(true)
    expect(t.jobs.cancel(jobId)).toBe(false)
    const count = t.events.length
    await new Promise((r) => setTimeout(r, 100))
    expect(t.events.length).toBe(count)
    expect(t.events.at(-1)).toMatchObject({
      channel: 'file:failed',
      payload: { cancelled: true, error: { code: 'CANCELLED' } },
    })
  })

  it('says clearly when the file is gone before it opens', async () => {
    const t = await setup(``)
    await expect(t.jobs.open({ path: join(t.dir, 'moved.csv'), options: {} })).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
    })
    await expect(t.jobs.open({ path: t.dir, options: {} })).rejects.toMatchObject({ code: 'NOT_A_FILE' })
  })
})
