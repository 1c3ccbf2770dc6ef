// Accumulates parsed rows into TableChunks of at most `chunkRows` rows, column by column as UTF-8 bytes.
// Invariant: after endRow() every column has exactly one cell per row begun; emitted chunks own their buffers.
import type { TableChunk } from '../../../shared/table/table-chunk'

export const DEFAULT_CHUNK_ROWS = 16384

/** One column of the chunk being built. Byte readers write into `bytes` directly, then call `endCell`. */
export class GrowableColumn {
  bytes: Uint8Array
  length = 0
  ends: Uint32Array
  count = 0

  constructor(rows: number, bytesHint: number) {
    this.bytes = new Uint8Array(Math.max(64, bytesHint))
    this.ends = new Uint32Array(rows)
  }

  /** Makes room for `extra` more bytes; returns the (possibly new) buffer. */
  ensure(extra: number): Uint8Array {
    const need = this.length + extra
    if (need > this.bytes.length) {
      const next = new Uint8Array(Math.max(need, this.bytes.length * 2))
      next.set(this.bytes.subarray(0, this.length))
      this.bytes = next
    }
    return this.bytes
  }

  endCell(): void {
    this.ends[this.count++] = this.length
  }
}

const encoder = new TextEncoder()

export class ChunkBuilder {
  readonly columns: GrowableColumn[] = []
  private sourceRows: Uint32Array
  private rowsInChunk = 0
  private firstRow = 0

  constructor(
    private readonly emit: (chunk: TableChunk) => void,
    private readonly chunkRows = DEFAULT_CHUNK_ROWS,
  ) {
    this.sourceRows = new Uint32Array(chunkRows)
  }

  /** Rows emitted plus rows in the chunk being built. */
  get rowCount(): number {
    return this.firstRow + this.rowsInChunk
  }

  get columnCount(): number {
    return this.columns.length
  }

  /** The builder for column `index`, creating it (and any before it) with empty cells for earlier rows. */
  column(index: number): GrowableColumn {
    while (this.columns.length <= index) {
      const col = new GrowableColumn(this.chunkRows, 4096)
      for (let r = 0; r < this.rowsInChunk; r++) col.endCell()
      this.columns.push(col)
    }
    return this.columns[index]!
  }

  beginRow(sourceRow: number): void {
    this.sourceRows[this.rowsInChunk] = sourceRow
  }

  /** Writes a whole cell of the current row from a JS string (readers that produce strings). */
  setCell(index: number, text: string): void {
    const col = this.column(index)
    this.padTo(col)
    if (text.length > 0) {
      const bytes = col.ensure(text.length * 3)
      col.length += encoder.encodeInto(text, bytes.subarray(col.length)).written
    }
    col.endCell()
  }

  /** Closes the current row: columns it did not reach get an empty cell. Emits a full chunk. */
  endRow(): void {
    this.rowsInChunk++
    for (const col of this.columns) this.padTo(col)
    if (this.rowsInChunk === this.chunkRows) this.flush()
  }

  /** Emits the rows built so far (also when there are none, so a header-only file still yields its meta). */
  flush(): void {
    const rows = this.rowsInChunk
    const chunk: TableChunk = {
      firstRow: this.firstRow,
      sourceRows: this.sourceRows.slice(0, rows),
      columns: this.columns.map((col) => ({ bytes: col.bytes.slice(0, col.length), ends: col.ends.slice(0, rows) })),
    }
    this.firstRow += rows
    this.rowsInChunk = 0
    // Size each column's next buffer from what this chunk used, so steady-state parsing rarely regrows.
    for (let i = 0; i < this.columns.length; i++) {
      this.columns[i] = new GrowableColumn(this.chunkRows, Math.ceil(this.columns[i]!.length * 1.1))
    }
    this.emit(chunk)
  }

  private padTo(col: GrowableColumn): void {
    while (col.count < this.rowsInChunk) col.endCell()
  }
}
