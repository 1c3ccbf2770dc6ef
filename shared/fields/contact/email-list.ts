// The `emailList` normaliser (EMAILS additionalEmails): a JSON array or a `,`/`;`/space separated list,
// each address read like a primary email. Invariant: value is a duplicate-free string[] or null on any error.
import { EMPTY_RESULT, type CellFix, type CellIssue } from '../cell-result'
import type { Normalizer } from '../column-context'
import { wordedError, wordedFix } from '../scalar/wording'
import { readEmail, type EmailRead } from './email-read'
import { itemError, readListCell } from './list-cell'
import { cleanCell, quote } from './text'

const PIECES = /[,;\n\r]+/
const SPACES = /\s+/

/** Reads the addresses of one `,`/`;` piece: `Ada <ada@x.io>` as one, `a@x.io b@y.io` as two. */
function readPiece(piece: string): readonly EmailRead[] {
  const whole = readEmail(piece)
  if (whole.kind === 'ok' || !SPACES.test(piece)) return [whole]
  const words = piece.split(SPACES).filter((w) => w !== '')
  const reads = words.map(readEmail)
  return reads.every((r) => r.kind === 'ok') ? reads : [whole]
}

/**
 * Normalises additional emails. Accepts `["a@x.io","b@y.io"]` or `a@x.io; b@y.io`. Each address gets the fixes
 * and checks of `email`; repeated addresses are dropped (fix EMAIL_DUPLICATE_REMOVED). Value: string[].
 * An invalid address makes the whole cell an error; a suspected typo is a warning whose suggestion is the
 * corrected list as JSON.
 */
export const normalizeEmailList: Normalizer = (raw) => {
  const { text, fix } = cleanCell(raw)
  if (text === '') return EMPTY_RESULT
  const cell = readListCell(text, false)
  if (cell.kind === 'badJson') return wordedError(`EMAIL_LIST_INVALID.${cell.reason}`, { value: quote(text) })
  const reads: EmailRead[] = []
  if (cell.kind === 'json') {
    for (const item of cell.items) {
      if (typeof item !== 'string') return wordedError('EMAIL_LIST_INVALID.notEmails', { value: quote(text) })
      const trimmed = item.trim()
      if (trimmed !== '') reads.push(readEmail(trimmed))
    }
  } else {
    for (const piece of text.split(PIECES)) {
      const trimmed = piece.trim()
      if (trimmed !== '') reads.push(...readPiece(trimmed))
    }
  }
  if (reads.length === 0) return EMPTY_RESULT

  const emails: string[] = []
  const fixes: CellFix[] = fix === null ? [] : [fix]
  const issues: CellIssue[] = []
  const fixCodes = new Set<string>()
  let hasError = false
  for (const read of reads) {
    if (read.kind === 'invalid') {
      hasError = true
      issues.push(itemError(read.issue))
      continue
    }
    if (emails.includes(read.email)) {
      fixes.push(wordedFix('EMAIL_DUPLICATE_REMOVED', { address: quote(read.email) }))
      continue
    }
    emails.push(read.email)
    for (const f of read.fixes) {
      if (!fixCodes.has(f.code)) fixes.push(f)
      fixCodes.add(f.code)
    }
    for (const w of read.warnings) {
      const corrected = emails.map((e) => (e === read.email ? (w.suggestion ?? e) : e))
      issues.push({ ...w, suggestion: JSON.stringify(corrected) })
    }
  }
  if (hasError) return { value: null, issues, fixes: [] }
  return { value: emails, issues, fixes }
}
