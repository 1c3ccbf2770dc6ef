// What crosses IPC for "Migrate a folder…" (migrate:folder): a folder of CRM exports planned as `preflight migrate`
// plans it (preset auto) into `<folder>/migration.preflight` (an existing one is reused as it is), and the links
// between its files as a dry run resolves them offline (a value names a row of the target file, or not). Per link:
// which file and column, which file and key it names, how many values were found of how many, and every value that
// names no row with its file, spreadsheet row (header counted) and column, for the links panel. Owner links (to
// workspace members) are matched against the connected workspace's members when it answers (read, never created),
// else listed as matched when pushing (`checked` false). Progress comes as migrate:progress
// events (one per file read, planned or checked); migrate:cancel with the job id stops between files.
import { z } from 'zod'

export const MigrateFolderRequestSchema = z
  .object({
    /** The folder of exports; null: ask which folder. */
    folder: z.string().min(1).nullable(),
    /** The workspace whose cached data model plans the files (and which the project remembers); null: stock model. */
    workspaceId: z.string().nullable(),
    /** Names the run for its progress events and for migrate:cancel. */
    jobId: z.string().regex(/^[a-z0-9-]{1,64}$/),
  })
  .strict()
export type MigrateFolderRequest = z.infer<typeof MigrateFolderRequestSchema>

/** Why a link value names no row it can link to (the CLI's unresolved-links.csv reasons); the last two: no member, or several, has that name or email. */
export const MIGRATE_UNRESOLVED_REASONS = [
  'missing',
  'ambiguous',
  'other-object',
  'not-landed',
  'not-member',
  'member-ambiguous',
] as const

export const MigrateUnresolvedSchema = z.object({
  /** The file's name (no folder). */
  file: z.string(),
  /** The project file id it belongs to (null: a join file read only for its links). */
  fileId: z.string().nullable(),
  /** The spreadsheet row, header counted (row 2 is the first data row). */
  row: z.number().int().positive(),
  column: z.string(),
  value: z.string(),
  reason: z.enum(MIGRATE_UNRESOLVED_REASONS),
})
export type MigrateUnresolved = z.infer<typeof MigrateUnresolvedSchema>

export const MigrateLinkSchema = z.object({
  /** The linking file: project file id, name and object (plural API name). */
  fromId: z.string(),
  fromFile: z.string(),
  fromObject: z.string(),
  /** The column holding the values (for a link through a join file: that file's name and column). */
  column: z.string(),
  /** The relation it fills (`company`, `pointOfContact`, a note target's `person`). */
  field: z.string(),
  /** The file whose rows the values name (`workspaceMembers` for an owner link: the workspace's members). */
  toId: z.string(),
  toFile: z.string(),
  toObject: z.string(),
  /** By the target's source id (`key`) or by its name. */
  by: z.enum(['key', 'name']),
  kind: z.enum(['relation', 'target', 'member']),
  /** False for an owner link when the workspace's members could not be read (no workspace, offline): matched at push. */
  checked: z.boolean().default(true),
  found: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** The values that name no row (at most 1,000 per link; `more` counts the rest). */
  unresolved: z.array(MigrateUnresolvedSchema),
  more: z.number().int().nonnegative(),
})
export type MigrateLink = z.infer<typeof MigrateLinkSchema>

export const MigrateFolderResultSchema = z.object({
  /** null: the user cancelled the folder dialog (nothing else is set then). */
  folder: z.string().nullable(),
  projectPath: z.string().nullable(),
  /** An existing migration.preflight was reused as it is (the app's edits win; delete it to plan afresh). */
  reused: z.boolean(),
  /** The project's files in import order. */
  files: z.array(
    z.object({ id: z.string(), name: z.string(), object: z.string(), rows: z.number().int().nonnegative() }),
  ),
  links: z.array(MigrateLinkSchema),
  /** Files and columns the plan left out, with why (the CLI says them on stderr). */
  notes: z.array(z.string()),
})
export type MigrateFolderResult = z.infer<typeof MigrateFolderResultSchema>

export const MigrateProgressSchema = z.object({
  phase: z.enum(['reading', 'planning', 'checking']),
  /** The file being read or checked (0-based), of `count`. */
  index: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  name: z.string(),
})
export type MigrateProgress = z.infer<typeof MigrateProgressSchema>
export const MigrateProgressEventSchema = MigrateProgressSchema.extend({ jobId: z.string() })
