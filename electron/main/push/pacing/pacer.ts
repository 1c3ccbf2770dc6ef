// Client-side pacing of workspace requests: a token bucket of N requests per minute (contract 4.6, 10.1) shared by
// every request to one workspace (workspace-pacers.ts hands out one per workspace), a pause that holds them all after
// a 429, and the exponential backoff with jitter for retries.
// Invariant: tokens go out in the order they were asked for; clock, sleep and random are injectable; every wait honours abort.
import { setTimeout as delay } from 'node:timers/promises'

export interface Timing {
  readonly now: () => number
  /** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>
}

export const realTiming: Timing = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    await delay(ms, undefined, { signal })
  },
}

/** Twenty's documented default: 100 requests per minute per workspace. */
export const DEFAULT_RATE_PER_MINUTE = 100

export class Pacer {
  private tokens: number
  private last: number
  private perMs: number
  private pausedUntil = -Infinity
  /** The last caller's turn: each take waits for the one before it, so requests leave in the order they queued. */
  private queue: Promise<void> = Promise.resolve()

  /** `burst` tokens at most are saved up; 1 spreads requests evenly. */
  constructor(
    ratePerMinute: number = DEFAULT_RATE_PER_MINUTE,
    private readonly timing: Timing = realTiming,
    private readonly burst = 1,
  ) {
    this.perMs = perMsOf(ratePerMinute)
    this.tokens = burst
    this.last = timing.now()
  }

  get ratePerMinute(): number {
    return this.perMs * 60_000
  }

  /** This pacer, at `ratePerMinute` from now on when one is given (a push's own rate setting). */
  atRate(ratePerMinute: number | undefined): this {
    if (ratePerMinute !== undefined) this.setRate(ratePerMinute)
    return this
  }

  /** Changes the rate from now on (the profile's or `--rate`); tokens already saved up are kept. */
  setRate(ratePerMinute: number): void {
    const perMs = perMsOf(ratePerMinute)
    if (perMs === this.perMs) return
    // Account for the time elapsed at the old rate before the new one applies.
    const now = this.timing.now()
    if (now > this.last) {
      this.tokens = Math.min(this.burst, this.tokens + (now - this.last) * this.perMs)
      this.last = now
    }
    this.perMs = perMs
  }

  /** Waits until a request may go out (after any pause, after every earlier caller), and spends its token. */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.waitForToken(signal))
    // A caller that gives up (abort) must not hold the queue for those behind it.
    this.queue = turn.catch(() => undefined)
    return turn
  }

  /** Holds every request, queued or yet to come, for `ms` from now (a longer pause already running wins). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.timing.now() + ms)
  }

  private async waitForToken(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      signal?.throwIfAborted()
      const now = this.timing.now()
      if (now < this.pausedUntil) {
        await this.timing.sleep(this.pausedUntil - now, signal)
        continue
      }
      this.tokens = Math.min(this.burst, this.tokens + (now - this.last) * this.perMs)
      this.last = now
      if (this.tokens >= 1) {
        this.tokens -= 1
        return
      }
      const due = now + (1 - this.tokens) / this.perMs
      await this.timing.sleep(Math.ceil(due - now), signal)
      const woke = this.timing.now()
      if (woke >= due && woke >= this.pausedUntil) {
        // Spend the token at the moment it was due, not when the timer fired: a busy event loop wakes us late on
        // every request, and capping the bucket at `burst` would drop that lateness from the rate each time.
        this.tokens = 0
        this.last = due
        return
      }
    }
  }
}

function perMsOf(ratePerMinute: number): number {
  if (!(ratePerMinute > 0)) throw new Error('ratePerMinute must be positive')
  return ratePerMinute / 60_000
}

export interface BackoffOptions {
  readonly baseMs: number
  readonly maxMs: number
  /** In [0, 1); Math.random by default. */
  readonly random?: () => number
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 30_000 }

/** The wait before retry number `attempt` (1 for the first): uniform in [c/2, c] where c = min(max, base * 2^(attempt-1)). */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1))
  // Half fixed, half random: never zero, yet spread enough that retries from several pushes do not align.
  return Math.round(ceiling / 2 + (options.random ?? Math.random)() * (ceiling / 2))
}
