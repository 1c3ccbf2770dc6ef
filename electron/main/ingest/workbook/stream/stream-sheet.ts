// Streams one worksheet part into table chunks. The first read counts columns from the first column of the
// sheet's <dimension>; when the first chunk is about to leave and the used cells start further right (styled
// empty cells widen a dimension), nothing has been sent yet, so the part is scanned once for its used columns
// and read again with them: rows always land as emit-sheet.ts would place them, at the cost of a second read.
// The shared strings stream alongside: a cell naming an item not read yet stalls the scan until it is, and a
// pass ends by reading the rest of the strings part, so a sheet whose cells named strings from a table SheetJS
// would not read (no `</sst>`) or a damaged strings part fails as it does there, if later.
import type { ParseNotice, SourceMeta } from '../../../../../shared/files/open-file'
import type { IngestSink } from '../../worker-protocol'
import { workbookCorrupt } from '../workbook-errors'
import type { ZipEntry } from '../zip-directory'
import { DamagedSheet, type CellDecoder } from './cell-decoder'
import { inflatePart, type PartGuard, type PartPosition } from './inflate-part'
import { RowCells } from './row-cells'
import type { StreamedStrings } from './shared-strings'
import { ColumnsShifted, SheetPass } from './sheet-pass'
import { SheetScanner, StreamUnsupported, type CellSink, type ScannedCell } from './sheet-scanner'

export interface StreamSheetInput {
  readonly bytes: Uint8Array
  readonly entry: ZipEntry
  readonly guard: PartGuard
  readonly decoder: CellDecoder
  /** The shared strings the decoder reads, streamed as cells need them. */
  readonly strings: StreamedStrings
  readonly headerRow: number | undefined
  readonly meta: Omit<SourceMeta, 'headerRow' | 'columns'>
  readonly sink: IngestSink
  readonly totalBytes: number
  /** 0-based first column of the sheet's declared range. */
  readonly declaredFirstColumn: number
  /** The sheet's name, for messages. */
  readonly sheet: string
}

export interface StreamedSheet {
  readonly rowCount: number
  readonly notices: readonly ParseNotice[]
}

export async function streamSheet(input: StreamSheetInput): Promise<StreamedSheet> {
  const first = await readPass(input, input.declaredFirstColumn, undefined, true)
  if (first) return first
  const used = await usedColumns(input)
  const second = await readPass(input, used?.first ?? 0, used?.last, false)
  if (!second) throw new Error('a read with the scanned columns cannot shift them')
  return second
}

/** One read; undefined when its first column proved wrong before anything was sent. */
async function readPass(
  input: StreamSheetInput,
  firstColumn: number,
  lastColumn: number | undefined,
  verifyFirstColumn: boolean,
): Promise<StreamedSheet | undefined> {
  const { entry, guard, sheet } = input
  const position: PartPosition = { compressedRead: 0 }
  const damaged = (reason: string) => workbookCorrupt(guard.file, `its sheet "${sheet}" has ${reason}`)
  const pass = new SheetPass({
    decoder: input.decoder,
    headerRow: input.headerRow,
    meta: input.meta,
    sink: input.sink,
    firstColumn,
    ...(lastColumn === undefined ? {} : { lastColumn }),
    verifyFirstColumn,
    share: () => (entry.compressedSize > 0 ? position.compressedRead / entry.compressedSize : 1),
    totalBytes: input.totalBytes,
    damaged,
  })
  const scanner = new SheetScanner(pass, input.decoder)
  try {
    await scanPart(input, scanner, position, () => pass.blockDone())
    await input.strings.finish()
    if (input.strings.unclosed && input.decoder.namedSharedString)
      throw new DamagedSheet('the shared strings table is not closed')
    const notices = pass.finish(sheet, guard.file)
    return { rowCount: pass.rowCount, notices }
  } catch (error) {
    if (error instanceof ColumnsShifted) return undefined
    if (error instanceof StreamUnsupported && pass.sent) throw damaged(error.message)
    throw translate(error, input)
  }
}

/** The first and last columns holding a non-blank cell, or undefined for a sheet without any. */
async function usedColumns(input: StreamSheetInput): Promise<{ first: number; last: number } | undefined> {
  const bounds = new ColumnBounds(input.decoder)
  try {
    await scanPart(input, new SheetScanner(bounds, input.decoder), { compressedRead: 0 }, () => {})
  } catch (error) {
    throw translate(error, input)
  }
  return bounds.first < 0 ? undefined : { first: bounds.first, last: bounds.last }
}

async function scanPart(
  input: StreamSheetInput,
  scanner: SheetScanner,
  position: PartPosition,
  blockDone: () => void,
): Promise<void> {
  const oversized = () => workbookCorrupt(input.guard.file, `its sheet "${input.sheet}" has a cell too long to be read`)
  for await (const block of inflatePart(input.bytes, input.entry, input.guard, position)) {
    scanner.push(block, oversized)
    while (scanner.stalledOn >= 0) {
      await input.strings.readPast(scanner.stalledOn)
      scanner.resume(oversized)
    }
    blockDone()
    if (scanner.done) break
  }
}

function translate(error: unknown, input: StreamSheetInput): unknown {
  // SheetJS fails on the whole sheet when a cell names a shared string that does not exist.
  if (error instanceof DamagedSheet)
    return workbookCorrupt(input.guard.file, `its sheet "${input.sheet}" is damaged or is not a worksheet`)
  return error
}

class ColumnBounds implements CellSink {
  private readonly cells = new RowCells()
  first = -1
  last = -1

  constructor(private readonly decoder: CellDecoder) {}

  cell(cell: ScannedCell, bytes: Uint8Array): void {
    this.cells.reset()
    this.decoder.decode(cell, bytes, this.cells)
    if (this.cells.count === 0 || this.cells.nonBlank[0] !== 1) return
    if (this.first < 0 || cell.column < this.first) this.first = cell.column
    if (cell.column > this.last) this.last = cell.column
  }
}
