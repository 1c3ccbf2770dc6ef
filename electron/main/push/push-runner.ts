// Runs one push of records into one object: gives each record its client-generated id, journals each batch
// before sending it, keeps a few batches in flight through the shared pacer, and resumes from the journal of an
// interrupted run.
// Invariant: resuming with the same journal and rows never creates a record twice (done batches are skipped,
// unconfirmed ones, however many were in flight, are resent as upserts on their journaled ids).
import { randomUUID } from 'node:crypto'
import { DEFAULT_BATCH_SIZE, QUERY_MAX_RECORDS } from '../../../shared/twenty-format/api-shapes'
import { WorkspaceError } from '../services/workspace-errors'
import type { PushConnection } from './batch-request'
import { sendBatch } from './batch-sender'
import { DEFAULT_RATE_PER_MINUTE, Pacer, realTiming, type BackoffOptions, type Timing } from './pacer'
import { PushJournal, type JournaledBatch, type RowId } from './push-journal'

export interface PushRecord {
  readonly row: RowId
  /** The API record (toApiRecord's output); an `id` it already carries is kept. */
  readonly record: Readonly<Record<string, unknown>>
}

export interface PushOptions {
  readonly connection: PushConnection
  readonly plural: string
  readonly records: readonly PushRecord[]
  readonly journalPath: string
  /** Records per batch: 60 by default (every server version), at most 200. */
  readonly batchSize?: number
  readonly ratePerMinute?: number
  /**
   * Batches in flight at once after the first has landed (default 4, at most 8), each request still waiting for the
   * pacer: 4 reach the rate limit while a round trip lasts up to about three pacing intervals (300 ms at 600/min).
   */
  readonly concurrency?: number
  readonly backoff?: BackoffOptions
  readonly timing?: Timing
  readonly signal?: AbortSignal
  /** A gentler stop than `signal`: no request of a new batch goes out after it; batches already sending finish. */
  readonly stop?: AbortSignal
  readonly onProgress?: (progress: PushProgress) => void
  readonly newId?: () => string
}

const DEFAULT_CONCURRENCY = 4
const MAX_CONCURRENCY = 8

export interface PushProgress {
  readonly total: number
  readonly sent: number
  readonly failed: number
}

export interface RowOutcome {
  readonly row: RowId
  readonly status: 'sent' | 'failed'
  readonly message?: string
  /** The id the record was sent under (its client-generated id, or the existing record's). */
  readonly id: string
}

export type PushStop = { readonly reason: 'aborted' } | { readonly reason: 'error'; readonly code: string; readonly message: string }

export interface PushResult {
  /** One per row that reached an outcome, in the order of `records`; rows absent were not sent yet (see `stopped`). */
  readonly outcomes: RowOutcome[]
  readonly progress: PushProgress
  /** Null when every batch is done; otherwise run again with the same journal to finish. */
  readonly stopped: PushStop | null
}

