// One streamed read of a worksheet into table chunks, with the same outcome as emit-sheet.ts on SheetJS's sheet:
// the header found among the 30 rows from the first used row (or the one the user chose), columns counted from
// the first used column, rows below the header without text skipped, source rows numbered as Excel shows them,
// progress every 4,096 rows. What emit-sheet learns from the whole sheet before the first row, this learns as it
// goes: rows are held only until the header is known, and the first used column is taken from the sheet's
// <dimension> and verified when the first chunk leaves (a sheet whose first used column is right of it is read
// again, see stream-sheet.ts). Columns met later (right of all seen so far) arrive with a new meta.
import type { ParseNotice, Progress, SourceMeta } from '../../../../../shared/files/open-file'
import { columnIdAt } from '../../../../../shared/table/columnar-table'
import { columnLetter, detectHeaderRow, uniqueHeaderNames } from '../../../../../shared/table/headers'
import type { TableChunk } from '../../../../../shared/table/table-chunk'
import { ChunkBuilder } from '../../chunk-builder'
import { fileIssue } from '../../file-issue'
import type { IngestSink } from '../../worker-protocol'
import type { CellDecoder } from './cell-decoder'
import { copyBytes, RowCells } from './row-cells'
import { StreamUnsupported, type CellSink, type ScannedCell } from './sheet-scanner'

const HEADER_SCAN_ROWS = 30
const PROGRESS_EVERY_ROWS = 4096

/** The first used column is left of where this pass counts columns from: read again with the right one. */
export class ColumnsShifted extends Error {}

export interface SheetPassOptions {
  readonly decoder: CellDecoder
  /** 1-based header row the user chose; detected when absent. */
  readonly headerRow: number | undefined
  readonly meta: Omit<SourceMeta, 'headerRow' | 'columns'>
  readonly sink: IngestSink
  /** 0-based column counted as the table's first. */
  readonly firstColumn: number
  /** The last used column when already known (a second read), so the first meta lists every column. */
  readonly lastColumn?: number
  /** Whether `firstColumn` is a guess to verify before the first chunk leaves. */
  readonly verifyFirstColumn: boolean
  /** Progress as the share of the part consumed so far (0..1), and the file size it is reported against. */
  readonly share: () => number
  readonly totalBytes: number
  /** Builds the error for a sheet found inconsistent after rows were already sent. */
  readonly damaged: (reason: string) => Error
}

interface HeldRow {
  readonly row: number
  readonly cells: readonly { readonly column: number; readonly text: string; readonly nonBlank: boolean }[]
}

export class SheetPass implements CellSink {
  private readonly cells = new RowCells()
  private currentRow = -1
  private header: 'pending' | 'known' = 'pending'
  private readonly held: HeldRow[] = []
  /** First row and first/last column holding a non-blank cell, -1 while none was seen. */
  private firstRow = -1
  private firstUsedColumn = -1
  private lastUsedColumn = -1
  private detected = 1
  private used = 1
  private headerTexts: readonly string[] = []
  private readonly builder: ChunkBuilder
  private announced = -1
  private queuedProgress: Progress[] | undefined = []
  private nextProgressRow = 0

  constructor(private readonly options: SheetPassOptions) {
    this.builder = new ChunkBuilder((chunk) => this.emit(chunk))
  }

  /** Whether a chunk has left: from then on the pass can no longer be abandoned for another. */
  get sent(): boolean {
    return this.announced >= 0
  }

  get rowCount(): number {
    return this.builder.rowCount
  }

  cell(cell: ScannedCell, bytes: Uint8Array): void {
    if (cell.row !== this.currentRow) {
      if (cell.row < this.currentRow)
        throw this.unsupported(`rows out of order (row ${cell.row + 1} after row ${this.currentRow + 1})`)
      this.endRow()
      this.currentRow = cell.row
    }
    this.options.decoder.decode(cell, bytes, this.cells)
  }

  /** Called after each block: sends the first rows as soon as the header is known. */
  blockDone(): void {
    if (!this.sent && this.header === 'known' && this.builder.rowCount > 0) this.builder.flush()
  }

  /** Ends the read: flushes what is left and returns the notices of the sheet. */
  finish(sheet: string | undefined, file: string): readonly ParseNotice[] {
    this.endRow()
    if (this.header === 'pending') this.decideHeader()
    this.builder.flush()
    this.options.sink.progress({
      bytesRead: this.options.totalBytes,
      totalBytes: this.options.totalBytes,
      rowsRead: this.builder.rowCount,
    })
    if (this.firstRow >= 0) return []
    return [{ code: 'SHEET_EMPTY', ...fileIssue('SHEET_EMPTY', { sheet: sheet ?? '', file }) }]
  }

  private endRow(): void {
    const cells = this.cells
    if (this.currentRow < 0 || cells.count === 0) {
      cells.reset()
      return
    }
    const order = cells.ordered()
    const count = order ? order.length : cells.count
    let nonBlank = false
    for (let k = 0; k < count; k++) {
      const i = order ? order[k]! : k
      if (cells.nonBlank[i] !== 1) continue
      nonBlank = true
      const column = cells.columns[i]!
      if (this.firstUsedColumn < 0 || column < this.firstUsedColumn) this.firstUsedColumn = column
      if (column > this.lastUsedColumn) this.lastUsedColumn = column
      if (column < this.options.firstColumn) this.columnLeftOfFirst(column)
    }
    if (nonBlank) {
      if (this.firstRow < 0) this.firstRow = this.currentRow
      if (this.header === 'pending') {
        const row = this.currentRow
        const headerSeen = this.options.headerRow === undefined || row >= this.options.headerRow
        if (row >= this.firstRow + HEADER_SCAN_ROWS && headerSeen) this.decideHeader()
      }
      if (this.header === 'pending') this.hold(order, count)
      else this.addRow(order, count)
    }
    cells.reset()
  }

