// RFC 4180 CSV text for files meant for Twenty's own spreadsheet import (parsed there by SheetJS, UTF-8).
// Invariant: every cell reads back exactly as given (papaparse, SheetJS with raw cells); nothing is prefixed.

/** Twenty's import rejects a sheet with more data rows than this (SPREADSHEET_MAX_RECORD_IMPORT_CAPACITY). */
export const MAX_RECORDS_PER_IMPORT_FILE = 10_000

/** U+FEFF: starts every file writeCsv makes. */
export const CSV_BOM = '\uFEFF'

/** Line ending of every row, the last included. */
export const CSV_NEWLINE = '\r\n'

// Besides RFC 4180's `,` `"` CR LF, a cell is quoted when it has `;` tab or `|` (SheetJS guesses the separator
// by counting those outside quotes in the first line) or leading/trailing white space (trimmed by some readers).
const NEEDS_QUOTES = /[",\r\n;\t|]|^\s|\s$/

/** One cell, quoted (with `"` doubled) only when it must be. */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/**
 * A whole CSV file as text: a UTF-8 BOM (U+FEFF), the header, then the rows, each line ending in CRLF.
 * The BOM is included because Excel needs it to read UTF-8, and SheetJS (Twenty's parser) strips it while
 * older SheetJS builds mis-decode accents without it. The caller encodes the text as UTF-8.
 * Values are written as given: no ZWJ or quote is prefixed to `=`, `+`, `-`, `@` (Twenty reads cells raw, so
 * they import as text); the file is for Twenty, not for opening in a spreadsheet app.
 * @throws RangeError when a row's width differs from the header's (a programmer error).
 */
export function writeCsv(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [header.map(csvCell).join(',')]
  let index = 0
  for (const row of rows) {
    index++
    if (row.length !== header.length) {
      throw new RangeError(`writeCsv: row ${index} has ${row.length} cells, the header ${header.length}`)
    }
    lines.push(row.map(csvCell).join(','))
  }
  return CSV_BOM + lines.join(CSV_NEWLINE) + CSV_NEWLINE
}

/** Splits records into consecutive chunks of at most `size` (default: one Twenty import file each). */
export function chunkForImport<T>(records: readonly T[], size: number = MAX_RECORDS_PER_IMPORT_FILE): T[][] {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`chunkForImport: size must be a positive integer, got ${size}`)
  }
  const chunks: T[][] = []
  for (let start = 0; start < records.length; start += size) chunks.push(records.slice(start, start + size))
  return chunks
}
