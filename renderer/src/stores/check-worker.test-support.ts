// Test support (never imported by product code): a stand-in for the browser's Worker that does the check
// thread's work (check.worker.ts: the shared checkShare) on a later task, so the check store runs its
// real check client under Node. Install it with vi.stubGlobal('Worker', InlineCheckWorker).
import { checkShare } from '../../../shared/check/check-shares'
import type { CheckReply, CheckRequest } from '../features/check/check-messages'

export class InlineCheckWorker {
  /** How many check threads were started (one per check run). */
  static started = 0
  onmessage: ((event: { data: CheckReply }) => void) | null = null
  onerror: ((event: { message: string }) => void) | null = null
  private terminated = false

  constructor() {
    InlineCheckWorker.started++
  }

  postMessage(request: CheckRequest): void {
    setTimeout(() => {
      if (this.terminated) return
      let reply: CheckReply
      try {
        reply = { id: request.id, ok: true, output: checkShare(request.input).output }
      } catch (error) {
        reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }
      }
      this.onmessage?.({ data: reply })
    }, 0)
  }

  terminate(): void {
    this.terminated = true
  }
}
