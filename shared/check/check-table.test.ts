// The engine end to end on small tables: real normalisers, real targets of the stock model, records as the
// API and Twenty's import take them. Guards the conventions between the modules (units, paths, row numbers).
import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import type { ColumnarTable } from '../table/columnar-table'
import { tableFromRows } from '../table/table-from-rows'
import { assembleRecord } from '../twenty-format/assemble-record'
import { toApiRecord } from '../twenty-format/to-api-record'
import { normalizeText } from '../fields/scalar/text'
import { CELL_ERROR, CELL_FIXED, CELL_OK, checkTable, type MappedColumn } from './check-table'

const tableOf = (headers: string[], rows: string[][]) => tableFromRows(headers, rows)

function mapped(objectName: string, paths: string[]): MappedColumn[] {
  const object = findObject(DEFAULT_MODEL, objectName)!
  const targets = listTargets(object, DEFAULT_MODEL)
  return paths.map((path, column) => ({ column, name: path, target: findTarget(targets, path)! }))
}

function apiRecords(table: ColumnarTable, columns: MappedColumn[], country?: number) {
  const check = checkTable(table, columns, {
    settings: {},
    ...(country === undefined ? {} : { countryColumn: country }),
  })
  const records = []
  for (let row = 0; row < table.rowCount; row++) {
    const draft = assembleRecord(
      check.columns.map((c) => ({
        target: c.mapped.target,
        result: c.resultFor(table.cell(row, c.mapped.column), row),
      })),
    )
    records.push(toApiRecord(draft))
  }
  return { check, records }
}

