// Messages between main and a parse worker thread. The worker owns one open of one file; main cancels it
// by terminating the thread, so the worker needs no cancellation checks of its own.
import type { FileFailure, OpenOptions, Progress, ReadSummary, SourceMeta } from '../../../shared/files/open-file'
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
  | { readonly type: 'error'; readonly error: FileFailure }

/** Where a reader sends what it produces; the worker forwards to main, tests and the bench collect. */
export interface IngestSink {
  /** A chunk of rows; `meta` accompanies the first chunk and any chunk after which columns were added. */
  chunk(chunk: TableChunk, meta?: SourceMeta): void
  progress(progress: Progress): void
}

/**
 * A failure the user caused or can fix (bad file, limit exceeded): carried to the UI as an AppError, with its
 * `fileIssue.<key>` and params when it is worded from the message files (ingestError in file-issue.ts).
 */
export class IngestError extends Error {
  /** Not enumerable: an error is compared by its code and English message, as before it had a wording. */
  declare readonly wording?: IngestWording

  constructor(
    readonly code: string,
    message: string,
    wording?: IngestWording,
  ) {
    super(message)
    this.name = 'IngestError'
    if (wording !== undefined) Object.defineProperty(this, 'wording', { value: wording, enumerable: false })
  }
}

export interface IngestWording {
  readonly key: string
  readonly params: Readonly<Record<string, string | number>>
}
