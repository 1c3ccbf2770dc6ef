// Timing, medians and retained-memory snapshots for the bench. Memory is read only after several forced
// collections, so a difference between two snapshots is what is still reachable, not garbage awaiting GC.

/** Reads the high-resolution clock in milliseconds. */
export const nowMs = (): number => performance.now()

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export const round3 = (value: number): number => Math.round(value * 1000) / 1000

export const formatMs = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`)

export function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024)
  return mib >= 1 ? `${mib.toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`
}

const gc = (globalThis as { gc?: () => void }).gc

/** Fails fast when the bench was started without --expose-gc, since every memory figure would be noise. */
export function assertGcExposed(): void {
  if (!gc) throw new Error('the bench needs node --expose-gc (run it with `npm run bench`)')
}

/** Collects repeatedly, yielding between passes so finalizers and terminated workers release their memory. */
export async function collectGarbage(passes = 4): Promise<void> {
  // The last regular-expression match pins its whole subject string (a parser's input, hundreds of MB)
  // until another match replaces it; matching a tiny string releases it.
  ;/^$/.exec('')
  for (let i = 0; i < passes; i++) {
    gc?.()
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export interface MemorySnapshot {
  readonly heapUsed: number
  readonly arrayBuffers: number
  readonly external: number
}

export async function snapshotMemory(): Promise<MemorySnapshot> {
  await collectGarbage()
  const { heapUsed, arrayBuffers, external } = process.memoryUsage()
  return { heapUsed, arrayBuffers, external }
}

export interface Retained {
  /** JS heap plus every off-heap backing store the isolate owns, including buffers transferred in from a worker. */
  readonly heapPlusExternal: number
  /**
   * JS heap plus `arrayBuffers`. Node counts `arrayBuffers` per allocating thread, so buffers a worker allocated
   * and transferred to this thread are missing from it: kept for comparison, not used for the headline figure.
   */
  readonly heapPlusArrayBuffers: number
}

export function retainedBetween(before: MemorySnapshot, after: MemorySnapshot): Retained {
  const heap = after.heapUsed - before.heapUsed
  return {
    heapPlusExternal: heap + after.external - before.external,
    heapPlusArrayBuffers: heap + after.arrayBuffers - before.arrayBuffers,
  }
}
