// Column definitions for a source table: a pinned spreadsheet row number, then one column per source column,
// editable when the grid is (cells marked by the check's state, columns the mapping leaves out drawn muted).
import type { ColDef } from 'ag-grid-community'
import type { ColumnMeta } from '../../../../shared/table/columnar-table'
import { ROW_ID_FIELD, SOURCE_ROW_FIELD, type GridRow } from './grid-rows'
import { t } from '../../i18n'

export const ROW_NUMBER_COL_ID = 'preflight-source-row'

/** Why a header differs from the file, or undefined when it does not. */
export function describeHeaderSource(column: ColumnMeta): string | undefined {
  if (column.sourceName === column.name) return undefined
  if (column.sourceName.trim() === '') return t('grid.headerEmpty')
  return t('grid.headerInFile', { name: column.sourceName })
}

/** What the check says about cells, by row id and table column index (absent before any check). */
export interface CellMarks {
  state(row: number, column: number): number
  message(row: number, column: number): string | undefined
  /** The user changed this cell (Alt+Backspace restores the file's value). */
  edited?(row: number, column: number): boolean
}

/** Grid classes by cell state (CELL_FIXED, CELL_WARNING, CELL_ERROR). */
const STATE_CLASS = ['', 'grid-cell-fixed', 'grid-cell-warning', 'grid-cell-error'] as const

/**
 * `leftOut`: ids of the columns no field takes; they are drawn muted, their header says they are not imported
 * (in its tooltip), so what will not reach Twenty is plain on the data screen too.
 */
export function buildColumnDefs(
  columns: readonly ColumnMeta[],
  marks?: CellMarks,
  editable = false,
  leftOut: ReadonlySet<string> = new Set(),
): ColDef<GridRow>[] {
  const rowNumber: ColDef<GridRow> = {
    colId: ROW_NUMBER_COL_ID,
    field: SOURCE_ROW_FIELD,
    headerName: t('grid.row'),
    headerTooltip: t('grid.rowTooltip'),
    pinned: 'left',
    lockPinned: true,
    suppressMovable: true,
    // Wide enough for 1000001, the last row of a million-row file.
    width: 88,
    minWidth: 56,
    cellClass: 'grid-row-number-cell',
    headerClass: 'grid-row-number-header',
  }
  const rowOf = (data: GridRow | undefined) => (data === undefined ? undefined : (data[ROW_ID_FIELD] as number))
  const sourceColumns = columns.map((column, index): ColDef<GridRow> => {
    const out = leftOut.has(column.id)
    const source = describeHeaderSource(column)
    const outClass = out ? ' grid-cell-left-out' : ''
    return {
      colId: column.id,
      field: column.id,
      headerName: column.name,
      headerTooltip: out ? [t('grid.leftOut'), source].filter(Boolean).join(' ') : source,
      ...(out ? { headerClass: 'grid-header-left-out' } : {}),
      editable,
      cellClass: outClass.trim(),
      ...(marks
        ? {
            cellClass: (params) => {
              const row = rowOf(params.data)
              if (row === undefined) return outClass.trim()
              const state = STATE_CLASS[marks.state(row, index)] ?? ''
              return (marks.edited?.(row, index) ? `${state} grid-cell-edited` : state) + outClass
            },
            tooltipValueGetter: (params) => {
              const row = rowOf(params.data)
              return row === undefined ? undefined : marks.message(row, index)
            },
          }
        : {}),
    }
  })
  return [rowNumber, ...sourceColumns]
}
