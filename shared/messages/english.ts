// The engine's English: cell issues and fixes are worded from the message file's `cellIssue.<key>` and
// `cellFix.<key>` templates, the same the app renders in the user's language, so the English the CLI and
// exports keep and the app's English are one text. A key is the issue's code, or code.variant when the code
// is worded several ways (`NUMBER_INVALID.placeholder`).
// Invariant: the key's first segment is the code it words.
import en from '../../renderer/src/locales/en.json'
import { formatMessage, type MessageParams } from './message-format'

type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string]

/** A message key of a cell or column issue. */
export type IssueKey = Paths<typeof en.cellIssue>
/** A message key of a safe fix. */
export type FixKey = Paths<typeof en.cellFix>
/** A message key of a problem met while reading a file (a file warning, a notice, an open failure). */
export type FileIssueKey = Paths<typeof en.fileIssue>

type Messages = { readonly [key: string]: string | Messages }

/** The message at a dotted path of a message file, or undefined when there is none. */
export function messageAt(messages: Messages, path: string): string | undefined {
  let node: string | Messages | undefined = messages
  for (const segment of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[segment]
  }
  return typeof node === 'string' ? node : undefined
}

const ENGLISH = en as Messages

/** The English of `section.key` with its params filled; throws for a key the English file lacks (a bug). */
export function english(section: 'cellIssue' | 'cellFix', key: string, params: MessageParams): string {
  const messages = section === 'cellIssue' ? ISSUES : FIXES
  let message = messages.get(key)
  if (message === undefined) {
    message = messageAt(ENGLISH, `${section}.${key}`)
    if (message === undefined) throw new Error(`no English message ${section}.${key}`)
    messages.set(key, message)
  }
  return formatMessage(message, params, 'en')
}

/** The English of `fileIssue.<key>` with its params filled; throws for a key the English file lacks (a bug). */
export function englishFileIssue(key: FileIssueKey, params: MessageParams): string {
  const message = messageAt(ENGLISH, `fileIssue.${key}`)
  if (message === undefined) throw new Error(`no English message fileIssue.${key}`)
  return formatMessage(message, params, 'en')
}

// Found once per key: an issue is worded for every distinct value that has it.
const ISSUES = new Map<string, string>()
const FIXES = new Map<string, string>()

/** The code a message key words: the key up to its first dot. */
export function codeOf(key: string): string {
  const dot = key.indexOf('.')
  return dot < 0 ? key : key.slice(0, dot)
}
