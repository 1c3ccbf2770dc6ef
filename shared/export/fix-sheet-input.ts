// The fix sheet as the renderer asks main to write it (checked at the IPC boundary), and how a check's rows
// with errors become its rows: each problem on the cell of its column, with the row's values as the user
// sees them now.
import { z } from 'zod'
import type { CheckResult } from '../check/check-table'
import type { CellIssue } from '../fields/cell-result'

export const FixSheetInputSchema = z.object({
  sheetName: z.string().min(1).max(31).optional(),
  headers: z.array(z.string().min(1)),
  rows: z.array(
    z.object({
      rowId: z.number().int().nonnegative(),
      sourceRow: z.number().int().nonnegative(),
      cells: z.array(z.string()),
      problems: z.array(
        z.object({
          column: z.number().int().nonnegative().optional(),
          severity: z.enum(['error', 'warning']),
          message: z.string(),
        }),
      ),
    }),
  ),
  note: z.string().optional(),
})
export type FixSheetInputData = z.infer<typeof FixSheetInputSchema>

/** The rows with errors as fix sheet rows; `cellOf(row, column)` reads a cell as it is now, `word` words an issue (default: its English). */
export function rejectedRows(
  check: CheckResult,
  headers: readonly string[],
  sourceRow: (row: number) => number,
  cellOf: (row: number, column: number) => string,
  word: (issue: CellIssue) => string = (issue) => issue.message,
): FixSheetInputData['rows'] {
  const problems = new Map<number, FixSheetInputData['rows'][number]['problems']>()
  for (const { row, mapped, issue } of check.cellIssues) {
    if (issue.severity !== 'error') continue
    problems.set(row, [
      ...(problems.get(row) ?? []),
      { column: check.columns[mapped]!.mapped.column, severity: 'error', message: word(issue) },
    ])
  }
  return [...problems.keys()]
    .sort((a, b) => a - b)
    .map((row) => ({
      rowId: row,
      sourceRow: sourceRow(row),
      cells: headers.map((_, c) => cellOf(row, c)),
      problems: problems.get(row)!,
    }))
}
