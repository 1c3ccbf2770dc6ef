// A cell issue's message in the app's language. The engine reports code + params for the issues it can word
// again (shared/fields/cell-result.ts, CellIssue.params); those render from `cell.<CODE>` in the message
// files. Every other issue still carries only its English wording, shown as it is.
import type { CellIssue } from '../../../../shared/fields/cell-result'
import { i18n, t } from '../../i18n'

export function issueText(issue: Pick<CellIssue, 'code' | 'message' | 'params'>): string {
  const key = `cell.${issue.code}`
  return issue.params !== undefined && i18n.global.te(key, 'en') ? t(key, issue.params) : issue.message
}
