// Opens a file into a ColumnarTable through the same FileJobs and parse worker the app uses, for callers
// that want the whole table rather than events: the CLI, the bench, integration tests.
import type { OpenOptions, ReadSummary, SourceMeta } from '../../../shared/files/open-file'
import type { EventChannel } from '../../../shared/ipc/channels'
import type { EventPayload } from '../../../shared/ipc/contract'
import { ColumnarTable } from '../../../shared/table/columnar-table'
import type { TableChunk } from '../../../shared/table/table-chunk'
import { createEmit } from '../ipc/dispatch'
import { UserError } from '../ipc/user-error'
import { DEFAULT_LIMITS, type IngestLimits } from '../ingest/worker-protocol'
import { FileJobs } from './file-jobs'
import type { RecentFiles } from './recent-files'

export interface LoadedTable {
  readonly table: ColumnarTable
  readonly meta: SourceMeta
  readonly summary: ReadSummary
}

export interface LoadTableOptions {
  readonly workerPath: string
  readonly options?: OpenOptions
  readonly limits?: IngestLimits
  /** Records the file as recent when given (and waits for that write). */
  readonly recent?: RecentFiles
  /** Called after each chunk is appended. */
  readonly onChunk?: (table: ColumnarTable, chunk: TableChunk) => void
}

/** Resolves with the whole table, or rejects with a UserError carrying the reader's code and message. */
export async function loadTable(path: string, load: LoadTableOptions): Promise<LoadedTable> {
  let table: ColumnarTable | undefined
  let meta: SourceMeta | undefined
  let settle: (outcome: ReadSummary | UserError) => void = () => {}
  const outcome = new Promise<ReadSummary | UserError>((resolve) => (settle = resolve))

  const send = (channel: EventChannel, payload: unknown) => {
    if (channel === 'file:chunk') {
      const event = payload as EventPayload<'file:chunk'>
      if (event.meta) {
        meta = event.meta
        if (table) table.columns = event.meta.columns
        else table = new ColumnarTable(event.meta.columns)
      }
      if (!table) return settle(new UserError('PARSE_FAILED', `Reading ${path} sent rows before its columns.`))
      table.append(event.chunk)
      load.onChunk?.(table, event.chunk)
    } else if (channel === 'file:done') {
      settle((payload as EventPayload<'file:done'>).summary)
    } else if (channel === 'file:failed') {
      const { error } = payload as EventPayload<'file:failed'>
      settle(new UserError(error.code, error.message))
    }
  }
  const jobs = new FileJobs({
    workerPath: load.workerPath,
    emit: createEmit(send),
    limits: load.limits ?? DEFAULT_LIMITS,
    recent: load.recent,
  })
  await jobs.open({ path, options: load.options ?? {} })
  const result = await outcome
  await jobs.settled()
  if (result instanceof UserError) throw result
  if (!table || !meta) throw new UserError('PARSE_FAILED', `Reading ${path} produced no table.`)
  return { table, meta, summary: result }
}
