// A problem met while reading a file, worded from the message files: its key and params travel with it (the app
// words it in the user's language) and its English `message` is worded from en.json's `fileIssue.<key>`, the
// text the CLI and tests read.
import { englishFileIssue, type FileIssueKey } from '../../../shared/messages/english'
import type { MessageParams } from '../../../shared/messages/message-format'
import { IngestError } from './worker-protocol'

export interface FileIssueWording {
  readonly message: string
  readonly key: FileIssueKey
  readonly params: Record<string, string | number>
}

/**
 * `key` worded in English from `params`. A count `n` stays a plain number in the params (each language writes
 * and picks its plural form from it); `englishN`, when given, is how the English writes it (`1,234`).
 */
export function fileIssue(key: FileIssueKey, params: MessageParams, englishN?: string): FileIssueWording {
  return {
    message: englishFileIssue(key, englishN === undefined ? params : { ...params, n: englishN }),
    key,
    params: { ...params },
  }
}

/** A failure with `code`, worded from `fileIssue.<key>`: its English message, and its key and params for the app. */
export function ingestError(code: string, key: FileIssueKey, params: MessageParams): IngestError {
  const { message, ...wording } = fileIssue(key, params)
  return new IngestError(code, message, wording)
}
