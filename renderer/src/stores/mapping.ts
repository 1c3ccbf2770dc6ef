// Where the open file's columns go: the target object, the user's picks per column (everything else is
// auto-mapped), and whether the mapping screen or the data is on screen. Rows and problems are recomputed
// from the table's first rows when the table, the object or a pick changes. The file's settings always name a
// time zone (this computer's unless chosen), so a saved project reads its date-times the same anywhere.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { WorkspaceModel } from '../../../shared/model/workspace-model'
import { machineTimeZone } from '../../../shared/fields/scalar/date-zone'
import type { FileSettings } from '../../../shared/project/project-file'
import {
  bestObject,
  buildMapping,
  fieldGroups,
  importableObjects,
  objectFits,
  targetsOf,
  type MappingSource,
  type ObjectFit,
} from '../features/mapping/mapping-model'
import { useEditsStore } from './edits'
import { useOpenFileStore } from './open-file'
import { useTargetStore } from './target'

export type MainView = 'data' | 'mapping' | 'push'

/** The object a file name points at (`companies-eu.csv` -> companies), else people. */
export function guessObject(fileName: string, model: WorkspaceModel): string {
  const words = fileName
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2)
  const hit = model.objects.find((o) =>
    words.some((w) =>
      [o.namePlural, o.nameSingular, o.labelPlural.toLowerCase()].some(
        (n) => n.toLowerCase().startsWith(w) || w.startsWith(n.toLowerCase()),
      ),
    ),
  )
  return hit && targetsOf(model, hit.namePlural).length > 0 ? hit.namePlural : 'people'
}

export const useMappingStore = defineStore('mapping', () => {
  const files = useOpenFileStore()
  const edits = useEditsStore()
  const target = useTargetStore()
  const model = computed<WorkspaceModel>(() => target.model)
  const objectName = ref('people')
  const choices = shallowRef<ReadonlyMap<number, string | null>>(new Map())
  const view = ref<MainView>('data')
  /**
   * The file's settings: the country national phone numbers and amounts are read in, the day/month order, and
   * the time zone date-times without an offset are read in (always set: this computer's unless chosen).
   */
  const settings = shallowRef<FileSettings>({ timeZone: machineTimeZone() })

  /** The objects the open file's columns fit, best first (found once its first rows are in). */
  const fits = shallowRef<readonly ObjectFit[]>([])
  // Whether the object was set for this file by the user or a saved project (then the columns never move it).
  let objectSettled = false
  let shownPath: string | undefined

  // A new file starts from suggestions again, aimed at the object its name points at, then, once its first rows
  // are in, at the object its columns fit best (the name breaks ties). The columns are read again when the data
  // model arrives or changes, until the user or a saved mapping sets the object. One watcher for both, so a file
  // and its table arriving in the same tick are never taken in the wrong order.
  watch(
    () => [files.file?.path, files.table, model.value] as const,
    ([path, table]) => {
      if (path !== shownPath) {
        shownPath = path
        choices.value = new Map()
        settings.value = { timeZone: machineTimeZone() }
        fits.value = []
        objectSettled = false
      }
      const guess = guessObject(files.file?.name ?? '', model.value)
      fits.value = table && table.columns.length > 0 ? objectFits(table, model.value) : []
      if (!objectSettled) objectName.value = bestObject(fits.value, guess)
    },
    { immediate: true },
  )

  const objects = computed(() => importableObjects(model.value))
  const groups = computed(() => fieldGroups(targetsOf(model.value, objectName.value)))
  /** The table the mapping reads: with the columns operations added (a split, a merge) once edits exist. */
  function source(): MappingSource | null {
    const table = files.table
    const edited = edits.history?.table
    if (!table) return null
    if (!edited || edited.base !== table || edited.columns.length === table.columns.length) return table
    const columns = edited.columns
    return { columns, rowCount: table.rowCount, cell: (row, column) => edited.cell(row, columns[column]!.id) }
  }

  const mapping = computed(() => {
    void files.version
    void edits.columnsVersion
    const table = source()
    return table ? buildMapping(table, model.value, objectName.value, choices.value) : { rows: [], problems: [] }
  })

  function choose(column: number, path: string | null): void {
    const next = new Map(choices.value)
    next.set(column, path)
    choices.value = next
  }

  function setObject(name: string): void {
    objectSettled = true
    if (name === objectName.value) return
    objectName.value = name
    choices.value = new Map()
  }

  function setSettings(changes: Partial<FileSettings>): void {
    const next: FileSettings = { ...settings.value, ...changes }
    for (const key of Object.keys(next) as (keyof FileSettings)[]) if (next[key] === undefined) delete next[key]
    settings.value = next
  }

  /**
   * Puts back a saved mapping: the object, the file's settings (settings saved without a time zone keep the one
   * in use), and as the user's choices only the columns whose saved field differs from what would be suggested now.
   */
  function restore(object: string, columns: Readonly<Record<string, string | null>>, saved: FileSettings): void {
    objectSettled = true
    objectName.value = object
    settings.value = { ...saved, timeZone: saved.timeZone ?? settings.value.timeZone ?? machineTimeZone() }
    const table = source()
    if (!table) return
    const suggested = buildMapping(table, model.value, object, new Map()).rows
    const next = new Map<number, string | null>()
    for (const row of suggested) {
      if (!(row.name in columns)) continue
      const path = columns[row.name] ?? null
      if (path !== row.path) next.set(row.column, path)
    }
    choices.value = next
  }

  /** The mapping as a project or a mapping file keeps it: every column's field (null: not imported). */
  function effectiveColumns(): Record<string, string | null> {
    return Object.fromEntries(mapping.value.rows.map((row) => [row.name, row.path]))
  }

  function show(next: MainView): void {
    view.value = next
  }

  return {
    model,
    objectName,
    fits,
    choices,
    view,
    settings,
    objects,
    groups,
    mapping,
    choose,
    setObject,
    setSettings,
    restore,
    effectiveColumns,
    show,
  }
})
