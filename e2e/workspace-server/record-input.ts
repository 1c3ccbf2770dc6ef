// Reads one record of a batch body against its object: every key must be a field, a MANY_TO_ONE join
// column (`companyId`) or a relation carrying `{ connect: { where } }` / `{ disconnect: true }`; each value is
// checked, then turned into what Twenty writes (field-transforms.ts). Connects are only read here (a where
// value must be a string, contract 10.8); relations.ts resolves them against the stored rows.
import { inspect } from 'node:util'
import { checkFieldValue, isUuid } from './field-values'
import { transformFieldValue, type TransformRules } from './field-transforms'
import { fail, isPlainObject, succeed, type Outcome } from './http-io'
import type { KeyPath, ServerField, ServerModel, ServerObject } from './workspace-model'

export interface ConnectRequest {
  readonly relation: ServerField
  readonly key: KeyPath
  readonly value: unknown
}

export interface RecordInput {
  /** Field values and join ids as sent (a disconnect is a null join id). */
  readonly values: Readonly<Record<string, unknown>>
  readonly connects: readonly ConnectRequest[]
}

export interface InputRules extends TransformRules {
  /** False: a server older than nested connect (join columns only). */
  readonly nestedConnect: boolean
}

const CURRENT_SERVER: InputRules = { nestedConnect: true, linksClearOnUpdate: false }

export function readRecordInput(
  object: ServerObject,
  model: ServerModel,
  record: unknown,
  rules: InputRules = CURRENT_SERVER,
): Outcome<RecordInput> {
  if (!isPlainObject(record)) return fail(400, `Each record must be an object, got ${JSON.stringify(record)}`)
  const values: Record<string, unknown> = {}
  const connects: ConnectRequest[] = []
  for (const [key, value] of Object.entries(record)) {
    if (object.joinColumns.has(key)) {
      if (value !== null && !isUuid(value)) {
        return fail(400, `Invalid value for field "${key}": expected a UUID, got ${JSON.stringify(value)}`)
      }
      values[key] = value
      continue
    }
    const field = object.fields.get(key)
    if (field === undefined) return fail(400, `Object ${object.nameSingular} doesn't have any "${key}" field.`)
    if (field.relation === null) {
      const problem = checkFieldValue(field, value)
      if (problem !== null) return fail(400, problem)
      const transformed = transformFieldValue(field, value, rules)
      if (!transformed.ok) return fail(400, transformed.message)
      values[key] = transformed.value
      continue
    }
    if (field.relation.type !== 'MANY_TO_ONE') {
      return fail(400, `Relation "${key}" (${field.relation.type}) cannot be written on ${object.nameSingular}`)
    }
    if (isPlainObject(value) && value['disconnect'] === true) {
      values[field.relation.joinColumn] = null
      continue
    }
    // A server older than nested connect knows the relation only by its join column.
    if (!rules.nestedConnect)
      return fail(
        400,
        `Invalid value for field "${key}": set ${field.relation.joinColumn} to the id of the ${key} instead`,
      )
    const connect = readConnect(field, model, value)
    if (!connect.ok) return connect
    connects.push(connect.value)
  }
  return succeed({ values, connects })
}

function readConnect(relation: ServerField, model: ServerModel, value: unknown): Outcome<ConnectRequest> {
  const where = isPlainObject(value) && isPlainObject(value['connect']) ? value['connect']['where'] : undefined
  const shape = `{ "${relation.name}": { "connect": { "where": { <unique field>: <value> } } } }`
  if (!isPlainObject(where) || Object.keys(where).length !== 1)
    return fail(400, `Relation "${relation.name}" expects ${shape}`)
  const target = relation.relation ? model.get(relation.relation.targetPlural) : undefined
  if (target === undefined)
    return fail(400, `Relation "${relation.name}" targets an object this workspace does not have`)
  const [fieldName, fieldValue] = Object.entries(where)[0] as [string, unknown]
  const key = target.conflictKeys.find((candidate) => candidate.field === fieldName)
  if (key === undefined) {
    return fail(
      400,
      `Cannot connect "${relation.name}" by "${fieldName}": not a unique field of ${target.nameSingular}`,
    )
  }
  if (key.subfield === null) return connectValue(relation, key, fieldValue)
  const subvalue = isPlainObject(fieldValue) ? fieldValue[key.subfield] : undefined
  if (subvalue === undefined) {
    return fail(
      400,
      `Cannot connect "${relation.name}" by "${fieldName}": expected { "${fieldName}": { "${key.subfield}": <value> } }`,
    )
  }
  return connectValue(relation, key, subvalue)
}

// Twenty builds the connect's WHERE from string values only.
function connectValue(relation: ServerField, key: KeyPath, value: unknown): Outcome<ConnectRequest> {
  if (typeof value !== 'string') {
    return fail(400, `Connect where value ${inspect(value)} for "${relation.name}.${key.fullPath}" must be a string`)
  }
  return succeed({ relation, key, value })
}
