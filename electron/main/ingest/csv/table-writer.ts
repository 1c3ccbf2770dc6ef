// Routes parsed records into chunks: records up to the header row go to a scratch builder (only the header's
// cells are kept), later ones become data rows. Invariant: every emitted chunk whose column count is new (the
// first one, and any after ragged rows added columns) carries the SourceMeta describing all its columns.
// File-level problems (a quote never closed, rows with text beyond the header) become file warnings.
import type { SourceMeta } from '../../../../shared/files/open-file'
import { readChunkCell, type TableChunk } from '../../../../shared/table/table-chunk'
import { ChunkBuilder } from '../chunk-builder'
import { fileIssue } from '../file-issue'
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
  /** Rows with text in cells beyond the header, and the first of them. */
  private wideRows = 0
  private firstWideRow = 0

  constructor(
    private readonly format: CsvFormat,
    private readonly sink: IngestSink,
    private readonly notices: NoticeLog,
    chunkRows: number,
    /** The file's name, for file warnings. */
    private readonly file: string,
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
      notices.addLazily('RAGGED_ROW', () => ({
        code: 'RAGGED_ROW',
        row,
        ...fileIssue('RAGGED_ROW', { row, n: fields, header: this.header.length }),
      }))
      if (this.headerDone && fields > this.header.length && this.extraCellsHoldText(fields)) {
        if (this.wideRows++ === 0) this.firstWideRow = row
      }
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
        ...fileIssue('HEADER_ROW_MISSING', { row: used, last: this.parser.record - 1 }),
      })
      this.startData([])
    }
    this.warnAboutFile()
    if (this.announcedColumns < 0 || this.data.rowCount > this.emittedRows) this.data.flush()
  }

  /** Whether the row being ended (with `fields` cells) has non-blank text beyond the header's columns. */
  private extraCellsHoldText(fields: number): boolean {
    const columns = this.data.columns
    for (let c = this.header.length; c < fields && c < columns.length; c++) {
      const col = columns[c]!
      const end = col.ends[col.count - 1] ?? 0
      const start = col.count > 1 ? col.ends[col.count - 2]! : 0
      for (let i = start; i < end; i++) {
        const b = col.bytes[i]!
        if (b !== 0x20 && b !== 0x09) return true
      }
    }
    return false
  }

  private warnAboutFile(): void {
    const { file, parser, header } = this
    const names = headerColumns(header, Math.max(header.length + 1, parser.unclosedQuoteField + 1))
    if (parser.unclosedQuoteRecord > 0 && this.headerDone) {
      const row = parser.unclosedQuoteRecord
      const column = names[parser.unclosedQuoteField]!.name
      const lines = parser.unclosedQuoteLines
      this.notices.warn({
        code: 'UNCLOSED_QUOTE',
        file,
        row,
        column,
        count: Math.max(1, lines),
        ...(lines === 0
          ? fileIssue('UNCLOSED_QUOTE.endOfRow', { file, row, column })
          : fileIssue('UNCLOSED_QUOTE.restOfFile', { file, row, column, n: lines }, lines.toLocaleString('en-US'))),
      })
    }
    if (this.wideRows > 0) {
      const count = this.wideRows
      const column = names[header.length]!.name
      const row = this.firstWideRow
      const params = { file, row, column, columns: header.length }
      this.notices.warn({
        code: 'ROW_TOO_WIDE',
        file,
        row,
        column,
        count,
        ...(count === 1
          ? fileIssue('ROW_TOO_WIDE.one', params)
          : fileIssue('ROW_TOO_WIDE.many', { ...params, n: count }, count.toLocaleString('en-US'))),
      })
    }
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
