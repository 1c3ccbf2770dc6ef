// A table's chunks cut down to some columns, for sending to a worker thread: the worker gets only the cells
// it reads (other columns absent, which a ColumnarTable reads as empty). Typed arrays are shared, not copied.
import type { ColumnarTable } from './columnar-table'
import type { ColumnCells } from './table-chunk'

export interface ColumnSlice {
  readonly firstRow: number
  readonly sourceRows: Uint32Array
  readonly columns: (ColumnCells | undefined)[]
}

export function columnSlices(table: ColumnarTable, columns: Iterable<number>): ColumnSlice[] {
  const chunks: { firstRow: number; sourceRows: Uint32Array; columns: (ColumnCells | undefined)[] }[] = []
  for (const column of columns) {
    let i = 0
    table.forEachColumnChunk(column, (cells, firstRow, _rows, sourceRows) => {
      const chunk = (chunks[i] ??= { firstRow, sourceRows, columns: [] })
      chunk.columns[column] = cells
      i++
    })
  }
  return chunks
}
