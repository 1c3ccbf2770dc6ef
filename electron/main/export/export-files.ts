// The files `preflight export`, the app's project export and a push write: the rows without errors, normalised, as
// Twenty import files of at most 10,000 records (`<object>-001.csv`, …, and `<object>-no-<field>-001.csv`… for rows
// that leave a checkbox empty), and the rejected rows with their original values and an Errors column (and as a
// styled XLSX fix sheet for the client), their messages in the language asked for (English by default). Empty rows
// are in neither: they are counted.
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { issueWording } from '../../../shared/check/issue-wording'
import type { Language } from '../../../shared/messages/languages'
import { importFileNotes, importFiles } from '../../../shared/twenty-format/import-files'
import { writeCsv } from '../../../shared/twenty-format/write-csv'
import { writeFileAtomic } from '../storage/atomic-write'
import { writeFixSheet, type FixSheetCellProblem } from './fix-sheet'
import { fixSheetFormatter, fixSheetText } from './fix-sheet-layout'
import type { PreparedCheck } from '../project/prepare-check'

/** What writeImportFiles wrote. */
export interface WrittenImportFiles {
  readonly paths: string[]
  readonly records: number
  /** Rows without errors left out because every mapped cell was empty. */
  readonly emptyRows: number
  /** Sentences about files that leave columns out (importFileNotes). */
  readonly notes: string[]
}

/**
 * Writes the files and returns their paths (import files first, then the rejected rows), the empty rows left
 * out and the notes about the import files.
 */
export async function writeExportFiles(
  prepared: PreparedCheck,
  outDir: string,
  language: Language = 'en',
): Promise<{ files: string[]; emptyRows: number; notes: string[] }> {
  await mkdir(outDir, { recursive: true })
  const { paths, emptyRows, notes } = await writeImportFiles(prepared, outDir)
  const rejected = await writeRejectedFile(prepared, outDir, prepared.object.namePlural, language)
  return { files: [...paths, rejected.csv, ...(rejected.xlsx ? [rejected.xlsx] : [])], emptyRows, notes }
}

/**
 * Writes the rows without errors as Twenty import files (`<name>-001.csv`, … of at most 10,000 records, see
 * importFileWriter) into an existing folder; returns their paths, how many records they hold, the empty rows
 * left out and the notes.
 */
export async function writeImportFiles(
  prepared: PreparedCheck,
  outDir: string,
  name = prepared.object.namePlural,
): Promise<WrittenImportFiles> {
  const rows = Array.from({ length: prepared.loaded.table.rowCount }, (_, row) => row)
  const { files, emptyRows } = importFiles(prepared.check, name, rows)
  const paths: string[] = []
  let records = 0
  for (const file of files) {
    const path = join(outDir, file.name)
    await writeFileAtomic(path, file.text)
    paths.push(path)
    records += file.records
  }
  return { paths, records, emptyRows, notes: importFileNotes(files) }
}

/**
 * Writes `<object>-rejected.csv` (the rows with errors, original values and an Errors column) and the same
 * rows as `<object>-rejected.xlsx`, the fix sheet to send the client (problem cells filled, messages in
 * notes, merged back by row id) when there are any. `name` replaces the object's name in the file names. Both are
 * worded in `language`; the CSV's `Errors` header stays as it is (a column name scripts read).
 * Returns both paths (xlsx null when not written).
 */
export async function writeRejectedFile(
  prepared: PreparedCheck,
  outDir: string,
  name = prepared.object.namePlural,
  language: Language = 'en',
): Promise<{ csv: string; xlsx: string | null }> {
  const { check } = prepared
  const word = issueWording(language)
  const line = fixSheetFormatter(language, 'columnError', ['column', 'message'])
  const errorsByRow = new Map<number, string[]>()
  const problemsByRow = new Map<number, FixSheetCellProblem[]>()
  for (const { row, mapped, issue } of check.cellIssues) {
    if (issue.severity !== 'error') continue
    const column = check.columns[mapped]!.mapped
    const message = word(issue)
    const messages = errorsByRow.get(row) ?? []
    messages.push(line({ column: column.name, message }))
    errorsByRow.set(row, messages)
    problemsByRow.set(row, [...(problemsByRow.get(row) ?? []), { column: column.column, severity: 'error', message }])
  }
  const messages = new Map([...errorsByRow].map(([row, list]) => [row, list.join(' | ')]))
  const base = join(outDir, `${name}-rejected`)
  const note = fixSheetText(language, 'noteRejected', { object: prepared.object.labelPlural })
  const xlsx = await writeRowsFixSheet(prepared, `${base}.xlsx`, problemsByRow, note, language)
  return { csv: await writeRowsFile(prepared, `${base}.csv`, messages), xlsx }
}

/** Writes rows with their problems (worded in `language`) as a styled fix sheet in `language`; nothing (null) when there are no rows. */
export async function writeRowsFixSheet(
  prepared: PreparedCheck,
  path: string,
  problems: ReadonlyMap<number, readonly FixSheetCellProblem[]>,
  note: string,
  language: Language = 'en',
): Promise<string | null> {
  if (problems.size === 0) return null
  const { table } = prepared.loaded
  const rows = [...problems.keys()]
    .sort((a, b) => a - b)
    .map((row) => ({
      rowId: row,
      sourceRow: table.sourceRow(row),
      cells: table.rowsBetween(row, row + 1)[0]!,
      problems: problems.get(row)!,
    }))
  await mkdir(dirname(path), { recursive: true })
  await writeFixSheet(path, { headers: table.columns.map((c) => c.name), rows, note, language })
  return path
}

/** Writes the given rows (table order) with their original values and one Errors column. Returns the path. */
export async function writeRowsFile(
  prepared: PreparedCheck,
  path: string,
  messages: ReadonlyMap<number, string>,
): Promise<string> {
  const { table } = prepared.loaded
  await mkdir(dirname(path), { recursive: true })
  const rows = [...messages.keys()]
    .sort((a, b) => a - b)
    .map((row) => [...table.rowsBetween(row, row + 1)[0]!, messages.get(row)!])
  await writeFileAtomic(path, writeCsv([...table.columns.map((c) => c.name), 'Errors'], rows))
  return path
}
