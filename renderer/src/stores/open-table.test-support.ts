// Test support (never imported by product code): main's side of opening files for store tests. file:open is
// answered from a table of paths to rows (header first) and sends the rows and the end of the load as main
// would; file:pick hands out queued paths. Plus ways to let watchers and timers run.
import { nextTick } from 'vue'
import type { SourceMeta } from '../../../shared/files/open-file'
import { chunkOf, type FakeApi } from './fake-api.test-support'

/** Rows of a file as text, the header row first. */
export type FileRows = readonly (readonly string[])[]

export const csvMeta = (names: readonly string[]): SourceMeta => ({
  kind: 'csv',
  encoding: { detected: 'utf-8', used: 'utf-8', hadBom: false },
  delimiter: { detected: ',', used: ',' },
  headerRow: { detected: 1, used: 1 },
  columns: names.map((name, i) => ({ id: `c${i}`, name, sourceName: name })),
})

/** Answers file:open (and the recent list and cancel) for these files; `files` may change between opens. */
export function serveFiles(api: FakeApi, files: Map<string, FileRows>, picks: string[] = []): void {
  let jobs = 0
  api.answer('file:open', (input) => {
    const { path } = input as { path: string }
    const rows = files.get(path)
    if (!rows) return { ok: false, error: { code: 'NOT_FOUND', message: `${path} does not exist` } }
    const jobId = `job-${++jobs}`
    const [header = [], ...body] = rows
    // Sent before the answer, as a fast worker may: the store holds them back until it knows the job.
    api.emit('file:chunk', { jobId, meta: csvMeta(header), chunk: chunkOf(0, body) })
    api.emit('file:done', {
      jobId,
      elapsedMs: 1,
      summary: { rowCount: body.length, notices: [], noticesOmitted: 0, fileWarnings: [] },
    })
    return { ok: true, value: { jobId, name: path.split('/').pop()!, sizeBytes: 100 } }
  })
  api.answer('file:pick', () => ({ ok: true, value: { path: picks.shift() ?? null } }))
  api.answer('file:recent-list', () => ({ ok: true, value: { files: [] } }))
  api.answer('file:cancel', () => ({ ok: true, value: { cancelled: true } }))
}

/** Lets pending promises, watchers and zero-delay timers run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    await nextTick()
  }
}

/** Waits until `ready()` holds (debounced work runs on real timers), failing after `ms`. */
export async function waitFor(ready: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms
  while (!ready()) {
    if (Date.now() > until) throw new Error(`still waiting after ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** A promise settled from outside, to hold an answer of main until the test lets it go. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve: (value: T) => void = () => {}
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}
