// Cross-file relation checks in a project: the unique values (a company's domain, a person's email, a custom
// object's unique field) the project's other files will create, so the open file's relation cells can be
// checked against them before anything is pushed. Main computes them (it reads the files and replays their
// recipes); the renderer only receives values, never file contents beyond them.
import { z } from 'zod'

/** One unique (sub)field of an object a relation can name: `company` by `domainName.primaryLinkUrl`. */
export const RelationKeySchema = z.object({
  object: z.string().min(1),
  field: z.string().min(1),
  subfield: z.string().min(1).nullable(),
})
export type RelationKey = z.infer<typeof RelationKeySchema>

export const ProjectKeysRequestSchema = z
  .object({
    /** The saved project file. */
    path: z.string().min(1),
    /** The file open in the app: its own values are not asked for. */
    exceptFileId: z.string().nullable(),
    /** The workspace whose cached data model the files are checked with (null: the stock model). */
    workspaceId: z.string().nullable(),
    keys: z.array(RelationKeySchema).max(64),
  })
  .strict()
export type ProjectKeysRequest = z.infer<typeof ProjectKeysRequestSchema>

export const ProjectKeySetSchema = RelationKeySchema.extend({
  /** The files of the project holding this object (names for messages). */
  files: z.array(z.string()),
  /** The values, as they will be sent (normalised), of the rows that will be imported (no errors). */
  values: z.array(z.string()),
})
export type ProjectKeySet = z.infer<typeof ProjectKeySetSchema>

export const ProjectKeysSchema = z.object({
  sets: z.array(ProjectKeySetSchema),
  /** Files that could not be read or checked, with why: their values are unknown. */
  problems: z.array(z.object({ file: z.string(), message: z.string() })),
})
export type ProjectKeys = z.infer<typeof ProjectKeysSchema>
