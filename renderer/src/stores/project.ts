// The open project: where it is saved, and an autosave after every edit, mapping change or setting (coalesced
// while a save is in flight, written atomically by main), so a crash reopens with every acknowledged edit.
// Opening a project opens its file, then puts back its mapping and settings and replays its recipe: all of it
// on the same file; on a changed file, the steps that do not name rows, with a note of what was skipped.
// A project holds several files (companies, people, opportunities, custom objects): one is open in the grid at
// a time; the others are kept as saved. Switching saves the open one, then opens the other through the project.
// The open file's relation cells are checked against the values the other files will create (project:keys).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { findObject } from '../../../shared/model/workspace-model'
import type { SkippedStep } from '../../../shared/operations/replay'
import { filesInOrder } from '../../../shared/project/files-in-order'
import { columnMapByName, type OpenedProject, type ProjectDraft, type ProjectSource } from '../../../shared/project/project-file'
import { relationKeyOf, relationSlot, type RelationKey } from '../../../shared/check/project-relations'
import { targetsOf } from '../features/mapping/mapping-model'
import { fileNameOf } from '../format'
import { getApi } from '../api'
import { t } from '../i18n'
import { useEditsStore } from './edits'
import { useMappingStore } from './mapping'
import { useOpenFileStore } from './open-file'
import { useTargetStore } from './target'

/** What the project's other files will create for one unique (sub)field of one object. */
export interface ProjectRelationSet extends RelationKey {
  readonly files: readonly string[]
  readonly values: ReadonlySet<string>
}

/** One file of the project as it will be saved (its path absolute). */
export type ProjectEntry = ProjectDraft['files'][number]

/** A file of the project as the file list shows it, in import order. */
export interface ProjectListItem {
  readonly id: string
  readonly name: string
  readonly path: string
  readonly objectLabel: string
  readonly active: boolean
}

export type SaveState = 'unsaved' | 'saving' | 'saved' | 'failed'

/** What replaying a project's recipe did, for the notice after opening it. */
export interface ReplayNote {
  readonly changed: boolean
  readonly applied: number
  readonly skipped: readonly SkippedStep[]
}

const FIRST_FILE_ID = 'file-1'
const KEYS_DEBOUNCE_MS = 300

