// Preflight's own view of a workspace's data model: objects, their fields and how each can be written.
// Built from Twenty's metadata (parse-metadata.ts) or the built-in stock model (default-model.ts).
import { z } from 'zod'

/** Twenty's FieldMetadataType values, newest and legacy (RICH_TEXT_V2, LINK, EMAIL, PHONE). */
export const FIELD_TYPES = [
  'ACTOR',
  'ADDRESS',
  'ARRAY',
  'BOOLEAN',
  'CURRENCY',
  'DATE',
  'DATE_TIME',
  'EMAILS',
  'FILES',
  'FULL_NAME',
  'LINKS',
  'MORPH_RELATION',
  'MULTI_SELECT',
  'NUMBER',
  'NUMERIC',
  'PHONES',
  'POSITION',
  'RATING',
  'RAW_JSON',
  'RELATION',
  'RICH_TEXT',
  'RICH_TEXT_V2',
  'SELECT',
  'TEXT',
  'TS_VECTOR',
  'UUID',
  'LINK',
  'EMAIL',
  'PHONE',
] as const
export const FieldTypeSchema = z.enum(FIELD_TYPES)
export type FieldType = z.infer<typeof FieldTypeSchema>

export const SelectOptionSchema = z.object({ value: z.string(), label: z.string() })
export type SelectOption = z.infer<typeof SelectOptionSchema>

export const RelationModelSchema = z.object({
  type: z.enum(['MANY_TO_ONE', 'ONE_TO_MANY']),
  /** nameSingular of the target object, e.g. `company`. */
  targetObject: z.string(),
  /** The join column written on create, e.g. `companyId` (MANY_TO_ONE only). */
  joinColumn: z.string(),
})
export type RelationModel = z.infer<typeof RelationModelSchema>

export const FieldModelSchema = z.object({
  /** API name (camelCase): the key in record JSON. */
  name: z.string(),
  label: z.string(),
  type: FieldTypeSchema,
  isNullable: z.boolean(),
  isUnique: z.boolean(),
  isSystem: z.boolean(),
  isCustom: z.boolean(),
  isActive: z.boolean(),
  /** As Twenty sends it: SQL-literal style for scalars (`"'NEW'"`), objects for composites. */
  defaultValue: z.unknown(),
  options: z.array(SelectOptionSchema),
  relation: RelationModelSchema.nullable(),
  settings: z.record(z.string(), z.unknown()),
})
export type FieldModel = z.infer<typeof FieldModelSchema>

export const ObjectModelSchema = z.object({
  nameSingular: z.string(),
  namePlural: z.string(),
  labelSingular: z.string(),
  labelPlural: z.string(),
  isCustom: z.boolean(),
  fields: z.array(FieldModelSchema),
})
export type ObjectModel = z.infer<typeof ObjectModelSchema>

export const WorkspaceModelSchema = z.object({ objects: z.array(ObjectModelSchema) })
export type WorkspaceModel = z.infer<typeof WorkspaceModelSchema>

/** Finds an object by singular or plural API name, or label, ignoring case. */
export function findObject(model: WorkspaceModel, name: string): ObjectModel | undefined {
  const key = name.trim().toLowerCase()
  return model.objects.find((o) =>
    [o.nameSingular, o.namePlural, o.labelSingular, o.labelPlural].some((n) => n.toLowerCase() === key),
  )
}
