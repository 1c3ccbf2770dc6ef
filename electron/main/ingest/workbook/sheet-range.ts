// A1-style ranges as workbooks store them (`A1:H8`, `$B$2`), decoded to 0-based inclusive row and column bounds.
// Invariant: a decoded range is never inverted; anything unreadable decodes to undefined, never to a guess.

export interface CellRange {
  readonly firstRow: number
  readonly firstColumn: number
  readonly lastRow: number
  readonly lastColumn: number
}

/** How many rows and columns a sheet's used range spans; 0 x 0 for an empty sheet. */
export interface SheetSize {
  readonly rows: number
  readonly columns: number
}

const RANGE = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i

export function parseCellRange(ref: string): CellRange | undefined {
  const match = RANGE.exec(ref.trim())
  if (!match) return undefined
  const firstColumn = columnIndex(match[1]!)
  const firstRow = Number(match[2]) - 1
  const lastColumn = match[3] ? columnIndex(match[3]) : firstColumn
  const lastRow = match[4] ? Number(match[4]) - 1 : firstRow
  if (firstRow < 0 || lastRow < firstRow || lastColumn < firstColumn) return undefined
  return { firstRow, firstColumn, lastRow, lastColumn }
}

export function sizeOfRange(range: CellRange | undefined): SheetSize {
  if (!range) return { rows: 0, columns: 0 }
  return { rows: range.lastRow - range.firstRow + 1, columns: range.lastColumn - range.firstColumn + 1 }
}

/** 0-based index of column letters: A -> 0, Z -> 25, AA -> 26. */
function columnIndex(letters: string): number {
  let index = 0
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64)
  return index - 1
}
