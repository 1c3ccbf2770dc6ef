// Finds the header row of a returned fix sheet and what each column holds: the row id, an expected data column,
// one of Preflight's read-only columns, or something the client added. Columns are matched by header text
// (ignoring case and spacing), so moved columns still match; renamed, removed or doubled ones are reported.
import { fixSheetProblem, type FixSheetProblem } from '../../../shared/export/fix-sheet-return'
import type { SourceMeta } from '../../../shared/files/open-file'
import type { ColumnarTable } from '../../../shared/table/columnar-table'
import { headerKey, isReadOnlyHeader, isRowIdHeader } from './fix-sheet-layout'

/** The client may have put a title or notes above the header: look this far down for it. */
const HEADER_SCAN_ROWS = 30

export interface HeaderRow {
  readonly cells: readonly string[]
  /** Table row id of the first row below the header. */
  readonly firstDataRow: number
}

export interface ColumnLayout {
  /** Table column of the row ids. */
  readonly idColumn: number
  /** Expected header -> table column, for the expected headers found exactly once, in expected order. */
  readonly data: ReadonlyMap<string, number>
  readonly problems: readonly FixSheetProblem[]
}

/** The first row (the file's first row, then the rows below it) holding a row id header; undefined when none does. */
export function findHeaderRow(
  table: ColumnarTable,
  meta: SourceMeta,
  expected: readonly string[],
): HeaderRow | undefined {
  const expectedKeys = new Set(expected.map(headerKey))
  const holdsId = (cells: readonly string[]) =>
    cells.some((cell) => isRowIdHeader(cell) && !expectedKeys.has(headerKey(cell)))
  const first = meta.columns.map((column) => column.sourceName)
  if (holdsId(first)) return { cells: first, firstDataRow: 0 }
  const scanEnd = Math.min(table.rowCount, HEADER_SCAN_ROWS)
  for (let row = 0; row < scanEnd; row++) {
    const cells = table.rowsBetween(row, row + 1)[0]!
    if (holdsId(cells)) return { cells, firstDataRow: row + 1 }
  }
  return undefined
}

/**
 * Which column holds what. An expected header wins over Preflight's own labels, so a data column that happens
 * to be called "Problems" is read as data. `sheet` places the problems.
 */
export function mapColumns(
  header: readonly string[],
  expected: readonly string[],
  sheet: string | undefined,
): ColumnLayout | FixSheetProblem {
  const where = sheet === undefined ? 'the file' : `sheet "${sheet}"`
  const byKey = new Map<string, number[]>()
  header.forEach((cell, column) => {
    const key = headerKey(cell)
    byKey.set(key, [...(byKey.get(key) ?? []), column])
  })
  const expectedKeys = new Set(expected.map(headerKey))
  const isId = (cell: string) => isRowIdHeader(cell) && !expectedKeys.has(headerKey(cell))
  const idColumns = header.flatMap((cell, column) => (isId(cell) ? [column] : []))
  if (idColumns.length > 1) {
    const message =
      `There are ${idColumns.length} row id columns in ${where}, so its rows cannot be matched to the original rows. ` +
      'Keep only the "Preflight row id" column you were sent.'
    return fixSheetProblem('ID_COLUMN_DUPLICATED', 'error', message, { sheet })
  }

  const problems: FixSheetProblem[] = []
  const data = new Map<string, number>()
  for (const name of expected) {
    const columns = byKey.get(headerKey(name)) ?? []
    if (columns.length === 1) {
      data.set(name, columns[0]!)
    } else if (columns.length === 0) {
      const message = `Column "${name}" is not in ${where} (renamed or deleted?), so no corrections to it were read.`
      problems.push(fixSheetProblem('COLUMN_MISSING', 'error', message, { sheet, column: name }))
    } else {
      const message =
        `There are ${columns.length} columns called "${name}" in ${where}; ` +
        'none of them was read, since it is unclear which holds the corrections.'
      problems.push(fixSheetProblem('COLUMN_DUPLICATED', 'error', message, { sheet, column: name }))
    }
  }
  for (const cell of header) {
    const name = cell.trim()
    if (name === '' || isId(cell) || expectedKeys.has(headerKey(cell)) || isReadOnlyHeader(cell)) continue
    const message = `Column "${name}" in ${where} is not one Preflight sent; it was ignored.`
    problems.push(fixSheetProblem('COLUMN_EXTRA', 'warning', message, { sheet, column: name }))
  }
  return { idColumn: idColumns[0]!, data, problems }
}
