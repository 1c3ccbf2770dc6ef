// Decimal separators decided from the whole file: a Dutch file's `1.250` employees beside `2.500.000,00`
// amounts is 1250; a file that does not settle it keeps the column's warning.
import { describe, expect, it } from 'vitest'
import type { ColumnContext, DecimalEvidence } from '../fields/column-context'
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import { tableFromRows } from '../table/table-from-rows'
import { checkTable, type MappedColumn } from './check-table'
import { fileDecimalSeparator } from './file-decimal'

const companies = findObject(DEFAULT_MODEL, 'companies')!
const targets = listTargets(companies, DEFAULT_MODEL)
const employees = findTarget(targets, 'employees')!
const revenue = findTarget(targets, 'annualRecurringRevenue.amountMicros')!

function check(rows: string[][], settings = {}) {
  const table = tableFromRows(['Employees', 'ARR'], rows)
  const mapped: MappedColumn[] = [
    { column: 0, name: 'Employees', target: employees },
    { column: 1, name: 'ARR', target: revenue },
  ]
  return checkTable(table, mapped, { settings })
}

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code)

describe('the file’s decimal separator', () => {
  it('reads 1.250 employees as 1250 when the file’s amounts are written 2.500.000,00', () => {
    const result = check([
      ['1.250', '2.500.000,00'],
      ['3.400', '120.000,50'],
      ['', '900,00'],
    ])
    expect(result.columns[0]!.context.decimalSeparator).toBe(',')
    expect(result.columns[0]!.resultAt(0).value).toBe(1250)
    expect(result.columns[0]!.resultAt(1).value).toBe(3400)
    expect(codes(result.columns[0]!.issues)).toEqual([])
  })

  it('reads them as decimals when the file’s amounts use a decimal point', () => {
    const result = check([
      ['1.250', '2,500,000.00'],
      ['3.400', '120,000.50'],
    ])
    expect(result.columns[0]!.resultAt(0).value).toBe(1.25)
    expect(codes(result.columns[0]!.issues)).toEqual([])
  })

  it('warns, and decides as before, when nothing else in the file settles it', () => {
    const alone = check([
      ['1.250', ''],
      ['3.400', ''],
    ])
    expect(codes(alone.columns[0]!.issues)).toEqual(['NUMBER_SEPARATOR_AMBIGUOUS'])
    expect(alone.columns[0]!.resultAt(0).value).toBe(1.25)
    const german = check(
      [
        ['1.250', ''],
        ['3.400', ''],
      ],
      { defaultCountry: 'DE' },
    )
    expect(codes(german.columns[0]!.issues)).toEqual(['NUMBER_SEPARATOR_AMBIGUOUS'])
    expect(german.columns[0]!.resultAt(0).value).toBe(1250)
  })

  it('does not settle a column from columns that disagree', () => {
    const contexts = (...evidence: (DecimalEvidence | null)[]) =>
      evidence.map((e) => (e === null ? undefined : { ...base, decimalEvidence: e }))
    expect(fileDecimalSeparator(contexts('comma', 'dot'))).toBeNull()
    expect(fileDecimalSeparator(contexts('mixed', 'comma'))).toBeNull()
    expect(fileDecimalSeparator(contexts('none', 'ambiguous'))).toBeNull()
    expect(fileDecimalSeparator(contexts('ambiguous', 'comma', null, 'none'))).toBe(',')
  })
})

const base: ColumnContext = {
  kind: 'number',
  decimalSeparator: '.',
  dateOrder: null,
  defaultCountry: null,
  options: [],
  blankIsFalse: false,
}
