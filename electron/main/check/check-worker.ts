// Worker-thread entry: checks each share of columns it is sent with the shared engine and posts the compact
// result back (see shared/check/check-shares.ts); a share given as workerData instead is checked once, then it ends.
import { parentPort, workerData } from 'node:worker_threads'
import { checkShare, type CheckShareInput } from '../../../shared/check/check-shares'

function check(input: CheckShareInput): void {
  const { output, transfer } = checkShare(input)
  parentPort!.postMessage(output, transfer)
}

if (workerData !== null && workerData !== undefined) check(workerData as CheckShareInput)
else parentPort!.on('message', check)
