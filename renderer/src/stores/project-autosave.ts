// Saving the open project: Save as… (asks where), save in place, and an autosave after every edit, mapping pick,
// object or setting change and workspace chosen, once the project has a file (main writes it atomically).
// Invariants: one save is written at a time; saves asked for meanwhile are coalesced into one more after it, so
// `flush` waits along that chain of promises (never by polling) and then the file on disk holds the open file.
import { ref, watch } from 'vue'
import type { ProjectDraft } from '../../../shared/project/project-file'
import { getApi } from '../api'
import { useEditsStore } from './edits'
import { useMappingStore } from './mapping'
import type { ProjectFiles } from './project-files'
import { useTargetStore } from './target'

export type SaveState = 'unsaved' | 'saving' | 'saved' | 'failed'

export function useProjectAutosave(project: ProjectFiles) {
  const api = getApi()
  const edits = useEditsStore()
  const mapping = useMappingStore()
  const target = useTargetStore()
  const saveState = ref<SaveState>('unsaved')
  const savedAt = ref<string | null>(null)
  const error = ref<string | null>(null)
  /** The save being written (it starts the coalesced one after it before it settles); null when none is. */
  let inFlight: Promise<void> | null = null
  /** A save was asked for while one was in flight. */
  let dirty = false

  async function write(to: string | null, current: ProjectDraft): Promise<void> {
    saveState.value = 'saving'
    const result = await api.invoke('project:save', { path: to, draft: current })
    if (!result.ok) {
      saveState.value = 'failed'
      error.value = result.error.message
      return
    }
    if (result.value.path === null) {
      saveState.value = project.path.value ? 'saved' : 'unsaved'
      return
    }
    project.path.value = result.value.path
    project.entries.value = current.files
    savedAt.value = result.value.savedAt
    saveState.value = 'saved'
    error.value = null
  }

  /** Writes the project to `to` (null: ask where); while a save is in flight, asks for one more after it. */
  function save(to: string | null): Promise<void> {
    const current = project.draft()
    if (!current) return Promise.resolve()
    if (inFlight) {
      dirty = true
      return Promise.resolve()
    }
    const written = write(to, current).finally(() => {
      inFlight = null
      if (dirty && project.path.value) {
        dirty = false
        void save(project.path.value)
      }
    })
    inFlight = written
    return written
  }

  /** Save as… (asks where), or save in place once the project has a file. */
  function saveNow(): Promise<void> {
    return save(project.path.value)
  }

  function saveAs(): Promise<void> {
    return save(null)
  }

  /** Saves now and waits for every save in flight, so the project file on disk holds the open file as it is. */
  async function flush(): Promise<void> {
    if (!project.path.value) return
    await save(project.path.value)
    // A settling save has already started the one asked for after it: follow the chain to its end.
    while (inFlight) await inFlight.catch(() => undefined)
  }

  watch(
    [
      () => edits.version,
      () => mapping.choices,
      () => mapping.objectName,
      () => mapping.settings,
      () => target.workspaceId,
    ],
    () => {
      if (project.path.value && !project.pending && edits.history) void save(project.path.value)
    },
  )

  return { saveState, savedAt, error, save, saveNow, saveAs, flush }
}

export type ProjectSaver = ReturnType<typeof useProjectAutosave>
