// Transport-independent IPC core: parses a request against the contract, runs the handler, parses the reply
// (stripping anything not in the schema) and wraps it in a Result. Electron's ipcMain and the end-to-end
// harness both call this, so the only thing tests swap is the transport.
import { z } from 'zod'
import { isInvokeChannel, type EventChannel, type InvokeChannel } from '../../../shared/ipc/channels'
import { eventContract, invokeContract, type EventPayload, type InvokeOutput } from '../../../shared/ipc/contract'
import { fail, ok, type Result } from '../../../shared/ipc/result'
import { UserError } from './user-error'

/** Main's implementation of every invoke channel: a missing one is a compile error. */
export type Handlers = {
  [C in InvokeChannel]: (input: z.output<(typeof invokeContract)[C]['input']>) => Promise<InvokeOutput<C>>
}

/** Sends a validated event to the renderer. */
export type Emit = <C extends EventChannel>(channel: C, payload: EventPayload<C>) => void

export async function dispatch(handlers: Handlers, channel: unknown, raw: unknown): Promise<Result<unknown>> {
  if (!isInvokeChannel(channel)) return fail('IPC_UNKNOWN_CHANNEL', `Unknown request: ${String(channel)}`)
  const spec = invokeContract[channel]
  const input = spec.input.safeParse(raw ?? {})
  if (!input.success) return fail('IPC_BAD_INPUT', `Bad request to ${channel}: ${z.prettifyError(input.error)}`)
  try {
    const handler = handlers[channel] as (value: unknown) => Promise<unknown>
    const output = spec.output.safeParse(await handler(input.data))
    if (!output.success) {
      console.error(`[ipc] ${channel} produced an invalid reply`, z.prettifyError(output.error))
      return fail('INTERNAL', `Preflight produced an invalid reply to ${channel}. Please report this.`)
    }
    return ok(output.data)
  } catch (error) {
    if (error instanceof UserError) return fail(error.code, error.message)
    console.error(`[ipc] ${channel} failed`, error)
    const detail = error instanceof Error ? error.message : String(error)
    return fail('INTERNAL', `Something went wrong in Preflight (${channel}): ${detail}`)
  }
}

/** Wraps a raw transport send so every event is checked against the contract first. */
export function createEmit(send: (channel: EventChannel, payload: unknown) => void): Emit {
  return (channel, payload) => send(channel, eventContract[channel].parse(payload))
}
