import { describe, expect, it } from 'vitest'
import type { CellIssue } from '../fields/cell-result'
import { CellIssueList, type IssueSource } from './cell-issue-list'

const source: IssueSource = {
  raw: (row, mapped) => `r${row}c${mapped}`,
  duplicate: (row, _mapped, first) => ({ code: 'DUPLICATE_IN_FILE', severity: 'error', message: `row ${row} repeats row ${first}` }),
}
const bad: CellIssue = { code: 'EMAIL_INVALID', severity: 'error', message: 'bad' }

describe('CellIssueList', () => {
  it('stores each issue object once and reads records back, duplicates worded on read', () => {
    const list = new CellIssueList(source)
    for (let row = 0; row < 3000; row++) list.push(row, row % 3, bad)
    list.pushDuplicate(5, 1, 2)
    expect(list.length).toBe(3001)
    expect(list.toParts().issues).toEqual([bad])
    expect(list.at(2999)).toEqual({ row: 2999, mapped: 2, raw: 'r2999c2', issue: bad })
    expect(list.at(3000).issue.message).toBe('row 5 repeats row 2')
  })

  it('sorts by row then column and merges another list with its columns renumbered', () => {
    const a = new CellIssueList(source)
    a.push(9, 0, bad)
    a.push(1, 1, bad)
    const b = new CellIssueList(source)
    b.push(1, 0, bad)
    b.pushDuplicate(4, 0, 3)
    a.appendParts(b.toParts(), [0])
    const order = [...a.sortedOrder()].map((i) => [a.at(i).row, a.at(i).mapped, a.at(i).issue.code])
    expect(order).toEqual([[1, 0, 'EMAIL_INVALID'], [1, 1, 'EMAIL_INVALID'], [4, 0, 'DUPLICATE_IN_FILE'], [9, 0, 'EMAIL_INVALID']])
  })
})
