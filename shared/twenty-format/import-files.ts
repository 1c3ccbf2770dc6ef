// The files of a checked table in Twenty's import format: the rows without errors, normalised, as
// `<object>-001.csv`, `<object>-002.csv`… of at most 10,000 records each. Shared by `preflight export`
// and the app's Export, so both write the same bytes.
import type { CheckResult } from '../check/check-table'
import { assembleRecord, type RecordDraft } from './assemble-record'
import { importCsvColumns } from './import-csv-columns'
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

/** `rows`: the row ids to consider, in order (rows with errors are left out). */
export function importFiles(check: CheckResult, objectPlural: string, rows: Iterable<number>): ImportFile[] {
  const columns = importCsvColumns(check.columns.map((c) => c.mapped.target))
  const header = columns.map((c) => c.label)
  const files: ImportFile[] = []
  let batch: string[][] = []
  const flush = () => {
    files.push({ name: `${objectPlural}-${String(files.length + 1).padStart(3, '0')}.csv`, text: writeCsv(header, batch), records: batch.length })
    batch = []
  }
  for (const row of rows) {
    if (check.rowHasError[row]) continue
    const draft = draftOfRow(check, row)
    batch.push(columns.map((c) => c.read(draft)))
    if (batch.length === MAX_RECORDS_PER_IMPORT_FILE) flush()
  }
  if (batch.length > 0) flush()
  return files
}
