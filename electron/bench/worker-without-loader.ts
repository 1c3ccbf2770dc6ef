// Worker threads inherit the bench's own `--import tsx`, which the app never has: the loader adds about
// 100 ms of start-up to every open and would be charged to Preflight. While installed, workers start with no
// extra flags, as in the app; V8 flags (--max-old-space-size, --expose-gc) are process-wide and still apply.
import { createRequire } from 'node:module'
import type { WorkerOptions } from 'node:worker_threads'

// The CommonJS exports object, which module code compiled by tsx reads `Worker` from at each `new Worker`.
const threads = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')

/** Installs the flag-free Worker; the returned function counts the workers it has started so far. */
export function startWorkersWithoutLoader(): () => number {
  const Original = threads.Worker
  let started = 0
  threads.Worker = class extends Original {
    constructor(filename: string | URL, options?: WorkerOptions) {
      super(filename, { ...options, execArgv: options?.execArgv ?? [] })
      started++
    }
  }
  return () => started
}
