import { describe, expect, it } from 'vitest'
import { checkTable } from '../../../../shared/check/check-table'
import { DEFAULT_MODEL } from '../../../../shared/model/default-model'
import { findTarget, listTargets } from '../../../../shared/model/list-targets'
import { findObject } from '../../../../shared/model/workspace-model'
import { tableFromRows } from '../../../../shared/table/table-from-rows'
import { cellMessage, nextIssueRow, rowsWithErrors, rowsWithIssue, summarize } from './issue-summary'

const targets = listTargets(findObject(DEFAULT_MODEL, 'people')!, DEFAULT_MODEL)
const table = tableFromRows(
  ['Email', 'City'],
  [
    ['ada@example.com', 'London'],
    [' Grace@Navy.mil ', 'NYC'],
    ['not an email', 'Paris'],
    ['ada@example.com', 'Rome'],
    ['x@y.io', 'Oslo'],
  ],
)
const check = checkTable(
  table,
  [
    { column: 0, name: 'Email', target: findTarget(targets, 'emails.primaryEmail')! },
    { column: 1, name: 'City', target: findTarget(targets, 'city')! },
  ],
  { settings: {} },
)

describe('issue summary', () => {
  it('counts issues by column and code, errors first', () => {
    const summary = summarize(check, (c) => `c${c}`)
    expect(summary).toMatchObject({ errors: 2, warnings: 0, rowsWithErrors: 2 })
    expect(summary.columns).toHaveLength(1)
    expect(summary.columns[0]!.columnId).toBe('c0')
    expect(summary.columns[0]!.counts.map((c) => [c.code, c.count]).sort()).toEqual([
      ['DUPLICATE_IN_FILE', 1],
      ['EMAIL_INVALID', 1],
    ])
  })

  it('finds the rows behind a count and the rows with errors', () => {
    expect([...rowsWithIssue(check, 0, 'DUPLICATE_IN_FILE')]).toEqual([3])
    expect([...rowsWithErrors(check)]).toEqual([2, 3])
  })

  it('words a cell’s tooltip from its issues or its fix', () => {
    expect(cellMessage(check, 0, 3)).toMatch(/^Error: .*row 2/)
    expect(cellMessage(check, 0, 1)).toMatch(/^Fixed: /)
    expect(cellMessage(check, 0, 0)).toBeUndefined()
  })

  it('steps to the next and previous row with an issue, wrapping, within a filter', () => {
    expect(nextIssueRow(check, 0, 1, null, 5)).toBe(2)
    expect(nextIssueRow(check, 2, 1, null, 5)).toBe(3)
    expect(nextIssueRow(check, 3, 1, null, 5)).toBe(2)
    expect(nextIssueRow(check, 2, -1, null, 5)).toBe(3)
    expect(nextIssueRow(check, 0, 1, Uint32Array.from([3, 4]), 5)).toBe(3)
  })
})
