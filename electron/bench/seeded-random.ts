// Deterministic pseudo-random numbers for the bench's generated files (mulberry32): the same seed always
// yields the same sequence, so every run measures the same bytes.
export class SeededRandom {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n)
  }

  /** Integer in [low, high]. */
  between(low: number, high: number): number {
    return low + this.below(high - low + 1)
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!
  }

  /** `count` decimal digits, leading zeros allowed. */
  digits(count: number): string {
    let out = ''
    for (let i = 0; i < count; i++) out += String.fromCharCode(48 + this.below(10))
    return out
  }
}
