// Lands one batch of records with upsert, whatever the server throws at it: pauses the shared pacer on rate limits,
// retries transient failures with backoff, halves on TOO_MANY_RECORDS, and bisects a refused batch down to its bad rows.
// Invariant: records carry their ids, so any resend (even of a batch the server committed) is an upsert, never a duplicate.
import { postBatch, type BatchAnswer, type PushConnection } from './batch-request'
import { backoffDelay, DEFAULT_BACKOFF, realTiming, type BackoffOptions, type Pacer, type Timing } from './pacer'
import { QUERY_MAX_RECORDS } from '../../../shared/twenty-format/api-shapes'

export interface SenderContext {
  readonly connection: PushConnection
  /** Every request, retries included, takes a token first; shared by the batches in flight, paused by a 429. */
  readonly pacer: Pacer
  readonly timing?: Timing
  readonly backoff?: BackoffOptions
  readonly signal?: AbortSignal
  /** Records per request; lowered for the rest of the push when the server answers TOO_MANY_RECORDS. */
  readonly limits: { maxPerRequest: number }
  /** Tries of one request through 5xx and network failures before the push stops (default 6). */
  readonly maxTransientAttempts?: number
  /** Rate-limit answers to one request before the push stops (default 40); they are not failures. */
  readonly maxRateLimitWaits?: number
}

export interface BatchResult {
  /** Indexes into the records given that landed. */
  readonly sent: number[]
  /** Records the server refused, each isolated alone, with the server's message. */
  readonly failed: { readonly index: number; readonly message: string }[]
}

interface Item {
  readonly index: number
  readonly record: Record<string, unknown>
}

/**
 * Sends `records` to POST /rest/batch/{plural}?upsert=true. Throws a WorkspaceError when the push must stop.
 * `notStarted` aborting while the first request still waits for its token gives the batch up unsent (the abort
 * reason is thrown); once a request is out, only the context's signal interrupts the batch.
 */
export async function sendBatch(
  context: SenderContext,
  plural: string,
  records: readonly Record<string, unknown>[],
  notStarted?: AbortSignal,
): Promise<BatchResult> {
  const send: BatchSend = { context, plural, result: { sent: [], failed: [] }, tokenSignal: notStarted ?? context.signal }
  // An empty batch (a resumed one whose rows all left the file) needs no request, and could not be bisected.
  if (records.length > 0) await sendPart(send, records.map((record, index) => ({ index, record })))
  return send.result
}

/** One batch being sent, through however many requests its splitting, bisection and retries take. */
interface BatchSend {
  readonly context: SenderContext
  readonly plural: string
  readonly result: BatchResult
  /** What may interrupt the wait for a token: the batch's `notStarted` until its first request is out. */
  tokenSignal: AbortSignal | undefined
}

async function sendPart(send: BatchSend, items: readonly Item[]): Promise<void> {
  const { context, result } = send
  const max = context.limits.maxPerRequest
  if (items.length > max) {
    for (let start = 0; start < items.length; start += max) await sendPart(send, items.slice(start, start + max))
    return
  }
  const answer = await sendWithRetries(send, items.map((item) => item.record))
  switch (answer.kind) {
    case 'landed':
      result.sent.push(...items.map((item) => item.index))
      return
    case 'too-many':
      if (items.length === 1) {
        result.failed.push({ index: items[0]!.index, message: 'The workspace refuses even one record per request.' })
        return
      }
      context.limits.maxPerRequest = Math.max(1, Math.min(answer.max ?? QUERY_MAX_RECORDS, Math.ceil(items.length / 2)))
      await sendPart(send, items)
      return
    case 'rejected': {
      // Twenty fails a whole batch for one bad record without saying which: halve until each bad one is alone.
      if (items.length === 1) {
        result.failed.push({ index: items[0]!.index, message: answer.message })
        return
      }
      const middle = Math.ceil(items.length / 2)
      await sendPart(send, items.slice(0, middle))
      await sendPart(send, items.slice(middle))
      return
    }
  }
}

type Settled = Extract<BatchAnswer, { kind: 'landed' | 'too-many' | 'rejected' }>

async function sendWithRetries(send: BatchSend, records: readonly Record<string, unknown>[]): Promise<Settled> {
  const { context, plural } = send
  const timing = context.timing ?? realTiming
  const backoff = context.backoff ?? DEFAULT_BACKOFF
  let transient = 0
  let limited = 0
  for (;;) {
    await context.pacer.take(send.tokenSignal)
    send.tokenSignal = context.signal
    const answer = await postBatch(context.connection, plural, records, context.signal)
    switch (answer.kind) {
      case 'rate-limited':
        limited++
        if (limited > (context.maxRateLimitWaits ?? 40)) throw answer.error
        // The limit is the workspace's, not this request's: hold every batch in flight, or they would spend the
        // pause hitting it too. The next take() waits the pause out.
        context.pacer.pause(backoffDelay(limited, backoff))
        continue
      case 'transient':
        transient++
        if (transient >= (context.maxTransientAttempts ?? 6)) throw answer.error
        await timing.sleep(backoffDelay(transient, backoff), context.signal)
        continue
      case 'fatal':
        throw answer.error
      case 'landed':
      case 'too-many':
      case 'rejected':
        return answer
    }
  }
}
