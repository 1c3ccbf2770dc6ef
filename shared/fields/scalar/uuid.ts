// UUID cells -> canonical lower-case 8-4-4-4-12. Upper case, braces, `urn:uuid:` and missing dashes are fixes.
import { EMPTY_RESULT, errorResult, type CellFix, type CellResult } from '../cell-result'
import { cleanValue } from './clean-text'
import { FIX, ISSUE } from './codes'
import { fix, quote } from './wording'

const CANONICAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const DASHED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const BARE = /^[0-9a-f]{32}$/i
const WRAPPED = /^(?:\{(.*)\}|\((.*)\)|urn:uuid:(.*))$/i

/** Normalises a UUID cell. */
export function normalizeUuid(raw: string): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  if (CANONICAL.test(text)) return { value: text, issues: [], fixes: [] }
  const fixes: CellFix[] = []
  let id = text
  const wrapped = WRAPPED.exec(id)
  if (wrapped !== null) {
    id = (wrapped[1] ?? wrapped[2] ?? wrapped[3] ?? '').trim()
    fixes.push(fix(FIX.UUID_WRAPPER_REMOVED, `Removed the wrapper around ${quote(id)}.`))
  }
  if (BARE.test(id)) {
    id = `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`
    fixes.push(fix(FIX.UUID_DASHES_ADDED, 'Added the dashes of the standard UUID form.'))
  }
  if (!DASHED.test(id)) {
    return errorResult(ISSUE.UUID_INVALID, `${quote(text)} is not a UUID. Twenty ids look like c776ee49-f608-4a77-8cc8-6fe96ae1e43f; leave the cell empty to let Twenty create one.`)
  }
  if (id !== id.toLowerCase()) {
    id = id.toLowerCase()
    fixes.push(fix(FIX.UUID_LOWERCASED, 'Wrote the UUID in lower case.'))
  }
  return { value: id, issues: [], fixes }
}
