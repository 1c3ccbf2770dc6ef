// The typed surface the renderer sees as `window.api`, derived from the contract.
import type { EventChannel, InvokeChannel } from './channels'
import type { EventPayload, InvokeInput, InvokeOutput } from './contract'
import type { Result } from './result'

export interface PreflightApi {
  invoke<C extends InvokeChannel>(channel: C, input: InvokeInput<C>): Promise<Result<InvokeOutput<C>>>
  /** Subscribes to a main -> renderer event; returns the unsubscribe function. */
  on<C extends EventChannel>(channel: C, listener: (payload: EventPayload<C>) => void): () => void
  /** The file-system path of a file dropped on the window (Electron's webUtils). */
  pathForFile(file: File): string
}
