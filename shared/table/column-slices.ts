// A table's chunks cut down to some columns, for sending to a worker thread: the worker gets only the cells
// it reads (other columns absent, which a ColumnarTable reads as empty). Typed arrays are shared, not copied
// (`transferableSlices` gives copies whose buffers can be moved to the thread instead of cloned);
// a chunk's source row numbers, when they run on one by one (as they do but for blank lines and cells over
// several lines), travel as the first alone. Invariant: chunkOfSlice gives back the chunk's own rows.
import type { ColumnarTable } from './columnar-table'
import type { ColumnCells, TableChunk } from './table-chunk'

export interface ColumnSlice {
  readonly firstRow: number
  /** The chunk's source row numbers, or the first of them when each next row's is one more. */
  readonly sourceRows: Uint32Array | { readonly first: number; readonly rows: number }
  readonly columns: (ColumnCells | undefined)[]
}

/** Per chunk's source rows: the compact form when they run on one by one, else null (found once per chunk). */
const runs = new WeakMap<Uint32Array, { first: number; rows: number } | null>()

function compactRows(sourceRows: Uint32Array): ColumnSlice['sourceRows'] {
  let run = runs.get(sourceRows)
  if (run === undefined) {
    const first = sourceRows[0] ?? 0
    let consecutive = sourceRows.length > 0
    for (let i = 1; consecutive && i < sourceRows.length; i++) consecutive = sourceRows[i] === first + i
    run = consecutive ? { first, rows: sourceRows.length } : null
    runs.set(sourceRows, run)
  }
  return run ?? sourceRows
}

export function columnSlices(table: ColumnarTable, columns: Iterable<number>): ColumnSlice[] {
  const chunks: { firstRow: number; sourceRows: ColumnSlice['sourceRows']; columns: (ColumnCells | undefined)[] }[] = []
  for (const column of columns) {
    let i = 0
    table.forEachColumnChunk(column, (cells, firstRow, _rows, sourceRows) => {
      const chunk = (chunks[i] ??= { firstRow, sourceRows: compactRows(sourceRows), columns: [] })
      chunk.columns[column] = cells
      i++
    })
  }
  return chunks
}

/** The chunk a slice was cut from (its columns as sent). */
export function chunkOfSlice(slice: ColumnSlice): TableChunk {
  const { sourceRows } = slice
  if (sourceRows instanceof Uint32Array) return slice as TableChunk
  const rows = new Uint32Array(sourceRows.rows)
  for (let i = 0; i < rows.length; i++) rows[i] = sourceRows.first + i
  return { firstRow: slice.firstRow, sourceRows: rows, columns: slice.columns as ColumnCells[] }
}

/**
 * Slices whose typed arrays are fresh copies, with their buffers, for `postMessage(message, transfer)`: the
 * table keeps its own cells, and the thread gets the copies without a structured clone. A clone copies each
 * array twice or more (into the message, out of it on the thread), on both threads; a copy moved costs one
 * copy on the sending thread and nothing on the other. A column sent with several tasks is copied for each.
 */
export function transferableSlices(slices: readonly ColumnSlice[]): { slices: ColumnSlice[]; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = []
  const copy = <T extends Uint8Array | Uint32Array>(array: T): T => {
    const copied = array.slice() as T
    transfer.push(copied.buffer as ArrayBuffer)
    return copied
  }
  const copied = slices.map((slice) => ({
    firstRow: slice.firstRow,
    sourceRows: slice.sourceRows instanceof Uint32Array ? copy(slice.sourceRows) : slice.sourceRows,
    columns: slice.columns.map((cells) =>
      cells === undefined ? undefined : { bytes: copy(cells.bytes), ends: copy(cells.ends) },
    ),
  }))
  return { slices: copied, transfer }
}
