// Import files and API records from a real check of small tables: empty rows are left out and counted, and an
// empty checkbox cell never reaches a file that has the checkbox column.
import { describe, expect, it } from 'vitest'
import { checkTable, type MappedColumn } from '../check/check-table'
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import { tableFromRows } from '../table/table-from-rows'
import { readCsv } from './read-csv.test-support'
import { apiRecordsOf, emptyRowsOf, importFileNotes, importFiles } from './import-files'
import { MAX_RECORDS_PER_IMPORT_FILE } from './write-csv'

const companies = findObject(DEFAULT_MODEL, 'companies')!

function checked(headers: string[], paths: string[], rows: string[][]) {
  const targets = listTargets(companies, DEFAULT_MODEL)
  const mapped: MappedColumn[] = paths.map((path, column) => ({
    column,
    name: headers[column]!,
    target: findTarget(targets, path)!,
  }))
  const table = tableFromRows(headers, rows)
  return { table, check: checkTable(table, mapped, { settings: {} }) }
}

const all = (n: number) => Array.from({ length: n }, (_, row) => row)

describe('empty rows', () => {
  const { check } = checked(
    ['Name', 'Employees'],
    ['name', 'employees'],
    [
      ['Acme', '12'],
      ['', ''],
      ['  ', ''],
      ['', '3'],
    ],
  )

  it('are neither pushed nor written, and are counted', () => {
    expect(apiRecordsOf(check, companies).map((r) => r.row)).toEqual([0, 3])
    expect(emptyRowsOf(check)).toEqual([1, 2])
    expect(emptyRowsOf(check, (row) => row === 2)).toEqual([1])
    const { files, emptyRows } = importFiles(check, 'companies', all(4))
    expect(emptyRows).toBe(2)
    expect(files.map((f) => [f.name, f.records])).toEqual([['companies-001.csv', 2]])
    expect(readCsv(files[0]!.text)).toEqual([
      ['Name', 'Employees'],
      ['Acme', '12'],
      ['', '3'],
    ])
  })
})

describe('empty checkbox cells in import files', () => {
  const { check } = checked(
    ['Name', 'ICP', 'Employees'],
    ['name', 'idealCustomerProfile', 'employees'],
    [
      ['Acme', 'yes', '1'],
      ['Beta', '', '2'],
      ['Gamma', 'no', '3'],
      ['Delta', '', ''],
    ],
  )

  it('go to their own file without the checkbox column, so an import never sets false', () => {
    const { files } = importFiles(check, 'companies', all(4))
    expect(files.map((f) => [f.name, f.records, f.leftOut])).toEqual([
      ['companies-001.csv', 2, []],
      ['companies-no-idealCustomerProfile-001.csv', 2, ['ICP']],
    ])
    expect(readCsv(files[0]!.text)).toEqual([
      ['Name', 'ICP', 'Employees'],
      ['Acme', 'TRUE', '1'],
      ['Gamma', 'FALSE', '3'],
    ])
    expect(readCsv(files[1]!.text)).toEqual([
      ['Name', 'Employees'],
      ['Beta', '2'],
      ['Delta', ''],
    ])
    expect(importFileNotes(files)).toEqual([
      'companies-no-idealCustomerProfile-001.csv: 2 rows leave "ICP" empty, so that column is left out ' +
        "(Twenty's import would set an empty checkbox to false, overwriting a stored true). Import these files too.",
    ])
  })

  it('never push a value: the API record just has no such field', () => {
    const records = apiRecordsOf(check, companies)
    expect(records[1]!.record).not.toHaveProperty('idealCustomerProfile')
  })

  it('fill files of at most 10,000 records in each set', () => {
    const rows = Array.from({ length: MAX_RECORDS_PER_IMPORT_FILE + 1 }, (_, i) => [
      `Co ${i}`,
      i % 2 === 0 ? '' : 'yes',
      '',
    ])
    const big = checked(['Name', 'ICP', 'Employees'], ['name', 'idealCustomerProfile', 'employees'], rows).check
    const { files } = importFiles(big, 'companies', all(rows.length))
    expect(files.map((f) => [f.name, f.records])).toEqual([
      ['companies-001.csv', 5000],
      ['companies-no-idealCustomerProfile-001.csv', 5001],
    ])
  })
})
