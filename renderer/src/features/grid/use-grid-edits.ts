// The grid's gestures as operations: each edit, paste, fill-down, suggestion, restore or row deletion the grid
// emits becomes one operation through useFixing, so it is one undo step. The grid itself never changes a value.
import { useFixing } from '../fixing/use-fixing'
import { useEditsStore } from '../../stores/edits'
import { useOpenFileStore } from '../../stores/open-file'
import { useCheckStore } from '../../stores/check'

type Cells = { column: string; rows: number[]; values: string[] }[]

export function useGridEdits() {
  const store = useOpenFileStore()
  const checker = useCheckStore()
  const edits = useEditsStore()
  const fixing = useFixing()

  function edit(change: { row: number; column: string; value: string }): void {
    fixing.apply({ op: 'set-cells', cells: [{ column: change.column, rows: [change.row], values: [change.value] }] })
  }

  /** Ctrl+D: the cell above's value, as one step. */
  function fillDown(cell: { row: number; column: string; fromRow: number }): void {
    const value = edits.history?.table.cell(cell.fromRow, cell.column)
    if (value !== undefined)
      fixing.apply({ op: 'set-cells', cells: [{ column: cell.column, rows: [cell.row], values: [value] }] })
  }

  /** Alt+Enter on a cell: its issue's suggested value, as one step. */
  function applySuggestion(cell: { row: number; column: string }): void {
    const index = (store.meta?.columns ?? []).findIndex((c) => c.id === cell.column)
    const suggestion = index < 0 ? undefined : checker.suggestionOf(cell.row, index)
    if (suggestion !== undefined)
      fixing.apply({ op: 'set-cells', cells: [{ column: cell.column, rows: [cell.row], values: [suggestion] }] })
  }

  return {
    edit,
    fillDown,
    applySuggestion,
    restore: (cell: { row: number; column: string }) => fixing.restore(cell.row, cell.column),
    deleteRow: (row: number) => fixing.apply({ op: 'delete-rows', rows: [row] }),
    paste: (cells: Cells) => fixing.apply({ op: 'set-cells', cells }),
  }
}
