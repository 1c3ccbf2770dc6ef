// Reads the metadata response a test hands in (zod: it is untrusted input) into what the server needs:
// objects by plural, fields by name, MANY_TO_ONE join columns, and the upsert conflict keys (id + isUnique).
// The raw nodes are kept so /metadata can answer with exactly what it was given.
import { z } from 'zod'
import { COMPOSITE_TYPES, columnName } from './composite-types'

const RawFieldSchema = z.looseObject({
  name: z.string().min(1),
  type: z.string().min(1),
  isUnique: z.boolean().nullish(),
  isNullable: z.boolean().nullish(),
  defaultValue: z.unknown().optional(),
  options: z.array(z.looseObject({ value: z.string() })).nullish(),
  settings: z.looseObject({ joinColumnName: z.string().optional() }).nullish(),
  relation: z
    .looseObject({
      type: z.string(),
      targetObjectMetadata: z.looseObject({ nameSingular: z.string(), namePlural: z.string() }),
    })
    .nullish(),
})

const RawObjectSchema = z.looseObject({
  nameSingular: z.string().min(1),
  namePlural: z.string().min(1),
  fieldsList: z.array(RawFieldSchema).optional(),
  fields: z.object({ edges: z.array(z.object({ node: RawFieldSchema })) }).optional(),
})

const MetadataResponseSchema = z.object({
  data: z.object({ objects: z.object({ edges: z.array(z.object({ node: RawObjectSchema })) }) }),
})

type RawField = z.infer<typeof RawFieldSchema>

export interface ServerField {
  readonly name: string
  readonly type: string
  readonly isUnique: boolean
  readonly isNullable: boolean
  readonly defaultValue: unknown
  /** Option values of a SELECT / MULTI_SELECT; null for other types. */
  readonly optionValues: readonly string[] | null
  readonly relation: {
    readonly type: string
    readonly targetSingular: string
    readonly targetPlural: string
    readonly joinColumn: string
  } | null
}

/** A key that identifies a record: a scalar field, or one subfield of a composite one. */
export interface KeyPath {
  readonly field: string
  readonly subfield: string | null
  /** `emails.primaryEmail`, as Twenty's conflict message prints it. */
  readonly fullPath: string
  /** `emailsPrimaryEmail`, as its connect message prints it. */
  readonly column: string
}

export interface ServerObject {
  readonly nameSingular: string
  readonly namePlural: string
  readonly fields: ReadonlyMap<string, ServerField>
  /** `companyId` -> the `company` MANY_TO_ONE field. */
  readonly joinColumns: ReadonlyMap<string, ServerField>
  readonly conflictKeys: readonly KeyPath[]
  readonly rawNode: Readonly<Record<string, unknown>>
  readonly rawFields: readonly Readonly<Record<string, unknown>>[]
}

export type ServerModel = ReadonlyMap<string, ServerObject>

// Every Twenty object has these even when a metadata answer leaves them out.
const IMPLICIT_FIELDS: readonly RawField[] = [
  { name: 'id', type: 'UUID', isUnique: true, isNullable: false },
  { name: 'createdAt', type: 'DATE_TIME' },
  { name: 'updatedAt', type: 'DATE_TIME' },
  { name: 'deletedAt', type: 'DATE_TIME' },
]

/** Throws on a malformed model: a broken test fixture is a programmer error. */
export function readWorkspaceModel(model: unknown): ServerModel {
  const parsed = MetadataResponseSchema.parse(model)
  const objects = new Map<string, ServerObject>()
  for (const { node } of parsed.data.objects.edges) {
    const { fieldsList, fields: fieldConnection, ...rawNode } = node
    const rawFields = fieldsList ?? fieldConnection?.edges.map((edge) => edge.node) ?? []
    const fields = new Map<string, ServerField>()
    for (const raw of [...IMPLICIT_FIELDS, ...rawFields]) fields.set(raw.name, toServerField(raw))
    const joinColumns = new Map<string, ServerField>()
    for (const field of fields.values()) {
      if (field.relation?.type === 'MANY_TO_ONE') joinColumns.set(field.relation.joinColumn, field)
    }
    objects.set(node.namePlural, {
      nameSingular: node.nameSingular,
      namePlural: node.namePlural,
      fields,
      joinColumns,
      conflictKeys: conflictKeysOf(fields),
      rawNode,
      rawFields,
    })
  }
  return objects
}

function toServerField(raw: RawField): ServerField {
  const target = raw.relation?.targetObjectMetadata
  return {
    name: raw.name,
    type: raw.type,
    isUnique: raw.isUnique === true,
    isNullable: raw.isNullable !== false,
    defaultValue: raw.defaultValue ?? null,
    optionValues: raw.options ? raw.options.map((option) => option.value) : null,
    relation:
      raw.relation && target
        ? {
            type: raw.relation.type,
            targetSingular: target.nameSingular,
            targetPlural: target.namePlural,
            joinColumn: raw.settings?.joinColumnName ?? `${raw.name}Id`,
          }
        : null,
  }
}

/** Contract 4.4 rule 1: id, then every isUnique field; a composite contributes its first unique subfield. */
function conflictKeysOf(fields: ReadonlyMap<string, ServerField>): KeyPath[] {
  const keys: KeyPath[] = []
  for (const field of fields.values()) {
    if (!field.isUnique) continue
    const composite = COMPOSITE_TYPES[field.type]
    if (composite && composite.uniqueSubfield === null) continue
    const subfield = composite ? composite.uniqueSubfield : null
    keys.push({
      field: field.name,
      subfield,
      fullPath: subfield === null ? field.name : `${field.name}.${subfield}`,
      column: columnName(field.name, subfield),
    })
  }
  return keys
}
