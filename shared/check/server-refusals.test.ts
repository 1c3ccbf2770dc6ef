// Values Twenty's server refuses, caught by the check before a push sends them (issue 11): each case is a table
// through checkTable with the stock model's real targets, asserting the issue a user sees on the cell.
import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import { tableFromRows } from '../table/table-from-rows'
import { checkTable, type MappedColumn } from './check-table'

function mapped(objectName: string, paths: string[]): MappedColumn[] {
  const object = findObject(DEFAULT_MODEL, objectName)!
  const targets = listTargets(object, DEFAULT_MODEL)
  return paths.map((path, column) => ({ column, name: path, target: findTarget(targets, path)! }))
}

/** Each cell's issues as `row:column:code:severity[:suggestion]`. */
function issuesOf(headers: string[], rows: string[][], objectName: string, paths: string[], countryColumn?: number): string[] {
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
