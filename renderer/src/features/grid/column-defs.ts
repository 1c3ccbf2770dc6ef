// Column definitions for a source table: a pinned spreadsheet row number, then one read-only column per source column.
import type { ColDef } from 'ag-grid-community'
import type { ColumnMeta } from '../../../../shared/table/columnar-table'
import { SOURCE_ROW_FIELD, type GridRow } from './grid-rows'

export const ROW_NUMBER_COL_ID = 'preflight-source-row'

/** Why a header differs from the file, or undefined when it does not. */
export function describeHeaderSource(column: ColumnMeta): string | undefined {
  if (column.sourceName === column.name) return undefined
  if (column.sourceName.trim() === '') return 'The header cell is empty in the file.'
  return `Header in the file: "${column.sourceName}"`
}

export function buildColumnDefs(columns: readonly ColumnMeta[]): ColDef<GridRow>[] {
  const rowNumber: ColDef<GridRow> = {
    colId: ROW_NUMBER_COL_ID,
    field: SOURCE_ROW_FIELD,
    headerName: 'Row',
    headerTooltip: 'Row number as the spreadsheet shows it (header counted)',
    pinned: 'left',
    lockPinned: true,
    suppressMovable: true,
    // Wide enough for 1000001, the last row of a million-row file.
    width: 88,
    minWidth: 56,
    cellClass: 'grid-row-number-cell',
    headerClass: 'grid-row-number-header',
  }
  const sourceColumns = columns.map(
    (column): ColDef<GridRow> => ({
      colId: column.id,
      field: column.id,
      headerName: column.name,
      headerTooltip: describeHeaderSource(column),
    }),
  )
  return [rowNumber, ...sourceColumns]
}
