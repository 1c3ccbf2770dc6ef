// Opening a project: main reads the .preflight file, then its file opens in the grid and, once its table is
// loaded, gets back its mapping and settings and has its recipe replayed: all of it on the same file; on a changed
// file, the steps that do not name rows (by column name), with a note of what was skipped. A `.preflight` path
// given to the open-file store arrives here as its project request (open-file never imports the project).
import { shallowRef, watch } from 'vue'
import type { SkippedStep } from '../../../shared/operations/replay'
import { filesInOrder } from '../../../shared/project/files-in-order'
import { columnMapByName, type OpenedProject } from '../../../shared/project/project-file'
import { getApi } from '../api'
import { t } from '../i18n'
import { useEditsStore } from './edits'
import { useMappingStore } from './mapping'
import { useOpenFileStore } from './open-file'
import type { ProjectSaver } from './project-autosave'
import type { ProjectEntry, ProjectFiles } from './project-files'
import type { ProjectRelations } from './project-relations'
import { useTargetStore } from './target'

/** What replaying a project's recipe did, for the notice after opening it. */
export interface ReplayNote {
  readonly changed: boolean
  readonly applied: number
  readonly skipped: readonly SkippedStep[]
}

export function useProjectOpening(project: ProjectFiles, saver: ProjectSaver, relations: ProjectRelations) {
  const api = getApi()
  const files = useOpenFileStore()
  const mapping = useMappingStore()
  const edits = useEditsStore()
  const target = useTargetStore()
  const replayNote = shallowRef<ReplayNote | null>(null)

  /** Opens a project file: `fileId`'s file, else the first in import order whose source is still there. */
  async function openProject(projectPath: string, fileId?: string): Promise<void> {
    const result = await api.invoke('project:open', { path: projectPath })
    if (!result.ok) {
      files.reportError({ code: result.error.code, message: result.error.message })
      return
    }
    const opened: OpenedProject = result.value
    if (project.path.value !== opened.path) await target.chooseByBaseUrl(opened.project.workspace?.baseUrl ?? null)
    const pathOf = new Map(opened.files.map((f) => [f.id, f.path]))
    const all: ProjectEntry[] = opened.project.files.map(({ fingerprint: _fingerprint, ...f }) => ({
      ...f,
      path: pathOf.get(f.id) ?? f.path,
      rebased: false,
    }))
    const missing = new Set(opened.files.filter((f) => f.missing).map((f) => f.id))
    const ordered = filesInOrder(opened.project.files, mapping.model)
    const file =
      fileId !== undefined
        ? opened.project.files.find((f) => f.id === fileId)
        : (ordered.find((f) => !missing.has(f.id)) ?? ordered[0])
    const state = opened.files.find((f) => f.id === file?.id)
    if (!file || !state) {
      files.reportError({ code: 'PROJECT_EMPTY', message: t('project.empty', { name: opened.project.name }) })
      return
    }
    if (state.missing) {
      files.reportError({ code: 'PROJECT_SOURCE_MISSING', message: t('project.sourceMissing', { path: state.path }) })
      return
    }
    project.path.value = opened.path
    project.name.value = opened.project.name
    project.entries.value = all
    project.activeId.value = file.id
    relations.clear()
    saver.saveState.value = 'saved'
    saver.savedAt.value = opened.project.updatedAt
    replayNote.value = null
    project.pending = { file: { ...file, path: state.path }, changed: state.changed }
    await files.open(state.path, file.open)
  }

  // Once the project's file is loaded (its edit history exists), put back its mapping and replay its recipe.
  watch(
    () => edits.history,
    (history) => {
      const waiting = project.pending
      if (!history || !waiting || files.file?.path !== waiting.file.path) return
      project.pending = null
      const { file, changed } = waiting
      // Replayed first: the mapping may name columns the recipe adds (a split, a merge).
      const replay = edits.replay(file.operations, {
        sameSource: !changed,
        ...(changed ? { columnMap: columnMapByName(file.columns, history.table.base.columns) } : {}),
      })
      mapping.restore(file.mapping.object, file.mapping.columns, file.settings)
      project.rebased = changed
      if (replay && (changed || replay.skipped.length > 0))
        replayNote.value = { changed, applied: replay.applied, skipped: replay.skipped }
    },
  )

  // A project file given to the open-file store (recent list, drop, Open…, the OS) opens here, at once.
  watch(
    () => files.projectRequest,
    (request) => {
      if (request) void openProject(request.path)
    },
    { flush: 'sync' },
  )

  function dismissReplayNote(): void {
    replayNote.value = null
  }

  return { replayNote, openProject, dismissReplayNote }
}
