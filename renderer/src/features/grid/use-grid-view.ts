// What the grid shows of the open file, derived from the stores: its columns (the file's, then the ones
// operations added), the rows (the issue panel's filter, without deleted rows), the table source with edits
// applied, the columns no field takes, the check's marks on each cell, and F8's next cell with an issue.
// Invariant: one source object per table and history, and a new column list only when the columns change, so an
// edit neither drops the grid's rows nor rebuilds its columns.
import { computed, shallowRef, watch } from 'vue'
import type { ColumnMeta } from '../../../../shared/table/columnar-table'
import { t } from '../../i18n'
import { useEditsStore } from '../../stores/edits'
import { useMappingStore } from '../../stores/mapping'
import { useOpenFileStore } from '../../stores/open-file'
import { useCheckStore } from '../../stores/check'
import { nextIssueCell } from '../check/next-issue-cell'
import type { CellMarks } from './column-defs'

export function useGridView() {
  const store = useOpenFileStore()
  const mapping = useMappingStore()
  const checker = useCheckStore()
  const edits = useEditsStore()

  /** The rows the grid shows: the issue panel's filter, without the rows the user deleted. */
  const visibleRows = computed<Uint32Array | null>(() => {
    void edits.rowsVersion
    const edited = edits.history?.table
    const filter = checker.filter?.rows ?? null
    if (!edited || edited.deletedRowCount === 0) return filter
    return filter ? filter.filter((row) => !edited.isDeleted(row)) : edited.liveRows()
  })

  // One source object per table and history: a new object would make the grid drop its rows (and an edit).
  // The grid shows the columns operations added (a split) after the file's own. A new list only when the
  // columns change, so an edit does not rebuild the grid's columns.
  const gridColumns = shallowRef<readonly ColumnMeta[]>([])
  watch(
    [() => edits.version, () => edits.history, () => store.meta?.columns],
    () => {
      const next = edits.history?.table.columns ?? store.meta?.columns ?? []
      const same =
        next.length === gridColumns.value.length &&
        next.every((c, i) => c.id === gridColumns.value[i]?.id && c.name === gridColumns.value[i]?.name)
      if (!same) gridColumns.value = next
    },
    { immediate: true },
  )
  /** The grid's columns no field takes: not imported, drawn muted. */
  const leftOutColumns = computed<ReadonlySet<string>>(() => {
    const ids = new Set<string>()
    for (const row of mapping.mapping.rows) {
      const id = gridColumns.value[row.column]?.id
      if (row.path === null && id !== undefined) ids.add(id)
    }
    return ids
  })
  const gridSource = computed(() => (store.table ? edits.gridSource(store.table, gridColumns.value) : null))

  const marks: CellMarks = {
    state: (row, column) => checker.stateOf(row, column),
    message: (row, column) => {
      const message = checker.messageOf(row, column)
      const id = store.meta?.columns[column]?.id
      if (!id || !edits.isEdited(row, id)) return message
      const original = edits.history?.table.original(row, id) ?? ''
      return `${message ? `${message}\n` : ''}${t('cell.edited', { original })}`
    },
    edited: (row, column) => {
      const id = store.meta?.columns[column]?.id
      return id !== undefined && edits.isEdited(row, id)
    },
  }

  /** F8: the next cell with a warning or an error: the focused row's later ones first, then the next rows'. */
  function findIssue(row: number, column: number, step: 1 | -1): { row: number; column: number } | null {
    return nextIssueCell(row, column, step, {
      columnCount: store.meta?.columns.length ?? 0,
      flagged: (r, c) => checker.stateOf(r, c) > 1,
      nextRow: (r, s) => checker.nextIssue(r, s),
    })
  }

  return { visibleRows, gridColumns, leftOutColumns, gridSource, marks, findIssue }
}
