// Builds a WorkspaceModel from whatever metadata a Twenty server returned (GraphQL or REST, new or old shapes).
// Invariant: a structurally invalid response throws MetadataError naming the object/field; anything merely
// unsupported (unknown field type, odd relation) is left out of the model and reported in `warnings`.
import type { z } from 'zod'
import {
  describeIssues,
  NodeListSchema,
  RawFieldSchema,
  RawIndexFieldSchema,
  RawIndexSchema,
  RawObjectSchema,
  ServerErrorSchema,
  type RawField,
  type RawObject,
} from './metadata-response'
import {
  FieldTypeSchema,
  type FieldModel,
  type ObjectModel,
  type RelationModel,
  type WorkspaceModel,
} from './workspace-model'

/** A metadata response Preflight cannot read. `message` says what is wrong and where (object / field). */
export class MetadataError extends Error {
  override readonly name = 'MetadataError'
}

/** What parseWorkspaceMetadata returns: the model, and what it left out or assumed. */
export interface ParsedMetadata {
  readonly model: WorkspaceModel
  /** Things left out or assumed, one sentence each, naming the object and field (`person.foo: ...`). */
  readonly warnings: readonly string[]
}

/** Stock Twenty's unique fields, assumed when a response does not say (REST omits isUnique by default). */
const STOCK_UNIQUE_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['person', 'emails'],
  ['company', 'domainName'],
  ['workspaceMember', 'userEmail'],
]

type Json = { readonly [key: string]: unknown }

function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function objectList(json: unknown, warnings: string[]): unknown[] {
  if (!isJsonObject(json)) {
    throw new MetadataError(
      `Metadata response: expected a JSON object, got ${Array.isArray(json) ? 'an array' : typeof json}.`,
    )
  }
  const data = json['data']
  const candidate = isJsonObject(data) ? data['objects'] : Array.isArray(data) ? data : json['objects']
  const serverErrors = ServerErrorSchema.safeParse(json)
  if (candidate === undefined || candidate === null) {
    if (serverErrors.success)
      throw new MetadataError(`The server answered with an error: ${serverErrors.data.join('; ')}`)
    throw new MetadataError('Metadata response: no objects found (expected data.objects, objects, or data as a list).')
  }
  if (serverErrors.success) {
    warnings.push(`The server reported errors alongside the objects: ${serverErrors.data.join('; ')}`)
  }
  const list = NodeListSchema.safeParse(candidate)
  if (!list.success) {
    throw new MetadataError('Metadata response: objects: expected an array, or a connection { edges: [{ node }] }.')
  }
  const pageInfo = isJsonObject(candidate) ? candidate['pageInfo'] : json['pageInfo']
  if (isJsonObject(pageInfo) && pageInfo['hasNextPage'] === true) {
    warnings.push(
      'The response holds only the first page of objects (hasNextPage); objects on later pages are missing.',
    )
  }
  return list.data
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new MetadataError(`${where}: ${describeIssues(parsed.error)}`)
  return parsed.data
}

function nameOf(value: unknown, key: string): string | undefined {
  return isJsonObject(value) && typeof value[key] === 'string' ? value[key] : undefined
}

function relationOf(raw: RawField, where: string, warnings: string[]): RelationModel | null | 'skip' {
  const source = raw.relation ?? null
  const legacy = raw.relationDefinition ?? null
  const type = source?.type ?? legacy?.direction
  const targetObject = (source ?? legacy)?.targetObjectMetadata.nameSingular
  if (type === undefined || targetObject === undefined) {
    if (raw.type !== 'RELATION') return null
    warnings.push(`${where}: relation without a target (no relation or relationDefinition in the response); left out.`)
    return 'skip'
  }
  if (type !== 'MANY_TO_ONE' && type !== 'ONE_TO_MANY') {
    warnings.push(`${where}: relation type ${type} is not supported; left out.`)
    return 'skip'
  }
  if (type === 'ONE_TO_MANY') return { type, targetObject, joinColumn: '' }
  const joinColumnName = raw.settings?.['joinColumnName']
  const joinColumn = typeof joinColumnName === 'string' && joinColumnName !== '' ? joinColumnName : `${raw.name}Id`
  return { type, targetObject, joinColumn }
}

function fieldOf(value: unknown, where: string, warnings: string[]): { model: FieldModel; id: string | null } | null {
  const raw = parseWith(RawFieldSchema, value, where)
  const type = FieldTypeSchema.safeParse(raw.type)
  if (!type.success) {
    warnings.push(`${where}: field type ${raw.type} is not known to Preflight; left out.`)
    return null
  }
  const relation = relationOf(raw, where, warnings)
  if (relation === 'skip') return null
  const model: FieldModel = {
    name: raw.name,
    label: raw.label ?? raw.name,
    type: type.data,
    isNullable: raw.isNullable ?? true,
    isUnique: raw.isUnique ?? raw.name === 'id',
    isSystem: raw.isSystem ?? false,
    isCustom: raw.isCustom ?? false,
    isActive: raw.isActive ?? true,
    defaultValue: raw.defaultValue ?? null,
    options: (raw.options ?? []).map((o) => ({ value: o.value, label: o.label ?? o.value })),
    relation,
    settings: raw.settings ?? {},
  }
  return { model, id: raw.id ?? null }
}

