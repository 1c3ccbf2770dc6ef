// The open project: where it is saved, and an autosave after every edit, mapping change or setting (coalesced
// while a save is in flight, written atomically by main), so a crash reopens with every acknowledged edit.
// Opening a project opens its file, then puts back its mapping and settings and replays its recipe: all of it
// on the same file; on a changed file, the steps that do not name rows, with a note of what was skipped.
import { defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import type { SkippedStep } from '../../../shared/operations/replay'
import { columnMapByName, type OpenedProject, type ProjectDraft, type ProjectSource } from '../../../shared/project/project-file'
import { getApi } from '../api'
import { useEditsStore } from './edits'
import { useMappingStore } from './mapping'
import { useOpenFileStore } from './open-file'

export type SaveState = 'unsaved' | 'saving' | 'saved' | 'failed'

/** What replaying a project's recipe did, for the notice after opening it. */
export interface ReplayNote {
  readonly changed: boolean
  readonly applied: number
  readonly skipped: readonly SkippedStep[]
}

const FILE_ID = 'file-1'

export const useProjectStore = defineStore('project', () => {
  const api = getApi()
  const files = useOpenFileStore()
  const mapping = useMappingStore()
  const edits = useEditsStore()
  const path = ref<string | null>(null)
  const name = ref<string | null>(null)
  const saveState = ref<SaveState>('unsaved')
  const savedAt = ref<string | null>(null)
  const error = ref<string | null>(null)
  const replayNote = shallowRef<ReplayNote | null>(null)
  let pending: { file: ProjectSource; changed: boolean } | null = null
  /** The recipe was replayed on a changed file: the next saves move the project onto this version. */
  let rebased = false
  let saving = false
  let dirty = false

  function draft(): ProjectDraft | null {
    const table = files.table
    const opened = files.file
    if (!table || !opened) return null
    return {
      name: name.value ?? opened.name.replace(/\.[^.]+$/, ''),
      settings: {},
      files: [
        {
          id: FILE_ID,
          path: opened.path,
          open: opened.options,
          columns: table.columns.map((c) => ({ id: c.id, name: c.name })),
          mapping: { object: mapping.objectName, columns: mapping.effectiveColumns() },
          settings: { ...mapping.settings },
          operations: edits.history?.recipe() ?? [],
          rebased,
        },
      ],
    }
  }

  async function save(target: string | null): Promise<void> {
    const current = draft()
    if (!current) return
    if (saving) {
      dirty = true
      return
    }
    saving = true
    saveState.value = 'saving'
    try {
      const result = await api.invoke('project:save', { path: target, draft: current })
      if (!result.ok) {
        saveState.value = 'failed'
        error.value = result.error.message
        return
      }
      if (result.value.path === null) {
        saveState.value = path.value ? 'saved' : 'unsaved'
        return
      }
      path.value = result.value.path
      savedAt.value = result.value.savedAt
      saveState.value = 'saved'
      error.value = null
    } finally {
      saving = false
      if (dirty && path.value) {
        dirty = false
        void save(path.value)
      }
    }
  }

  /** Save as… (asks where), or save in place once the project has a file. */
  function saveNow(): Promise<void> {
    return save(path.value)
  }

  function saveAs(): Promise<void> {
    return save(null)
  }

  // Autosave: every operation, mapping pick, object or setting change is written once the project has a file.
  watch([() => edits.version, () => mapping.choices, () => mapping.objectName, () => mapping.settings], () => {
    if (path.value && !pending && edits.history) void save(path.value)
  })

  async function openProject(projectPath: string): Promise<void> {
    const result = await api.invoke('project:open', { path: projectPath })
    if (!result.ok) {
      files.reportError({ code: result.error.code, message: result.error.message })
      return
    }
    const opened: OpenedProject = result.value
    const file = opened.project.files[0]
    const state = opened.files[0]
    if (!file || !state) {
      files.reportError({ code: 'PROJECT_EMPTY', message: `The project ${opened.project.name} has no files.` })
      return
    }
    if (state.missing) {
      files.reportError({ code: 'PROJECT_SOURCE_MISSING', message: `The project's file is not at ${state.path} any more. Put it back there to open the project.` })
      return
    }
    path.value = opened.path
    name.value = opened.project.name
    saveState.value = 'saved'
    savedAt.value = opened.project.updatedAt
    replayNote.value = null
    pending = { file: { ...file, path: state.path }, changed: state.changed }
    await files.open(state.path, file.open)
  }

  // Once the project's file is loaded (its edit history exists), put back its mapping and replay its recipe.
  watch(
    () => edits.history,
    (history) => {
      const waiting = pending
      if (!history || !waiting || files.file?.path !== waiting.file.path) return
      pending = null
      const { file, changed } = waiting
      // Replayed first: the mapping may name columns the recipe adds (a split, a merge).
      const replay = edits.replay(file.operations, {
        sameSource: !changed,
        ...(changed ? { columnMap: columnMapByName(file.columns, history.table.base.columns) } : {}),
      })
      mapping.restore(file.mapping.object, file.mapping.columns, file.settings)
      rebased = changed
      if (replay && (changed || replay.skipped.length > 0)) replayNote.value = { changed, applied: replay.applied, skipped: replay.skipped }
    },
  )

  // A file opened on its own (not through the project) leaves the project.
  watch(
    () => files.file?.path,
    (opened) => {
      if (pending && opened === pending.file.path) return
      if (!pending) {
        rebased = false
        path.value = null
        name.value = null
        saveState.value = 'unsaved'
        replayNote.value = null
      }
    },
  )

  files.setProjectOpener(openProject)

  function dismissReplayNote(): void {
    replayNote.value = null
  }

  return { path, name, saveState, savedAt, error, replayNote, saveNow, saveAs, openProject, dismissReplayNote }
})
