// The contract between run-bench.ts and each measurement: a new measurement is one more section in its list.
// Headline metrics (each with an optional target) lead the final JSON; raw figures follow them.

export interface BenchContext {
  /** A fresh temporary folder, removed when the bench ends. */
  readonly workDir: string
  /** Multiplies every generated file's row count (PREFLIGHT_BENCH_SCALE); 1 is the real size. */
  readonly scale: number
  /** The built parse worker the app itself runs (out/main/parse-worker.js). */
  readonly workerPath: string
  readonly log: (line: string) => void
}

export interface Metric {
  readonly key: string
  readonly value: number
  /** The target is met when `value <= max` (and `value >= min` when both are given). */
  readonly max?: number
  /** The target is met when `value >= min`: for figures where more is better. */
  readonly min?: number
  readonly unit?: string
}

export type Detail = number | string | readonly number[]

export interface SectionResult {
  readonly metrics: readonly Metric[]
  readonly details: Readonly<Record<string, Detail>>
}

export interface BenchSection {
  /** Short name for PREFLIGHT_BENCH_ONLY. */
  readonly key: string
  readonly name: string
  run(context: BenchContext): Promise<SectionResult>
}
