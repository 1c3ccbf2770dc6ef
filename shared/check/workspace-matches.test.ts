import { describe, expect, it } from 'vitest'
import { tableFromRows } from '../table/table-from-rows'
import { DEFAULT_MODEL } from '../model/default-model'
import { findObject } from '../model/workspace-model'
import { findTarget, listTargets } from '../model/list-targets'
import { CELL_WARNING, checkTable } from './check-table'
import { EXISTS_IN_WORKSPACE, markWorkspaceMatches } from './workspace-matches'

const person = findObject(DEFAULT_MODEL, 'person')!
const targets = listTargets(person, DEFAULT_MODEL)

describe('markWorkspaceMatches', () => {
  it('warns on the unique cells of rows whose record is already in the workspace, and only there', () => {
    const table = tableFromRows(
      ['Email', 'Title'],
      [
        ['ada@x.com', 'CTO'],
        ['bob@x.com', 'CEO'],
        ['', 'CFO'],
      ],
    )
    const check = checkTable(
      table,
      [
        { column: 0, name: 'Email', target: findTarget(targets, 'emails.primaryEmail')! },
        { column: 1, name: 'Title', target: findTarget(targets, 'jobTitle')! },
      ],
      { settings: {} },
    )
    expect(markWorkspaceMatches(check, Uint8Array.from([1, 0, 1]))).toBe(1)
    expect(check.cellStates[0]![0]).toBe(CELL_WARNING)
    expect(check.cellStates[0]![1]).not.toBe(CELL_WARNING)
    expect(check.cellStates[1]![0]).not.toBe(CELL_WARNING)
    expect([...check.cellIssues].map((i) => [i.row, i.mapped, i.issue.code])).toEqual([[0, 0, EXISTS_IN_WORKSPACE]])
    expect([...check.rowHasError]).toEqual([0, 0, 0])
  })
})
