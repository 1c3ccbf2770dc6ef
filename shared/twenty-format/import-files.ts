// The files of a checked table in Twenty's import format: the rows without errors, normalised, as
// `<object>-001.csv`, `<object>-002.csv`… of at most 10,000 records each. Shared by `preflight export`
// and the app's Export, so both write the same bytes.
import type { CheckResult } from '../check/check-table'
import { assembleRecord, type RecordDraft } from './assemble-record'
import { importCsvColumns } from './import-csv-columns'
import type { ObjectModel } from '../model/workspace-model'
import { toApiRecord, type ApiRecord } from './to-api-record'
import { MAX_RECORDS_PER_IMPORT_FILE, writeCsv } from './write-csv'

export interface ImportFile {
  readonly name: string
  readonly text: string
  readonly records: number
}

/** The record a checked row makes, before ids are resolved. */
export function draftOfRow(check: CheckResult, row: number): RecordDraft {
  return assembleRecord(check.columns.map((column) => ({ target: column.mapped.target, result: column.resultAt(row) })))
}

/**
 * The API records of the checked rows without errors (and, with `skip`, without the rows it names), by row
 * id: what a push sends, from the CLI and from the app alike.
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
    records.push({ row, record: toApiRecord(draft, relationIdsOf ? { object, relationIds: relationIdsOf(draft) } : { object }) })
  }
  return records
}

/**
 * Builds the import files row by row, so a caller can yield between rows (the app shows progress and can be
 * cancelled): `add` returns a file each time one fills up, `finish` the last one.
 */
export function importFileWriter(check: CheckResult, objectPlural: string): { add(row: number): ImportFile | null; finish(): ImportFile | null } {
  const columns = importCsvColumns(check.columns.map((c) => c.mapped.target))
  const header = columns.map((c) => c.label)
  let written = 0
  let batch: string[][] = []
  const flush = (): ImportFile => {
    written++
    const file = { name: `${objectPlural}-${String(written).padStart(3, '0')}.csv`, text: writeCsv(header, batch), records: batch.length }
    batch = []
    return file
  }
  return {
    add(row) {
      if (check.rowHasError[row]) return null
      const draft = draftOfRow(check, row)
      batch.push(columns.map((c) => c.read(draft)))
      return batch.length === MAX_RECORDS_PER_IMPORT_FILE ? flush() : null
    },
    finish: () => (batch.length > 0 ? flush() : null),
  }
}

/** `rows`: the row ids to consider, in order (rows with errors are left out). */
export function importFiles(check: CheckResult, objectPlural: string, rows: Iterable<number>): ImportFile[] {
  const writer = importFileWriter(check, objectPlural)
  const files: ImportFile[] = []
  for (const row of rows) {
    const file = writer.add(row)
    if (file) files.push(file)
  }
  const last = writer.finish()
  if (last) files.push(last)
  return files
}
