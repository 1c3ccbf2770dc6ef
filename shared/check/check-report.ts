// The JSON report of `preflight check` (and the app's issue list): one entry per issue with the spreadsheet
// row number, the source column, the field path, and a summary. Keys are a public contract: keep them stable.
// Messages are in the language asked for (English, the engine's own wording, by default); codes never change.
import type { Language } from '../messages/languages'
import type { ColumnarTable } from '../table/columnar-table'
import type { CheckResult } from './check-table'
import { issueWording } from './issue-wording'
import type { ResolvedMapping } from './resolve-mapping'

export interface ReportIssue {
  /** Row number as a spreadsheet shows it (header counted); the header row for column-level issues. */
  readonly row: number
  readonly column: string
  /** Field path such as `emails.primaryEmail`, or null for a column not imported. */
  readonly field: string | null
  readonly code: string
  readonly severity: 'error' | 'warning'
  readonly message: string
  readonly value: string
  readonly suggestion?: string
}

export interface CheckReport {
  readonly object: string
  readonly rows: number
  readonly mapping: readonly { readonly column: string; readonly field: string | null }[]
  readonly issues: readonly ReportIssue[]
  readonly summary: {
    readonly errors: number
    readonly warnings: number
    readonly fixed: number
    readonly rowsWithErrors: number
  }
}

export function buildCheckReport(input: {
  readonly object: string
  readonly table: ColumnarTable
  readonly headerRow: number
  readonly resolved: ResolvedMapping
  readonly check: CheckResult
  /** The messages' language; default English. */
  readonly language?: Language
}): CheckReport {
  const { table, headerRow, resolved, check } = input
  const word = issueWording(input.language ?? 'en')
  const entry = (row: number, column: string, field: string | null, issue: Issue, value: string): ReportIssue => {
    const base = { row, column, field, code: issue.code, severity: issue.severity, message: word(issue), value }
    return issue.suggestion === undefined ? base : { ...base, suggestion: issue.suggestion }
  }
  const issues: ReportIssue[] = []
  for (const issue of resolved.issues) {
    issues.push(entry(headerRow, issue.column ?? '', issue.field, issue, issue.evidence.join(', ')))
  }
  for (const column of check.columns) {
    for (const issue of column.issues) {
      issues.push(entry(headerRow, column.mapped.name, column.mapped.target.path, issue, issue.evidence.join(', ')))
    }
  }
  for (const i of check.cellIssues.sortedOrder()) {
    const { row, mapped, raw, issue } = check.cellIssues.at(i)
    const column = check.columns[mapped]!.mapped
    issues.push(entry(table.sourceRow(row), column.name, column.target.path, issue, raw))
  }
  let rowsWithErrors = 0
  for (const flag of check.rowHasError) rowsWithErrors += flag
  return {
    object: input.object,
    rows: table.rowCount,
    mapping: resolved.choices.map((c) => ({ column: c.name, field: c.target?.path ?? null })),
    issues,
    summary: {
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
      fixed: check.fixedCells,
      rowsWithErrors,
    },
  }
}

/** What an entry is made from: a cell, column or mapping issue (worded again from its key and params when it has them). */
interface Issue {
  readonly code: string
  readonly severity: 'error' | 'warning'
  readonly message: string
  readonly suggestion?: string
  readonly key?: string
  readonly params?: Readonly<Record<string, string | number>>
}
