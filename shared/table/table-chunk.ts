// A block of consecutive data rows stored column by column as UTF-8 bytes: the unit a parse streams,
// IPC carries and the grid reads. Invariant: every column's `ends` has one entry per row of the chunk.
import { z } from 'zod'

/** One column's cells in a chunk: cell i spans bytes [ends[i-1] ?? 0, ends[i]). */
export interface ColumnCells {
  readonly bytes: Uint8Array
  readonly ends: Uint32Array
}

/**
 * Rows `firstRow .. firstRow + sourceRows.length - 1` of a table. `sourceRows[i]` is the row number a
 * spreadsheet shows for that record (1-based, header row counted). `columns` may be shorter than the
 * table's column list when a later ragged row added columns: missing columns read as empty.
 */
export interface TableChunk {
  readonly firstRow: number
  readonly sourceRows: Uint32Array
  readonly columns: readonly ColumnCells[]
}

export const ColumnCellsSchema = z.object({
  bytes: z.instanceof(Uint8Array),
  ends: z.instanceof(Uint32Array),
})

export const TableChunkSchema: z.ZodType<TableChunk> = z
  .object({
    firstRow: z.number().int().nonnegative(),
    sourceRows: z.instanceof(Uint32Array),
    columns: z.array(ColumnCellsSchema),
  })
  .refine((c) => c.columns.every((col) => col.ends.length === c.sourceRows.length), {
    message: 'every column must have one cell per row',
  })

const decoder = new TextDecoder('utf-8')

/** Decodes bytes [start, end) as UTF-8; short ASCII runs skip TextDecoder, which dominates small cells. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  const length = end - start
  if (length === 0) return ''
  if (length <= 24) {
    let ascii = true
    for (let i = start; i < end; i++) {
      if (bytes[i]! >= 0x80) {
        ascii = false
        break
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[])
  }
  return decoder.decode(bytes.subarray(start, end))
}

/** The text of cell `row` (relative to the chunk) in `column`, or '' when the chunk lacks the column. */
export function readChunkCell(chunk: TableChunk, row: number, column: number): string {
  const cells = chunk.columns[column]
  if (!cells) return ''
  const end = cells.ends[row]
  if (end === undefined) return ''
  const start = row === 0 ? 0 : cells.ends[row - 1]!
  return decodeUtf8(cells.bytes, start, end)
}
