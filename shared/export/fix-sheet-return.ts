// What reading a fix sheet the client sent back yields: the rows matched by id, with the cells of the columns
// that came back, and every problem found on the way as data. Invariant: every row's `cells` holds exactly
// the headers in `columns`, and a row id appears at most once.
import { z } from 'zod'
import type { Severity } from '../fields/cell-result'

/**
 * Something wrong with a returned fix sheet, said plainly and placed as precisely as known. `error`: something
 * was not read (the file, a column, a row); `warning`: read anyway, but worth knowing (an extra column ignored).
 * Codes are SCREAMING_SNAKE and stable: the reader's own (ID_COLUMN_MISSING, ROW_ID_INVALID...), the merge's
 * ROW_NOT_FOUND, or the file reader's (FILE_NOT_FOUND, WORKBOOK_CORRUPT...) when the file could not be read.
 */
export interface FixSheetProblem {
  readonly code: string
  readonly severity: Severity
  readonly message: string
  /** The sheet the problem is on, when a sheet was read. */
  readonly sheet?: string
  /** The row number as the spreadsheet shows it. */
  readonly row?: number
  /** The column letter as the spreadsheet shows it. */
  readonly column?: string
}

/** One row of a returned fix sheet. */
export interface FixSheetReturnedRow {
  /** The table's row id, from the sheet's id column (checked). */
  readonly rowId: number
  /** Where the row is in the returned sheet (the client may have sorted it), for messages. */
  readonly sheetRow: number
  /** Header -> the cell's text, for every header in the return's `columns`. */
  readonly cells: Readonly<Record<string, string>>
}

export interface FixSheetReturn {
  /** The sheet that was read; absent when the file could not be read at all. */
  readonly sheet?: string
  /** The expected headers that came back, in the order they were expected. */
  readonly columns: readonly string[]
  readonly rows: readonly FixSheetReturnedRow[]
  readonly problems: readonly FixSheetProblem[]
}

/** Where a problem is; an undefined field is left out of the problem. */
export interface FixSheetPlace {
  readonly sheet?: string | undefined
  readonly row?: number | undefined
  readonly column?: string | undefined
}

/** A problem carrying only the place fields that are known. */
export function fixSheetProblem(
  code: string,
  severity: Severity,
  message: string,
  place: FixSheetPlace = {},
): FixSheetProblem {
  const problem: { -readonly [K in keyof FixSheetProblem]: FixSheetProblem[K] } = { code, severity, message }
  if (place.sheet !== undefined) problem.sheet = place.sheet
  if (place.row !== undefined) problem.row = place.row
  if (place.column !== undefined) problem.column = place.column
  return problem
}

/** The return as it crosses IPC, checked like every reply. */
export const FixSheetReturnSchema = z.object({
  sheet: z.string().optional(),
  columns: z.array(z.string()),
  rows: z.array(
    z.object({
      rowId: z.number().int().nonnegative(),
      sheetRow: z.number().int(),
      cells: z.record(z.string(), z.string()),
    }),
  ),
  problems: z.array(
    z.object({
      code: z.string(),
      severity: z.enum(['error', 'warning']),
      message: z.string(),
      sheet: z.string().optional(),
      row: z.number().optional(),
      column: z.string().optional(),
    }),
  ),
}) satisfies z.ZodType<FixSheetReturn>
