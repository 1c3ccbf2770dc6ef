// Reads one sheet of an XLSX or XLS file into table chunks; runs inside the parse worker thread. Every limit
// that can be checked without parsing is checked first (file size, then the ZIP index), and SheetJS is loaded
// only after them. An XLSX is streamed (stream/read-xlsx-stream.ts: first rows while the rest inflates, the
// time limit checked as it goes), its file loaded range by range as the stream needs it (file-bytes.ts: the ZIP
// index and small parts first, a large sheet or strings part a few pages ahead of its inflater); one the
// streaming reader cannot read exactly as SheetJS would, and every XLS, is loaded whole and goes through SheetJS
// in one synchronous step that main's wall-clock limit covers by terminating the worker.
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { OpenOptions, ReadSummary } from '../../../../shared/files/open-file'
import type { IngestLimits, IngestSink } from '../worker-protocol'
import { createCellText } from './cell-text'
import { checkOleContainer, sniffContainer } from './container'
import { emitSheet } from './emit-sheet'
import { FileBytes } from './file-bytes'
import { loadSheetJs, type SheetJs } from './load-sheetjs'
import { parseWorkbook } from './parse-workbook'
import { readXlsxStream } from './stream/read-xlsx-stream'
import { fileTooLarge, workbookCorrupt } from './workbook-errors'
import { checkZipLimits } from './zip-guard'
import { ZIP_TAIL_BYTES, zipIndexStart, type ZipEntry } from './zip-directory'
import { dataStart } from './zip-part'

/** What sniffing the container needs, and far more. */
const HEAD_BYTES = 64 * 1024
/** Parts this large that the streaming reader inflates as a stream (sheets, shared strings) load as they are read. */
const STREAMED_PART = /^xl\/(?:worksheets\/[^/]+|sharedStrings)\.xml$/i
const STREAMED_PART_MIN_BYTES = 1024 * 1024
/** Of a part loaded as it is read, what is loaded up front: more than its head is read for (its declared size). */
const STREAMED_PART_HEAD_BYTES = 64 * 1024

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
  const source = await FileBytes.open(path, file)
  try {
    if (source.size > limits.maxWorkbookBytes) throw fileTooLarge(file, source.size, limits.maxWorkbookBytes)
    await source.ensure(0, HEAD_BYTES)
    sink.progress({ stage: 'parsing', bytesRead: 0, totalBytes: source.size, rowsRead: 0 })

    const container = sniffContainer(source.bytes)
    if (container === 'unknown') {
      const problem = `its contents are not an Excel workbook (another kind of file renamed to .${kind}?)`
      throw workbookCorrupt(file, source.size === 0 ? 'it is empty' : problem)
    }
    const zipEntries = container === 'zip' ? checkZipLimits(await loadZipIndex(source), file, limits) : undefined
    if (zipEntries) {
      await loadUnstreamedParts(source, zipEntries)
      const load = (start: number, end: number) => source.ensure(start, end, true)
      const input = { bytes: source.bytes, entries: zipEntries, file, options, sink, limits, sheetJs, startedAt, load }
      const streamed = await readXlsxStream(input)
      if (streamed) return streamed
    }
    const bytes = await source.whole()
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
      totalBytes: source.size,
      file,
    })
    return { rowCount, notices: [...notices], noticesOmitted: 0, fileWarnings: [] }
  } finally {
    await source.close()
  }
}

/** The file's bytes with its ZIP index loaded (the whole file when its end records do not say where that is). */
async function loadZipIndex(source: FileBytes): Promise<Uint8Array> {
  await source.ensure(source.size - ZIP_TAIL_BYTES, source.size)
  const start = zipIndexStart(source.bytes)
  if (start === undefined) return source.whole()
  await source.ensure(start, source.size)
  return source.bytes
}

/** Loads every part whole, but only the head of a large sheet or shared strings part: those load as they stream. */
async function loadUnstreamedParts(source: FileBytes, entries: readonly ZipEntry[]): Promise<void> {
  for (const entry of entries) {
    const header = entry.localHeaderOffset
    await source.ensure(header, header + 30)
    const start = dataStart(source.bytes, entry)
    if (start === undefined) continue
    const streamed = entry.compressedSize > STREAMED_PART_MIN_BYTES && STREAMED_PART.test(entry.name)
    await source.ensure(header, start + (streamed ? STREAMED_PART_HEAD_BYTES : entry.compressedSize))
  }
}
