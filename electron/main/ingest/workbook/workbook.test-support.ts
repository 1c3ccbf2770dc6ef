// Helpers for the workbook reader's tests: an unfrozen SheetJS to build workbooks with, a sink that collects
// what a read emits into a table, and a ZIP writer for crafting packages SheetJS would never write.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpenOptions, Progress, ReadSummary, SourceMeta } from '../../../../shared/files/open-file'
import { ColumnarTable } from '../../../../shared/table/columnar-table'
import { DEFAULT_LIMITS, IngestError, type IngestLimits } from '../worker-protocol'
import type { SheetJs } from './load-sheetjs'
import { readWorkbookFile } from './read-workbook'
import { readZipDirectory } from './zip-directory'
import { readZipPart } from './zip-part'

export type WorkSheet = Record<string, unknown>
export interface WorkBook {
  SheetNames: string[]
  Sheets: Record<string, WorkSheet>
  Workbook?: { WBProps?: { date1904?: boolean } }
}

/** SheetJS with its writer, required without freezing the test's thread (only the parse worker freezes). */
export interface SheetJsForTests extends SheetJs {
  write(workbook: WorkBook, options: { type: 'buffer'; bookType: 'xlsx' | 'biff8'; compression: boolean }): Buffer
  readonly utils: {
    aoa_to_sheet(rows: unknown[][]): WorkSheet
    book_new(): WorkBook
    book_append_sheet(workbook: WorkBook, sheet: WorkSheet, name: string): void
  }
  readonly CFB: SheetJs['CFB'] & {
    write(container: unknown, options: { type: 'buffer' }): Buffer
    utils: { cfb_new(): unknown; cfb_add(container: unknown, path: string, content: Uint8Array): void }
  }
}

export const sheetJs = createRequire(import.meta.url)('sheetjs-style') as SheetJsForTests

export const fixturePath = (name: string): string => join(import.meta.dirname, '__fixtures__', name)

const tempDir = mkdtempSync(join(tmpdir(), 'preflight-workbook-'))

/** Writes `bytes` to a fresh file called `name` and returns its path. */
export function writeTempFile(name: string, bytes: Uint8Array): string {
  const path = join(tempDir, name)
  writeFileSync(path, bytes)
  return path
}

export interface BuildOptions {
  readonly bookType?: 'xlsx' | 'biff8'
  /** Deflate the XLSX parts (Excel does); SheetJS stores them by default. */
  readonly compression?: boolean
  /** Adjusts cells (number formats, formulas, errors) or workbook properties before writing. */
  readonly edit?: (workbook: WorkBook) => void
}

/** A workbook of `sheets` (name -> rows of values), written by SheetJS as Excel would store it. */
export function buildWorkbook(sheets: Record<string, unknown[][]>, options: BuildOptions = {}): Buffer {
  const workbook = sheetJs.utils.book_new()
  for (const [name, rows] of Object.entries(sheets)) {
    sheetJs.utils.book_append_sheet(workbook, sheetJs.utils.aoa_to_sheet(rows), name)
  }
  options.edit?.(workbook)
  const bookType = options.bookType ?? 'xlsx'
  return sheetJs.write(workbook, { type: 'buffer', bookType, compression: options.compression ?? false })
}

/** The XLSX `bytes` with the text of part `name` edited: for files SheetJS's writer cannot produce. */
export function rewriteXlsxPart(bytes: Uint8Array, name: string, edit: (text: string) => string): Uint8Array {
  const directory = readZipDirectory(bytes, 1000)
  if (directory.kind !== 'ok') throw new Error(`not a zip: ${directory.kind}`)
  const parts = directory.entries.map((entry) => {
    const text = readZipPart(bytes, entry, 64 * 1024 * 1024)
    if (text === undefined) throw new Error(`unreadable part ${entry.name}`)
    return { name: entry.name, data: new TextEncoder().encode(entry.name === name ? edit(text) : text) }
  })
  return craftZip(parts)
}

export interface ReadResult {
  readonly summary: ReadSummary
  readonly meta: SourceMeta
  /** Every row's cells, in file order. */
  readonly rows: string[][]
  /** The spreadsheet row number of each row. */
  readonly sourceRows: number[]
  readonly progress: readonly Progress[]
}

