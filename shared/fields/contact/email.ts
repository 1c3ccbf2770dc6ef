// The `email` normaliser (EMAILS primaryEmail), its verdict reader (email-verdict.ts) and the key the uniqueness
// check compares emails by.
// Invariant: a cell holding several addresses is an error (EMAIL_MULTIPLE), never silently cut to one.
import { EMPTY_RESULT, type CellFix, type CellResult } from '../cell-result'
import type { Normalizer } from '../column-context'
import { worded } from '../scalar/wording'
import { readEmail } from './email-read'
import { cleanCell, quote } from './text'

const ADDRESS_LIKE = /[^\s<>,;:"'()[\]]+@[^\s<>,;:"'()[\]]+/g

/**
 * Normalises one email address: trims, removes `mailto:` and a display name (`Ada <ada@x.io>`), lower-cases
 * (each a fix), and validates as Twenty does. A typo in a well-known domain (`gmial.com`, `.con`) is a warning
 * with a suggestion. Value: the address string, or null with EMAIL_INVALID / EMAIL_MULTIPLE.
 */
export const normalizeEmail: Normalizer = (raw) => {
  const { text, fix } = cleanCell(raw)
  if (text === '') return EMPTY_RESULT
  if (text.indexOf('@') !== text.lastIndexOf('@')) {
    const several = severalAddresses(text)
    if (several !== null) return several
  }
  const read = readEmail(text)
  if (read.kind === 'invalid') return { value: null, issues: [read.issue], fixes: [] }
  const fixes: CellFix[] = fix === null ? [...read.fixes] : [fix, ...read.fixes]
  return { value: read.email, issues: read.warnings, fixes }
}

function severalAddresses(text: string): CellResult | null {
  const found = text.match(ADDRESS_LIKE)
  if (found === null || found.length < 2) return null
  const first = readEmail(found[0])
  const issue = worded(
    'error',
    'EMAIL_MULTIPLE',
    { value: quote(text), n: found.length },
    first.kind === 'ok' ? first.email : undefined,
  )
  return { value: null, issues: [issue], fixes: [] }
}

/**
 * The key two emails are compared by for uniqueness (in the file and against the workspace): the normalised
 * address when the cell holds a valid one, otherwise the trimmed, lower-cased cell; '' for an empty cell.
 */
export function normalizeEmailKey(raw: string): string {
  const { text } = cleanCell(raw)
  if (text === '') return ''
  const read = readEmail(text)
  return read.kind === 'ok' ? read.email : text.toLowerCase()
}

/** normalizeEmail's verdict without its messages, for the bulk check (cell-verdict.ts). */
export { emailVerdict } from './email-verdict'
