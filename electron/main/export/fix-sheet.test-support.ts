// Helpers for the fix sheet tests: SheetJS to inspect written files and to play the client editing them, the
// built parse worker the reader needs, and a sample of rows with problems.
import { existsSync, mkdtempSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { FixSheetInput } from './fix-sheet-input'
import type { ZipPackage } from './load-sheetjs-writer'

export interface ReadCell {
  t: string
  v: unknown
  /** With `cellStyles`, SheetJS 0.15 gives a cell's fill here. */
  s?: { patternType?: string; fgColor?: { rgb?: string } }
  c?: { a?: string; t: string }[]
}
export type ReadSheet = Record<string, unknown>
export interface ReadBook {
  SheetNames: string[]
  Sheets: Record<string, ReadSheet>
}

/** SheetJS as a client's spreadsheet program stands in for: read a workbook, change it, save it. */
interface SheetJsForTests {
  read(bytes: Uint8Array, options: { type: 'buffer'; cellStyles?: boolean; cellNF?: boolean }): ReadBook
  write(workbook: ReadBook, options: { type: 'buffer'; bookType: 'xlsx' }): Buffer
  utils: {
    aoa_to_sheet(rows: unknown[][]): ReadSheet
    sheet_to_json(sheet: ReadSheet, options: { header: 1; defval: string; raw: false }): string[][]
    sheet_to_csv(sheet: ReadSheet): string
    book_new(): ReadBook
    book_append_sheet(book: ReadBook, sheet: ReadSheet, name: string): void
  }
}

const require = createRequire(import.meta.url)
export const sheetJs = require('sheetjs-style') as SheetJsForTests
const JsZip = require('sheetjs-style/jszip.js') as new (bytes: Uint8Array) => ZipPackage
export const openZip = (bytes: Uint8Array): ZipPackage => new JsZip(bytes)

const WORKER = resolve(__dirname, '../../../out/main/parse-worker.js')

/** The built parse worker; the reader parses returned files there. */
export function workerPath(): string {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build\` first`)
  return WORKER
}

export const tempPath = (name: string): string => join(mkdtempSync(join(tmpdir(), 'preflight-fix-sheet-')), name)

/** `details`: also read fills, number formats and column widths. */
export async function readBook(path: string, details = false): Promise<ReadBook> {
  return sheetJs.read(await readFile(path), { type: 'buffer', cellStyles: details, cellNF: details })
}

/** Plays the client: opens the workbook at `path`, lets `edit` change it, and saves it to `to` as Excel would. */
export async function editBook(path: string, to: string, edit: (book: ReadBook) => void): Promise<void> {
  const book = await readBook(path, true)
  edit(book)
  await writeFile(to, sheetJs.write(book, { type: 'buffer', bookType: 'xlsx' }))
}

/** Plays the client rebuilding the first sheet from its rows (deleting, moving, adding rows or columns). */
export async function editRows(path: string, to: string, edit: (rows: unknown[][]) => unknown[][]): Promise<void> {
  await editBook(path, to, (book) => {
    const name = book.SheetNames[0]!
    book.Sheets[name] = sheetJs.utils.aoa_to_sheet(edit(sheetRows(book.Sheets[name]!)))
  })
}

/** A sheet's cells as text rows, header first. */
export function sheetRows(sheet: ReadSheet): string[][] {
  return sheetJs.utils.sheet_to_json(sheet, { header: 1, defval: '', raw: false })
}

export const HEADERS = ['Name', 'Email', 'Account code', 'Joined'] as const

/** Three rows of a contacts table with problems: cell errors, a warning, a message about the whole row. */
export const SAMPLE: FixSheetInput = {
  sheetName: 'Contacts',
  headers: HEADERS,
  note: 'Contacts import for Acme, March.',
  rows: [
    {
      rowId: 4,
      sourceRow: 6,
      cells: ['Ada Lovelace', 'ada@@example', '00123', '2024-03-01'],
      problems: [
        { column: 2, severity: 'warning', message: 'Account codes usually have 6 digits.' },
        { column: 1, severity: 'error', message: 'Not a valid email address.' },
      ],
    },
    {
      rowId: 17,
      sourceRow: 19,
      cells: ['Grace Hopper', 'grace@example.com', '12345678901234567890', '03/04/2024'],
      problems: [
        { column: 3, severity: 'warning', message: 'Ambiguous date: 3 April or 4 March?' },
        { column: 3, severity: 'error', message: 'Not a date Twenty accepts.' },
      ],
    },
    {
      rowId: 250,
      sourceRow: 252,
      cells: ['=HYPERLINK("x")', 'alan@example.com', '', '1912-06-23'],
      problems: [{ severity: 'error', message: 'Server: duplicate email alan@example.com.' }],
    },
  ],
}
