import { describe, expect, it } from 'vitest'
import { nextIssueCell, type IssueCells } from './next-issue-cell'

// Rows 1 and 4 have issues: row 1 in columns 0 and 2, row 4 in column 1.
const flagged = new Set(['1:0', '1:2', '4:1'])
const cells: IssueCells = {
  columnCount: 3,
  flagged: (row, column) => flagged.has(`${row}:${column}`),
  nextRow: (row, step) => {
    const rows = [1, 4]
    if (step === 1) return rows.find((r) => r > row) ?? rows[0]!
    return [...rows].reverse().find((r) => r < row || row < 0) ?? rows.at(-1)!
  },
}

describe('nextIssueCell', () => {
  it('visits every issue of a row before the next row, and wraps round', () => {
    const seen: string[] = []
    let at = { row: -1, column: 0 }
    for (let i = 0; i < 4; i++) {
      at = nextIssueCell(at.row, at.column, 1, cells)!
      seen.push(`${at.row}:${at.column}`)
    }
    expect(seen).toEqual(['1:0', '1:2', '4:1', '1:0'])
  })

  it('goes back the same way with Shift+F8', () => {
    expect(nextIssueCell(4, 1, -1, cells)).toEqual({ row: 1, column: 2 })
    expect(nextIssueCell(1, 2, -1, cells)).toEqual({ row: 1, column: 0 })
    expect(nextIssueCell(1, 0, -1, cells)).toEqual({ row: 4, column: 1 })
  })

  it('finds nothing when no cell has an issue', () => {
    expect(nextIssueCell(0, 0, 1, { columnCount: 2, flagged: () => false, nextRow: () => null })).toBeNull()
  })
})
