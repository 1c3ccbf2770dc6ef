// Runs one push of records into one object: decides each row's fate from its row key against the journal of
// earlier runs (row-plan.ts), gives each new record its client-generated id, journals each batch before sending
// it, keeps a few batches in flight through the shared pacer, and journals the ids the server answered.
// Invariant: rerunning with the same journal never creates a record twice, whatever changed in between (rows
// added, removed, reordered or edited): a landed key is left alone or updated on its record's id, a key planned
// but never confirmed is resent on its journaled id, so a resend is an upsert, never a duplicate.
// For a rollback, each batch's plan carries the previous values of the existing records it writes (`before`, from
// the planner) and its done entry the time its answer arrived.
import { randomUUID } from 'node:crypto'
import { DEFAULT_BATCH_SIZE, QUERY_MAX_RECORDS } from '../../../shared/twenty-format/api-shapes'
import { WorkspaceError } from '../workspace/workspace-errors'
import type { PushConnection } from './sending/batch-request'
import { sendBatch } from './sending/batch-sender'
import { realTiming, type BackoffOptions, type Timing } from './pacing/pacer'
import { assertNoRollbackPending, PushJournal, type RowAction, type RowId } from './journal/push-journal'
import { isLegacyJournal, planRows } from './planning/row-plan'

export interface PushRecord {
  readonly row: RowId
  /** The row's identity across runs, the digest of its content and its name digest (shared/push/row-keys.ts). */
  readonly key: string
  readonly hash: string
  readonly alt: string | null
  /** The API record (toApiRecord's output); an `id` it carries (found by a lookup) is kept for a new key. */
  readonly record: Readonly<Record<string, unknown>>
  /** The row's line in the source version (its spreadsheet row number): an edited row of the same version keeps its record. */
  readonly line?: number | null
  /** For a new key that carries an id: update (default) or restore (the lookup found it soft-deleted). */
  readonly action?: RowAction
  /** For a write to an existing record: its values before the push of the fields the send changes (rollback-previous.ts). */
  readonly before?: Readonly<Record<string, unknown>> | null
}

