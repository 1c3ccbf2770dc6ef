// Plain names for issue and fix codes, in the app's language (`issues.<CODE>` in the message files):
// what a person reads in the issue panel, filters, history and dry run. Codes stay in exports and the CLI.
// A code without a name (one added to the engine later) shows as itself rather than as nothing.
import { i18n, t } from '../../i18n'

export function issueName(code: string): string {
  const key = `issues.${code}`
  return i18n.global.te(key, 'en') ? t(key) : code
}
