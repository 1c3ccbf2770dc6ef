// Turns a parsed sheet into the table the app opens: finds the header among the first rows, names the columns,
// and streams the rows below it as chunks. Source rows keep the numbers Excel shows; empty rows are skipped;
// column i is the i-th column from the sheet's first used column, so ids stay put across re-reads.
import type { ParseNotice, SourceMeta } from '../../../../shared/files/open-file'
import { columnIdAt } from '../../../../shared/table/columnar-table'
import { columnLetter, detectHeaderRow, uniqueHeaderNames } from '../../../../shared/table/headers'
import { ChunkBuilder } from '../chunk-builder'
import { fileIssue } from '../file-issue'
import type { IngestSink } from '../worker-protocol'
import type { CellText } from './cell-text'
import type { DenseSheet, SheetJsCell } from './load-sheetjs'

export interface EmitSheetInput {
  readonly sheet: DenseSheet
  readonly cellText: CellText
  /** 1-based header row the user chose; detected when absent. */
  readonly headerRow: number | undefined
  /** Everything the first chunk's meta says besides the header row and the columns. */
  readonly meta: Omit<SourceMeta, 'headerRow' | 'columns'>
  readonly sink: IngestSink
  /** The file's size, against which progress is reported. */
  readonly totalBytes: number
  /** Names the file in notices. */
  readonly file: string
}

export interface EmittedSheet {
  readonly rowCount: number
  readonly notices: readonly ParseNotice[]
}

interface UsedBounds {
  readonly firstRow: number
  readonly lastRow: number
  readonly firstColumn: number
  readonly lastColumn: number
}

const HEADER_SCAN_ROWS = 30
const PROGRESS_EVERY_ROWS = 4096

export function emitSheet(input: EmitSheetInput): EmittedSheet {
  const { sheet, cellText, sink } = input
  const bounds = usedBounds(sheet)
  const rowTexts = (row: number): string[] => {
    if (!bounds) return []
    const texts = new Array<string>(bounds.lastColumn - bounds.firstColumn + 1).fill('')
    const cells = sheet[row] ?? []
    const end = Math.min(cells.length - 1, bounds.lastColumn)
    for (let c = bounds.firstColumn; c <= end; c++) {
      const cell = cells[c]
      if (cell) texts[c - bounds.firstColumn] = cellText(cell)
    }
    return texts
  }

  let detected = 1
  if (bounds) {
    const scanned: string[][] = []
    const scanEnd = Math.min(bounds.lastRow, bounds.firstRow + HEADER_SCAN_ROWS - 1)
    for (let r = bounds.firstRow; r <= scanEnd; r++) scanned.push(rowTexts(r))
    detected = bounds.firstRow + detectHeaderRow(scanned) + 1
  }
  const used = input.headerRow ?? detected
  const header = rowTexts(used - 1)
  const names = headerNames(header, bounds?.firstColumn ?? 0)
  const columns = header.map((sourceName, i) => ({ id: columnIdAt(i), name: names[i]!, sourceName }))
  const meta: SourceMeta = { ...input.meta, headerRow: { detected, used }, columns }

  let sentMeta = false
  const builder = new ChunkBuilder((chunk) => {
    sink.chunk(chunk, sentMeta ? undefined : meta)
    sentMeta = true
  })
  if (columns.length > 0) builder.column(columns.length - 1)
  if (bounds) emitRows(input, bounds, used, builder)
  builder.flush()
  sink.progress({ bytesRead: input.totalBytes, totalBytes: input.totalBytes, rowsRead: builder.rowCount })
  const notices = bounds ? [] : [emptySheetNotice(input.meta.sheet, input.file)]
  return { rowCount: builder.rowCount, notices }
}

/** Adds the rows from 0-based `first` to the last used one, skipping rows without text, with progress. */
function emitRows(input: EmitSheetInput, bounds: UsedBounds, first: number, builder: ChunkBuilder): void {
  const { sheet, cellText, sink, totalBytes } = input
  const { firstColumn, lastColumn, lastRow } = bounds
  for (let r = first; r <= lastRow; r++) {
    const cells = sheet[r]
    if (cells) {
      let begun = false
      const end = Math.min(cells.length - 1, lastColumn)
      for (let c = firstColumn; c <= end; c++) {
        const cell = cells[c]
        if (cell === undefined) continue
        const text = cellText(cell)
        if (text === '') continue
        if (!begun) builder.beginRow(r + 1)
        begun = true
        builder.setCell(c - firstColumn, text)
      }
      if (begun) builder.endRow()
    }
    if ((r - first) % PROGRESS_EVERY_ROWS === PROGRESS_EVERY_ROWS - 1) {
      const bytesRead = Math.round((totalBytes * (r + 1 - first)) / (lastRow + 1 - first))
      sink.progress({ bytesRead, totalBytes, rowsRead: builder.rowCount })
    }
  }
}

/** Display names for the header cells; an empty one is named by the column letter Excel shows above it. */
function headerNames(header: readonly string[], firstColumn: number): string[] {
  const skipped = Array.from({ length: firstColumn }, (_, i) => `Column ${columnLetter(i)}`)
  return uniqueHeaderNames([...skipped, ...header]).slice(firstColumn)
}

/** The rows and columns that hold anything, or undefined for a sheet with no text in it. */
function usedBounds(sheet: DenseSheet): UsedBounds | undefined {
  let firstRow = -1
  let lastRow = -1
  let firstColumn = Number.MAX_SAFE_INTEGER
  let lastColumn = -1
  for (let r = 0; r < sheet.length; r++) {
    const cells = sheet[r]
    if (!cells) continue
    let first = 0
    while (first < cells.length && isBlank(cells[first])) first++
    if (first === cells.length) continue
    let last = cells.length - 1
    while (isBlank(cells[last])) last--
    if (firstRow < 0) firstRow = r
    lastRow = r
    if (first < firstColumn) firstColumn = first
    if (last > lastColumn) lastColumn = last
  }
  return firstRow < 0 ? undefined : { firstRow, lastRow, firstColumn, lastColumn }
}

function isBlank(cell: SheetJsCell | undefined): boolean {
  return cell === undefined || cell.t === 'z' || (cell.t === 's' && cell.v === '')
}

function emptySheetNotice(sheet: string | undefined, file: string): ParseNotice {
  return { code: 'SHEET_EMPTY', ...fileIssue('SHEET_EMPTY', { sheet: sheet ?? '', file }) }
}
