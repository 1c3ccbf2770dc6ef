// The failures a workbook read reports, one builder per code. Every message names the file (and the sheet when
// one is involved) and says what the user can do; the codes are stable because the UI branches on them.
import { ingestError } from '../file-issue'
import { IngestError } from '../worker-protocol'

/** Sizes as people read them: `512 bytes`, `40.0 KB`, `100.0 MB`, `1.5 GB`. */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

export function fileTooLarge(file: string, size: number, limit: number): IngestError {
  return new IngestError(
    'FILE_TOO_LARGE',
    `${file} is ${describeBytes(size)}, over the ${describeBytes(limit)} limit for workbooks. ` +
      'Save the sheet you need as CSV in Excel and open that file instead.',
  )
}

export function unzippedTooLarge(file: string, unzipped: number, limit: number): IngestError {
  return new IngestError(
    'WORKBOOK_TOO_LARGE_UNZIPPED',
    `${file} unpacks to ${describeBytes(unzipped)}, over the ${describeBytes(limit)} limit. ` +
      'Save the sheet you need as CSV in Excel and open that file instead.',
  )
}

export function tooManyParts(file: string, parts: number, limit: number): IngestError {
  return new IngestError(
    'WORKBOOK_TOO_LARGE_UNZIPPED',
    `${file} holds ${parts.toLocaleString('en-US')} parts, more than the ${limit.toLocaleString('en-US')} ` +
      'a workbook can reasonably have. Save the sheet you need as CSV in Excel and open that file instead.',
  )
}

export function workbookEncrypted(file: string): IngestError {
  return ingestError('WORKBOOK_ENCRYPTED', 'WORKBOOK_ENCRYPTED', { file })
}

/** `problem` completes "<file> cannot be read: ..." in lower case, without a final full stop. */
export function workbookCorrupt(file: string, problem: string): IngestError {
  return new IngestError(
    'WORKBOOK_CORRUPT',
    `${file} cannot be read: ${problem}. If Excel opens it, save it again as a new .xlsx file and open that.`,
  )
}

export function sheetNotFound(file: string, requested: string | undefined, sheets: readonly string[]): IngestError {
  if (sheets.length === 0) return ingestError('SHEET_NOT_FOUND', 'SHEET_NOT_FOUND.noSheets', { file })
  const listed = sheets.map((name) => `"${name}"`).join(', ')
  return ingestError('SHEET_NOT_FOUND', 'SHEET_NOT_FOUND.named', { file, requested: `${requested}`, sheets: listed })
}

/** Translates an exception thrown inside SheetJS (or its ZIP and CFB readers) into a user-facing failure. */
export function fromLibraryError(file: string, error: unknown): IngestError {
  const detail = error instanceof Error ? error.message : String(error)
  if (/password|encrypt/i.test(detail)) return workbookEncrypted(file)
  if (error instanceof RangeError) {
    return workbookCorrupt(file, 'it is damaged, or holds more data than can be read at once')
  }
  return workbookCorrupt(file, `it looks damaged or incomplete (${detail.slice(0, 120)})`)
}
