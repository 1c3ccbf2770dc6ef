// Runs SheetJS on a workbook that passed the guards and returns the chosen sheet's cells plus every sheet's size.
// For an XLSX it reads the structure first and parses only the chosen sheet's cells; an XLS (one BIFF stream)
// or an XLSX whose sheet sizes are not declared is parsed whole. Library exceptions become IngestErrors.
import type { SheetInfo } from '../../../../shared/files/open-file'
import type { DenseSheet, SheetJs, SheetJsWorkbook } from './load-sheetjs'
import { pickSheet } from './pick-sheet'
import { parseCellRange, sizeOfRange } from './sheet-range'
import { probeSheetSizes } from './sheet-sizes'
import { fromLibraryError, workbookCorrupt } from './workbook-errors'
import type { ZipEntry } from './zip-directory'

export interface ParsedWorkbook {
  readonly sheets: readonly SheetInfo[]
  /** Index into `sheets` of the sheet that was parsed. */
  readonly index: number
  readonly sheet: DenseSheet
  readonly date1904: boolean
}

/** Raw values and number formats only: we compute text ourselves, so SheetJS's formatting work is skipped. */
const CELL_OPTIONS = {
  type: 'buffer',
  dense: true,
  cellNF: true,
  cellText: false,
  cellHTML: false,
  cellFormula: false,
  cellStyles: false,
  cellDates: false,
  sheetStubs: false,
  bookDeps: false,
  bookFiles: false,
  bookVBA: false,
} as const

/** `zipEntries` is the checked ZIP index of an XLSX, undefined for an OLE (XLS) file. */
export function parseWorkbook(
  sheetJs: SheetJs,
  bytes: Uint8Array,
  zipEntries: readonly ZipEntry[] | undefined,
  requested: string | undefined,
  file: string,
): ParsedWorkbook {
  const sizes = zipEntries && probeSheetSizes(bytes, zipEntries)
  if (sizes) {
    const names = read(sheetJs, bytes, { type: 'buffer', bookSheets: true }, file).SheetNames
    if (names.length === sizes.length) {
      const declared = names.map((name, i) => ({ name, ...sizes[i]! }))
      const index = pickSheet(declared, requested, file)
      const workbook = read(sheetJs, bytes, { ...CELL_OPTIONS, sheets: index }, file)
      const sheet = sheetOf(workbook, index, file)
      const sheets = declared.map((info, i) => (i === index ? { name: info.name, ...sizeOfSheet(sheet) } : info))
      return { sheets, index, sheet, date1904: isDate1904(workbook) }
    }
  }
  const workbook = read(sheetJs, bytes, CELL_OPTIONS, file)
  const sheets = workbook.SheetNames.map((name) => ({ name, ...sizeOfSheet(workbook.Sheets?.[name]) }))
  const index = pickSheet(sheets, requested, file)
  return { sheets, index, sheet: sheetOf(workbook, index, file), date1904: isDate1904(workbook) }
}

function read(sheetJs: SheetJs, bytes: Uint8Array, options: object, file: string): SheetJsWorkbook {
  try {
    // SheetJS writes its defaults into the options object, so each read gets a fresh one.
    return sheetJs.read(bytes, { ...options })
  } catch (error) {
    throw fromLibraryError(file, error)
  }
}

/** A dense worksheet is an array of rows; a chart sheet or a part SheetJS could not read is not. */
function isWorksheet(sheet: DenseSheet | undefined): sheet is DenseSheet {
  return Array.isArray(sheet)
}

function sheetOf(workbook: SheetJsWorkbook, index: number, file: string): DenseSheet {
  const name = workbook.SheetNames[index]
  const sheet = name === undefined ? undefined : workbook.Sheets?.[name]
  // SheetJS swallows a failure inside one sheet and leaves it out, so a missing sheet means a damaged part.
  if (!isWorksheet(sheet)) {
    throw workbookCorrupt(file, `its sheet "${name ?? index + 1}" is damaged or is not a worksheet`)
  }
  return sheet
}

function sizeOfSheet(sheet: DenseSheet | undefined): { rows: number; columns: number } {
  const ref = sheet?.['!ref']
  return sizeOfRange(ref === undefined ? undefined : parseCellRange(ref))
}

function isDate1904(workbook: SheetJsWorkbook): boolean {
  const flag = workbook.Workbook?.WBProps?.date1904
  return flag === true || flag === 1 || flag === '1' || flag === 'true'
}
