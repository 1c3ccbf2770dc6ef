// Turns a returned fix sheet into the cell edits the client made: the before and after text of only the cells
// whose value changed. Pure, so the same merge runs wherever the table lives. Invariant: no change has
// before === after, and a row the table no longer has yields a problem, never a change.
import { unchangedByRoundTrip } from './excel-cell-text'
import { fixRowIdText } from './fix-row-id'
import { fixSheetProblem, type FixSheetProblem, type FixSheetReturn } from './fix-sheet-return'

/** The table as it is now, by row id and header. */
export interface CurrentValues {
  /** False for a row id the table does not have, or a row deleted since the fix sheet was written. */
  hasRow(rowId: number): boolean
  /** The cell's current text; asked only for rows hasRow accepts and headers in the return's columns. */
  value(rowId: number, column: string): string
}

/** One cell the client changed. `column` is the header as written in the fix sheet. */
export interface FixSheetCellChange {
  readonly rowId: number
  readonly column: string
  readonly before: string
  readonly after: string
}

export interface FixSheetMerge {
  /** In the order of the returned sheet's rows, then of its columns. */
  readonly changes: readonly FixSheetCellChange[]
  /** One ROW_NOT_FOUND error per returned row the table no longer has. */
  readonly problems: readonly FixSheetProblem[]
}

/**
 * The edits in `returned` against `current`. A cell counts as changed only when it differs by more than what
 * Excel does to untouched text (see unchangedByRoundTrip). Problems of the read itself are not repeated.
 */
export function mergeFixSheet(returned: FixSheetReturn, current: CurrentValues): FixSheetMerge {
  const changes: FixSheetCellChange[] = []
  const problems: FixSheetProblem[] = []
  for (const row of returned.rows) {
    if (!current.hasRow(row.rowId)) {
      const message =
        `Row ${row.sheetRow} (id ${fixRowIdText(row.rowId)}) is no longer in the table: ` +
        'it was deleted after the fix sheet was made, so its values were not used.'
      problems.push(fixSheetProblem('ROW_NOT_FOUND', 'error', message, { sheet: returned.sheet, row: row.sheetRow }))
      continue
    }
    for (const column of returned.columns) {
      const after = Object.hasOwn(row.cells, column) ? row.cells[column]! : ''
      const before = current.value(row.rowId, column)
      if (!unchangedByRoundTrip(before, after)) changes.push({ rowId: row.rowId, column, before, after })
    }
  }
  return { changes, problems }
}