  private hold(order: readonly number[] | undefined, count: number): void {
    const cells = this.cells
    const held: { column: number; text: string; nonBlank: boolean }[] = []
    for (let k = 0; k < count; k++) {
      const i = order ? order[k]! : k
      held.push({ column: cells.columns[i]!, text: cells.text(i), nonBlank: cells.nonBlank[i] === 1 })
    }
    this.held.push({ row: this.currentRow, cells: held })
  }

  /** Detects the header from the held rows, fixes the header texts, and adds the held rows below it. */
  private decideHeader(): void {
    this.header = 'known'
    if (this.firstRow >= 0) {
      const scanned: string[][] = []
      for (const held of this.held) {
        if (held.row >= this.firstRow + HEADER_SCAN_ROWS) break
        while (this.firstRow + scanned.length < held.row) scanned.push([])
        scanned.push(held.cells.filter((cell) => cell.nonBlank).map((cell) => cell.text))
      }
      this.detected = this.firstRow + detectHeaderRow(scanned) + 1
    }
    this.used = this.options.headerRow ?? this.detected
    const headerRow = this.held.find((held) => held.row === this.used - 1)
    const texts: string[] = []
    for (const cell of headerRow?.cells ?? []) {
      const index = cell.column - this.options.firstColumn
      if (index >= 0 && cell.nonBlank) texts[index] = cell.text
    }
    this.headerTexts = texts
    this.nextProgressRow = this.used + PROGRESS_EVERY_ROWS - 1
    const held = this.held.splice(0)
    for (const row of held) {
      if (row.row < this.used) continue
      this.progressBefore(row.row)
      let begun = false
      for (const cell of row.cells) {
        if (!cell.nonBlank || cell.text === '') continue
        if (!begun) this.builder.beginRow(row.row + 1)
        begun = true
        this.builder.setCell(cell.column - this.options.firstColumn, cell.text)
      }
      if (begun) this.builder.endRow()
      this.progressAt(row.row)
    }
  }

  /** Adds the current row (below the header) straight from its bytes. */
  private addRow(order: readonly number[] | undefined, count: number): void {
    const row = this.currentRow
    if (row < this.used) return
    this.progressBefore(row)
    const cells = this.cells
    const { firstColumn } = this.options
    const builder = this.builder
    let begun = false
    for (let k = 0; k < count; k++) {
      const i = order ? order[k]! : k
      const start = cells.starts[i]!
      const end = cells.ends[i]!
      if (end === start || cells.nonBlank[i] !== 1) continue
      if (!begun) builder.beginRow(row + 1)
      begun = true
      const column = builder.column(cells.columns[i]! - firstColumn)
      column.length = copyBytes(cells.sources[i]!, start, end, column.ensure(end - start), column.length)
      column.endCell()
    }
    if (begun) builder.endRow()
    this.progressAt(row)
  }

  /** Progress for every 4,096th row before `row` that had no data (emit-sheet reports those rows too). */
  private progressBefore(row: number): void {
    while (this.nextProgressRow < row) this.reportProgress()
  }

  private progressAt(row: number): void {
    if (this.nextProgressRow === row) this.reportProgress()
  }

  private reportProgress(): void {
    this.nextProgressRow += PROGRESS_EVERY_ROWS
    const { totalBytes } = this.options
    const bytesRead = Math.min(totalBytes, Math.round(totalBytes * this.options.share()))
    const progress: Progress = { bytesRead, totalBytes, rowsRead: this.builder.rowCount }
    // Held until the first chunk leaves, so a read that is abandoned for another reports nothing.
    if (this.queuedProgress) this.queuedProgress.push(progress)
    else this.options.sink.progress(progress)
  }

  private columnLeftOfFirst(column: number): void {
    if (!this.sent) throw new ColumnsShifted()
    throw this.options.damaged(
      `a cell in row ${this.currentRow + 1}, column ${columnLetter(column)} lies left of the range the sheet declares ` +
        `(from column ${columnLetter(this.options.firstColumn)})`,
    )
  }

  private unsupported(reason: string): Error {
    return this.sent ? this.options.damaged(reason) : new StreamUnsupported(reason)
  }

  private emit(chunk: TableChunk): void {
    const { firstColumn } = this.options
    if (
      !this.sent &&
      this.options.verifyFirstColumn &&
      this.firstUsedColumn >= 0 &&
      this.firstUsedColumn !== firstColumn
    ) {
      throw new ColumnsShifted()
    }
    const last = Math.max(this.lastUsedColumn, this.options.lastColumn ?? -1)
    const width = Math.max(chunk.columns.length, last >= firstColumn ? last - firstColumn + 1 : 0)
    if (width <= this.announced) {
      this.options.sink.chunk(chunk)
      return
    }
    this.announced = width
    this.options.sink.chunk(chunk, this.metaFor(width))
    const queued = this.queuedProgress
    this.queuedProgress = undefined
    for (const progress of queued ?? []) this.options.sink.progress(progress)
  }

  private metaFor(width: number): SourceMeta {
    const { firstColumn } = this.options
    const header = Array.from({ length: width }, (_, i) => this.headerTexts[i] ?? '')
    const skipped = Array.from({ length: firstColumn }, (_, i) => `Column ${columnLetter(i)}`)
    const names = uniqueHeaderNames([...skipped, ...header]).slice(firstColumn)
    const columns = header.map((sourceName, i) => ({ id: columnIdAt(i), name: names[i]!, sourceName }))
    return { ...this.options.meta, headerRow: { detected: this.detected, used: this.used }, columns }
  }
}
