// Errors cross IPC as data: every invoke resolves to one of these, never rejects.
import { z } from 'zod'

/** A user-facing failure: a stable code to branch on and a message that says what and where. */
export const AppErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
})
export type AppError = z.infer<typeof AppErrorSchema>

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError }

/** Builds the zod schema of `Result<T>` for a channel's output schema. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: AppErrorSchema }),
  ])
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } })
