// Test support (never imported by product code): a scriptable stand-in for window.api in unit tests; records
// invokes, answers from a table, emits events on demand.
import { chunkFromRows } from '../../../shared/table/table-from-rows'
import type { PreflightApi } from '../../../shared/ipc/api'
import type { EventChannel, InvokeChannel } from '../../../shared/ipc/channels'
import type { EventPayload, InvokeOutput } from '../../../shared/ipc/contract'
import type { Result } from '../../../shared/ipc/result'
import type { TableChunk } from '../../../shared/table/table-chunk'

type Answer<C extends InvokeChannel> = (input: unknown) => Result<InvokeOutput<C>> | Promise<Result<InvokeOutput<C>>>

export class FakeApi implements PreflightApi {
  readonly calls: { channel: InvokeChannel; input: unknown }[] = []
  private readonly answers = new Map<InvokeChannel, Answer<InvokeChannel>>()
  private readonly listeners = new Map<EventChannel, Set<(payload: never) => void>>()

  answer<C extends InvokeChannel>(channel: C, answer: Answer<C>): void {
    this.answers.set(channel, answer)
  }

  async invoke<C extends InvokeChannel>(channel: C, input: unknown): Promise<Result<InvokeOutput<C>>> {
    this.calls.push({ channel, input })
    const answer = this.answers.get(channel)
    if (!answer) return { ok: false, error: { code: 'NO_ANSWER', message: `no answer for ${channel}` } }
    return (await answer(input)) as Result<InvokeOutput<C>>
  }

  on<C extends EventChannel>(channel: C, listener: (payload: EventPayload<C>) => void): () => void {
    const set = this.listeners.get(channel) ?? new Set()
    this.listeners.set(channel, set)
    set.add(listener)
    return () => set.delete(listener)
  }

  emit<C extends EventChannel>(channel: C, payload: EventPayload<C>): void {
    for (const listener of this.listeners.get(channel) ?? []) (listener as (p: EventPayload<C>) => void)(payload)
  }

  listenerCount(): number {
    let count = 0
    for (const set of this.listeners.values()) count += set.size
    return count
  }

  pathForFile(file: File): string {
    return `/dropped/${file.name}`
  }
}

/** A chunk holding `rows` (cells as text) starting at row id `firstRow`; the header is spreadsheet row 1. */
export const chunkOf = (firstRow: number, rows: readonly (readonly string[])[]): TableChunk =>
  chunkFromRows(firstRow, rows)
