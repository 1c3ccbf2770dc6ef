// Opens one file through the app's own path (FileJobs, the built parse worker, the contract-checked emit) and
// collects the streamed chunks into a ColumnarTable, timing open() to the first rows and to file:done.
import type { ReadSummary } from '../../shared/files/open-file'
import type { EventChannel } from '../../shared/ipc/channels'
import type { EventPayload } from '../../shared/ipc/contract'
import { ColumnarTable } from '../../shared/table/columnar-table'
import type { TableChunk } from '../../shared/table/table-chunk'
import { createEmit } from '../main/ipc/dispatch'
import { DEFAULT_LIMITS } from '../main/ingest/worker-protocol'
import { FileJobs } from '../main/services/file-jobs'
import { RecentFiles } from '../main/services/recent-files'
import { nowMs } from './measure'

export const FIRST_ROWS = 100

export interface IngestRun {
  readonly table: ColumnarTable
  readonly summary: ReadSummary
  /** open() to file:done. */
  readonly totalMs: number
  /** open() until the table held FIRST_ROWS rows (or file:done, for a shorter file). */
  readonly firstRowsMs: number
  /** Bytes of every typed array the table holds, counted as chunks arrive. */
  readonly chunkBytes: number
}

// FileJobs records the file as recent without awaiting it; the bench waits for that write so it never
// lands in a folder being deleted or inside the next measurement.
class SettledRecentFiles extends RecentFiles {
  private pending: Promise<unknown> = Promise.resolve()

  override add(...args: Parameters<RecentFiles['add']>): ReturnType<RecentFiles['add']> {
    const added = super.add(...args)
    this.pending = added.catch(() => undefined)
    return added
  }

  settled(): Promise<unknown> {
    return this.pending
  }
}

const bytesOf = (chunk: TableChunk) =>
  chunk.columns.reduce((sum, column) => sum + column.bytes.byteLength + column.ends.byteLength, chunk.sourceRows.byteLength)

export async function ingestWithFileJobs(path: string, workerPath: string, dataDir: string): Promise<IngestRun> {
  const recent = new SettledRecentFiles(dataDir)
  let table: ColumnarTable | undefined
  let firstRowsAt: number | undefined
  let chunkBytes = 0
  let started = 0
  let finish: (summary: ReadSummary) => void = () => {}
  let fail: (error: Error) => void = () => {}
  const finished = new Promise<ReadSummary>((resolve, reject) => ((finish = resolve), (fail = reject)))

  const receive = (channel: EventChannel, payload: unknown) => {
    switch (channel) {
      case 'file:chunk': {
        const { meta, chunk } = payload as EventPayload<'file:chunk'>
        if (meta) {
          if (table) table.columns = meta.columns
          else table = new ColumnarTable(meta.columns)
        }
        if (!table) throw new Error('the first chunk came without column metadata')
        table.append(chunk)
        chunkBytes += bytesOf(chunk)
        if (firstRowsAt === undefined && table.rowCount >= FIRST_ROWS) firstRowsAt = nowMs()
        break
      }
      case 'file:progress':
        break
      case 'file:done':
        finish((payload as EventPayload<'file:done'>).summary)
        break
      case 'file:failed': {
        const { error } = payload as EventPayload<'file:failed'>
        fail(new Error(`Preflight could not open ${path}: ${error.code}: ${error.message}`))
        break
      }
      default:
        channel satisfies never
    }
  }
  const send = (channel: EventChannel, payload: unknown) => {
    try {
      receive(channel, payload)
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)))
    }
  }

  const jobs = new FileJobs({ workerPath, emit: createEmit(send), limits: DEFAULT_LIMITS, recent })
  try {
    started = nowMs()
    await jobs.open({ path, options: {} })
    const summary = await finished
    const ended = nowMs()
    await recent.settled()
    if (!table) throw new Error(`opening ${path} produced no table`)
    return { table, summary, totalMs: ended - started, firstRowsMs: (firstRowsAt ?? ended) - started, chunkBytes }
  } finally {
    await jobs.dispose()
  }
}
