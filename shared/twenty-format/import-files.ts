// The records of a checked table, for a push (API records) and for Twenty's own import (CSV files). Shared by
// `preflight export|push` and the app's Export and Push, so all of them send and write the same.
// Invariants: a row with errors or an empty record (no mapped cell holds a value) is never sent nor written;
// an import file never holds an empty cell in a BOOLEAN column (Twenty's importer reads it as `false`, which
// overwrites a stored `true`): rows that leave one empty go to files without that column.
import type { CheckResult } from '../check/check-table'
import { assembleRecord, type RecordDraft } from './assemble-record'
import { importCsvColumns, type ImportCsvColumn } from './import-csv-columns'
import type { ObjectModel } from '../model/workspace-model'
import { toApiRecord, type ApiRecord } from './to-api-record'
import { MAX_RECORDS_PER_IMPORT_FILE, writeCsv } from './write-csv'

export interface ImportFile {
  readonly name: string
  readonly text: string
  readonly records: number
  /** Labels of the mapped BOOLEAN columns this file leaves out because its rows have them empty. */
  readonly leftOut: readonly string[]
}

/** The record a checked row makes, before ids are resolved. */
export function draftOfRow(check: CheckResult, row: number): RecordDraft {
  return assembleRecord(check.columns.map((column) => ({ target: column.mapped.target, result: column.resultAt(row) })))
}

/** True for a record with no field: every mapped cell of its row was empty (assembleRecord writes no empty value). */
export function isEmptyDraft(draft: RecordDraft): boolean {
  return Object.keys(draft).length === 0
}

/**
 * The rows without errors (and not named by `skip`) whose record would be empty: they are neither pushed nor
 * exported, and reports count them. Rows with errors are not counted here (they are rejected).
 */
export function emptyRowsOf(check: CheckResult, skip: (row: number) => boolean = () => false): number[] {
  const rows: number[] = []
  for (let row = 0; row < check.rowHasError.length; row++) {
    if (check.rowHasError[row] || skip(row)) continue
    if (isEmptyDraft(draftOfRow(check, row))) rows.push(row)
  }
  return rows
}

/**
 * The API records of the checked rows without errors and not empty (and, with `skip`, without the rows it
 * names), by row id: what a push sends, from the CLI and from the app alike.
 */
export function apiRecordsOf(
  check: CheckResult,
  object: ObjectModel,
  skip: (row: number) => boolean = () => false,
  relationIdsOf?: (draft: RecordDraft) => ReadonlyMap<string, string>,
): { row: number; record: ApiRecord }[] {
  const records: { row: number; record: ApiRecord }[] = []
  for (let row = 0; row < check.rowHasError.length; row++) {
    if (check.rowHasError[row] || skip(row)) continue
    const draft = draftOfRow(check, row)
    if (isEmptyDraft(draft)) continue
    records.push({
      row,
      record: toApiRecord(draft, relationIdsOf ? { object, relationIds: relationIdsOf(draft) } : { object }),
    })
  }
  return records
}

/** Rows that leave the same BOOLEAN columns empty, written together to files without those columns. */
interface FileGroup {
  readonly prefix: string
  readonly columns: readonly ImportCsvColumn[]
  readonly leftOut: readonly string[]
  written: number
  batch: string[][]
}

/** Rows gone through by an import file writer. */
export interface ImportFileWriter {
  /** Takes one row: returns a file when one fills up (MAX_RECORDS_PER_IMPORT_FILE records). */
  add(row: number): ImportFile | null
  /** The files still open, complete rows' first. */
  finish(): ImportFile[]
  /** Rows without errors left out because their record is empty, so far. */
  readonly emptyRows: number
}

/**
 * Builds the import files row by row, so a caller can yield between rows (the app shows progress and can be
 * cancelled). Rows with errors and empty rows are left out. Files are `<name>-001.csv`… for rows whose mapped
 * BOOLEAN columns all hold a value, and `<name>-no-<field>[-<field>…]-001.csv`… for rows that leave some empty,
 * without those columns; each file holds at most MAX_RECORDS_PER_IMPORT_FILE records.
 */
export function importFileWriter(check: CheckResult, name: string): ImportFileWriter {
  const columns = importCsvColumns(check.columns.map((c) => c.mapped.target))
  const booleans = columns.filter((c) => c.isBoolean)
  const groups = new Map<string, FileGroup>()
  let emptyRows = 0
  const groupOf = (empty: readonly ImportCsvColumn[]): FileGroup => {
    const key = empty.map((c) => c.field).join('-')
    let group = groups.get(key)
    if (!group) {
      const kept = columns.filter((c) => !empty.includes(c))
      group = {
        prefix: key === '' ? name : `${name}-no-${key}`,
        columns: kept,
        leftOut: empty.map((c) => c.label),
        written: 0,
        batch: [],
      }
      groups.set(key, group)
    }
    return group
  }
  const flush = (group: FileGroup): ImportFile => {
    group.written++
    const text = writeCsv(
      group.columns.map((c) => c.label),
      group.batch,
    )
    const file = {
      name: `${group.prefix}-${String(group.written).padStart(3, '0')}.csv`,
      text,
      records: group.batch.length,
      leftOut: group.leftOut,
    }
    group.batch = []
    return file
  }
  return {
    add(row) {
      if (check.rowHasError[row]) return null
      const draft = draftOfRow(check, row)
      if (isEmptyDraft(draft)) {
        emptyRows++
        return null
      }
      const group = groupOf(booleans.length === 0 ? [] : booleans.filter((c) => c.read(draft) === ''))
      group.batch.push(group.columns.map((c) => c.read(draft)))
      return group.batch.length === MAX_RECORDS_PER_IMPORT_FILE ? flush(group) : null
    },
    finish() {
      const open = [...groups.values()].filter((g) => g.batch.length > 0)
      return open.sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0)).map(flush)
    },
    get emptyRows() {
      return emptyRows
    },
  }
}

/** The files and the count of empty rows left out. `rows`: the row ids to consider, in order. */
export function importFiles(
  check: CheckResult,
  name: string,
  rows: Iterable<number>,
): { files: ImportFile[]; emptyRows: number } {
  const writer = importFileWriter(check, name)
  const files: ImportFile[] = []
  for (const row of rows) {
    const file = writer.add(row)
    if (file) files.push(file)
  }
  files.push(...writer.finish())
  return { files, emptyRows: writer.emptyRows }
}

/**
 * What a user should know about import files, one sentence per set of files that leaves columns out (the same
 * words from the CLI and the app).
 */
export function importFileNotes(files: readonly ImportFile[]): string[] {
  const byColumns = new Map<string, { names: string[]; records: number; leftOut: readonly string[] }>()
  for (const file of files) {
    if (file.leftOut.length === 0) continue
    const key = file.leftOut.join('\n')
    const entry = byColumns.get(key) ?? { names: [], records: 0, leftOut: file.leftOut }
    entry.names.push(file.name)
    entry.records += file.records
    byColumns.set(key, entry)
  }
  return [...byColumns.values()].map(({ names, records, leftOut }) => {
    const columns = leftOut.map((label) => `"${label}"`).join(', ')
    const rows = `${records.toLocaleString('en-US')} ${records === 1 ? 'row leaves' : 'rows leave'}`
    return (
      `${names.join(', ')}: ${rows} ${columns} empty, so ${leftOut.length === 1 ? 'that column is' : 'those columns are'} left out ` +
      `(Twenty's import would set an empty checkbox to false, overwriting a stored true). Import these files too.`
    )
  })
}
