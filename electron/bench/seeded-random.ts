// Deterministic pseudo-random numbers for the bench's generated files (mulberry32): the same seed always
// yields the same sequence, so every run measures the same bytes.
import { seededRandom } from '../../shared/util/seeded-random'

export class SeededRandom {
  /** Uniform in [0, 1). */
  readonly next: () => number

  constructor(seed: number) {
    this.next = seededRandom(seed)
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
