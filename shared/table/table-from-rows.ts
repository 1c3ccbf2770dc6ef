// Builds table chunks and tables from rows of text (a pasted block, a small table in a test): the same
// columnar layout the parse worker streams. Sourced rows are numbered as a spreadsheet with a header row would.
import { ColumnarTable, columnIdAt } from './columnar-table'
import type { ColumnCells, TableChunk } from './table-chunk'

const encoder = new TextEncoder()

/** One column's cells from each cell's UTF-8 bytes, back to back with their end offsets. */
export function packCells(parts: readonly Uint8Array[]): ColumnCells {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  const ends = new Uint32Array(parts.length)
  let offset = 0
  parts.forEach((part, i) => {
    bytes.set(part, offset)
    offset += part.length
    ends[i] = offset
  })
  return { bytes, ends }
}

/** A chunk of `rows` starting at row id `firstRow`; the header is spreadsheet row 1, so row id r is row r + 2. */
export function chunkFromRows(firstRow: number, rows: readonly (readonly string[])[], width?: number): TableChunk {
  const columnCount = width ?? Math.max(0, ...rows.map((row) => row.length))
  const columns = Array.from({ length: columnCount }, (_, c) =>
    packCells(rows.map((row) => encoder.encode(row[c] ?? ''))),
  )
  return { firstRow, sourceRows: Uint32Array.from(rows, (_, i) => firstRow + i + 2), columns }
}

/** A table with these headers and rows, split into chunks of at most `chunkRows` rows. */
export function tableFromRows(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  chunkRows = 16384,
): ColumnarTable {
  const table = new ColumnarTable(headers.map((name, i) => ({ id: columnIdAt(i), name, sourceName: name })))
  for (let first = 0; first < rows.length; first += chunkRows) {
    table.append(chunkFromRows(first, rows.slice(first, first + chunkRows), headers.length))
  }
  return table
}