describe('checkTable', () => {
  it('turns a messy company row into the record the API takes', () => {
    const table = tableOf(
      ['Name', 'Website', 'ARR', 'Employees', 'Country'],
      [[' Müller & Söhne GmbH ', 'http://www.mueller-soehne.de/', 'EUR 1.234.567,89', '1.200', 'Deutschland']],
    )
    const columns = mapped('companies', [
      'name',
      'domainName.primaryLinkUrl',
      'annualRecurringRevenue',
      'employees',
      'address.addressCountry',
    ])
    const { check, records } = apiRecords(table, columns, 4)
    expect(records[0]).toMatchObject({
      name: 'Müller & Söhne GmbH',
      domainName: { primaryLinkUrl: 'https://mueller-soehne.de' },
      annualRecurringRevenue: { amountMicros: 1_234_567_890_000, currencyCode: 'EUR' },
    })
    expect(check.fixedCells).toBeGreaterThan(0)
  })

  it('reads national phone numbers in the row’s own country', () => {
    const table = tableOf(
      ['Phone', 'Country'],
      [
        ['020 7946 0001', 'United Kingdom'],
        ['(415) 909-5555', 'USA'],
      ],
    )
    const { records, check } = apiRecords(table, mapped('people', ['phones.primaryPhoneNumber', 'city']), 1)
    expect([...check.cellIssues]).toEqual([])
    expect(records).toMatchObject([
      { phones: { primaryPhoneNumber: '2079460001', primaryPhoneCountryCode: 'GB', primaryPhoneCallingCode: '+44' } },
      { phones: { primaryPhoneNumber: '4159095555', primaryPhoneCountryCode: 'US', primaryPhoneCallingCode: '+1' } },
    ])
  })

  it('flags a second row with the same email after normalising, naming the first row', () => {
    const table = tableOf(['Email'], [['Ada@Example.com'], ['x@y.io'], [' ada@example.com']])
    const { check } = apiRecords(table, mapped('people', ['emails.primaryEmail']))
    expect([...check.cellIssues].map((i) => [i.row, i.issue.code, i.raw])).toEqual([
      [2, 'DUPLICATE_IN_FILE', ' ada@example.com'],
    ])
    expect(check.cellIssues.at(0).issue.message).toContain('row 2')
    expect([...check.rowHasError]).toEqual([0, 0, 1])
  })

  it('finds a duplicate between a value written as Twenty stores it and one that normalises to it', () => {
    const table = tableOf(
      ['Email'],
      [['x@y.io'], ['ada@example.com'], [' ADA@example.com'], ['ada@example.com '], ['z@y.io'], ['X@Y.IO']],
    )
    const { check } = apiRecords(table, mapped('people', ['emails.primaryEmail']))
    expect([...check.cellIssues].map((i) => [i.row, i.issue.code])).toEqual([
      [2, 'DUPLICATE_IN_FILE'],
      [3, 'DUPLICATE_IN_FILE'],
      [5, 'DUPLICATE_IN_FILE'],
    ])
    expect(check.cellIssues.at(2).issue.message).toContain('row 2')
  })

  it('finds duplicates whichever comes first, the value as stored or one that normalises to it', () => {
    const table = tableOf(
      ['Email'],
      [['A@X.io'], ['a@x.io'], ['b@x.io'], ['c@x.io'], ['B@X.IO'], ['c@x.io '], ['d@x.io'], ['D@x.io']],
    )
    const { check } = apiRecords(table, mapped('people', ['emails.primaryEmail']))
    expect([...check.cellIssues].map((i) => [i.row, i.issue.code])).toEqual([
      [1, 'DUPLICATE_IN_FILE'],
      [4, 'DUPLICATE_IN_FILE'],
      [5, 'DUPLICATE_IN_FILE'],
      [7, 'DUPLICATE_IN_FILE'],
    ])
    expect([...check.rowHasError]).toEqual([0, 1, 0, 0, 1, 1, 0, 1])
  })

  it('judges plain text cells from their bytes as normalising each would', () => {
    const cells = [
      'Ada',
      '',
      '  CTO  ',
      'Müller\u00A0&\u00A0Söhne',
      'déjà vu',
      '\u200B',
      'Zero\u200Bwidth',
      '12 500 €',
      '😀 ok',
      ' ',
      'a\u00ADb',
      'Line\u000Bbreak',
      'x',
    ]
    const table = tableOf(
      ['Job', 'Name'],
      cells.map((cell) => [cell, cell]),
    )
    // jobTitle is plain text; a required copy of it reports the empty cells.
    const job = checkTable(table, mapped('people', ['jobTitle']), { settings: {} })
    const expected = cells.map((cell) => {
      const result = normalizeText(cell)
      return result.fixes.length > 0 ? CELL_FIXED : CELL_OK
    })
    expect([...job.cellStates[0]!]).toEqual(expected)
    expect(job.fixedCells).toBe(expected.filter((state) => state === CELL_FIXED).length)
    expect(job.columns[0]!.resultAt(2).value).toBe('CTO')
    const [jobTitle] = mapped('people', ['jobTitle'])
    const name = checkTable(table, [{ ...jobTitle!, column: 1, target: { ...jobTitle!.target, required: true } }], {
      settings: {},
    })
    const missing = cells.flatMap((cell, row) => (normalizeText(cell).value === null ? [row] : []))
    expect([...name.cellIssues].map((i) => [i.row, i.issue.code])).toEqual(
      missing.map((row) => [row, 'REQUIRED_VALUE_MISSING']),
    )
    expect(missing.every((row) => name.rowHasError[row] === 1 && name.cellStates[0]![row] === CELL_ERROR)).toBe(true)
  })

  it('marks each cell as the grid shows it: error, warning, fixed or nothing', () => {
    const table = tableOf(['Email'], [['ada@example.com'], [' Grace@Navy.mil '], ['not an email'], ['ada@example.com']])
    const { check } = apiRecords(table, mapped('people', ['emails.primaryEmail']))
    expect([...check.cellStates[0]!]).toEqual([CELL_OK, CELL_FIXED, CELL_ERROR, CELL_ERROR])
  })

  it('links a relation by the target’s unique field, normalised like that field', () => {
    const table = tableOf(['Name', 'Company site'], [['Deal', 'WWW.Acme.com/about']])
    const { records } = apiRecords(table, mapped('opportunities', ['name', 'company.domainName.primaryLinkUrl']))
    expect(records[0]).toMatchObject({
      company: { connect: { where: { domainName: { primaryLinkUrl: 'https://acme.com' } } } },
    })
  })

  it('reports an ambiguous date column once, not once per cell', () => {
    const table = tableOf(['Close'], [['03/04/2026'], ['05/06/2026'], ['07/08/2026']])
    const { check } = apiRecords(table, mapped('opportunities', ['closeDate']))
    expect(check.columns[0]!.issues.map((i) => i.code)).toContain('DATE_AMBIGUOUS')
    expect([...check.cellIssues]).toEqual([])
  })
})

describe('checkTable address country', () => {
  it('writes the country as the English name Twenty’s picker shows', () => {
    const table = tableOf(['Land'], [['Deutschland'], ['DK'], ['Schweiz']])
    const { records } = apiRecords(table, mapped('companies', ['address.addressCountry']))
    expect(records.map((r) => (r as { address: { addressCountry: string } }).address.addressCountry)).toEqual([
      'Germany',
      'Denmark',
      'Switzerland',
    ])
  })
})
