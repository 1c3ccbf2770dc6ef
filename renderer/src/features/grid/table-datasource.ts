// An infinite-row-model datasource over a ColumnarTable that is still growing. Blocks are answered at once
// from the rows read so far; a block answered short is re-read on the next sync, once more rows are in.
import type { GridApi, IDatasource, IGetRowsParams } from 'ag-grid-community'
import { readGridRows, readGridRowsAt, type GridRow, type GridSource } from './grid-rows'

export interface TableDatasource extends IDatasource {
  /** Tells the grid how many rows there are now, and re-reads blocks that were answered short. */
  sync(api: GridApi<GridRow>): void
}

/**
 * `isComplete` says whether the table has all its rows (the load ended), fixing the grid's last row. With
 * `rowIds`, the grid shows only those rows, in that order (a filter from the issue panel).
 */
export function createTableDatasource(
  table: GridSource,
  isComplete: () => boolean,
  rowIds: Uint32Array | null = null,
): TableDatasource {
  let answeredShort = false
  if (rowIds) {
    return {
      getRows(params: IGetRowsParams) {
        params.successCallback(readGridRowsAt(table, rowIds.subarray(params.startRow, params.endRow)), rowIds.length)
      },
      sync(api) {
        if (!api.isDestroyed()) api.setRowCount(rowIds.length, true)
      },
    }
  }
  return {
    getRows(params: IGetRowsParams) {
      const rows = readGridRows(table, params.startRow, params.endRow)
      const short = params.startRow + rows.length < params.endRow
      if (short && !isComplete()) answeredShort = true
      // A short block ends the rows known so far; while loading, sync() lifts that limit again.
      params.successCallback(rows, short || isComplete() ? table.rowCount : -1)
    },
    sync(api) {
      if (api.isDestroyed()) return
      api.setRowCount(table.rowCount, isComplete())
      if (answeredShort) {
        answeredShort = false
        api.refreshInfiniteCache()
      }
    },
  }
}
