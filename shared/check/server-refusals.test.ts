// Values Twenty's server refuses, caught by the check before a push sends them (issue 11): each case is a table
// through checkTable with the stock model's real targets, asserting the issue a user sees on the cell.
import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import { tableFromRows } from '../table/table-from-rows'
import { checkTable, type MappedColumn } from './check-table'
import { assembleShares, checkShare, shareInput } from './check-shares'

function mapped(objectName: string, paths: string[]): MappedColumn[] {
  const object = findObject(DEFAULT_MODEL, objectName)!
  const targets = listTargets(object, DEFAULT_MODEL)
  return paths.map((path, column) => ({ column, name: path, target: findTarget(targets, path)! }))
}

/** Each cell's issues as `row:column:code:severity[:suggestion]`. */
function issuesOf(
  headers: string[],
  rows: string[][],
  objectName: string,
  paths: string[],
  countryColumn?: number,
): string[] {
  const table = tableFromRows(headers, rows)
  const columns = mapped(objectName, paths)
  const check = checkTable(table, columns, { settings: {}, ...(countryColumn === undefined ? {} : { countryColumn }) })
  return [...check.cellIssues].map((i) => {
    const suggestion = i.issue.suggestion === undefined ? '' : `:${i.issue.suggestion}`
    return `${i.row}:${i.mapped}:${i.issue.code}:${i.issue.severity}${suggestion}`
  })
}

describe('record ids', () => {
  it('takes only version 4 UUIDs as a record id; the nil UUID and v7 are errors', () => {
    const rows = [
      ['c776ee49-f608-4a77-8cc8-6fe96ae1e43f'],
      ['01890a5d-ac96-774b-bcce-b302099a8057'],
      ['00000000-0000-0000-0000-000000000000'],
      ['6ba7b810-9dad-11d1-80b4-00c04fd430c8'],
    ]
    expect(issuesOf(['Id'], rows, 'people', ['id'])).toEqual([
      '1:0:RECORD_ID_NOT_V4:error',
      '2:0:RECORD_ID_NOT_V4:error',
      '3:0:RECORD_ID_NOT_V4:error',
    ])
  })

  it('takes any UUID of versions 1-5 for a relation by id (it names a record, not a new id)', () => {
    const rows = [['6ba7b810-9dad-11d1-80b4-00c04fd430c8'], ['01890a5d-ac96-774b-bcce-b302099a8057']]
    expect(issuesOf(['Company id'], rows, 'people', ['company.id'])).toEqual(['1:0:UUID_VERSION_UNSUPPORTED:error'])
  })
})

describe('phone parts in their own columns', () => {
  const paths = ['phones.primaryPhoneNumber', 'phones.primaryPhoneCountryCode', 'phones.primaryPhoneCallingCode']
  const headers = ['Phone', 'Phone country', 'Calling code']

  it('flags a phone country the number contradicts, suggesting the number’s own country', () => {
    const rows = [
      ['+44 20 7946 0958', 'US', ''],
      ['+1 415 909 5555', 'US', ''],
      ['020 7946 0958', 'GB', ''],
      ['+44 20 7946 0958', 'United Kingdom', ''],
      ['+1 416 555 0100', 'US', ''],
    ]
    expect(issuesOf(headers, rows, 'people', paths)).toEqual([
      '0:1:PHONE_COUNTRY_CONFLICT:error:GB',
      '4:1:PHONE_COUNTRY_CONFLICT:error:CA',
    ])
  })

  it('reads a national number in the phone’s own country, as Twenty does', () => {
    const rows = [
      ['020 7946 0958', 'GB', ''],
      ['(415) 909-5555', 'GB', ''],
    ]
    expect(issuesOf(headers, rows, 'people', paths)).toEqual(['1:0:PHONE_INVALID:error'])
  })

  it('flags a calling code the number, or else the phone country, contradicts', () => {
    const rows = [
      ['+44 20 7946 0958', '', '+1'],
      ['+44 20 7946 0958', '', '+44'],
      ['', 'US', '+44'],
      ['', 'CA', '+1'],
      ['020 7946 0958', 'GB', '0044'],
    ]
    expect(issuesOf(headers, rows, 'people', paths)).toEqual([
      '0:2:PHONE_CALLING_CODE_CONFLICT:error:+44',
      '2:2:PHONE_CALLING_CODE_CONFLICT:error:+1',
    ])
  })

  it('flags the conflict when the phone country column is also the file’s country column (the CLI picks it)', () => {
    const rows = [
      ['+44 20 7946 0958', 'US', ''],
      ['415 909 5555', 'US', ''],
    ]
    expect(issuesOf(headers, rows, 'people', paths, 1)).toEqual(['0:1:PHONE_COUNTRY_CONFLICT:error:GB'])
  })

  it('finds the same conflicts when the columns are checked in separate shares, and reads them back', () => {
    const table = tableFromRows(headers, [
      ['+44 20 7946 0958', 'US', '+1'],
      ['+1 415 909 5555', 'US', '+1'],
    ])
    const columns = mapped('people', paths)
    const options = { settings: {} }
    const results = columns.map((_, i) => {
      const { output } = checkShare(shareInput(table, columns, [i], options))
      return { global: [i], output }
    })
    const check = assembleShares(table, columns, options, results)
    const issues = [...check.cellIssues].map((i) => `${i.row}:${i.mapped}:${i.issue.code}:${i.issue.suggestion ?? ''}`)
    expect(issues.sort()).toEqual(['0:1:PHONE_COUNTRY_CONFLICT:GB', '0:2:PHONE_CALLING_CODE_CONFLICT:+44'])
    expect([...check.rowHasError]).toEqual([1, 0])
  })
})
