// Checks one sent value against its field's JSON shape (contract sections 3.2, 3.3 and 10.5-10.6),
// independently of the product's normalisers. Returns the 400 message, or null when the value is acceptable.
// Where Twenty's validators were read, their messages are used (UUID, RAW_JSON, e-mail).
import { inspect } from 'node:util'
import { z } from 'zod'
import { COMPOSITE_TYPES, type SubfieldKind } from './composite-types'
import { isPlainObject } from './http-io'
import type { ServerField } from './workspace-model'

// twenty-shared isValidUuid: versions 1-5, RFC 4122 variant; the nil UUID and v7 are refused.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
// zod's default e-mail rule, which Twenty's e-mail validators apply: an ASCII local part.
const EMAIL = z.email()
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/
const RATINGS = new Set(['RATING_1', 'RATING_2', 'RATING_3', 'RATING_4', 'RATING_5'])
const NOT_WRITABLE = new Set(['TS_VECTOR', 'FILES', 'MORPH_RELATION'])

export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value)
}

/** A record's own id (contract 10.5): a version 4 UUID. Returns the 400 message or null. */
export function checkRecordId(value: unknown): string | null {
  if (typeof value === 'string' && UUID_V4.test(value)) return null
  return `Invalid UUID value ${inspect(value)} for field "id": a record id must be a version 4 UUID`
}

export function checkFieldValue(field: ServerField, value: unknown): string | null {
  if (field.name === 'id')
    return value === null ? 'Invalid value for field "id": must not be null, got null' : checkRecordId(value)
  if (field.type === 'UUID' && value !== null && !isUuid(value))
    return `Invalid UUID value ${inspect(value)} for field "${field.name}"`
  if (field.type === 'RAW_JSON' && value !== null && !isRawJson(value))
    return `Invalid object value ${inspect(value)} for field "${field.name}"`
  if (field.type === 'EMAILS' && isPlainObject(value)) {
    const problem = emailsProblem(field.name, value)
    if (problem !== null) return problem
  }
  const problem = value === null ? (field.isNullable ? null : 'must not be null') : shapeProblem(field, value)
  return problem === null ? null : `Invalid value for field "${field.name}": ${problem}, got ${JSON.stringify(value)}`
}

function shapeProblem(field: ServerField, value: unknown): string | null {
  if (NOT_WRITABLE.has(field.type)) return `${field.type} fields cannot be written`
  const composite = COMPOSITE_TYPES[field.type]
  if (field.type === 'RICH_TEXT' && typeof value === 'string') return null
  if (composite !== undefined) return compositeProblem(field, composite.subfields, value)
  switch (field.type) {
    case 'TEXT':
      return typeof value === 'string' ? null : 'expected a string'
    case 'UUID':
      return isUuid(value) ? null : 'expected a UUID'
    case 'NUMBER':
    case 'POSITION':
      return isFiniteNumber(value) ? null : 'expected a number'
    case 'NUMERIC':
      return isFiniteNumber(value) || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
        ? null
        : 'expected a number'
    case 'BOOLEAN':
      return typeof value === 'boolean' ? null : 'expected true or false'
    case 'DATE':
      return isPlainDate(value) ? null : 'expected a date as YYYY-MM-DD'
    case 'DATE_TIME':
      return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : 'expected an ISO-8601 date-time with an offset'
    case 'SELECT':
      return typeof value === 'string' && isOption(field, value) ? null : 'expected one of the option values'
    case 'MULTI_SELECT':
      return Array.isArray(value) && value.every((item) => typeof item === 'string' && isOption(field, item))
        ? null
        : 'expected an array of option values'
    case 'RATING':
      return typeof value === 'string' && RATINGS.has(value) ? null : 'expected RATING_1 to RATING_5'
    case 'ARRAY':
      return isStringList(value) ? null : 'expected an array of strings'
    default:
      return null
  }
}

function compositeProblem(
  field: ServerField,
  subfields: Readonly<Record<string, SubfieldKind>>,
  value: unknown,
): string | null {
  if (!isPlainObject(value)) return 'expected an object with its subfields'
  for (const [name, subvalue] of Object.entries(value)) {
    const kind = subfields[name]
    if (kind === undefined) return `unknown subfield "${field.name}.${name}"`
    const problem = subvalue === null ? null : subfieldProblem(kind, subvalue)
    if (problem !== null) return `subfield "${field.name}.${name}" ${problem}`
  }
  return null
}

// validateRawJsonFieldOrThrow: an object or array, or a string that is itself JSON; never a bare number or boolean.
function isRawJson(value: unknown): boolean {
  if (typeof value === 'object') return true
  if (typeof value !== 'string') return false
  try {
    JSON.parse(value)
    return true
  } catch {
    return false
  }
}

function emailsProblem(fieldName: string, value: Record<string, unknown>): string | null {
  const emails = [
    { path: `${fieldName}.primaryEmail`, email: value['primaryEmail'] },
    ...(Array.isArray(value['additionalEmails']) ? value['additionalEmails'] : []).map((email: unknown) => ({
      path: `${fieldName}.additionalEmails`,
      email,
    })),
  ]
  for (const { path, email } of emails) {
    if (typeof email === 'string' && email !== '' && !EMAIL.safeParse(email).success) {
      return `Invalid string value ${inspect(email)} for email field "${path}"`
    }
  }
  return null
}

function subfieldProblem(kind: SubfieldKind, value: unknown): string | null {
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? null : 'expected a string'
    case 'integer':
      return Number.isSafeInteger(value) || (typeof value === 'string' && /^-?\d+$/.test(value))
        ? null
        : 'expected an integer'
    case 'number':
      return isFiniteNumber(value) ? null : 'expected a number'
    case 'uuid':
      return isUuid(value) ? null : 'expected a UUID'
    case 'json':
      return null
    case 'string-list':
      return isStringList(value) ? null : 'expected an array of strings'
    case 'link-list':
      return isListOf(value, (item) => typeof item['url'] === 'string') ? null : 'expected an array of { url, label }'
    case 'phone-list':
      return isListOf(value, (item) => typeof item['number'] === 'string')
        ? null
        : 'expected an array of { number, countryCode, callingCode }'
  }
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function isStringList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

function isListOf(value: unknown, test: (item: Record<string, unknown>) => boolean): boolean {
  return Array.isArray(value) && value.every((item) => isPlainObject(item) && test(item))
}

function isPlainDate(value: unknown): boolean {
  const match = typeof value === 'string' ? PLAIN_DATE.exec(value) : null
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function isOption(field: ServerField, value: string): boolean {
  return field.optionValues === null || field.optionValues.includes(value)
}
