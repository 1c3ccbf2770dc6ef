// What the issue panel and the grid read from a check: counts by column and code, the rows behind a count,
// each cell's messages for its tooltip, and the next cell with an issue. Pure, over typed arrays.
import { CELL_FIXED, CELL_OK, type CheckResult } from '../../../../shared/check/check-table'
import type { Severity } from '../../../../shared/fields/cell-result'
import { lowerBound } from '../../../../shared/util/lower-bound'
import { mergePlan } from '../../../../shared/operations/duplicate-groups'
import { t } from '../../i18n'
import { fixText, issueText } from './issue-text'

export interface IssueCount {
  /** Index into the check's columns. */
  readonly mapped: number
  readonly code: string
  readonly severity: Severity
  readonly count: number
}

export interface ColumnIssues {
  readonly mapped: number
  readonly name: string
  readonly columnId: string
  readonly errors: number
  readonly warnings: number
  readonly counts: readonly IssueCount[]
}

export interface IssueSummary {
  readonly columns: readonly ColumnIssues[]
  readonly errors: number
  readonly warnings: number
  readonly rowsWithErrors: number
  readonly fixed: number
}

export function summarize(check: CheckResult, columnIdOf: (column: number) => string): IssueSummary {
  const list = check.cellIssues
  const counts = new Map<string, { mapped: number; code: string; severity: Severity; count: number }>()
  for (let i = 0; i < list.length; i++) {
    const kind = list.kindAt(i)
    const mapped = list.columnAt(i)
    const key = `${mapped}\u0000${kind.severity}\u0000${kind.code}`
    const entry = counts.get(key)
    if (entry) entry.count++
    else counts.set(key, { mapped, code: kind.code, severity: kind.severity, count: 1 })
  }
  let errors = 0
  let warnings = 0
  const columns: ColumnIssues[] = check.columns.map((column, mapped) => {
    const mine = [...counts.values()]
      .filter((c) => c.mapped === mapped)
      .sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1))
    const e = mine.filter((c) => c.severity === 'error').reduce((n, c) => n + c.count, 0)
    const w = mine.filter((c) => c.severity === 'warning').reduce((n, c) => n + c.count, 0)
    errors += e
    warnings += w
    return {
      mapped,
      name: column.mapped.name,
      columnId: columnIdOf(column.mapped.column),
      errors: e,
      warnings: w,
      counts: mine,
    }
  })
  let rowsWithErrors = 0
  for (const flag of check.rowHasError) rowsWithErrors += flag
  return {
    columns: columns.filter((c) => c.counts.length > 0),
    errors,
    warnings,
    rowsWithErrors,
    fixed: check.fixedCells,
  }
}

/** Rows (ascending, once each) with an issue of `code` in a column. */
export function rowsWithIssue(check: CheckResult, mapped: number, code: string): Uint32Array {
  const list = check.cellIssues
  const rows: number[] = []
  for (let i = 0; i < list.length; i++) {
    if (list.columnAt(i) === mapped && list.kindAt(i).code === code) rows.push(list.rowAt(i))
  }
  const sorted = Uint32Array.from(new Set(rows)).sort()
  return sorted
}

export function rowsWithErrors(check: CheckResult): Uint32Array {
  const rows: number[] = []
  check.rowHasError.forEach((flag, row) => flag && rows.push(row))
  return Uint32Array.from(rows)
}

/** The tooltip of a cell: its issues' messages, or the fix applied, or nothing. */
export function cellMessage(check: CheckResult, mapped: number, row: number): string | undefined {
  const state = check.cellStates[mapped]?.[row] ?? CELL_OK
  if (state === CELL_OK) return undefined
  if (state === CELL_FIXED) {
    const fixes = check.columns[mapped]!.resultAt(row).fixes
    return fixes.length === 0 ? undefined : t('cell.fixed', { messages: fixes.map(fixText).join(' ') })
  }
  const list = check.cellIssues
  return list
    .entriesOf(row, mapped)
    .map((i) => {
      const { issue } = list.at(i)
      const line = t(issue.severity === 'error' ? 'cell.error' : 'cell.warning', { message: issueText(issue) })
      return issue.suggestion ? `${line} ${t('cell.suggested', { value: issue.suggestion })}` : line
    })
    .join('\n')
}

/**
 * The next row after `from` (before it when `step` is -1), among `rows` when given, that has a warning or an
 * error in any checked column; wraps around. Null when there is none.
 */
export function nextIssueRow(
  check: CheckResult,
  from: number,
  step: 1 | -1,
  rows: Uint32Array | null,
  rowCount: number,
): number | null {
  const total = rows ? rows.length : rowCount
  if (total === 0) return null
  const start = rows ? indexAtOrAfter(rows, from, step) : from
  for (let k = 1; k <= total; k++) {
    const at = (((start + step * k) % total) + total) % total
    const row = rows ? rows[at]! : at
    if (check.cellStates.some((states) => states[row]! > CELL_FIXED)) return row
  }
  return null
}

function indexAtOrAfter(rows: Uint32Array, row: number, step: 1 | -1): number {
  const lo = lowerBound(rows, row)
  return rows[lo] === row ? lo : step === 1 ? lo - 1 : lo
}

/**
 * The merge of a column's duplicates: each group keeps its first row, takes from the later rows the values
 * it lacks (first non-empty wins), and drops them. `cellOf(row, column)` reads a cell as it is now.
 */
export function duplicateMerge(
  check: CheckResult,
  mapped: number,
  columnIds: readonly string[],
  cellOf: (row: number, column: number) => string,
): { keep: number; drop: number[]; take: Record<string, number> }[] {
  const list = check.cellIssues
  const groups = new Map<number, number[]>()
  for (let i = 0; i < list.length; i++) {
    if (list.columnAt(i) !== mapped || list.kindAt(i).how !== 'duplicate') continue
    const first = list.extraAt(i)
    groups.set(first, [...(groups.get(first) ?? []), list.rowAt(i)])
  }
  return mergePlan(
    [...groups].map(([keep, drop]) => ({ keep, drop })),
    columnIds,
    cellOf,
  )
}
