// Opens one file through the app's own path (loadTable: FileJobs, the built parse worker, the contract-checked
// emit) and times open() to the first rows and to file:done, counting the bytes the table holds.
import type { ReadSummary } from '../../shared/files/open-file'
import type { ColumnarTable } from '../../shared/table/columnar-table'
import type { TableChunk } from '../../shared/table/table-chunk'
import { loadTable } from '../main/files/load-table'
import { RecentFiles } from '../main/files/recent-files'
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

const bytesOf = (chunk: TableChunk) =>
  chunk.columns.reduce(
    (sum, column) => sum + column.bytes.byteLength + column.ends.byteLength,
    chunk.sourceRows.byteLength,
  )

/** The app records every opened file as recent, so the bench does too (in its own folder). */
export async function ingestWithFileJobs(path: string, workerPath: string, dataDir: string): Promise<IngestRun> {
  let firstRowsAt: number | undefined
  let chunkBytes = 0
  const started = nowMs()
  const { table, summary } = await loadTable(path, {
    workerPath,
    recent: new RecentFiles(dataDir),
    onChunk: (table, chunk) => {
      chunkBytes += bytesOf(chunk)
      if (firstRowsAt === undefined && table.rowCount >= FIRST_ROWS) firstRowsAt = nowMs()
    },
  })
  const ended = nowMs()
  return { table, summary, totalMs: ended - started, firstRowsMs: (firstRowsAt ?? ended) - started, chunkBytes }
}
