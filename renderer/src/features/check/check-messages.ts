// Messages between the renderer and its check thread.
import type { CheckShareInput, CheckShareOutput } from '../../../../shared/check/check-shares'

export interface CheckRequest {
  readonly id: number
  readonly input: CheckShareInput
}

export type CheckReply =
  | { readonly id: number; readonly ok: true; readonly output: CheckShareOutput }
  | { readonly id: number; readonly ok: false; readonly message: string }
