// Grid rows built on demand from the ColumnarTable: one plain object per visible row, keyed by column id.
import type { ColumnarTable } from '../../../../shared/table/columnar-table'

/** Field holding the spreadsheet row number; column ids are `c<n>`, so it cannot collide with one. */
export const SOURCE_ROW_FIELD = '__sourceRow'

export type GridRow = Record<string, string | number>

/** Rows [from, to) of the table as grid rows, clipped to the rows the table holds. */
export function readGridRows(table: ColumnarTable, from: number, to: number): GridRow[] {
  const columns = table.columns
  const end = Math.min(to, table.rowCount)
  const rows: GridRow[] = []
  for (let r = Math.max(0, from); r < end; r++) {
    const row: GridRow = { [SOURCE_ROW_FIELD]: table.sourceRow(r) }
    for (let c = 0; c < columns.length; c++) row[columns[c]!.id] = table.cell(r, c)
    rows.push(row)
  }
  return rows
}
