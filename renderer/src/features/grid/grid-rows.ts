// Grid rows built on demand from the ColumnarTable: one plain object per visible row, keyed by column id.
import type { ColumnarTable } from '../../../../shared/table/columnar-table'

/** Field holding the spreadsheet row number; column ids are `c<n>`, so it cannot collide with one. */
export const SOURCE_ROW_FIELD = '__sourceRow'

/** Field holding the row id (the row's index in file order), which the check's states are keyed by. */
export const ROW_ID_FIELD = '__rowId'

export type GridRow = Record<string, string | number>

/** What the grid reads rows from: the parsed table, or the table with the user's edits. */
export type GridSource = Pick<ColumnarTable, 'columns' | 'rowCount' | 'sourceRow' | 'cell'>

function gridRow(table: GridSource, r: number): GridRow {
  const columns = table.columns
  const row: GridRow = { [SOURCE_ROW_FIELD]: table.sourceRow(r), [ROW_ID_FIELD]: r }
  for (let c = 0; c < columns.length; c++) row[columns[c]!.id] = table.cell(r, c)
  return row
}

/** The grid rows of some row ids, in the order given (a filtered view). */
export function readGridRowsAt(table: GridSource, rowIds: ArrayLike<number>): GridRow[] {
  return Array.from(rowIds, (r) => gridRow(table, r))
}

/** Rows [from, to) of the table as grid rows, clipped to the rows the table holds. */
export function readGridRows(table: GridSource, from: number, to: number): GridRow[] {
  const end = Math.min(to, table.rowCount)
  const rows: GridRow[] = []
  for (let r = Math.max(0, from); r < end; r++) rows.push(gridRow(table, r))
  return rows
}
