import { describe, expect, it } from 'vitest'
import type { CellIssue } from '../fields/cell-result'
import { CellIssueList, type IssueSource } from './cell-issue-list'

const bad: CellIssue = { code: 'EMAIL_INVALID', severity: 'error', message: 'bad' }
const source: IssueSource = {
  raw: (row, mapped) => `r${row}c${mapped}`,
  own: (row, mapped, position) => ({
    code: 'EMAIL_INVALID',
    severity: 'error',
    message: `r${row}c${mapped} issue ${position}`,
  }),
  duplicate: (row, _mapped, first) => ({
    code: 'DUPLICATE_IN_FILE',
    severity: 'error',
    message: `row ${row} repeats row ${first}`,
  }),
}

describe('CellIssueList', () => {
  it('keeps kinds, not issues: own issues are read back from the source, duplicates worded on read', () => {
    const list = new CellIssueList(source)
    const own = list.ownKind('EMAIL_INVALID', 'error')
    for (let row = 0; row < 3000; row++) list.pushKind(row, row % 3, own, row % 2)
    list.pushDuplicate(5, 1, 2)
    list.push(7, 0, bad)
    expect(list.length).toBe(3002)
    expect(list.toParts().kindTable.map((k) => k.how)).toEqual(['duplicate', 'own', 'object'])
    expect(list.at(2999)).toEqual({
      row: 2999,
      mapped: 2,
      raw: 'r2999c2',
      issue: { code: 'EMAIL_INVALID', severity: 'error', message: 'r2999c2 issue 1' },
    })
    expect(list.at(3000).issue.message).toBe('row 5 repeats row 2')
    expect(list.at(3001).issue).toBe(bad)
    expect(list.kindAt(3001)).toMatchObject({ code: 'EMAIL_INVALID', severity: 'error' })
  })

  it('sorts by row then column and merges another list with its columns and kinds renumbered', () => {
    const a = new CellIssueList(source)
    a.push(9, 0, bad)
    a.push(1, 1, bad)
    const b = new CellIssueList(source)
    b.pushKind(1, 0, b.ownKind('PHONE_INVALID', 'error'), 0)
    b.pushDuplicate(4, 0, 3)
    b.push(6, 0, bad)
    a.appendParts(b.toParts(), [2])
    const order = [...a.sortedOrder()].map((i) => [a.rowAt(i), a.columnAt(i), a.kindAt(i).code])
    expect(order).toEqual([
      [1, 1, 'EMAIL_INVALID'],
      [1, 2, 'PHONE_INVALID'],
      [4, 2, 'DUPLICATE_IN_FILE'],
      [6, 2, 'EMAIL_INVALID'],
      [9, 0, 'EMAIL_INVALID'],
    ])
    expect(a.toParts().kindTable).toHaveLength(3)
    expect(a.entriesOf(1, 2).map((i) => a.kindAt(i).code)).toEqual(['PHONE_INVALID'])
    expect(a.entriesOf(9, 0)).toHaveLength(1)
    expect(a.entriesOf(5, 2)).toEqual([])
  })
})
