// The streaming XLSX reader: reads the package's index parts, picks the sheet as today's path does, then
// streams the chosen sheet's XML into table chunks with the shared strings read alongside (as far as the cells
// need them), never inflating a large part whole. SheetJS itself is loaded only if a cell's number format is
// not one of SSF's built-in ones (lazy-ssf.ts). Returns undefined, before sending anything, for a workbook it
// cannot read exactly as SheetJS does (see package-plan.ts and sheet-scanner.ts for the cases); the caller then
// reads it with SheetJS.
import type { OpenOptions, ReadSummary } from '../../../../../shared/files/open-file'
import type { IngestLimits, IngestSink } from '../../worker-protocol'
import { createCellText, printsPlainly } from '../cell-text'
import type { SheetJs } from '../load-sheetjs'
import { pickSheet } from '../pick-sheet'
import { parseCellRange, sizeOfRange, type CellRange } from '../sheet-range'
import type { ZipEntry } from '../zip-directory'
import { readZipPartHead } from '../zip-part'
import { CellDecoder } from './cell-decoder'
import { parseCellFormats } from './cell-formats'
import { inflatePart, type PartGuard } from './inflate-part'
import { planPackage } from './package-plan'
import { lazySsf } from './lazy-ssf'
import { StreamedStrings } from './shared-strings'
import { StreamUnsupported } from './sheet-scanner'
import { streamSheet } from './stream-sheet'

/** Excel writes <dimension> within the first few hundred bytes; this much deflated data holds far more. */
const HEAD_COMPRESSED_BYTES = 16 * 1024

export interface StreamReadInput {
  readonly bytes: Uint8Array
  /** The ZIP index, already held against the limits by zip-guard. */
  readonly entries: readonly ZipEntry[]
  readonly file: string
  readonly options: OpenOptions
  readonly sink: IngestSink
  readonly limits: IngestLimits
  /**
   * Loads SheetJS (and, in the worker, freezes the prototypes first); only its number formatter is used, and
   * only for formats outside SSF's built-in table.
   */
  readonly sheetJs: () => SheetJs
  /** performance.now() when the read began, against which the time limit runs. */
  readonly startedAt: number
  /**
   * For `bytes` loaded range by range (file-bytes.ts): loads bytes[start..end) and reads ahead. The index parts
   * and every part's head are loaded already; a part that is not reads as missing, and the reader declines.
   */
  readonly load?: (start: number, end: number) => Promise<void>
}

export async function readXlsxStream(input: StreamReadInput): Promise<ReadSummary | undefined> {
  const { bytes, entries, file, options, sink } = input
  const plan = planPackage(bytes, entries)
  if (!plan) return undefined
  const index = pickSheet(plan.declared, options.sheet, file)
  const chosen = plan.sheets[index]!
  const head = chosen.entry && readZipPartHead(bytes, chosen.entry, HEAD_COMPRESSED_BYTES)
  const declared = head === undefined ? undefined : sheetJsDimension(head)
  if (!chosen.entry || declared === undefined) return undefined

  const ssf = lazySsf(input.sheetJs)
  const { maxWorkbookMs } = input.limits
  const guard: PartGuard = {
    file,
    deadline: input.startedAt + maxWorkbookMs,
    limitMs: maxWorkbookMs,
    ...(input.load && { load: input.load }),
  }
  const strings = new StreamedStrings(plan.sharedStrings && inflatePart(bytes, plan.sharedStrings, guard), file)
  const decoder = new CellDecoder(
    strings,
    parseCellFormats(plan.styles),
    createCellText(ssf, plan.date1904),
    (format) => printsPlainly(ssf, format),
  )
  const size = declared === 'empty' ? sizeOfRange(undefined) : sizeOfRange(parseCellRange(encodeRange(declared)))
  const sheets = plan.declared.map((info, i) => (i === index ? { name: info.name, ...size } : info))
  try {
    const { rowCount, notices } = await streamSheet({
      bytes,
      entry: chosen.entry,
      guard,
      decoder,
      strings,
      headerRow: options.headerRow,
      meta: { kind: 'xlsx', sheets, sheet: chosen.name },
      sink,
      totalBytes: bytes.length,
      declaredFirstColumn: declared === 'empty' ? 0 : declared.firstColumn,
      sheet: chosen.name,
    })
    return { rowCount, notices: [...notices], noticesOmitted: 0, fileWarnings: [] }
  } catch (error) {
    if (error instanceof StreamUnsupported) return undefined
    throw error
  } finally {
    await strings.close()
  }
}

/**
 * The range SheetJS takes as the sheet's `!ref`: the first `<dimension>` before `<sheetData>`, read by its
 * own pattern (a quoted `A1:B2` within 50 characters); 'empty' for a sheet with an empty `<sheetData/>` and no
 * such range (SheetJS gives it none). Undefined when SheetJS would compute the range from the cells instead (no
 * such dimension, a one-cell or `$`-anchored one): the streaming reader leaves those to it.
 */
export function sheetJsDimension(head: string): CellRange | 'empty' | undefined {
  const dataAt = head.search(/<(?:\w+:)?sheetData[^>]*>/)
  if (dataAt < 0) return undefined
  const before = head.slice(0, dataAt)
  const at = before.search(/<(?:\w*:)?dimension/)
  const ref = at > 0 ? /"(\w*:\w*)"/.exec(before.slice(at, at + 50))?.[1] : undefined
  if (ref === undefined) return /^<(?:\w+:)?sheetData\s*\/>/.test(head.slice(dataAt)) ? 'empty' : undefined
  const range = safeDecodeRange(ref)
  if (
    range.firstRow > range.lastRow ||
    range.firstColumn > range.lastColumn ||
    range.firstRow < 0 ||
    range.firstColumn < 0
  ) {
    return undefined
  }
  return range
}

/** SheetJS's `safe_decode_range`. */
function safeDecodeRange(ref: string): CellRange {
  let i = 0
  const read = (low: number, high: number, base: number): number => {
    let value = 0
    for (; i < ref.length; ++i) {
      const code = ref.charCodeAt(i) - low
      if (code < (low === 64 ? 1 : 0) || code > high) break
      value = base * value + code
    }
    return value - 1
  }
  const firstColumn = read(64, 26, 26)
  const firstRow = read(48, 9, 10)
  if (i === ref.length || ref.charCodeAt(++i) === 58)
    return { firstRow, firstColumn, lastRow: firstRow, lastColumn: firstColumn }
  const lastColumn = read(64, 26, 26)
  const lastRow = read(48, 9, 10)
  return { firstRow, firstColumn, lastRow, lastColumn }
}

/** SheetJS's `encode_range`, whose result today's path measures the chosen sheet by. */
function encodeRange(range: CellRange): string {
  const cell = (row: number, column: number) => `${columnLetters(column)}${row + 1}`
  const start = cell(range.firstRow, range.firstColumn)
  const end = cell(range.lastRow, range.lastColumn)
  return start === end ? start : `${start}:${end}`
}

function columnLetters(column: number): string {
  let letters = ''
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(((n - 1) % 26) + 65) + letters
  return letters
}
