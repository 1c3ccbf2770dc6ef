// F8 / Shift+F8: the next cell with a warning or an error, reading cells in row order and, within a row, in
// column order, so a row's later issues are visited before the next row's. From no cell (row -1), the first.

export interface IssueCells {
  readonly columnCount: number
  /** The cell has a warning or an error. */
  flagged(row: number, column: number): boolean
  /** The next row (by `step`) with any flagged cell after `row`, wrapping round; null when none. */
  nextRow(row: number, step: 1 | -1): number | null
}

export function nextIssueCell(
  row: number,
  column: number,
  step: 1 | -1,
  cells: IssueCells,
): { row: number; column: number } | null {
  if (row >= 0) {
    for (let c = column + step; c >= 0 && c < cells.columnCount; c += step)
      if (cells.flagged(row, c)) return { row, column: c }
  }
  const next = cells.nextRow(row, step)
  if (next === null) return null
  const from = step === 1 ? 0 : cells.columnCount - 1
  for (let c = from; c >= 0 && c < cells.columnCount; c += step)
    if (cells.flagged(next, c)) return { row: next, column: c }
  return { row: next, column: 0 }
}
