// Every language's messages, for what words issues outside the app: the fix sheet (main) and the CLI. The app
// renders through the same functions, so a cell's message reads alike on screen, in a fix sheet and in a
// terminal. An issue without a key and params (or a key a file lacks) keeps its English `message`.
import de from '../../renderer/src/locales/de.json'
import en from '../../renderer/src/locales/en.json'
import es from '../../renderer/src/locales/es.json'
import fr from '../../renderer/src/locales/fr.json'
import pt from '../../renderer/src/locales/pt.json'
import ru from '../../renderer/src/locales/ru.json'
import type { CellFix, CellIssue } from '../fields/cell-result'
import { messageAt } from './english'
import type { Language } from './languages'
import { formatMessage, type MessageParams } from './message-format'

type Messages = { readonly [key: string]: string | Messages }

const FILES: Readonly<Record<Language, Messages>> = { en, ru, de, fr, es, pt }

/** The message at `path` in `language` (English when that file lacks it), params filled; undefined when no file has it. */
export function messageIn(language: Language, path: string, params: MessageParams = {}): string | undefined {
  const message = messageAt(FILES[language], path) ?? messageAt(FILES.en, path)
  return message === undefined ? undefined : formatMessage(message, params, language)
}

type Worded = Pick<CellIssue, 'code' | 'message' | 'params' | 'key'>

/** A cell or column issue's message in `language`. */
export function issueIn(issue: Worded, language: Language): string {
  if (issue.params === undefined || language === 'en') return issue.message
  return messageIn(language, `cellIssue.${issue.key ?? issue.code}`, issue.params) ?? issue.message
}

/** A safe fix's message in `language`. */
export function fixIn(fix: Pick<CellFix, 'code' | 'message' | 'params' | 'key'>, language: Language): string {
  if (fix.params === undefined || language === 'en') return fix.message
  return messageIn(language, `cellFix.${fix.key ?? fix.code}`, fix.params) ?? fix.message
}
