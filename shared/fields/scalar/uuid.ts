// UUID cells -> canonical lower-case 8-4-4-4-12. Upper case, braces, `urn:uuid:` and missing dashes are fixes.
// Invariant: a value is a UUID Twenty's server accepts: versions 1-5 with variant 8/9/a/b in a UUID field, and
// version 4 in a record's own `id` (contract 10.5: v7 and the nil UUID are refused).
import { EMPTY_RESULT, errorResult, type CellFix, type CellResult } from '../cell-result'
import { cleanValue } from './clean-text'
import { FIX, ISSUE } from './codes'
import { fix, quote } from './wording'

const CANONICAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const DASHED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const BARE = /^[0-9a-f]{32}$/i
const WRAPPED = /^(?:\{(.*)\}|\((.*)\)|urn:uuid:(.*))$/i

/** The version digit of a canonical UUID when it is one Twenty accepts in a UUID field (1-5, variant 8/9/a/b), else null. */
function acceptedVersion(id: string): number | null {
  const version = id.charCodeAt(14) - 48
  const variant = id[19]!
  return version >= 1 && version <= 5 && '89ab'.includes(variant) ? version : null
}

/** Normalises a UUID cell (a UUID field, or a relation by id): versions 1-5 only. */
export function normalizeUuid(raw: string): CellResult {
  const result = readUuid(raw)
  if (typeof result.value !== 'string' || acceptedVersion(result.value) !== null) return result
  return errorResult(ISSUE.UUID_VERSION_UNSUPPORTED, `${quote(raw.trim())} is not a UUID Twenty accepts: ${versionWords(result.value)}, and Twenty takes versions 1 to 5 only. Use the id the record has in the system it came from, or clear the cell.`)
}

/** Normalises a record's own `id`: a version 4 UUID, the only kind Twenty's server takes for a new record's id. */
export function normalizeRecordId(raw: string): CellResult {
  const result = readUuid(raw)
  if (typeof result.value !== 'string' || (acceptedVersion(result.value) === 4)) return result
  return errorResult(ISSUE.RECORD_ID_NOT_V4, `${quote(raw.trim())} cannot be a Twenty record id: ${versionWords(result.value)}, and Twenty takes only version 4 UUIDs as ids. Clear the cell to let Twenty create the id (the row then makes a new record), or give the record's Twenty id.`)
}

function versionWords(id: string): string {
  if (/^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(id)) return 'it is the nil UUID (all zeros)'
  if (!'89ab'.includes(id[19]!)) return `its variant digit is ${id[19]!} (not 8, 9, a or b)`
  return `it is a version ${id[14]!} UUID`
}

function readUuid(raw: string): CellResult {
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
