// Worker-thread entry: checks the share of columns it was given with the shared engine and posts the
// compact result back (see shared/check/check-shares.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { checkShare, type CheckShareInput } from '../../../shared/check/check-shares'

const { output, transfer } = checkShare(workerData as CheckShareInput)
parentPort!.postMessage(output, transfer)
