// "Undo this push": first what undoing the pushes would do (reads only), then, once the user confirms, the
// rollback main runs with progress and Cancel. The push store undoes the open file's pushes (push:undo), the
// project push store every file of the project (push:undo-project); both through this part.
// Invariant: what it found belongs to what it was asked about; when that changes (another file opened), it
// starts from "Undo this push" again (unless an undo is running).
import { ref, shallowRef, watch, type Ref } from 'vue'
import type { Result } from '../../../shared/ipc/result'
import { getApi } from '../api'
import { t } from '../i18n'

/** What an undo (or its dry run) did or would do, as push:undo-done says it. */
export type UndoCounts = {
  deleted: number
  restored: number
  skipped: number
  failed: number
  notes: string[]
  setAside: string | null
}
export type UndoPhase = 'idle' | 'planning' | 'planned' | 'undoing' | 'done'

/** What the undo asks and resets of the store it is part of. */
export interface UndoTarget {
  readonly error: Ref<string | null>
  /** Asks main to undo (or with dryRun to say what undoing would do); null when there is nothing to ask about. */
  request(dryRun: boolean, jobId: string): Promise<Result<{ jobId: string }>> | null
  /** The pushes were undone: what the last dry run and push said no longer holds. */
  forgetPush(): void
  /** What is undone (the open file): when it changes, what was found no longer holds. */
  subject(): unknown
}

export function usePushUndo(push: UndoTarget) {
  const api = getApi()
  const undoPhase = ref<UndoPhase>('idle')
  const undoJob = ref<string | null>(null)
  const undoPlan = shallowRef<UndoCounts | null>(null)
  const undoResult = shallowRef<UndoCounts | null>(null)
  const undoProgress = shallowRef<{ done: number; total: number } | null>(null)
  api.on('push:undo-progress', (event) => {
    if (event.jobId === undoJob.value) undoProgress.value = { done: event.done, total: event.total }
  })
  api.on('push:undo-done', (event) => {
    if (event.jobId !== undoJob.value) return
    undoJob.value = null
    if (event.stopped === 'error' || event.result === null) {
      undoPhase.value = 'idle'
      push.error.value = event.error?.message ?? t('push.stopped')
    } else if (event.dryRun) {
      undoPlan.value = event.result
      undoPhase.value = 'planned'
    } else if (event.stopped === 'stopped') undoPhase.value = 'idle'
    else {
      undoResult.value = event.result
      undoPhase.value = 'done'
      // What the dry run said no longer holds: the next push starts from a fresh plan.
      push.forgetPush()
    }
  })

  watch(
    () => push.subject(),
    () => {
      if (undoJob.value !== null) return
      undoPhase.value = 'idle'
      undoPlan.value = null
      undoResult.value = null
    },
  )

  async function runUndo(dryRun: boolean): Promise<void> {
    const jobId = crypto.randomUUID()
    const asked = push.request(dryRun, jobId)
    if (asked === null) return
    push.error.value = null
    undoProgress.value = null
    undoPhase.value = dryRun ? 'planning' : 'undoing'
    undoJob.value = jobId
    const result = await asked
    if (!result.ok) {
      undoPhase.value = 'idle'
      undoJob.value = null
      push.error.value = result.error.message
    }
  }
  /** What undoing the pushes would do (nothing is written). */
  const planUndo = (): Promise<void> => runUndo(true)
  /** Undoes the pushes, as the plan said. */
  const undo = (): Promise<void> => runUndo(false)
  function keepPush(): void {
    undoPhase.value = 'idle'
    undoPlan.value = null
  }
  async function cancelUndo(): Promise<void> {
    if (undoJob.value) await api.invoke('push:stop', { jobId: undoJob.value, hard: true })
  }

  return { undoPhase, undoPlan, undoResult, undoProgress, planUndo, undo, keepPush, cancelUndo }
}
