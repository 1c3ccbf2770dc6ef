// Worker-thread entry: checks each share of columns it is sent with the shared engine and posts the compact
// result back (see shared/check/check-shares.ts); a share given as workerData instead is checked once, then it
// ends. A thread started ahead of a check ({ warmUp: true }, see startCheckWorkers) first warms the engine up on
// made-up rows (shared/check/warm-up.ts); a share sent meanwhile waits its turn in the port's queue.
import { parentPort, workerData } from 'node:worker_threads'
import { checkShare, type CheckShareInput } from '../../../shared/check/check-shares'
import { warmUpCheck } from '../../../shared/check/warm-up'

function check(input: CheckShareInput): void {
  const { output, transfer } = checkShare(input)
  parentPort!.postMessage(output, transfer)
}

const isWarmUp = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { warmUp?: unknown }).warmUp === true

if (isWarmUp(workerData)) {
  warmUpCheck()
  parentPort!.on('message', check)
} else if (workerData !== null && workerData !== undefined) check(workerData as CheckShareInput)
else parentPort!.on('message', check)
