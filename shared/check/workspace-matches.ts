// Uniqueness against the workspace: once a dry run has looked the file's unique values up in the workspace,
// the rows whose record already exists there are marked on their unique cells (an email, a domain, a custom
// unique field). Twenty would not refuse them: the push updates the existing record instead of creating one,
// which may overwrite what the workspace holds, so it is a warning the consultant should see in the grid.
import type { CellIssue } from '../fields/cell-result'
import { worded } from '../fields/scalar/wording'
import { CELL_FIXED, CELL_OK, CELL_WARNING, isUniqueTarget, type CheckResult } from './check-table'

export const EXISTS_IN_WORKSPACE = 'EXISTS_IN_WORKSPACE' as const

const ISSUE: CellIssue = worded('warning', EXISTS_IN_WORKSPACE, {})

/** Marks the non-empty unique cells of each row flagged in `matched` (1 = its record exists). Returns the cells marked. */
export function markWorkspaceMatches(
  check: CheckResult,
  matched: Uint8Array,
  isDeleted: (row: number) => boolean = () => false,
): number {
  let marked = 0
  check.columns.forEach((column, mapped) => {
    if (!isUniqueTarget(column.mapped.target) || column.mapped.target.field.name === 'id') return
    const states = check.cellStates[mapped]!
    const rows = Math.min(matched.length, states.length)
    for (let row = 0; row < rows; row++) {
      if (!matched[row] || isDeleted(row)) continue
      const state = states[row]!
      if (state !== CELL_OK && state !== CELL_FIXED) continue
      const value = column.resultAt(row).value
      if (value === null || value === '') continue
      check.cellIssues.push(row, mapped, ISSUE)
      states[row] = CELL_WARNING
      marked++
    }
  })
  return marked
}
