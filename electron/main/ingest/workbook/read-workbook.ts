// Reads one sheet of an XLSX or XLS file into table chunks; runs inside the parse worker thread. Every limit
// that can be checked without parsing is checked first (file size, then the ZIP index), and SheetJS is loaded
// only after them. An XLSX is streamed (stream/read-xlsx-stream.ts: first rows while the rest inflates, the
// time limit checked as it goes); one the streaming reader cannot read exactly as SheetJS would, and every XLS,
// goes through SheetJS in one synchronous step that main's wall-clock limit covers by terminating the worker.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { OpenOptions, ReadSummary } from '../../../../shared/files/open-file'
import type { IngestLimits, IngestSink } from '../worker-protocol'
import { createCellText } from './cell-text'
import { checkOleContainer, sniffContainer } from './container'
import { emitSheet } from './emit-sheet'
import { loadSheetJs, type SheetJs } from './load-sheetjs'
import { parseWorkbook } from './parse-workbook'
import { readXlsxStream } from './stream/read-xlsx-stream'
import { fileTooLarge, workbookCorrupt } from './workbook-errors'
import { checkZipLimits } from './zip-guard'

/**
 * Streams the chosen sheet of the workbook at `path` to `sink`: meta with the first chunk, progress as rows are
 * converted. `kind` is what the file's extension claims; the bytes decide, so a renamed XLS still opens.
 * `sheetJs` is for tests that must not freeze their own thread; the worker keeps the default.
 * Throws IngestError (FILE_TOO_LARGE, WORKBOOK_TOO_LARGE_UNZIPPED, WORKBOOK_CORRUPT, WORKBOOK_ENCRYPTED,
 * SHEET_NOT_FOUND) with a message naming the file.
 */
export async function readWorkbookFile(
  path: string,
  kind: 'xlsx' | 'xls',
  options: OpenOptions,
  sink: IngestSink,
  limits: IngestLimits,
  sheetJs: () => SheetJs = loadSheetJs,
): Promise<ReadSummary> {
  const startedAt = performance.now()
  const file = basename(path)
  const { size } = await stat(path)
  if (size > limits.maxWorkbookBytes) throw fileTooLarge(file, size, limits.maxWorkbookBytes)
  const bytes = await readFile(path)
  sink.progress({ stage: 'parsing', bytesRead: 0, totalBytes: size, rowsRead: 0 })

  const container = sniffContainer(bytes)
  if (container === 'unknown') {
    const problem = `its contents are not an Excel workbook (another kind of file renamed to .${kind}?)`
    throw workbookCorrupt(file, bytes.length === 0 ? 'it is empty' : problem)
  }
  const zipEntries = container === 'zip' ? checkZipLimits(bytes, file, limits) : undefined
  if (zipEntries) {
    const streamed = await readXlsxStream({ bytes, entries: zipEntries, file, options, sink, limits, sheetJs, startedAt })
    if (streamed) return streamed
  }
  const library = sheetJs()
  if (container === 'ole') checkOleContainer(library, bytes, file)

  const parsed = parseWorkbook(library, bytes, zipEntries, options.sheet, file)
  const sheet = parsed.sheets[parsed.index]!.name
  const { rowCount, notices } = emitSheet({
    sheet: parsed.sheet,
    cellText: createCellText(library.SSF, parsed.date1904),
    headerRow: options.headerRow,
    meta: { kind: container === 'zip' ? 'xlsx' : 'xls', sheets: [...parsed.sheets], sheet },
    sink,
    totalBytes: size,
    file,
  })
  return { rowCount, notices: [...notices], noticesOmitted: 0, fileWarnings: [] }
}
