// Routes parsed records into chunks: records up to the header row go to a scratch builder (only the header's
// cells are kept), later ones become data rows. Invariant: every emitted chunk whose column count is new (the
// first one, and any after ragged rows added columns) carries the SourceMeta describing all its columns.
import type { SourceMeta } from '../../../../shared/files/open-file'
import { readChunkCell, type TableChunk } from '../../../../shared/table/table-chunk'
import { ChunkBuilder } from '../chunk-builder'
import type { IngestSink } from '../worker-protocol'
import { CsvParser } from './csv-parser'
import type { CsvFormat } from './detect-format'
import { headerColumns } from './header'
import type { NoticeLog } from './notices'

export class TableWriter {
  readonly parser: CsvParser
  private readonly data: ChunkBuilder
  private header: readonly string[] = []
  private announcedColumns = -1
  private emittedRows = 0
  private lastScratch: TableChunk | undefined

  constructor(
    private readonly format: CsvFormat,
    private readonly sink: IngestSink,
    private readonly notices: NoticeLog,
    chunkRows: number,
  ) {
    const scratch = new ChunkBuilder((chunk) => {
      if (chunk.sourceRows.length > 0) this.lastScratch = chunk
    }, 1024)
    this.data = new ChunkBuilder((chunk) => this.emit(chunk), chunkRows)
    this.parser = new CsvParser(format.delimiter.used, scratch)
    this.parser.watchRecord = format.headerRow.used
    this.parser.onWatchedRecord = (fields) => {
      scratch.flush()
      const chunk = this.lastScratch
      const row = chunk ? chunk.sourceRows.length - 1 : 0
      this.startData(chunk && fields > 0 ? Array.from({ length: fields }, (_, c) => readChunkCell(chunk, row, c)) : [])
    }
    this.parser.onRagged = (row, fields) => {
      notices.add({
        code: 'RAGGED_ROW',
        row,
        message: `Row ${row} has ${fields} ${fields === 1 ? 'field' : 'fields'}; the header has ${this.header.length}.`,
      })
    }
  }

  get headerDone(): boolean {
    return this.parser.builder === this.data
  }

  get rowCount(): number {
    return this.data.rowCount
  }

  /** Emits what is left, and the meta even when the file had no data rows. */
  finish(): void {
    if (!this.headerDone) {
      const { used } = this.format.headerRow
      this.notices.add({
        code: 'HEADER_ROW_MISSING',
        message: `Row ${used} was chosen as the header, but the file ends at row ${this.parser.record - 1}.`,
      })
      this.startData([])
    }
    if (this.parser.unclosedQuoteRecord > 0) {
      const row = this.parser.unclosedQuoteRecord
      this.notices.add({
        code: 'UNCLOSED_QUOTE',
        row,
        message: `Row ${row} opens a quote that is never closed, so the rest of the file was read into one cell.`,
      })
    }
    if (this.announcedColumns < 0 || this.data.rowCount > this.emittedRows) this.data.flush()
  }

  private startData(header: readonly string[]): void {
    this.header = header
    if (header.length > 0) this.data.column(header.length - 1)
    this.parser.builder = this.data
    this.parser.expectedFields = header.length
  }

  private emit(chunk: TableChunk): void {
    this.emittedRows += chunk.sourceRows.length
    if (chunk.columns.length <= this.announcedColumns) {
      this.sink.chunk(chunk)
      return
    }
    this.announcedColumns = chunk.columns.length
    this.sink.chunk(chunk, this.meta(chunk.columns.length))
  }

  private meta(width: number): SourceMeta {
    const { encoding, delimiter, headerRow } = this.format
    return { kind: 'csv', encoding, delimiter, headerRow, columns: headerColumns(this.header, width) }
  }
}
