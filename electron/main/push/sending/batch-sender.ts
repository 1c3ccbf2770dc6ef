// Lands one batch of records with upsert, whatever the server throws at it: pauses the workspace's pacer on rate
// limits, retries transient failures with backoff (paced-request.ts), halves on TOO_MANY_RECORDS, bisects a refused
// batch down to its bad rows, stops after a few probes when every record is refused for one reason, and writes through
// GraphQL to a server older than the REST upsert (upsert-api.ts).
// Invariant: records carry their ids, so any resend (even of a batch the server committed) is an upsert, never a
// duplicate; a row is marked failed only after it was sent alone; a landed row's id is the one the server answered.
import { postBatch, type BatchAnswer, type PushConnection } from './batch-request'
import { refusesAll } from './batch-refusal'
import { sendPaced, type RetryPolicy } from '../pacing/paced-request'
import type { BackoffOptions, Pacer, Timing } from '../pacing/pacer'
import { OLD_SERVER_ANSWER, postGraphqlBatch, rememberUpsertApi, singularOf, upsertApiOf } from './upsert-api'
import { QUERY_MAX_RECORDS } from '../../../../shared/twenty-format/api-shapes'

export interface SenderContext extends RetryPolicy {
  readonly connection: PushConnection
  /** Every request, retries included, takes a token first; shared by the batches in flight, paused by a 429. */
  readonly pacer: Pacer
  readonly timing?: Timing | undefined
  readonly backoff?: BackoffOptions | undefined
  readonly signal?: AbortSignal | undefined
  /** Records per request; lowered for the rest of the push when the server answers TOO_MANY_RECORDS. */
  readonly limits: { maxPerRequest: number }
}

export interface BatchResult {
  /** Indexes into the records given that landed. */
  readonly sent: number[]
  /** Records the server refused, each isolated alone, with the server's message. */
  readonly failed: { readonly index: number; readonly message: string }[]
  /**
   * The id each landed record has in the workspace, by index: the one the server answered (a record an upsert
   * matched keeps the existing record's id, not the id sent), or the id sent where the answer held none usable.
   */
  readonly ids: Map<number, string>
  /** Landed indexes whose id in `ids` is only the one sent: the server's answer did not say. */
  readonly idsAssumed: number[]
}

interface Item {
  readonly index: number
  readonly record: Record<string, unknown>
}

/** A part at least this large, refused whole, is probed for a batch-wide refusal before it is bisected. */
const MIN_PROBED_PART = 4

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
  const result: BatchResult = { sent: [], failed: [], ids: new Map(), idsAssumed: [] }
  const send: BatchSend = { context, plural, result, tokenSignal: notStarted ?? context.signal }
  // An empty batch (a resumed one whose rows all left the file) needs no request, and could not be bisected.
  if (records.length > 0)
    await sendPart(
      send,
      records.map((record, index) => ({ index, record })),
      true,
    )
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

type Settled = Extract<BatchAnswer, { kind: 'landed' | 'too-many' | 'rejected' }>

/** Sends `items` (or acts on the answer they already got) until each landed or failed alone. `whole`: not a bisected part. */
async function sendPart(send: BatchSend, items: readonly Item[], whole: boolean, known?: Settled): Promise<void> {
  const { context, result } = send
  if (items.length === 0) return
  const max = context.limits.maxPerRequest
  if (known === undefined && items.length > max) {
    for (let start = 0; start < items.length; start += max) await sendPart(send, items.slice(start, start + max), whole)
    return
  }
  const answer = known ?? (await sendWithRetries(send, items))
  switch (answer.kind) {
    case 'landed':
      land(result, items, answer.ids)
      return
    case 'too-many':
      if (items.length === 1) {
        result.failed.push({ index: items[0]!.index, message: 'The workspace refuses even one record per request.' })
        return
      }
      context.limits.maxPerRequest = Math.max(1, Math.min(answer.max ?? QUERY_MAX_RECORDS, Math.ceil(items.length / 2)))
      await sendPart(send, items, whole)
      return
    case 'rejected': {
      if (items.length === 1) {
        result.failed.push({ index: items[0]!.index, message: answer.message })
        return
      }
      if (whole && items.length >= MIN_PROBED_PART) {
        await probeRefusal(send, items, answer.message)
        return
      }
      // Twenty fails a whole batch for one bad record without saying which: halve until each bad one is alone.
      const middle = Math.ceil(items.length / 2)
      await sendPart(send, items.slice(0, middle), false)
      await sendPart(send, items.slice(middle), false)
      return
    }
  }
}

/**
 * A whole part was refused with `message`. Bisecting a refusal every record shares (a field the workspace no longer
 * has) would cost two requests per record; so the halves are sent, then single records from different places, and
 * when every one of them is refused with the same words the push stops. Otherwise bisection goes on from there,
 * reusing every answer already had.
 */
async function probeRefusal(send: BatchSend, items: readonly Item[], message: string): Promise<void> {
  const middle = Math.ceil(items.length / 2)
  const halves = [items.slice(0, middle), items.slice(middle)]
  const answers: Settled[] = []
  for (const half of halves) answers.push(await sendWithRetries(send, half))
  const same = (answer: Settled): boolean => answer.kind === 'rejected' && answer.message === message
  if (!answers.every(same)) {
    for (const [i, half] of halves.entries()) await sendPart(send, half, false, answers[i])
    return
  }
  const probes = [...new Set([0, middle, items.length - 1])].map((at) => items[at]!)
  const probed: { item: Item; answer: Settled }[] = []
  for (const item of probes) {
    const answer = await sendWithRetries(send, [item])
    probed.push({ item, answer })
    if (!same(answer)) break
  }
  if (probed.length === probes.length && probed.every((p) => same(p.answer))) {
    throw refusesAll(send.context.connection.host, message, items.length)
  }
  for (const { item, answer } of probed) await sendPart(send, [item], false, answer)
  const tried = new Set(probed.map((p) => p.item.index))
  for (const half of halves)
    await sendPart(
      send,
      half.filter((item) => !tried.has(item.index)),
      false,
    )
}

function land(result: BatchResult, items: readonly Item[], answered: readonly (string | null)[]): void {
  items.forEach((item, i) => {
    result.sent.push(item.index)
    const sentId = typeof item.record['id'] === 'string' ? item.record['id'] : null
    const id = answered[i] ?? sentId
    if (answered[i] == null) result.idsAssumed.push(item.index)
    if (id !== null) result.ids.set(item.index, id)
  })
}

/** One request of `items` through the workspace's pacer, by REST, or GraphQL for a server older than the REST upsert. */
async function sendWithRetries(send: BatchSend, items: readonly Item[]): Promise<Settled> {
  const { context, plural } = send
  const { connection } = context
  const records = items.map((item) => item.record)
  for (;;) {
    if (upsertApiOf(connection.baseUrl) === 'graphql') {
      const singular = await singularOf(connection, context, plural)
      return sendPaced(context, () => postGraphqlBatch(connection, { singular, plural }, records, context.signal), send)
    }
    const answer = await sendPaced(context, () => postBatch(connection, plural, records, context.signal), send)
    if (answer.kind !== 'rejected' || !OLD_SERVER_ANSWER.test(answer.message)) return answer
    // Only a server that ignores `upsert` refuses an id it holds: it is older than the REST upsert. Resend this
    // request, and every later one to the workspace, through GraphQL.
    rememberUpsertApi(connection.baseUrl, 'graphql')
  }
}