export const useProjectStore = defineStore('project', () => {
  const api = getApi()
  const files = useOpenFileStore()
  const mapping = useMappingStore()
  const edits = useEditsStore()
  const target = useTargetStore()
  const path = ref<string | null>(null)
  /** Every file of the project; the open one's entry is refreshed from the grid on each save. */
  const entries = shallowRef<readonly ProjectEntry[]>([])
  /** The project file open in the grid. */
  const activeId = ref<string | null>(null)
  /** What the other files will create, for the open file's relation columns (empty: nothing to check against). */
  const relationSets = shallowRef<readonly ProjectRelationSet[]>([])
  /** Files whose values could not be read for the relation check, with why. */
  const keysProblems = shallowRef<readonly { file: string; message: string }[]>([])
  /** The id the open file has in the project (the first file's before the project holds any). */
  const openId = computed(() => activeId.value ?? FIRST_FILE_ID)
  /** A file being added to the project: it becomes the open one once it loads. */
  let adding: { id: string; path: string } | null = null
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

  /** The open file as the project saves it. */
  function liveEntry(): ProjectEntry | null {
    const table = files.table
    const opened = files.file
    if (!table || !opened) return null
    return {
      id: openId.value,
      path: opened.path,
      open: opened.options,
      columns: table.columns.map((c) => ({ id: c.id, name: c.name })),
      mapping: { object: mapping.objectName, columns: mapping.effectiveColumns() },
      settings: { ...mapping.settings },
      operations: edits.history?.recipe() ?? [],
      rebased,
    }
  }

  function draft(): ProjectDraft | null {
    const live = liveEntry()
    if (!live || !files.file) return null
    const known = entries.value.some((e) => e.id === live.id)
    const all = known ? entries.value.map((e) => (e.id === live.id ? live : e)) : [...entries.value, live]
    return {
      name: name.value ?? files.file.name.replace(/\.[^.]+$/, ''),
      settings: {},
      workspace: target.workspace ? { baseUrl: target.workspace.baseUrl } : null,
      files: all,
    }
  }

  /** The project's files in the order Twenty needs them imported, the open one's object as chosen now. */
  const list = computed<ProjectListItem[]>(() => {
    const open = openId.value
    const known = entries.value.some((e) => e.id === open)
    const current = files.file ? { id: open, path: files.file.path, mapping: { object: mapping.objectName } } : null
    const all = [...entries.value.map((e) => (e.id === open && current ? { ...e, mapping: { object: mapping.objectName } } : e)), ...(current && !known ? [current] : [])]
    return filesInOrder(all, mapping.model).map((e) => ({
      id: e.id,
      name: fileNameOf(e.path),
      path: e.path,
      objectLabel: findObject(mapping.model, e.mapping.object)?.labelPlural ?? e.mapping.object,
      active: e.id === open,
    }))
  })

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
      entries.value = current.files
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

  /** Saves now and waits for every save in flight, so the project file on disk holds the open file as it is. */
  async function flush(): Promise<void> {
    if (!path.value) return
    await save(path.value)
    while (saving) await new Promise((done) => setTimeout(done, 20))
  }

  /** Opens another file of the project in the grid, after saving the open one. */
  async function switchTo(id: string): Promise<void> {
    if (id === openId.value || !path.value) return
    await flush()
    await openProject(path.value, id)
  }

  /** Takes a file that is not open out of the project (its source file and push journals stay on disk). */
  async function removeFile(id: string): Promise<void> {
    if (id === openId.value || !path.value) return
    await flush()
    entries.value = entries.value.filter((e) => e.id !== id)
    await save(path.value)
  }

  /** Adds a file to the project (saving the project first if it has no file yet) and opens it. */
  async function addFile(): Promise<void> {
    if (!files.file) return
    if (!path.value) await saveAs()
    if (!path.value) return
    const picked = await api.invoke('file:pick', {})
    if (!picked.ok || picked.value.path === null) return
    const already = entries.value.find((e) => e.path === picked.value.path)
    if (already) return switchTo(already.id)
    await flush()
    let n = entries.value.length + 1
    while (entries.value.some((e) => e.id === `file-${n}`)) n++
    adding = { id: `file-${n}`, path: picked.value.path }
    await files.open(picked.value.path)
  }

  // Autosave: every operation, mapping pick, object or setting change, and the workspace chosen, is written once
  // the project has a file.
  watch([() => edits.version, () => mapping.choices, () => mapping.objectName, () => mapping.settings, () => target.workspaceId], () => {
    if (path.value && !pending && edits.history) void save(path.value)
  })

  async function openProject(projectPath: string, fileId?: string): Promise<void> {
    const result = await api.invoke('project:open', { path: projectPath })
    if (!result.ok) {
      files.reportError({ code: result.error.code, message: result.error.message })
      return
    }
    const opened: OpenedProject = result.value
    if (path.value !== opened.path) await target.chooseByBaseUrl(opened.project.workspace?.baseUrl ?? null)
    const pathOf = new Map(opened.files.map((f) => [f.id, f.path]))
    const all: ProjectEntry[] = opened.project.files.map(({ fingerprint: _fingerprint, ...f }) => ({ ...f, path: pathOf.get(f.id) ?? f.path, rebased: false }))
    // The file asked for, else the first in import order whose source is still there.
    const missing = new Set(opened.files.filter((f) => f.missing).map((f) => f.id))
    const ordered = filesInOrder(opened.project.files, mapping.model)
    const file = fileId !== undefined ? opened.project.files.find((f) => f.id === fileId) : (ordered.find((f) => !missing.has(f.id)) ?? ordered[0])
    const state = opened.files.find((f) => f.id === file?.id)
    if (!file || !state) {
      files.reportError({ code: 'PROJECT_EMPTY', message: t('project.empty', { name: opened.project.name }) })
      return
    }
    if (state.missing) {
      files.reportError({ code: 'PROJECT_SOURCE_MISSING', message: t('project.sourceMissing', { path: state.path }) })
      return
    }
    path.value = opened.path
    name.value = opened.project.name
    entries.value = all
    activeId.value = file.id
    relationSets.value = []
    keysProblems.value = []
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

  // A file opened on its own (not through the project) leaves the project; one being added joins it.
  watch(
    () => files.file?.path,
    (opened) => {
      if (pending && opened === pending.file.path) return
      if (adding && opened === adding.path) {
        activeId.value = adding.id
        adding = null
        rebased = false
        replayNote.value = null
        relationSets.value = []
        return
      }
      if (!pending) {
        rebased = false
        path.value = null
        name.value = null
        entries.value = []
        activeId.value = null
        relationSets.value = []
        keysProblems.value = []
        saveState.value = 'unsaved'
        replayNote.value = null
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
      if (history && path.value && !pending && !entries.value.some((e) => e.id === activeId.value)) void save(path.value)
    },
  )

  // The relation columns of the open file whose target object another file of the project holds.
  const relationKeys = computed<RelationKey[]>(() => {
    if (!path.value || entries.value.length < 2) return []
    const open = openId.value
    const objects = new Set(entries.value.filter((e) => e.id !== open).map((e) => findObject(mapping.model, e.mapping.object)?.nameSingular))
    const byPath = new Map(targetsOf(mapping.model, mapping.objectName).map((t) => [t.path, t]))
    const keys = new Map<string, RelationKey>()
    for (const row of mapping.mapping.rows) {
      const target = row.path === null ? undefined : byPath.get(row.path)
      const key = target ? relationKeyOf(target) : null
      if (key !== null && objects.has(key.object)) keys.set(relationSlot(key), key)
    }
    return [...keys.values()]
  })
  let keysTimer: ReturnType<typeof setTimeout> | undefined
  let keysSeq = 0
  async function refreshKeys(): Promise<void> {
    const keys = relationKeys.value
    const mine = ++keysSeq
    if (keys.length === 0 || !path.value) {
      if (relationSets.value.length > 0) relationSets.value = []
      keysProblems.value = []
      return
    }
    const result = await api.invoke('project:keys', { path: path.value, exceptFileId: openId.value, workspaceId: target.workspaceId, keys })
    if (mine !== keysSeq) return
    if (!result.ok) {
      keysProblems.value = [{ file: name.value ?? 'the project', message: result.error.message }]
      return
    }
    relationSets.value = result.value.sets.map((set) => ({ ...set, values: new Set(set.values) }))
    keysProblems.value = result.value.problems
  }
  watch([() => JSON.stringify(relationKeys.value), activeId, path, () => target.workspaceId], () => {
    if (keysTimer !== undefined) clearTimeout(keysTimer)
    keysTimer = setTimeout(() => void refreshKeys(), KEYS_DEBOUNCE_MS)
  })

  files.setProjectOpener(openProject)

  function dismissReplayNote(): void {
    replayNote.value = null
  }

  return { path, name, saveState, savedAt, error, replayNote, entries, activeId, openId, list, relationSets, keysProblems, saveNow, saveAs, flush, openProject, switchTo, addFile, removeFile, dismissReplayNote }
})
