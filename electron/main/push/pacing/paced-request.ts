// One request to a workspace through its pacer, tried until it settles: every try takes a token first; a rate limit
// (429, 400 "Limit reached") pauses the workspace's pacer, so every other request holds too, and tries again; a 5xx or
// network failure is retried with backoff; anything fatal (401, 403, 404...) throws at once. Writes and reads share it.
// Invariant: no try leaves without a token; the only errors thrown are the answer's WorkspaceError or the abort reason.
import type { WorkspaceError } from '../../workspace/workspace-errors'
import { backoffDelay, DEFAULT_BACKOFF, realTiming, type BackoffOptions, type Pacer, type Timing } from './pacer'

export interface RetryPolicy {
  /** The workspace's pacer (workspace-pacers.ts): shared by every request to it, paused by a 429. */
  readonly pacer: Pacer
  readonly timing?: Timing | undefined
  readonly backoff?: BackoffOptions | undefined
  readonly signal?: AbortSignal | undefined
  /** Tries of one request through 5xx and network failures before giving up (default 6). */
  readonly maxTransientAttempts?: number | undefined
  /** Rate-limit answers to one request before giving up (default 40); they are not failures. */
  readonly maxRateLimitWaits?: number | undefined
}

/** The answers a try may get that the loop handles itself. */
export type Retryable =
  | { readonly kind: 'rate-limited'; readonly error: WorkspaceError }
  | { readonly kind: 'transient'; readonly error: WorkspaceError }
  | { readonly kind: 'fatal'; readonly error: WorkspaceError }

/** What may interrupt the wait for the first token; set to the policy's signal once a request is out. */
export interface TokenGate {
  tokenSignal: AbortSignal | undefined
}

function isRetryable<A extends { readonly kind: string }>(answer: A | Retryable): answer is Retryable {
  return answer.kind === 'rate-limited' || answer.kind === 'transient' || answer.kind === 'fatal'
}

/** Sends `attempt` until its answer is not retryable, and returns it. */
export async function sendPaced<A extends { readonly kind: string }>(
  policy: RetryPolicy,
  attempt: () => Promise<A | Retryable>,
  gate?: TokenGate,
): Promise<Exclude<A, Retryable>> {
  const timing = policy.timing ?? realTiming
  const backoff = policy.backoff ?? DEFAULT_BACKOFF
  let transient = 0
  let limited = 0
  for (;;) {
    await policy.pacer.take(gate === undefined ? policy.signal : gate.tokenSignal)
    if (gate !== undefined) gate.tokenSignal = policy.signal
    const answer = await attempt()
    if (!isRetryable(answer)) return answer as Exclude<A, Retryable>
    switch (answer.kind) {
      case 'rate-limited':
        limited++
        if (limited > (policy.maxRateLimitWaits ?? 40)) throw answer.error
        // The limit is the workspace's, not this request's: hold every request to it, or they would spend the
        // pause hitting it too. The next take() waits the pause out.
        policy.pacer.pause(backoffDelay(limited, backoff))
        continue
      case 'transient':
        transient++
        if (transient >= (policy.maxTransientAttempts ?? 6)) throw answer.error
        await timing.sleep(backoffDelay(transient, backoff), policy.signal)
        continue
      case 'fatal':
        throw answer.error
    }
  }
}
