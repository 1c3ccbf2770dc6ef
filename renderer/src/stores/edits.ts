// The user's edits to the open table: an EditedTable over it and the undo/redo history of operations (one
// gesture, one step). The grid reads cells through it; the check re-runs on the edited cells.
// Invariant: the history belongs to the table it was made on; a new or re-read table starts a new one.
import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef, watch } from 'vue'
import { EditedTable } from '../../../shared/operations/edited-table'
import { History, type HistoryStep } from '../../../shared/operations/history'
import type { Operation } from '../../../shared/operations/operation'
import type { FixSource } from '../../../shared/operations/compute-change'
import { replayRecipe, type ReplayOptions, type ReplayResult } from '../../../shared/operations/replay'
import type { ColumnarTable, ColumnMeta } from '../../../shared/table/columnar-table'
import type { GridSource } from '../features/grid/grid-rows'
import { useOpenFileStore } from './open-file'

export const useEditsStore = defineStore('edits', () => {
  const files = useOpenFileStore()
  const history = shallowRef<History | null>(null)
  /** Changes with every applied, undone or redone step. */
  const version = ref(0)
  /** Changes when rows are deleted or brought back (the grid's row list follows). */
  const rowsVersion = ref(0)
  /** Changes when an operation adds or takes back columns (the mapping lists them). */
  const columnsVersion = ref(0)

  function counted(step: HistoryStep | null): HistoryStep | null {
    if (step) {
      version.value++
      if (step.change.deleted.length > 0) rowsVersion.value++
      if (step.change.added.length > 0) columnsVersion.value++
    }
    return step
  }
  const lastError = ref<string | null>(null)

  watch(
    [() => files.table, () => files.tableState],
    ([table, state]) => {
      const ready = table && state !== 'loading' ? table : null
      if (ready === (history.value?.table.base ?? null)) return
      history.value = ready ? markRaw(new History(new EditedTable(ready))) : null
      version.value++
      rowsVersion.value++
    },
    { immediate: true },
  )

  const canEdit = computed(() => history.value !== null)
  const steps = computed<{ steps: readonly HistoryStep[]; done: number }>(() => {
    void version.value
    return history.value?.list() ?? { steps: [], done: 0 }
  })

  function perform(operation: Operation, fixes?: FixSource): HistoryStep | null {
    if (!history.value) return null
    try {
      const step = history.value.perform(operation, fixes)
      lastError.value = null
      return counted(step)
    } catch (error) {
      lastError.value = error instanceof Error ? error.message : String(error)
      return null
    }
  }

  function undo(): HistoryStep | null {
    return counted(history.value?.undo() ?? null)
  }

  function redo(): HistoryStep | null {
    return counted(history.value?.redo() ?? null)
  }

  /** Replays a saved recipe into this table's history (each step undoable); reports what did not run. */
  function replay(recipe: readonly Operation[], options: Omit<ReplayOptions, 'history'>): ReplayResult | null {
    if (!history.value) return null
    const result = replayRecipe(history.value.table, recipe, { ...options, history: history.value })
    version.value++
    rowsVersion.value++
    columnsVersion.value++
    return result
  }

  /** One cell back to what the file holds (one undo step). */
  function restoreOriginal(row: number, column: string): HistoryStep | null {
    const table = history.value?.table
    if (!table || !table.isEdited(row, column)) return null
    return perform({ op: 'set-cells', cells: [{ column, rows: [row], values: [table.original(row, column)] }] })
  }

  /** What the grid reads: the open table's rows with the edits applied. */
  function gridSource(table: ColumnarTable, columns: readonly ColumnMeta[]): GridSource {
    const edited = history.value?.table
    if (!edited || edited.base !== table) return table
    return {
      columns,
      get rowCount() {
        return table.rowCount
      },
      sourceRow: (row) => table.sourceRow(row),
      cell: (row, column) => edited.cell(row, columns[column]!.id),
    }
  }

  /**
   * A cell of `table` as it is now, by column index (the file's columns, then those operations added): with
   * the user's edits while this history belongs to `table`, else as the file has it.
   */
  function cellNow(table: ColumnarTable, row: number, column: number): string {
    const edited = history.value?.table
    if (!edited || edited.base !== table) return table.cell(row, column)
    const id = edited.columns[column]?.id
    return id === undefined ? '' : edited.cell(row, id)
  }

  function isEdited(row: number, column: string): boolean {
    return history.value?.table.isEdited(row, column) ?? false
  }

  return {
    history,
    version,
    rowsVersion,
    columnsVersion,
    lastError,
    canEdit,
    steps,
    perform,
    undo,
    redo,
    replay,
    restoreOriginal,
    gridSource,
    cellNow,
    isEdited,
  }
})