/** Field ids covered alone by a unique index (an index over several fields makes none of them unique alone). */
function uniqueIndexFieldIds(raw: RawObject, where: string): Set<string> {
  const ids = new Set<string>()
  const indexes = raw.indexMetadataList ?? raw.indexMetadatas ?? []
  indexes.forEach((value, i) => {
    const index = parseWith(RawIndexSchema, value, `${where}, index [${i}]`)
    const fields = index.indexFieldMetadataList ?? index.indexFieldMetadatas ?? []
    if (index.isUnique !== true || fields.length !== 1) return
    ids.add(parseWith(RawIndexFieldSchema, fields[0], `${where}, index [${i}] field`).fieldMetadataId)
  })
  return ids
}

/** Every record has an id, even when a response leaves the field out. */
function idField(): FieldModel {
  return {
    name: 'id',
    label: 'Id',
    type: 'UUID',
    isNullable: false,
    isUnique: true,
    isSystem: true,
    isCustom: false,
    isActive: true,
    defaultValue: 'uuid',
    options: [],
    relation: null,
    settings: {},
  }
}

function objectOf(
  value: unknown,
  index: number,
  warnings: string[],
  sawUnique: { value: boolean },
): ObjectModel | null {
  const raw = parseWith(RawObjectSchema, value, `Object ${nameOf(value, 'nameSingular') ?? `[${index}]`}`)
  if (raw.isActive === false) return null
  const where = `Object ${raw.nameSingular}`
  const rawFields = raw.fieldsList ?? raw.fields
  if (rawFields === null || rawFields === undefined) {
    throw new MetadataError(
      `${where}: no fields in the response (ask for fieldsList, or fields(paging: { first: 1000 })).`,
    )
  }
  const uniqueIds = uniqueIndexFieldIds(raw, where)
  const fields: FieldModel[] = []
  rawFields.forEach((fieldValue, i) => {
    if (isJsonObject(fieldValue) && typeof fieldValue['isUnique'] === 'boolean') sawUnique.value = true
    const fieldWhere = `${raw.nameSingular}.${nameOf(fieldValue, 'name') ?? `fields[${i}]`}`
    const parsed = fieldOf(fieldValue, `Field ${fieldWhere}`, warnings)
    if (parsed === null) return
    if (fields.some((f) => f.name === parsed.model.name)) {
      warnings.push(`Field ${fieldWhere}: appears twice; the first is kept.`)
      return
    }
    const unique =
      parsed.model.isUnique || parsed.model.name === 'id' || (parsed.id !== null && uniqueIds.has(parsed.id))
    fields.push({ ...parsed.model, isUnique: unique })
  })
  if (uniqueIds.size > 0) sawUnique.value = true
  if (!fields.some((f) => f.name === 'id')) fields.unshift(idField())
  return {
    nameSingular: raw.nameSingular,
    namePlural: raw.namePlural,
    labelSingular: raw.labelSingular ?? raw.nameSingular,
    labelPlural: raw.labelPlural ?? raw.namePlural,
    isCustom: raw.isCustom ?? false,
    fields,
  }
}

function assumeStockUniqueness(objects: ObjectModel[], warnings: string[]): ObjectModel[] {
  const assumed: string[] = []
  const result = objects.map((o) => ({
    ...o,
    fields: o.fields.map((f) => {
      if (f.isCustom || !STOCK_UNIQUE_FIELDS.some(([obj, name]) => obj === o.nameSingular && name === f.name)) return f
      assumed.push(`${o.nameSingular}.${f.name}`)
      return { ...f, isUnique: true }
    }),
  }))
  const list = assumed.join(', ') || 'none present'
  warnings.push(`The response does not say which fields are unique (no isUnique); assumed stock Twenty's: ${list}.`)
  return result
}

/**
 * Reads Twenty's metadata into a WorkspaceModel. Accepts the GraphQL `objects` response
 * (`{ data: { objects: { edges: [{ node }] } } }`) with fields as `fieldsList` or `fields { edges }`, the REST
 * shapes (`{ data: { objects: [...] } }`, `{ data: [...] }`) and a bare `{ objects: [...] }`.
 * Lenient: missing isUnique -> false (or from a single-field unique index; stock unique fields assumed when
 * no field says), null options -> [], null settings -> {}, missing labels -> names. Inactive objects are left
 * out; inactive fields are kept with isActive false. Relations come from `relation` or the older
 * `relationDefinition`; the join column from settings.joinColumnName, else `<name>Id`.
 * @throws MetadataError when the response is not metadata, or an object/field lacks a required attribute.
 */
export function parseWorkspaceMetadata(json: unknown): ParsedMetadata {
  const warnings: string[] = []
  const sawUnique = { value: false }
  let objects: ObjectModel[] = []
  objectList(json, warnings).forEach((value, i) => {
    const parsed = objectOf(value, i, warnings, sawUnique)
    if (parsed === null) return
    if (objects.some((o) => o.nameSingular === parsed.nameSingular)) {
      warnings.push(`Object ${parsed.nameSingular}: appears twice; the first is kept.`)
      return
    }
    objects.push(parsed)
  })
  if (!sawUnique.value && objects.length > 0) objects = assumeStockUniqueness(objects, warnings)
  const known = new Set(objects.map((o) => o.nameSingular))
  for (const o of objects) {
    for (const f of o.fields) {
      const target = f.relation?.type === 'MANY_TO_ONE' ? f.relation.targetObject : null
      if (target === null || known.has(target) || !f.isActive || f.isSystem) continue
      warnings.push(
        `Field ${o.nameSingular}.${f.name}: relates to ${target}, which the response does not include; it cannot be linked.`,
      )
    }
  }
  return { model: { objects }, warnings }
}