export async function runPush(options: PushOptions): Promise<PushResult> {
  const batchSize = Math.min(QUERY_MAX_RECORDS, Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE)))
  const concurrency = Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY)))
  const timing = options.timing ?? realTiming
  const newId = options.newId ?? randomUUID
  const byRow = new Map(options.records.map((item) => [item.row, item.record]))
  const outcomes = new Map<RowId, RowOutcome>()
  const { journal, state } = await PushJournal.open(options.journalPath)
  const foreign = state.batches.find((batch) => batch.object !== options.plural)
  if (foreign !== undefined) {
    await journal.close()
    throw new Error(`the journal ${options.journalPath} belongs to a push into ${foreign.object}, not ${options.plural}`)
  }
  const context = {
    connection: options.connection,
    pacer: new Pacer(options.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE, timing),
    timing,
    backoff: options.backoff,
    signal: options.signal,
    limits: { maxPerRequest: batchSize },
  }
  // A batch still waiting for its first token has not started: a stop, or an error that ends the push, gives it
  // up (it stays journaled as unconfirmed, and is resent on the next run).
  const halt = new AbortController()
  const notStarted = AbortSignal.any([halt.signal, ...[options.signal, options.stop].filter((signal) => signal !== undefined)])

  const progress = (): PushProgress => {
    let sent = 0
    for (const outcome of outcomes.values()) if (outcome.status === 'sent') sent++
    return { total: options.records.length, sent, failed: outcomes.size - sent }
  }

  const record = (batch: Pick<JournaledBatch, 'rows' | 'failed' | 'recordIds'>): void => {
    batch.rows.forEach((row, i) => {
      if (!byRow.has(row)) return
      const id = batch.recordIds[i]!
      const message = batch.failed.get(row)
      outcomes.set(row, message === undefined ? { row, status: 'sent', id } : { row, status: 'failed', message, id })
    })
  }

  const send = async ({ batchId, rows, recordIds }: Batch): Promise<void> => {
    const present = rows.map((row, i) => ({ row, id: recordIds[i]! })).filter((item) => byRow.has(item.row))
    await journal.append({ kind: 'batch-sent', batchId })
    const result = await sendBatch(context, options.plural, present.map((item) => ({ ...byRow.get(item.row), id: item.id })), notStarted)
    const failed = new Map<RowId, string>()
    const byMessage = new Map<string, RowId[]>()
    for (const { index, message } of result.failed) {
      const row = present[index]!.row
      failed.set(row, message)
      byMessage.set(message, [...(byMessage.get(message) ?? []), row])
    }
    for (const [message, failedRows] of byMessage) await journal.append({ kind: 'batch-failed', batchId, rows: failedRows, message })
    await journal.append({ kind: 'batch-done', batchId })
    record({ rows, failed, recordIds })
    options.onProgress?.(progress())
  }

  // Unconfirmed batches first, in planning order, then fresh ones, planned as they are taken so a batch size
  // lowered by TOO_MANY_RECORDS applies to the rest.
  const resend = state.batches.filter((batch) => !batch.done)
  const planned = new Set(state.batches.flatMap((batch) => batch.rows))
  const fresh = options.records.filter((item) => !planned.has(item.row))
  let nextFresh = 0
  let nextBatchId = state.batches.reduce((max, batch) => Math.max(max, batch.batchId + 1), 0)
  const hasWork = (): boolean => resend.length > 0 || nextFresh < fresh.length

  /** The next batch to send, its ids on disk; null when none is left. Chunk and id are taken before any await. */
  const takeBatch = async (): Promise<Batch | null> => {
    const unconfirmed = resend.shift()
    if (unconfirmed !== undefined) return unconfirmed
    if (nextFresh >= fresh.length) return null
    const chunk = fresh.slice(nextFresh, nextFresh + Math.min(batchSize, context.limits.maxPerRequest))
    nextFresh += chunk.length
    const batch = {
      batchId: nextBatchId++,
      rows: chunk.map((item) => item.row),
      recordIds: chunk.map((item) => (typeof item.record['id'] === 'string' ? item.record['id'] : newId())),
    }
    await journal.append({ kind: 'batch-planned', object: options.plural, ...batch })
    return batch
  }

  const errors: unknown[] = []
  const halted = (): boolean => notStarted.aborted
  /** Takes and sends batches one after another, up to `limit`, until none is left or the push halts. */
  const lane = async (limit: number): Promise<void> => {
    try {
      for (let sent = 0; sent < limit && !halted(); sent++) {
        const batch = await takeBatch()
        if (batch === null) return
        await send(batch)
      }
    } catch (error) {
      // The first error ends the push; other lanes finish a batch already sending, so its outcome is journaled.
      errors.push(error)
      halt.abort()
    }
  }

  let stopped: PushStop | null = null
  try {
    for (const batch of state.batches) if (batch.done) record(batch)
    options.onProgress?.(progress())
    // The first batch goes alone: a refused key or a too-large batch then costs one request, not one per lane.
    await lane(1)
    await Promise.all(Array.from({ length: concurrency }, () => lane(Infinity)))
    if (errors.length > 0) throw errors[0]
    if (hasWork()) throwIfStopped(options)
  } catch (error) {
    if (options.signal?.aborted || options.stop?.aborted) stopped = { reason: 'aborted' }
    else if (error instanceof WorkspaceError) stopped = { reason: 'error', code: error.code, message: error.message }
    else throw error
  } finally {
    await journal.close()
  }
  const ordered = options.records.flatMap((item) => outcomes.get(item.row) ?? [])
  return { outcomes: ordered, progress: progress(), stopped }
}

type Batch = Pick<JournaledBatch, 'batchId' | 'rows' | 'recordIds'>

function throwIfStopped(options: Pick<PushOptions, 'signal' | 'stop'>): void {
  options.signal?.throwIfAborted()
  options.stop?.throwIfAborted()
}
