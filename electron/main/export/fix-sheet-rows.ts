// Builds the fix sheet's first sheet: Preflight's row id and the client's row number (greyed: not for editing),
// the data columns under their original headers, and a Problems column. Problem cells are filled (errors red,
// warnings amber) and get their messages as a note. Every cell is text, so Excel changes no value's type.
import { excelCellText } from '../../../shared/export/excel-cell-text'
import { fixRowIdText } from '../../../shared/export/fix-row-id'
import type { Severity } from '../../../shared/fields/cell-result'
import { columnLetter } from '../../../shared/table/headers'
import type { FixSheetCellProblem, FixSheetInput, FixSheetInputRow } from './fix-sheet-input'
import type { OwnHeaders } from './fix-sheet-layout'
import type { CellNote } from './fix-sheet-package'
import { FIX_SHEET_STYLES, problemStyle } from './fix-sheet-styles'
import type { CellStyle, TextCell, WorkSheet } from './load-sheetjs-writer'

const ID_NOTE = 'Preflight matches your corrections to the original rows by this id. Do not change, clear or retype it.'
/** Rows looked at to size the columns: enough to be representative, bounded for big sheets. */
const WIDTH_SAMPLE_ROWS = 500

export interface RowsSheet {
  readonly sheet: WorkSheet
  /** The notes of its cells, for finishPackage. */
  readonly notes: readonly CellNote[]
}

export function buildRowsSheet(input: FixSheetInput, own: OwnHeaders): RowsSheet {
  const { headers, rows } = input
  const lastColumn = headers.length + 2
  const sheet: WorkSheet = {}
  const notes: CellNote[] = []
  const put = (column: number, row: number, cell: TextCell) => (sheet[`${columnLetter(column)}${row}`] = cell)

  const ownHeader = FIX_SHEET_STYLES.ownHeader
  put(0, 1, text(own.rowId, ownHeader))
  notes.push({ row: 0, column: 0, text: ID_NOTE })
  put(1, 1, text(own.sourceRow, ownHeader))
  headers.forEach((header, i) => put(i + 2, 1, text(header, FIX_SHEET_STYLES.header)))
  put(lastColumn, 1, text(own.problems, ownHeader))

  rows.forEach((row, r) => {
    const sheetRow = r + 2
    put(0, sheetRow, text(fixRowIdText(row.rowId), FIX_SHEET_STYLES.own))
    put(1, sheetRow, text(String(row.sourceRow), FIX_SHEET_STYLES.own))
    const byColumn = problemsByColumn(row)
    // Empty cells are written too: a cell formatted as text keeps what the client types in it as text.
    headers.forEach((_, c) => {
      const problems = byColumn.get(c)
      const value = row.cells[c] ?? ''
      if (problems) {
        put(c + 2, sheetRow, text(value, problemStyle(problems.map((p) => p.severity))))
        const lines = problems.map((p) => `${severityLabel(p.severity)}: ${p.message}`)
        notes.push({ row: sheetRow - 1, column: c + 2, text: lines.join('\n') })
      } else {
        put(c + 2, sheetRow, text(value, FIX_SHEET_STYLES.plain))
      }
    })
    // A problem of the whole row has no cell to fill, so its colour goes on the row's problems cell.
    const ofRow = byColumn.get(undefined)
    const fill = ofRow ? problemStyle(ofRow.map((p) => p.severity)) : {}
    put(lastColumn, sheetRow, text(problemLines(row, headers).join('\n'), { ...fill, ...FIX_SHEET_STYLES.problems }))
  })

  const lastCell = `${columnLetter(lastColumn)}${rows.length + 1}`
  sheet['!ref'] = `A1:${lastCell}`
  sheet['!autofilter'] = { ref: `A1:${lastCell}` }
  sheet['!cols'] = columnWidths(input, own)
  return { sheet, notes }
}

function text(value: string, style: CellStyle): TextCell {
  return { t: 's', v: excelCellText(value), s: style }
}

function severityLabel(severity: Severity): string {
  return severity === 'error' ? 'Error' : 'Warning'
}

/** The row's problems by data column (undefined: the whole row), in display order. */
function problemsByColumn(row: FixSheetInputRow): Map<number | undefined, FixSheetCellProblem[]> {
  const byColumn = new Map<number | undefined, FixSheetCellProblem[]>()
  for (const problem of inDisplayOrder(row.problems)) {
    const list = byColumn.get(problem.column)
    if (list) list.push(problem)
    else byColumn.set(problem.column, [problem])
  }
  return byColumn
}

/** `Email: message` per problem, `Email (warning): ...` for a warning, `Row: ...` for the whole row's. */
function problemLines(row: FixSheetInputRow, headers: readonly string[]): string[] {
  return inDisplayOrder(row.problems).map((problem) => {
    const where = problem.column === undefined ? 'Row' : headers[problem.column]!
    return `${where}${problem.severity === 'warning' ? ' (warning)' : ''}: ${problem.message}`
  })
}

/** Errors before warnings; within each, the whole row's first, then by column (the sort is stable). */
function inDisplayOrder(problems: readonly FixSheetCellProblem[]): FixSheetCellProblem[] {
  const severity = (p: FixSheetCellProblem) => (p.severity === 'error' ? 0 : 1)
  return [...problems].sort((a, b) => severity(a) - severity(b) || (a.column ?? -1) - (b.column ?? -1))
}

/** Widths in characters from the header and a sample of values, within bounds that keep the sheet readable. */
function columnWidths(input: FixSheetInput, own: OwnHeaders): { wch: number }[] {
  const sample = input.rows.slice(0, WIDTH_SAMPLE_ROWS)
  const longestLine = (values: readonly string[]) =>
    Math.max(0, ...values.flatMap((value) => value.split('\n').map((line) => line.length)))
  const width = (values: readonly string[], min: number, max: number) => ({
    wch: Math.min(max, Math.max(min, longestLine(values) + 2)),
  })
  return [
    width(sample.map((row) => fixRowIdText(row.rowId)), 14, 20),
    width([own.sourceRow], 10, 20),
    ...input.headers.map((header, c) => width([header, ...sample.map((row) => row.cells[c] ?? '')], 8, 50)),
    width([own.problems, ...sample.map((row) => problemLines(row, input.headers).join('\n'))], 30, 80),
  ]
}
