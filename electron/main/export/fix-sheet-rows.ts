// Builds the fix sheet's first sheet: Preflight's row id and the client's row number (greyed: not for editing),
// the data columns under their original headers, and a Problems column. Problem cells are filled (errors red,
// warnings amber) and get their messages as a note. Every cell is text, so Excel changes no value's type.
// Preflight's own words (headers, the id's note, "Error:", "Row:") are in the sheet's language.
import { excelCellText } from '../../../shared/export/excel-cell-text'
import { fixRowIdText } from '../../../shared/export/fix-row-id'
import type { Language } from '../../../shared/messages/languages'
import { columnLetter } from '../../../shared/table/headers'
import type { FixSheetCellProblem, FixSheetInput, FixSheetInputRow } from './fix-sheet-input'
import { fixSheetFormatter, fixSheetText, type OwnHeaders } from './fix-sheet-layout'
import type { CellNote } from './fix-sheet-package'
import { FIX_SHEET_STYLES, problemStyle } from './fix-sheet-styles'
import type { CellStyle, TextCell, WorkSheet } from './load-sheetjs-writer'

/** Rows looked at to size the columns: enough to be representative, bounded for big sheets. */
const WIDTH_SAMPLE_ROWS = 500

export interface RowsSheet {
  readonly sheet: WorkSheet
  /** The notes of its cells, for finishPackage. */
  readonly notes: readonly CellNote[]
}

export function buildRowsSheet(input: FixSheetInput, own: OwnHeaders, language: Language = 'en'): RowsSheet {
  const { headers, rows } = input
  const lineOf = problemLine(headers, language)
  const noteLine = {
    error: fixSheetFormatter(language, 'noteError', ['message']),
    warning: fixSheetFormatter(language, 'noteWarning', ['message']),
  }
  const lastColumn = headers.length + 2
  const sheet: WorkSheet = {}
  const notes: CellNote[] = []
  const put = (column: number, row: number, cell: TextCell) => (sheet[`${columnLetter(column)}${row}`] = cell)

  const ownHeader = FIX_SHEET_STYLES.ownHeader
  put(0, 1, text(own.rowId, ownHeader))
  notes.push({ row: 0, column: 0, text: fixSheetText(language, 'idNote') })
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
        const lines = problems.map((p) => noteLine[p.severity]({ message: p.message }))
        notes.push({ row: sheetRow - 1, column: c + 2, text: lines.join('\n') })
      } else {
        put(c + 2, sheetRow, text(value, FIX_SHEET_STYLES.plain))
      }
    })
    // A problem of the whole row has no cell to fill, so its colour goes on the row's problems cell.
    const ofRow = byColumn.get(undefined)
    const fill = ofRow ? problemStyle(ofRow.map((p) => p.severity)) : {}
    put(lastColumn, sheetRow, text(problemLines(row, lineOf).join('\n'), { ...fill, ...FIX_SHEET_STYLES.problems }))
  })

  const lastCell = `${columnLetter(lastColumn)}${rows.length + 1}`
  sheet['!ref'] = `A1:${lastCell}`
  sheet['!autofilter'] = { ref: `A1:${lastCell}` }
  sheet['!cols'] = columnWidths(input, own, lineOf)
  return { sheet, notes }
}

function text(value: string, style: CellStyle): TextCell {
  return { t: 's', v: excelCellText(value), s: style }
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

type LineOf = (problem: FixSheetCellProblem) => string

/** How a problem reads in the problems column: `Email: message`, `Email (warning): ...`, `Row: ...` for the whole row's. */
function problemLine(headers: readonly string[], language: Language): LineOf {
  const ofRow = {
    error: fixSheetFormatter(language, 'rowError', ['message']),
    warning: fixSheetFormatter(language, 'rowWarning', ['message']),
  }
  const ofColumn = {
    error: fixSheetFormatter(language, 'columnError', ['column', 'message']),
    warning: fixSheetFormatter(language, 'columnWarning', ['column', 'message']),
  }
  return (problem) => {
    const { column, severity, message } = problem
    return column === undefined
      ? ofRow[severity]({ message })
      : ofColumn[severity]({ column: headers[column]!, message })
  }
}

/** The row's problems column, one line per problem in display order. */
function problemLines(row: FixSheetInputRow, lineOf: LineOf): string[] {
  return inDisplayOrder(row.problems).map(lineOf)
}

/** Errors before warnings; within each, the whole row's first, then by column (the sort is stable). */
function inDisplayOrder(problems: readonly FixSheetCellProblem[]): FixSheetCellProblem[] {
  const severity = (p: FixSheetCellProblem) => (p.severity === 'error' ? 0 : 1)
  return [...problems].sort((a, b) => severity(a) - severity(b) || (a.column ?? -1) - (b.column ?? -1))
}

/** Widths in characters from the header and a sample of values, within bounds that keep the sheet readable. */
function columnWidths(input: FixSheetInput, own: OwnHeaders, lineOf: LineOf): { wch: number }[] {
  const sample = input.rows.slice(0, WIDTH_SAMPLE_ROWS)
  const longestLine = (values: readonly string[]) =>
    Math.max(0, ...values.flatMap((value) => value.split('\n').map((line) => line.length)))
  const width = (values: readonly string[], min: number, max: number) => ({
    wch: Math.min(max, Math.max(min, longestLine(values) + 2)),
  })
  return [
    width(
      sample.map((row) => fixRowIdText(row.rowId)),
      14,
      20,
    ),
    width([own.sourceRow], 10, 20),
    ...input.headers.map((header, c) => width([header, ...sample.map((row) => row.cells[c] ?? '')], 8, 50)),
    width([own.problems, ...sample.map((row) => problemLines(row, lineOf).join('\n'))], 30, 80),
  ]
}
