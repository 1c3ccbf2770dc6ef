// An opened sheet as the renderer and main hold it: column metadata plus the streamed chunks, addressed by
// stable row ids (the row's index in file order) and column ids. Chunks are appended, never reordered.
import { z } from 'zod'
import { decodeUtf8, readChunkCell, type ColumnCells, type TableChunk } from './table-chunk'

const decoder = new TextDecoder('utf-8')

/** A source column. `id` is stable for the life of the table; `name` is the unique display header. */
export const ColumnMetaSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The header cell exactly as in the file ('' when it was empty). */
  sourceName: z.string(),
})
export type ColumnMeta = z.infer<typeof ColumnMetaSchema>

/** Column id for the column at `index` in the file: stable across re-reads of the same file. */
export const columnIdAt = (index: number): string => `c${index}`

export class ColumnarTable {
  private readonly chunks: TableChunk[] = []
  private rows = 0

  constructor(public columns: readonly ColumnMeta[]) {}

  get rowCount(): number {
    return this.rows
  }

  get chunkCount(): number {
    return this.chunks.length
  }

  /** Appends the next chunk; it must start where the table ends. */
  append(chunk: TableChunk): void {
    if (chunk.firstRow !== this.rows) {
      throw new Error(`chunk starts at row ${chunk.firstRow}, table has ${this.rows} rows`)
    }
    this.chunks.push(chunk)
    this.rows += chunk.sourceRows.length
  }

  /** The text of a cell by row id and column index; '' outside the table. */
  cell(row: number, column: number): string {
    const found = this.locate(row)
    return found ? readChunkCell(found.chunk, found.offset, column) : ''
  }

  /** The spreadsheet row number of a row id (header counted), or 0 outside the table. */
  sourceRow(row: number): number {
    const found = this.locate(row)
    return found ? found.chunk.sourceRows[found.offset]! : 0
  }

  /** Every row's cells as strings for rows [from, to): what a grid block needs. */
  rowsBetween(from: number, to: number): string[][] {
    const out: string[][] = []
    const end = Math.min(to, this.rows)
    for (let r = Math.max(0, from); r < end; r++) {
      const row: string[] = []
      for (let c = 0; c < this.columns.length; c++) row.push(this.cell(r, c))
      out.push(row)
    }
    return out
  }

  /**
   * Calls `visit` for every cell of a column in row order. Decodes a chunk's column at once and slices it
   * when it is all ASCII (the common case), which is far cheaper than decoding cell by cell.
   */
  scanColumn(column: number, visit: (text: string, row: number) => void): void {
    for (const chunk of this.chunks) {
      const rows = chunk.sourceRows.length
      const cells = chunk.columns[column]
      if (!cells) {
        for (let r = 0; r < rows; r++) visit('', chunk.firstRow + r)
        continue
      }
      const { bytes, ends } = cells
      const whole = decoder.decode(bytes)
      const ascii = whole.length === bytes.length
      let start = 0
      for (let r = 0; r < rows; r++) {
        const end = ends[r]!
        visit(ascii ? whole.slice(start, end) : decodeUtf8(bytes, start, end), chunk.firstRow + r)
        start = end
      }
    }
  }

  /** Calls `visit` with each chunk's cells of a column (undefined when a chunk lacks the column). */
  forEachColumnChunk(
    column: number,
    visit: (cells: ColumnCells | undefined, firstRow: number, rows: number, sourceRows: Uint32Array) => void,
  ): void {
    for (const chunk of this.chunks)
      visit(chunk.columns[column], chunk.firstRow, chunk.sourceRows.length, chunk.sourceRows)
  }

  private locate(row: number): { chunk: TableChunk; offset: number } | undefined {
    if (row < 0 || row >= this.rows) return undefined
    let lo = 0
    let hi = this.chunks.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.chunks[mid]!.firstRow <= row) lo = mid
      else hi = mid - 1
    }
    const chunk = this.chunks[lo]!
    return { chunk, offset: row - chunk.firstRow }
  }
}
