// The open project, put together from its parts: its files and what a save writes (project-files), the saves and
// the autosave (project-autosave), opening a project and replaying its recipe (project-opening), and the values
// the other files create for the open file's relation cells (project-relations). This file holds which file
// is in the project: one is open in the grid at a time, the others are kept as saved; switching saves the open one
// first, then opens the other through the project; a file opened on its own leaves the project.
// Invariant: the watchers run in the order the single store had: autosave, replay, then membership (the relation
// keys' watcher, made first, only schedules a request).
import { defineStore } from 'pinia'
import { watch } from 'vue'
import { getApi } from '../api'
import { useEditsStore } from './edits'
import { useOpenFileStore } from './open-file'
import { useProjectAutosave } from './project-autosave'
import { useProjectFiles, type ProjectEntry } from './project-files'
import { useProjectOpening } from './project-opening'
import { useProjectRelations } from './project-relations'

export type { SaveState } from './project-autosave'
export type { ProjectEntry, ProjectListItem } from './project-files'
export type { ReplayNote } from './project-opening'
export type { ProjectRelationSet } from './project-relations'

export const useProjectStore = defineStore('project', () => {
  const api = getApi()
  const files = useOpenFileStore()
  const edits = useEditsStore()
  const project = useProjectFiles()
  const relations = useProjectRelations(project)
  const saver = useProjectAutosave(project)
  const opening = useProjectOpening(project, saver, relations)
  const { path, entries, activeId } = project
  /** A file being added to the project: it becomes the open one once it loads. */
  let adding: { id: string; path: string } | null = null

  /** Opens another file of the project in the grid, after saving the open one. */
  async function switchTo(id: string): Promise<void> {
    if (id === project.openId.value || !path.value) return
    await saver.flush()
    await opening.openProject(path.value, id)
  }

  /** Takes a file that is not open out of the project (its source file and push journals stay on disk). */
  async function removeFile(id: string): Promise<void> {
    if (id === project.openId.value || !path.value) return
    await saver.flush()
    entries.value = entries.value.filter((e) => e.id !== id)
    await saver.save(path.value)
  }

  /** Adds files made without opening them (a sheet's companies and people parts) to a saved project, and saves it. */
  async function addFiles(added: readonly ProjectEntry[]): Promise<void> {
    if (!path.value || added.length === 0) return
    entries.value = [...entries.value, ...added]
    await saver.save(path.value)
  }

  /** Adds a file to the project (saving the project first if it has no file yet) and opens it. */
  async function addFile(): Promise<void> {
    if (!files.file) return
    if (!path.value) await saver.saveAs()
    if (!path.value) return
    const picked = await api.invoke('file:pick', {})
    if (!picked.ok || picked.value.path === null) return
    const already = entries.value.find((e) => e.path === picked.value.path)
    if (already) return switchTo(already.id)
    await saver.flush()
    let n = entries.value.length + 1
    while (entries.value.some((e) => e.id === `file-${n}`)) n++
    adding = { id: `file-${n}`, path: picked.value.path }
    await files.open(picked.value.path)
  }

  // A file opened on its own (not through the project) leaves the project; one being added joins it.
  watch(
    () => files.file?.path,
    (opened) => {
      if (project.pending && opened === project.pending.file.path) return
      if (adding && opened === adding.path) {
        activeId.value = adding.id
        adding = null
        project.rebased = false
        opening.dismissReplayNote()
        relations.relationSets.value = []
        return
      }
      if (!project.pending) {
        project.rebased = false
        path.value = null
        project.name.value = null
        entries.value = []
        activeId.value = null
        relations.clear()
        saver.saveState.value = 'unsaved'
        opening.dismissReplayNote()
      }
    },
  )
  watch(
    () => files.job?.phase,
    (phase) => {
      if (phase === 'failed' || phase === 'cancelled') adding = null
    },
  )
  // A file just added is saved into the project as soon as it is loaded.
  watch(
    () => edits.history,
    (history) => {
      if (history && path.value && !project.pending && !entries.value.some((e) => e.id === activeId.value))
        void saver.save(path.value)
    },
  )

  return {
    path,
    name: project.name,
    saveState: saver.saveState,
    savedAt: saver.savedAt,
    error: saver.error,
    replayNote: opening.replayNote,
    entries,
    activeId,
    openId: project.openId,
    list: project.list,
    relationSets: relations.relationSets,
    keysProblems: relations.keysProblems,
    saveNow: saver.saveNow,
    saveAs: saver.saveAs,
    flush: saver.flush,
    openProject: opening.openProject,
    switchTo,
    addFile,
    removeFile,
    addFiles,
    dismissReplayNote: opening.dismissReplayNote,
  }
})
