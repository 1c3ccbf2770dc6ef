// A cell or column issue's message, and a fix's, in the app's language. The engine reports a message key and
// params for what it words from the message files (shared/messages); those render in the current language
// through the same code the fix sheet and the CLI use. Anything else keeps its English wording.
import type { CellFix, CellIssue } from '../../../../shared/fields/cell-result'
import { fixIn, issueIn } from '../../../../shared/messages/catalogues'
import { currentLanguage } from '../../i18n'

export function issueText(issue: Pick<CellIssue, 'code' | 'message' | 'params' | 'key'>): string {
  return issueIn(issue, currentLanguage())
}

export function fixText(fix: Pick<CellFix, 'code' | 'message' | 'params' | 'key'>): string {
  return fixIn(fix, currentLanguage())
}
