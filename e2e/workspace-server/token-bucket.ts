// Twenty's API-key throttle (contract 4.6): a bucket of `capacity` tokens refilled continuously over
// `periodMs`; each request takes one token, a refused request takes none.

export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    readonly capacity: number,
    readonly periodMs: number,
    private readonly now: () => number,
  ) {
    this.tokens = capacity
    this.last = now()
  }

  take(): boolean {
    const now = this.now()
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) * this.capacity) / this.periodMs)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }

  refill(): void {
    this.tokens = this.capacity
    this.last = this.now()
  }
}
