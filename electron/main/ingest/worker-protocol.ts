// Messages between main and a parse worker thread. The worker owns one open of one file; main cancels it
// by terminating the thread, so the worker needs no cancellation checks of its own.
import type { AppError } from '../../../shared/ipc/result'
import type { OpenOptions, Progress, ReadSummary, SourceMeta } from '../../../shared/files/open-file'
import type { TableChunk } from '../../../shared/table/table-chunk'

/** Bounds on untrusted input: a file over them fails with a clear message instead of hanging the app. */
export interface IngestLimits {
  /** Largest text file accepted, in bytes. */
  readonly maxTextBytes: number
  /** Largest workbook file accepted, in bytes. */
  readonly maxWorkbookBytes: number
  /** Largest total uncompressed size of an XLSX's parts, in bytes (zip bombs). */
  readonly maxUnzippedBytes: number
  /** Wall-clock budget for parsing a workbook, in milliseconds. */
  readonly maxWorkbookMs: number
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxTextBytes: 1536 * 1024 * 1024,
  maxWorkbookBytes: 100 * 1024 * 1024,
  maxUnzippedBytes: 1024 * 1024 * 1024,
  maxWorkbookMs: 120_000,
}

export interface WorkerInput {
  readonly path: string
  readonly options: OpenOptions
  readonly limits: IngestLimits
}

export type WorkerMessage =
  | { readonly type: 'chunk'; readonly meta?: SourceMeta; readonly chunk: TableChunk }
  | { readonly type: 'progress'; readonly progress: Progress }
  | { readonly type: 'done'; readonly summary: ReadSummary }
  | { readonly type: 'error'; readonly error: AppError }

/** Where a reader sends what it produces; the worker forwards to main, tests and the bench collect. */
export interface IngestSink {
  /** A chunk of rows; `meta` accompanies the first chunk and any chunk after which columns were added. */
  chunk(chunk: TableChunk, meta?: SourceMeta): void
  progress(progress: Progress): void
}

/** A failure the user caused or can fix (bad file, limit exceeded): carried to the UI as an AppError. */
export class IngestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'IngestError'
  }
}
