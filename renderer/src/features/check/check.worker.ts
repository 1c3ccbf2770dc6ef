// The renderer's check thread: checks the mapped columns of the open table with the shared engine, so the
// grid never waits on it, and sends the compact result back (typed arrays transferred).
import { checkShare } from '../../../../shared/check/check-shares'
import type { CheckReply, CheckRequest } from './check-messages'

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null
  postMessage(message: CheckReply, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

scope.onmessage = (event) => {
  const { id, input } = event.data
  try {
    const { output, transfer } = checkShare(input)
    scope.postMessage({ id, ok: true, output }, transfer)
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) })
  }
}
