// The open project's files, as the project store holds them: where the project is saved, its name, every file's
// entry and which one is open in the grid; what a save writes (the draft) and the file list in import order.
// Invariant: the open file's entry is always built afresh from the grid, the mapping and the edit history; the
// other files' entries are kept as they were saved.
import { computed, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { findObject } from '../../../shared/model/workspace-model'
import { filesInOrder } from '../../../shared/project/files-in-order'
import type { ProjectDraft, ProjectSource } from '../../../shared/project/project-file'
import { fileNameOf } from '../format'
import { useEditsStore } from './edits'
import { useMappingStore } from './mapping'
import { useOpenFileStore } from './open-file'
import { useTargetStore } from './target'

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

/** A project file being opened: its mapping and recipe wait for its table to load. */
export interface PendingFile {
  readonly file: ProjectSource
  readonly changed: boolean
}

export interface ProjectFiles {
  readonly path: Ref<string | null>
  readonly name: Ref<string | null>
  /** Every file of the project; the open one's entry is refreshed from the grid on each save. */
  readonly entries: ShallowRef<readonly ProjectEntry[]>
  /** The project file open in the grid. */
  readonly activeId: Ref<string | null>
  /** The id the open file has in the project (the first file's before the project holds any). */
  readonly openId: ComputedRef<string>
  /** The project's files in the order Twenty needs them imported, the open one's object as chosen now. */
  readonly list: ComputedRef<ProjectListItem[]>
  /** Set while a project file loads (see project-opening.ts); nothing is saved meanwhile. */
  pending: PendingFile | null
  /** The recipe was replayed on a changed file: the next saves move the project onto this version. */
  rebased: boolean
  /** The project as a save writes it now; null while no file is open. */
  draft(): ProjectDraft | null
}

const FIRST_FILE_ID = 'file-1'

export function useProjectFiles(): ProjectFiles {
  const files = useOpenFileStore()
  const mapping = useMappingStore()
  const edits = useEditsStore()
  const target = useTargetStore()
  const path = ref<string | null>(null)
  const name = ref<string | null>(null)
  const entries = shallowRef<readonly ProjectEntry[]>([])
  const activeId = ref<string | null>(null)
  const openId = computed(() => activeId.value ?? FIRST_FILE_ID)

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
      rebased: state.rebased,
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

  const list = computed<ProjectListItem[]>(() => {
    const open = openId.value
    const known = entries.value.some((e) => e.id === open)
    const current = files.file ? { id: open, path: files.file.path, mapping: { object: mapping.objectName } } : null
    const all = [
      ...entries.value.map((e) => (e.id === open && current ? { ...e, mapping: { object: mapping.objectName } } : e)),
      ...(current && !known ? [current] : []),
    ]
    return filesInOrder(all, mapping.model).map((e) => ({
      id: e.id,
      name: fileNameOf(e.path),
      path: e.path,
      objectLabel: findObject(mapping.model, e.mapping.object)?.labelPlural ?? e.mapping.object,
      active: e.id === open,
    }))
  })

  const state: ProjectFiles = { path, name, entries, activeId, openId, list, pending: null, rebased: false, draft }
  return state
}
