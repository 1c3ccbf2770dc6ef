// Cross-file relation checks: in a project holding a companies file, a person's company domain should be one
// the companies file will create. A relation cell whose value none of the project's files of the target object
// holds gets a warning (it can still link to a record already in the workspace, which Preflight cannot see
// offline); the push would refuse it if the workspace has none. Runs after the check, over distinct values.
import type { CellIssue } from '../fields/cell-result'
import { CELL_FIXED, CELL_OK, CELL_WARNING, type CheckResult } from './check-table'

export const RELATION_NOT_IN_PROJECT = 'RELATION_NOT_IN_PROJECT'

/** The values the project's files of one object will create for one of its unique (sub)fields. */
export interface RelationValues {
  /** nameSingular of the target object. */
  readonly object: string
  readonly field: string
  readonly subfield: string | null
  /** The project's files of that object, by name (for the message). */
  readonly files: readonly string[]
  readonly values: ReadonlySet<string>
}

export interface RelationMarks {
  /** Cells marked, per checked column index. */
  readonly byColumn: ReadonlyMap<number, number>
}

/**
 * Adds a RELATION_NOT_IN_PROJECT warning to each relation cell (of a row still in the table) whose normalised value
 * the project's files of its target object do not hold. Cells that already have an issue are left as they are.
 */
export function markProjectRelations(check: CheckResult, sets: readonly RelationValues[], isDeleted: (row: number) => boolean = () => false): RelationMarks {
  const byColumn = new Map<number, number>()
  check.columns.forEach((column, mapped) => {
    const relation = column.mapped.target.relation
    if (column.mapped.target.kind !== 'relation' || relation === undefined || relation.targetField.name === 'id') return
    const set = sets.find((s) => s.object === relation.targetObject.nameSingular && s.field === relation.targetField.name && s.subfield === relation.targetSubfield)
    if (set === undefined) return
    const issue: CellIssue = {
      code: RELATION_NOT_IN_PROJECT,
      severity: 'warning',
      message: `No ${relation.targetObject.labelSingular.toLowerCase()} in ${listOf(set.files)} has this ${relation.targetField.label.toLowerCase()}: it must already be in the workspace, or the push will refuse this row.`,
    }
    const states = check.cellStates[mapped]!
    const { ids, values, distinct } = column.index
    // Per distinct value (by value id): 1 = missing from the project, 0 = found or empty, undefined = not read yet.
    const missing = distinct ? new Int8Array(values.length).fill(-1) : null
    let marked = 0
    for (let row = 0; row < ids.length; row++) {
      const state = states[row]!
      if ((state !== CELL_OK && state !== CELL_FIXED) || isDeleted(row)) continue
      const id = ids[row]!
      let miss = missing?.[id] ?? -1
      if (miss === -1) {
        const value = column.resultAt(row).value
        miss = typeof value === 'string' && value !== '' && !set.values.has(value) ? 1 : 0
        if (missing) missing[id] = miss
      }
      if (miss === 1) {
        check.cellIssues.push(row, mapped, issue)
        states[row] = CELL_WARNING
        marked++
      }
    }
    if (marked > 0) byColumn.set(mapped, marked)
  })
  return { byColumn }
}

function listOf(files: readonly string[]): string {
  if (files.length === 1) return `the project's file ${files[0]}`
  return `the project's files ${files.slice(0, -1).join(', ')} and ${files[files.length - 1]}`
}
