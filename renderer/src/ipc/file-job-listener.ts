// Routes main's file events to one open. Subscribes before file:open is invoked, holds events back until
// the job id is known, then forwards only that job's events; events of any other (stale) job are dropped.
import type { PreflightApi } from '../../../shared/ipc/api'
import type { EventPayload } from '../../../shared/ipc/contract'

export interface FileJobHandlers {
  chunk(event: EventPayload<'file:chunk'>): void
  progress(event: EventPayload<'file:progress'>): void
  done(event: EventPayload<'file:done'>): void
  failed(event: EventPayload<'file:failed'>): void
}

type FileEvent =
  | { readonly kind: 'chunk'; readonly payload: EventPayload<'file:chunk'> }
  | { readonly kind: 'progress'; readonly payload: EventPayload<'file:progress'> }
  | { readonly kind: 'done'; readonly payload: EventPayload<'file:done'> }
  | { readonly kind: 'failed'; readonly payload: EventPayload<'file:failed'> }

export class FileJobListener {
  private jobId: string | null = null
  private held: FileEvent[] = []
  private disposed = false
  private readonly unsubscribes: readonly (() => void)[]

  constructor(
    api: PreflightApi,
    private readonly handlers: FileJobHandlers,
  ) {
    this.unsubscribes = [
      api.on('file:chunk', (payload) => this.receive({ kind: 'chunk', payload })),
      api.on('file:progress', (payload) => this.receive({ kind: 'progress', payload })),
      api.on('file:done', (payload) => this.receive({ kind: 'done', payload })),
      api.on('file:failed', (payload) => this.receive({ kind: 'failed', payload })),
    ]
  }

  /** Names the job to follow and replays its events that arrived before file:open answered. */
  bind(jobId: string): void {
    this.jobId = jobId
    const held = this.held
    this.held = []
    for (const event of held) this.receive(event)
  }

  dispose(): void {
    this.disposed = true
    this.held = []
    for (const unsubscribe of this.unsubscribes) unsubscribe()
  }

  private receive(event: FileEvent): void {
    if (this.disposed) return
    if (this.jobId === null) {
      this.held.push(event)
      return
    }
    if (event.payload.jobId !== this.jobId) return
    switch (event.kind) {
      case 'chunk':
        return this.handlers.chunk(event.payload)
      case 'progress':
        return this.handlers.progress(event.payload)
      case 'done':
        return this.handlers.done(event.payload)
      case 'failed':
        return this.handlers.failed(event.payload)
    }
  }
}
