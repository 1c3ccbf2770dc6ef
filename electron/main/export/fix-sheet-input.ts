// What the fix sheet writer takes: the rows with problems, their cells as the table holds them, and each
// problem placed on a data column or on the row as a whole. Checked before writing; a bad input is a bug.
import type { Severity } from '../../../shared/fields/cell-result'
import type { Language } from '../../../shared/messages/languages'
import { headerKey } from './fix-sheet-layout'

/** One problem to show the client. */
export interface FixSheetCellProblem {
  /** Index into the input's `headers`; absent for a problem of the whole row (e.g. the server's message). */
  readonly column?: number
  readonly severity: Severity
  /** Already in the sheet's language (issueIn words an engine issue in it). */
  readonly message: string
}

export interface FixSheetInputRow {
  /** The table's 0-based row id: written as a checked id (`R41-K`) the returned sheet is merged back by. */
  readonly rowId: number
  /** The row number the client's spreadsheet showed (ColumnarTable.sourceRow). */
  readonly sourceRow: number
  /** The row's cell texts, one per header (missing trailing cells are written empty). */
  readonly cells: readonly string[]
  readonly problems: readonly FixSheetCellProblem[]
}

export interface FixSheetInput {
  /** Name of the rows sheet (made valid for Excel); the reader must be given the same. Default "Rows to fix" in the sheet's language. */
  readonly sheetName?: string
  /** The data columns' headers: non-empty and unique ignoring case and spacing (a table's column names are). */
  readonly headers: readonly string[]
  readonly rows: readonly FixSheetInputRow[]
  /** A line for the client on the instructions sheet, e.g. which import this is about. */
  readonly note?: string
  /** The language of Preflight's own sheet names, headers, labels and instructions; default English. */
  readonly language?: Language
}

/** Throws on an input no caller should build: it names the first defect. */
export function assertValidFixSheetInput(input: FixSheetInput): void {
  const seenHeaders = new Set<string>()
  for (const header of input.headers) {
    const key = headerKey(header)
    if (key === '') throw new Error('fix sheet headers must not be empty')
    if (seenHeaders.has(key)) throw new Error(`fix sheet header "${header}" appears twice`)
    seenHeaders.add(key)
  }
  const seenRows = new Set<number>()
  for (const row of input.rows) {
    if (seenRows.has(row.rowId)) throw new Error(`fix sheet row id ${row.rowId} appears twice`)
    seenRows.add(row.rowId)
    if (row.cells.length > input.headers.length) throw new Error(`row ${row.rowId} has more cells than headers`)
    for (const problem of row.problems) {
      const column = problem.column
      if (column !== undefined && !(Number.isInteger(column) && column >= 0 && column < input.headers.length)) {
        throw new Error(`row ${row.rowId} has a problem on column ${column}, which is not one of the headers`)
      }
    }
  }
}
