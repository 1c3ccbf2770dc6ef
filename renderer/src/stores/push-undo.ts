// "Undo this push" for the push store: first what undoing the open file's pushes would do (reads only), then, once
// the user confirms, the rollback main runs with progress and Cancel. Invariant: what it found belongs to the file
// it was asked for; another file opened starts from "Undo this push" again (unless an undo is running).
import { ref, shallowRef, watch, type Ref } from 'vue'
import type { PushJournalTarget } from '../../../shared/push/push-ipc'
import { getApi } from '../api'
import { t } from '../i18n'
import { useMappingStore } from './mapping'
import { useOpenFileStore } from './open-file'

type UndoCounts = { deleted: number; restored: number; skipped: number; failed: number; notes: string[]; setAside: string | null }
export type UndoPhase = 'idle' | 'planning' | 'planned' | 'undoing' | 'done'

/** What the undo reads and resets of the push store. */
export interface UndoTarget {
  readonly workspaceId: Readonly<Ref<string | null>>
  readonly error: Ref<string | null>
  /** Where the open file's push journal lives (null: no file). */
  journalTarget(): PushJournalTarget | null
  /** The file's pushes were undone: what the last dry run and push said no longer holds. */
  forgetPush(): void
}

export function usePushUndo(push: UndoTarget) {
  const api = getApi()
  const files = useOpenFileStore()
  const mapping = useMappingStore()
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
    () => files.file?.path,
    () => {
      if (undoJob.value !== null) return
      undoPhase.value = 'idle'
      undoPlan.value = null
      undoResult.value = null
    },
  )

  async function runUndo(dryRun: boolean): Promise<void> {
    const journal = push.journalTarget()
    const workspaceId = push.workspaceId.value
    if (!workspaceId || !journal) return
    push.error.value = null
    undoProgress.value = null
    undoPhase.value = dryRun ? 'planning' : 'undoing'
    undoJob.value = crypto.randomUUID()
    const result = await api.invoke('push:undo', { workspaceId, object: mapping.objectName, journal, dryRun, jobId: undoJob.value })
    if (!result.ok) {
      undoPhase.value = 'idle'
      undoJob.value = null
      push.error.value = result.error.message
    }
  }
  /** What undoing this file's pushes would do (nothing is written). */
  const planUndo = (): Promise<void> => runUndo(true)
  /** Undoes this file's pushes, as the plan said. */
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
