// A scriptable stand-in for window.api in unit tests: records invokes, answers from a table, emits events on demand.
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
    this.answers.set(channel, answer as Answer<InvokeChannel>)
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
    set.add(listener as (payload: never) => void)
    return () => set.delete(listener as (payload: never) => void)
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

const encoder = new TextEncoder()

/** A chunk holding `rows` (cells as text) starting at row id `firstRow`; the header is spreadsheet row 1. */
export function chunkOf(firstRow: number, rows: readonly (readonly string[])[]): TableChunk {
  const width = Math.max(0, ...rows.map((row) => row.length))
  const columns = Array.from({ length: width }, (_, c) => {
    const parts = rows.map((row) => encoder.encode(row[c] ?? ''))
    const ends = new Uint32Array(rows.length)
    const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
    let offset = 0
    parts.forEach((part, i) => {
      bytes.set(part, offset)
      offset += part.length
      ends[i] = offset
    })
    return { bytes, ends }
  })
  return { firstRow, sourceRows: Uint32Array.from(rows, (_, i) => firstRow + i + 2), columns }
}
