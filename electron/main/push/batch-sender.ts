// Lands one batch of records with upsert, whatever the server throws at it: waits out rate limits, retries
// transient failures with backoff, halves on TOO_MANY_RECORDS, and bisects a refused batch down to its bad rows.
// Invariant: records carry their ids, so any resend (even of a batch the server committed) is an upsert, never a duplicate.
import { postBatch, type BatchAnswer, type PushConnection } from './batch-request'
import { backoffDelay, DEFAULT_BACKOFF, realTiming, type BackoffOptions, type Pacer, type Timing } from './pacer'
import { QUERY_MAX_RECORDS } from '../../../shared/twenty-format/api-shapes'

export interface SenderContext {
  readonly connection: PushConnection
  /** Every request, retries included, takes a token first. */
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

/** Sends `records` to POST /rest/batch/{plural}?upsert=true. Throws a WorkspaceError when the push must stop. */
export async function sendBatch(
  context: SenderContext,
  plural: string,
  records: readonly Record<string, unknown>[],
): Promise<BatchResult> {
  const result: BatchResult = { sent: [], failed: [] }
  await sendPart(context, plural, records.map((record, index) => ({ index, record })), result)
  return result
}

async function sendPart(context: SenderContext, plural: string, items: readonly Item[], result: BatchResult): Promise<void> {
  const max = context.limits.maxPerRequest
  if (items.length > max) {
    for (let start = 0; start < items.length; start += max) await sendPart(context, plural, items.slice(start, start + max), result)
    return
  }
  const answer = await sendWithRetries(context, plural, items.map((item) => item.record))
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
      await sendPart(context, plural, items, result)
      return
    case 'rejected': {
      // Twenty fails a whole batch for one bad record without saying which: halve until each bad one is alone.
      if (items.length === 1) {
        result.failed.push({ index: items[0]!.index, message: answer.message })
        return
      }
      const middle = Math.ceil(items.length / 2)
      await sendPart(context, plural, items.slice(0, middle), result)
      await sendPart(context, plural, items.slice(middle), result)
      return
    }
  }
}

type Settled = Extract<BatchAnswer, { kind: 'landed' | 'too-many' | 'rejected' }>

async function sendWithRetries(context: SenderContext, plural: string, records: readonly Record<string, unknown>[]): Promise<Settled> {
  const timing = context.timing ?? realTiming
  const backoff = context.backoff ?? DEFAULT_BACKOFF
  let transient = 0
  let limited = 0
  for (;;) {
    await context.pacer.take(context.signal)
    const answer = await postBatch(context.connection, plural, records, context.signal)
    switch (answer.kind) {
      case 'rate-limited':
        limited++
        if (limited > (context.maxRateLimitWaits ?? 40)) throw answer.error
        await timing.sleep(backoffDelay(limited, backoff), context.signal)
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
