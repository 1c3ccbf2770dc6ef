// What the project bar says about each file (see features/project/file-state.ts), gathered as the session goes:
// the open file's check, a project dry run's rejected rows, and pushes that finished without a failure (until
// the push is undone).
import { defineStore } from 'pinia'
import { shallowRef, watch } from 'vue'
import { fileState, type FileFacts, type FileState } from '../features/project/file-state'
import { useProjectStore } from './project'
import { useProjectPushStore } from './project-push'
import { usePushStore } from './push'
import { useCheckStore } from './check'

export const useFileStatesStore = defineStore('file-states', () => {
  const project = useProjectStore()
  const checker = useCheckStore()
  const push = usePushStore()
  const projectPush = useProjectPushStore()
  const facts = shallowRef<ReadonlyMap<string, FileFacts>>(new Map())

  function note(id: string, change: FileFacts): void {
    const next = new Map(facts.value)
    next.set(id, { ...next.get(id), ...change })
    facts.value = next
  }

  watch(
    () => [checker.status, checker.summary, project.openId] as const,
    ([status, summary, id]) => {
      if (status === 'done' && summary && id) note(id, { errorRows: summary.rowsWithErrors })
    },
    { immediate: true },
  )
  watch(
    () => push.phase,
    (phase) => {
      if (phase === 'done' && push.failures.length === 0 && project.openId) note(project.openId, { pushed: true })
    },
  )
  // An undone push leaves the file as it was before it: no longer pushed.
  watch(
    () => push.undoPhase,
    (phase) => {
      if (phase === 'done' && project.openId) note(project.openId, { pushed: false })
    },
  )
  watch(
    () => [projectPush.phase, projectPush.files] as const,
    ([phase, files]) => {
      for (const f of files) {
        if (f.plan && f.id !== project.openId) note(f.id, { errorRows: f.plan.rejected })
        if (phase === 'done' && f.state === 'done' && f.failed === 0) note(f.id, { pushed: true })
      }
    },
  )

  function stateOf(id: string): FileState | null {
    return fileState(facts.value.get(id))
  }

  return { stateOf }
})
