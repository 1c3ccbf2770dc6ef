// UUID cells -> canonical lower-case 8-4-4-4-12. Upper case, braces, `urn:uuid:` and missing dashes are fixes.
// Invariant: a value is a UUID Twenty's server accepts: versions 1-5 with variant 8/9/a/b in a UUID field, and
// version 4 in a record's own `id` (contract 10.5: v7 and the nil UUID are refused).
import { EMPTY_RESULT, type CellFix, type CellResult } from '../cell-result'
import { cleanValue } from './clean-text'
import type { MessageParams } from '../../messages/message-format'
import { quote, wordedError, wordedFix } from './wording'

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
  const why = refusal(result.value)
  return wordedError(`UUID_VERSION_UNSUPPORTED.${why.variant}`, { value: quote(raw.trim()), ...why.params })
}

/** Normalises a record's own `id`: a version 4 UUID, the only kind Twenty's server takes for a new record's id. */
export function normalizeRecordId(raw: string): CellResult {
  const result = readUuid(raw)
  if (typeof result.value !== 'string' || acceptedVersion(result.value) === 4) return result
  const why = refusal(result.value)
  return wordedError(`RECORD_ID_NOT_V4.${why.variant}`, { value: quote(raw.trim()), ...why.params })
}

/** Why Twenty refuses a canonical UUID: the message variant (nil UUID, variant digit, version) and its params. */
function refusal(id: string): { readonly variant: 'nil' | 'variant' | 'version'; readonly params: MessageParams } {
  if (/^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(id)) return { variant: 'nil', params: {} }
  if (!'89ab'.includes(id[19]!)) return { variant: 'variant', params: { digit: id[19]! } }
  return { variant: 'version', params: { version: id[14]! } }
}

const DASHES_ADDED = wordedFix('UUID_DASHES_ADDED')
const LOWERCASED = wordedFix('UUID_LOWERCASED')

function readUuid(raw: string): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  if (CANONICAL.test(text)) return { value: text, issues: [], fixes: [] }
  const fixes: CellFix[] = []
  let id = text
  const wrapped = WRAPPED.exec(id)
  if (wrapped !== null) {
    id = (wrapped[1] ?? wrapped[2] ?? wrapped[3] ?? '').trim()
    fixes.push(wordedFix('UUID_WRAPPER_REMOVED', { value: quote(id) }))
  }
  if (BARE.test(id)) {
    id = `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`
    fixes.push(DASHES_ADDED)
  }
  if (!DASHED.test(id)) {
    return wordedError('UUID_INVALID', { value: quote(text) })
  }
  if (id !== id.toLowerCase()) {
    id = id.toLowerCase()
    fixes.push(LOWERCASED)
  }
  return { value: id, issues: [], fixes }
}