export interface PushOptions {
  readonly connection: PushConnection
  readonly plural: string
  readonly records: readonly PushRecord[]
  readonly journalPath: string
  /** The sha-256 of the source file version the rows' ids number (rows of it keep their record through edits). */
  readonly source?: string | null
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

/** What became of a row: its record created, updated (a changed row, or one a lookup found), restored, or left unchanged. */
export type RowChange = 'created' | 'updated' | 'restored' | 'unchanged'

export interface RowOutcome {
  readonly row: RowId
  readonly key: string
  readonly status: 'sent' | 'failed'
  readonly change: RowChange
  readonly message?: string
  /** The record's id: the one the server answered (an upsert that matched keeps the server's), else the one sent. */
  readonly id: string
}

export type PushStop =
  { readonly reason: 'aborted' } | { readonly reason: 'error'; readonly code: string; readonly message: string }

export interface PushResult {
  /** One per row that reached an outcome, in the order of `records`; rows absent were not sent yet (see `stopped`). */
  readonly outcomes: RowOutcome[]
  readonly progress: PushProgress
  /** Null when every batch is done; otherwise run again with the same journal to finish. */
  readonly stopped: PushStop | null
}

export class LegacyJournalError extends Error {
  constructor(path: string) {
    super(
      `The push journal ${path} was written by an earlier Preflight that followed rows by position, which is not safe once the file changes. ` +
        'Finish that push with the version that started it, or move the journal aside (the records it sent stay in the workspace and are matched again by their unique fields).',
    )
    this.name = 'LegacyJournalError'
  }
}

/** One row to send: its decided key, id and action. */
interface Sendable {
  readonly row: RowId
  readonly key: string
  readonly hash: string
  readonly alt: string | null
  readonly line: number | null
  readonly id: string
  readonly action: RowAction
  readonly record: Readonly<Record<string, unknown>>
  readonly before: Readonly<Record<string, unknown>> | null
}

export async function runPush(options: PushOptions): Promise<PushResult> {
  const batchSize = Math.min(QUERY_MAX_RECORDS, Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE)))
  const concurrency = Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY)))
  const timing = options.timing ?? realTiming
  const newId = options.newId ?? randomUUID
  const source = options.source ?? null
  const outcomes = new Map<RowId, RowOutcome>()
  await assertNoRollbackPending(options.journalPath)
  const { journal, state } = await PushJournal.open(options.journalPath)
  const foreign = state.batches.find((batch) => batch.object !== options.plural)
  if (foreign !== undefined) {
    await journal.close()
    throw new Error(
      `the journal ${options.journalPath} belongs to a push into ${foreign.object}, not ${options.plural}`,
    )
  }
  if (isLegacyJournal(state)) {
    await journal.close()
    throw new LegacyJournalError(options.journalPath)
  }
  const context = {
    connection: options.connection,
    pacer: options.connection.pacer.atRate(options.ratePerMinute),
    timing,
    backoff: options.backoff,
    signal: options.signal,
    limits: { maxPerRequest: batchSize },
  }
  // A batch still waiting for its first token has not started: a stop, or an error that ends the push, gives it
  // up (it stays journaled as unconfirmed, and is resent on the next run).
  const halt = new AbortController()
  const notStarted = AbortSignal.any([
    halt.signal,
    ...[options.signal, options.stop].filter((signal) => signal !== undefined),
  ])

  const progress = (): PushProgress => {
    let sent = 0
    for (const outcome of outcomes.values()) if (outcome.status === 'sent') sent++
    return { total: options.records.length, sent, failed: outcomes.size - sent }
  }

  // Each row's fate from its key: rows the journal shows landed and unchanged, or refused and unchanged, are done.
  const planned = planRows(
    state,
    options.records.map((item) => ({ row: item.row, line: item.line ?? null, identity: item })),
    source,
  )
  const queue: Sendable[] = []
  planned.forEach(({ row, hash, alt, decision }, i) => {
    const { record, action } = options.records[i]!
    const line = options.records[i]!.line ?? null
    const before = options.records[i]!.before ?? null
    const { key } = decision
    switch (decision.kind) {
      case 'unchanged':
        outcomes.set(row, { row, key, status: 'sent', change: 'unchanged', id: decision.id })
        return
      case 'refused':
        outcomes.set(row, { row, key, status: 'failed', change: 'created', message: decision.message, id: decision.id })
        return
      case 'changed':
        queue.push({ row, key, hash, alt, line, id: decision.id, action: 'update', record, before })
        return
      case 'resend':
        queue.push({ row, key, hash, alt, line, id: decision.id, action: decision.action, record, before })
        return
      case 'new': {
        const given = typeof record['id'] === 'string' ? record['id'] : null
        queue.push({
          row,
          key,
          hash,
          alt,
          line,
          id: given ?? newId(),
          action: given === null ? 'create' : (action ?? 'update'),
          record,
          before: given === null ? null : before,
        })
        return
      }
    }
  })

  const send = async (batch: Batch): Promise<void> => {
    await journal.append({ kind: 'batch-sent', batchId: batch.batchId })
    const result = await sendBatch(
      context,
      options.plural,
      batch.items.map((item) => ({ ...item.record, id: item.id })),
      notStarted,
    )
    const failed = new Map<RowId, string>()
    const byMessage = new Map<string, RowId[]>()
    for (const { index, message } of result.failed) {
      const row = batch.items[index]!.row
      failed.set(row, message)
      byMessage.set(message, [...(byMessage.get(message) ?? []), row])
    }
    const answered = batch.items.map((item, index) =>
      failed.has(item.row) ? null : (result.ids.get(index) ?? item.id),
    )
    for (const [message, failedRows] of byMessage)
      await journal.append({ kind: 'batch-failed', batchId: batch.batchId, rows: failedRows, message })
    await journal.append({ kind: 'batch-done', batchId: batch.batchId, ids: answered, at: new Date().toISOString() })
    batch.items.forEach((item, index) => {
      const change: RowChange =
        item.action === 'create' ? 'created' : item.action === 'restore' ? 'restored' : 'updated'
      const message = failed.get(item.row)
      const base = { row: item.row, key: item.key, change }
      outcomes.set(
        item.row,
        message === undefined
          ? { ...base, status: 'sent', id: answered[index]! }
          : { ...base, status: 'failed', message, id: item.id },
      )
    })
    options.onProgress?.(progress())
  }

  let next = 0
  let nextBatchId = state.batches.reduce((max, batch) => Math.max(max, batch.batchId + 1), 0)
  const hasWork = (): boolean => next < queue.length

  /** The next batch to send, its keys and ids on disk; null when none is left. Chunk and id are taken before any await. */
  const takeBatch = async (): Promise<Batch | null> => {
    if (next >= queue.length) return null
    const items = queue.slice(next, next + Math.min(batchSize, context.limits.maxPerRequest))
    next += items.length
    const batch = { batchId: nextBatchId++, items }
    await journal.append({
      kind: 'batch-planned',
      batchId: batch.batchId,
      object: options.plural,
      rows: items.map((item) => item.row),
      recordIds: items.map((item) => item.id),
      keys: items.map((item) => item.key),
      hashes: items.map((item) => item.hash),
      alts: items.map((item) => item.alt),
      lines: items.map((item) => item.line),
      actions: items.map((item) => item.action),
      source,
      ...(items.some((item) => item.before !== null) ? { befores: items.map((item) => item.before) } : {}),
    })
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

interface Batch {
  readonly batchId: number
  readonly items: readonly Sendable[]
}

function throwIfStopped(options: Pick<PushOptions, 'signal' | 'stop'>): void {
  options.signal?.throwIfAborted()
  options.stop?.throwIfAborted()
}
