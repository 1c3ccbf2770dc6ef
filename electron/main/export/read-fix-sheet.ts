// Reads a fix sheet the client sent back. The file is untrusted, so it is parsed in the parse worker (frozen
// prototypes, size and time limits) like any opened file, then matched to the original rows by the id column.
// Never throws for a bad file: what is wrong comes back as problems, each saying what and where. Preflight's own
// sheet names and headers are known in every language a sheet can be written in.
import { basename } from 'node:path'
import { FixRowIdSchema } from '../../../shared/export/fix-row-id'
import {
  fixSheetProblem,
  type FixSheetProblem,
  type FixSheetReturn,
  type FixSheetReturnedRow,
} from '../../../shared/export/fix-sheet-return'
import type { ColumnarTable } from '../../../shared/table/columnar-table'
import { UserError } from '../ipc/user-error'
import type { IngestLimits } from '../ingest/worker-protocol'
import { loadTable, type LoadedTable } from '../files/load-table'
import { findHeaderRow, mapColumns, type ColumnLayout } from './fix-sheet-columns'
import { DEFAULT_FIX_SHEET_NAMES, fixSheetName } from './fix-sheet-layout'

export interface ReadFixSheetOptions {
  /** The built parse worker script (parse-worker.js beside main's bundle). */
  readonly workerPath: string
  /** The sheetName the fix sheet was written with; the biggest sheet is read when the client renamed it. */
  readonly sheetName?: string
  readonly limits?: IngestLimits
}

/** The rows of the returned fix sheet at `path`, with the cells of the `expectedHeaders` it still has. */
export async function readFixSheet(
  path: string,
  expectedHeaders: readonly string[],
  options: ReadFixSheetOptions,
): Promise<FixSheetReturn> {
  const opened = await openReturnedSheet(path, options)
  if (opened instanceof UserError) return failed(undefined, [fixSheetProblem(opened.code, 'error', opened.message)])
  const { table, meta, summary } = opened
  const sheet = meta.sheet
  const notices = summary.notices
    .filter((notice) => notice.code !== 'SHEET_EMPTY')
    .map((notice) => fixSheetProblem(notice.code, 'warning', notice.message, { sheet, row: notice.row }))

  const header = findHeaderRow(table, meta, expectedHeaders)
  if (!header) {
    const where = sheet === undefined ? basename(path) : `sheet "${sheet}" of ${basename(path)}`
    const empty = table.rowCount === 0 && meta.columns.every((column) => column.sourceName.trim() === '')
    const problem = empty
      ? fixSheetProblem('FIX_SHEET_EMPTY', 'error', `There is nothing in ${where}: no header and no rows.`, { sheet })
      : fixSheetProblem(
          'ID_COLUMN_MISSING',
          'error',
          `There is no "Preflight row id" column in ${where}, so its rows cannot be matched to the original rows. ` +
            'It may have been deleted or renamed: send back the fix sheet with that column as it was.',
          { sheet },
        )
    return failed(sheet, [...notices, problem])
  }
  const layout = mapColumns(header.cells, expectedHeaders, sheet)
  if ('code' in layout) return failed(sheet, [...notices, layout])
  const { rows, problems } = readRows(table, header.firstDataRow, layout, sheet)
  return {
    ...(sheet === undefined ? {} : { sheet }),
    columns: [...layout.data.keys()],
    rows,
    problems: [...notices, ...layout.problems, ...problems],
  }
}

/**
 * The table of the fix sheet's rows sheet, or why the file cannot be read: the sheet asked for (by default the
 * English default name), else the default name of any language, else (renamed) the biggest sheet.
 */
async function openReturnedSheet(path: string, options: ReadFixSheetOptions): Promise<LoadedTable | UserError> {
  const open = (sheet: string | undefined) =>
    loadTable(path, {
      workerPath: options.workerPath,
      options: sheet === undefined ? { headerRow: 1 } : { sheet, headerRow: 1 },
      ...(options.limits ? { limits: options.limits } : {}),
    }).catch((error: unknown) => {
      if (error instanceof UserError) return error
      throw error
    })
  const named = await open(fixSheetName(options.sheetName))
  if (!(named instanceof UserError && named.code === 'SHEET_NOT_FOUND')) return named
  const biggest = await open(undefined)
  if (biggest instanceof UserError) return biggest
  const names = (biggest.meta.sheets ?? []).map((sheet) => sheet.name)
  const rowsSheet = DEFAULT_FIX_SHEET_NAMES.find((name) => names.includes(name))
  return rowsSheet === undefined || rowsSheet === biggest.meta.sheet ? biggest : open(rowsSheet)
}

/** The rows below the header whose id parses and is not repeated; the others become problems. */
function readRows(
  table: ColumnarTable,
  firstDataRow: number,
  layout: ColumnLayout,
  sheet: string | undefined,
): { rows: FixSheetReturnedRow[]; problems: FixSheetProblem[] } {
  const problems: FixSheetProblem[] = []
  const candidates: FixSheetReturnedRow[] = []
  const sheetRowsById = new Map<number, number[]>()
  for (let row = firstDataRow; row < table.rowCount; row++) {
    const sheetRow = table.sourceRow(row)
    const idText = table.cell(row, layout.idColumn)
    const cells = Object.fromEntries([...layout.data].map(([name, column]) => [name, table.cell(row, column)]))
    if (idText.trim() === '') {
      // A row with text only in Preflight's read-only columns is the client's note, not a row to read.
      if (Object.values(cells).every((value) => value.trim() === '')) continue
      const message = `Row ${sheetRow} has no Preflight row id (added by hand, or the id was cleared?), so it was not read.`
      problems.push(fixSheetProblem('ROW_ID_MISSING', 'error', message, { sheet, row: sheetRow }))
      continue
    }
    const id = FixRowIdSchema.safeParse(idText)
    if (!id.success) {
      const message =
        `Row ${sheetRow}: the Preflight row id "${idText}" was changed, so the row cannot be matched and was not read. ` +
        'Put back the id from the file you were sent.'
      problems.push(fixSheetProblem('ROW_ID_INVALID', 'error', message, { sheet, row: sheetRow }))
      continue
    }
    const seen = sheetRowsById.get(id.data)
    if (seen) seen.push(sheetRow)
    else sheetRowsById.set(id.data, [sheetRow])
    candidates.push({ rowId: id.data, sheetRow, cells })
  }
  for (const sheetRows of sheetRowsById.values()) {
    if (sheetRows.length === 1) continue
    const message = `Rows ${listRows(sheetRows)} have the same Preflight row id (a copied row?), so none of them was read.`
    problems.push(fixSheetProblem('ROW_ID_DUPLICATED', 'error', message, { sheet, row: sheetRows[0] }))
  }
  return { rows: candidates.filter((row) => sheetRowsById.get(row.rowId)!.length === 1), problems }
}

function failed(sheet: string | undefined, problems: readonly FixSheetProblem[]): FixSheetReturn {
  return { ...(sheet === undefined ? {} : { sheet }), columns: [], rows: [], problems }
}

function listRows(rows: readonly number[]): string {
  return `${rows.slice(0, -1).join(', ')} and ${rows.at(-1)}`
}