/** Reads a workbook file the way the worker does, minus the prototype freeze. */
export async function readTable(
  path: string,
  options: OpenOptions = {},
  limits: IngestLimits = DEFAULT_LIMITS,
): Promise<ReadResult> {
  let meta: SourceMeta | undefined
  let table: ColumnarTable | undefined
  const progress: Progress[] = []
  const kind = path.endsWith('.xls') ? 'xls' : 'xlsx'
  const summary = await readWorkbookFile(
    path,
    kind,
    options,
    {
      chunk(chunk, chunkMeta) {
        if (chunkMeta) meta = chunkMeta
        table ??= new ColumnarTable(chunkMeta?.columns ?? [])
        table.append(chunk)
      },
      progress: (p) => progress.push(p),
    },
    limits,
    () => sheetJs,
  )
  if (!meta || !table) throw new Error('the read emitted no meta')
  const rows = table.rowsBetween(0, table.rowCount)
  const sourceRows = rows.map((_, i) => table!.sourceRow(i))
  return { summary, meta, rows, sourceRows, progress }
}

/** The IngestError a read fails with; fails the test when the read succeeds or throws something else. */
export async function readError(path: string, options: OpenOptions = {}, limits?: IngestLimits): Promise<IngestError> {
  try {
    await readTable(path, options, limits)
  } catch (error) {
    if (error instanceof IngestError) return error
    throw error
  }
  throw new Error(`reading ${path} succeeded`)
}

export interface ZipPart {
  readonly name: string
  readonly data: Uint8Array
  /** What the central directory claims once inflated; defaults to the real size. */
  readonly declaredSize?: number
}

/** A stored (uncompressed) ZIP. Claimed sizes of 2^32 or more are written as ZIP64 extra fields. */
export function craftZip(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  let zip64 = false
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name)
    const local = new DataView(new ArrayBuffer(30))
    local.setUint32(0, 0x04034b50, true)
    local.setUint16(4, 20, true)
    local.setUint32(18, part.data.length, true)
    local.setUint32(22, part.data.length, true)
    local.setUint16(26, name.length, true)
    chunks.push(new Uint8Array(local.buffer), name, part.data)
    const declared = part.declaredSize ?? part.data.length
    const wide = declared >= 0x1_0000_0000
    zip64 ||= wide
    const entry = new DataView(new ArrayBuffer(46 + (wide ? 12 : 0)))
    entry.setUint32(0, 0x02014b50, true)
    entry.setUint16(6, wide ? 45 : 20, true)
    entry.setUint32(20, part.data.length, true)
    entry.setUint32(24, wide ? 0xffffffff : declared, true)
    entry.setUint16(28, name.length, true)
    entry.setUint16(30, wide ? 12 : 0, true)
    entry.setUint32(42, offset, true)
    if (wide) {
      entry.setUint16(46, 0x0001, true)
      entry.setUint16(48, 8, true)
      entry.setBigUint64(50, BigInt(declared), true)
    }
    const bytes = new Uint8Array(entry.buffer)
    central.push(bytes.subarray(0, 46), name, bytes.subarray(46))
    offset += 30 + name.length + part.data.length
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0)
  const tail: Uint8Array[] = []
  if (zip64) tail.push(...zip64End(parts.length, centralSize, offset))
  const eocd = new DataView(new ArrayBuffer(22))
  eocd.setUint32(0, 0x06054b50, true)
  eocd.setUint16(8, zip64 ? 0xffff : parts.length, true)
  eocd.setUint16(10, zip64 ? 0xffff : parts.length, true)
  eocd.setUint32(12, centralSize, true)
  eocd.setUint32(16, offset, true)
  return Buffer.concat([...chunks, ...central, ...tail, new Uint8Array(eocd.buffer)])
}

function zip64End(count: number, centralSize: number, centralOffset: number): Uint8Array[] {
  const record = new DataView(new ArrayBuffer(56))
  record.setUint32(0, 0x06064b50, true)
  record.setBigUint64(4, 44n, true)
  record.setBigUint64(24, BigInt(count), true)
  record.setBigUint64(32, BigInt(count), true)
  record.setBigUint64(40, BigInt(centralSize), true)
  record.setBigUint64(48, BigInt(centralOffset), true)
  const locator = new DataView(new ArrayBuffer(20))
  locator.setUint32(0, 0x07064b50, true)
  locator.setBigUint64(8, BigInt(centralOffset + centralSize), true)
  locator.setUint32(16, 1, true)
  return [new Uint8Array(record.buffer), new Uint8Array(locator.buffer)]
}
