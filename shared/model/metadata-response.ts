// Zod schemas of Twenty's metadata responses (GraphQL /metadata, REST /rest/metadata/objects), as lenient as
// the servers are varied: optional attributes default, null options/settings are allowed. Lists are validated
// item by item by parse-metadata.ts so an error can name the object and field it is about.
import { z } from 'zod'

/** A list sent either as an array or as a GraphQL connection (`{ edges: [{ node }] }`); yields the nodes. */
export const NodeListSchema = z.union([
  z.array(z.unknown()),
  z.object({ edges: z.array(z.object({ node: z.unknown() })) }).transform((c) => c.edges.map((e) => e.node)),
])

const TargetObjectSchema = z.object({ nameSingular: z.string().min(1) })

/** 0.50+ servers: `relation { type targetObjectMetadata }`. */
export const RawRelationSchema = z.object({
  type: z.string(),
  targetObjectMetadata: TargetObjectSchema,
})

/** Pre-0.50 servers: `relationDefinition { direction targetObjectMetadata }`. */
export const RawRelationDefinitionSchema = z.object({
  direction: z.string(),
  targetObjectMetadata: TargetObjectSchema,
})

/** A SELECT / MULTI_SELECT option (id, color and position are not needed). */
export const RawOptionSchema = z.object({ value: z.string(), label: z.string().nullish() })

/** One field node; every attribute but name and type may be missing or null. */
export const RawFieldSchema = z.object({
  id: z.string().nullish(),
  name: z.string().min(1),
  type: z.string().min(1),
  label: z.string().nullish(),
  isNullable: z.boolean().nullish(),
  isUnique: z.boolean().nullish(),
  isSystem: z.boolean().nullish(),
  isCustom: z.boolean().nullish(),
  isActive: z.boolean().nullish(),
  defaultValue: z.unknown().optional(),
  options: z.array(RawOptionSchema).nullish(),
  settings: z.record(z.string(), z.unknown()).nullish(),
  relation: RawRelationSchema.nullish(),
  relationDefinition: RawRelationDefinitionSchema.nullish(),
})
export type RawField = z.infer<typeof RawFieldSchema>

/** One index node (`indexMetadataList`, older `indexMetadatas`). */
export const RawIndexSchema = z.object({
  isUnique: z.boolean().nullish(),
  indexFieldMetadataList: NodeListSchema.nullish(),
  indexFieldMetadatas: NodeListSchema.nullish(),
})

/** One field of an index. */
export const RawIndexFieldSchema = z.object({ fieldMetadataId: z.string() })

/** One object node; fields come as `fieldsList` or `fields` (array or connection). */
export const RawObjectSchema = z.object({
  nameSingular: z.string().min(1),
  namePlural: z.string().min(1),
  labelSingular: z.string().nullish(),
  labelPlural: z.string().nullish(),
  isCustom: z.boolean().nullish(),
  isActive: z.boolean().nullish(),
  fieldsList: NodeListSchema.nullish(),
  fields: NodeListSchema.nullish(),
  indexMetadataList: NodeListSchema.nullish(),
  indexMetadatas: NodeListSchema.nullish(),
})
export type RawObject = z.infer<typeof RawObjectSchema>

/** A GraphQL error body, or a REST error body (`{ statusCode, messages }`). */
export const ServerErrorSchema = z.union([
  z
    .object({ errors: z.array(z.object({ message: z.string() })).min(1) })
    .transform((b) => b.errors.map((e) => e.message)),
  z.object({ statusCode: z.number(), messages: z.array(z.string()) }).transform((b) => b.messages),
])

/** Turns zod issues into `path: message` lines, the path relative to `where`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '')
      return path === '' ? issue.message : `${path}: ${issue.message}`
    })
    .join('; ')
}
