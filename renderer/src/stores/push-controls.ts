// Pause and cancel of a push main runs (one file's or the whole project's): both stop through push:stop; a
// cancel also aborts the requests in flight and says what it means for the records already sent.
import type { Ref } from 'vue'
import { getApi } from '../api'

export const CANCELLED_NOTE =
  'Cancelled. Records already sent stay in the workspace; push again to send the rest without duplicates.'

export function pushControls(
  jobId: Ref<string | null>,
  phase: Ref<string>,
  error: Ref<string | null>,
): { pause: () => Promise<void>; cancel: () => Promise<void> } {
  const api = getApi()
  return {
    pause: async () => {
      if (jobId.value) await api.invoke('push:stop', { jobId: jobId.value, hard: false })
    },
    cancel: async () => {
      if (jobId.value) await api.invoke('push:stop', { jobId: jobId.value, hard: true })
      phase.value = 'failed'
      error.value = CANCELLED_NOTE
    },
  }
}

/**
 * Records per second since a run started (counting only what this run sent) and the seconds left at that rate;
 * null before any time has passed. `left` null: what is left is not known yet.
 */
export function pushRate(
  sent: number,
  sentAtStart: number,
  left: number | null,
  startedAtMs: number,
  nowMs: number,
): { perSecond: number; etaSeconds: number | null } | null {
  const seconds = (nowMs - startedAtMs) / 1000
  if (seconds <= 0) return null
  const perSecond = (sent - sentAtStart) / seconds
  return { perSecond, etaSeconds: perSecond > 0 && left !== null ? left / perSecond : null }
}
