// A table with some cells replaced, keeping every row id: the chunks holding an edited cell get that column
// re-encoded, every other column and chunk is shared as is. How the check sees the user's edits without
// materialising a million-row table.
import { ColumnarTable, type ColumnMeta } from './columnar-table'
import { packCells } from './table-from-rows'
import type { ColumnCells, TableChunk } from './table-chunk'

/** New texts for some rows of one column (rows ascending or not; one value per row). */
export interface CellOverrides {
  readonly column: number
  readonly rows: Uint32Array
  readonly values: readonly string[]
}

const encoder = new TextEncoder()

function reencode(
  cells: ColumnCells | undefined,
  rows: number,
  firstRow: number,
  changes: ReadonlyMap<number, string>,
): ColumnCells {
  const parts: Uint8Array[] = []
  let start = 0
  for (let r = 0; r < rows; r++) {
    const end = cells ? cells.ends[r]! : 0
    const changed = changes.get(firstRow + r)
    parts.push(
      changed !== undefined ? encoder.encode(changed) : cells ? cells.bytes.subarray(start, end) : new Uint8Array(0),
    )
    start = end
  }
  return packCells(parts)
}

/**
 * `columns`: the table's columns plus any an operation added (a split, a merge), whose cells all come from
 * `overrides`; absent: the table's own.
 */
export function overlayTable(
  table: ColumnarTable,
  overrides: readonly CellOverrides[],
  columns: readonly ColumnMeta[] = table.columns,
): ColumnarTable {
  if (overrides.length === 0 && columns.length === table.columns.length) return table
  const byColumn = new Map<number, Map<number, string>>()
  for (const o of overrides) {
    const map = byColumn.get(o.column) ?? new Map<number, string>()
    o.rows.forEach((row, i) => map.set(row, o.values[i]!))
    byColumn.set(o.column, map)
  }
  const out = new ColumnarTable(columns)
  const starts: number[] = []
  table.forEachColumnChunk(0, (_cells, firstRow) => starts.push(firstRow))
  const chunkOf = (row: number) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= row) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const touched = new Map<number, Set<number>>()
  for (const [column, changes] of byColumn) touched.set(column, new Set([...changes.keys()].map(chunkOf)))
  const chunks: { firstRow: number; sourceRows: Uint32Array; columns: (ColumnCells | undefined)[] }[] = []
  for (let c = 0; c < columns.length; c++) {
    let i = 0
    table.forEachColumnChunk(c, (cells, firstRow, rows, sourceRows) => {
      const chunk = (chunks[i] ??= { firstRow, sourceRows, columns: [] })
      const changes = byColumn.get(c)
      // A column a slice left out stays out (it reads as empty) unless it was edited.
      chunk.columns[c] = changes && touched.get(c)!.has(i) ? reencode(cells, rows, firstRow, changes) : cells
      i++
    })
  }
  for (const chunk of chunks) out.append(chunk as TableChunk)
  return out
}
