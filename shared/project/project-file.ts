// A Preflight project (`.preflight`): the source files by path and fingerprint, how each is opened, its
// target object, mapping, settings and recipe (the operation log). Never a copy of the client's data and
// never a key. Versioned and validated on load; a file of a newer version is refused with a clear message.
// A migration adds optional `source` and `links` per file (shared/migrate/migration-schema.ts): a project
// without them is read exactly as before, and the version stays 1.
import { z } from 'zod'
import { isTimeZone } from '../fields/scalar/date-zone'
import { OpenOptionsSchema } from '../files/open-file'
import { MappingFileSchema } from '../check/mapping-file'
import { OperationSchema } from '../operations/operation'
import { FileLinkSchema, FileSourceSchema } from '../migrate/migration-schema'

export const PROJECT_FORMAT = 'preflight-project'
export const PROJECT_VERSION = 1
export const PROJECT_EXTENSION = '.preflight'

/** What identifies a version of a source file: a changed file replays its recipe as a new version. */
export const FingerprintSchema = z.object({
  size: z.number().int().nonnegative(),
  modifiedMs: z.number().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
export type Fingerprint = z.infer<typeof FingerprintSchema>

export const FileSettingsSchema = z.object({
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  defaultCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** IANA zone date-times without an offset are read in; absent (files saved before it existed): this computer's. */
  timeZone: z
    .string()
    .refine(isTimeZone, 'not a time zone this computer knows (an IANA name such as Europe/Berlin)')
    .optional(),
  /**
   * The column (by header) whose values give each row's country, for national phone numbers and amounts, when no
   * column is mapped to a country field; it need not be imported.
   */
  countryColumn: z.string().min(1).optional(),
})
export type FileSettings = z.infer<typeof FileSettingsSchema>

export const ProjectSourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  /** Relative to the project file's folder when it lies beneath it, else absolute. */
  path: z.string().min(1),
  fingerprint: FingerprintSchema,
  open: OpenOptionsSchema.default({}),
  /** The columns of the version the recipe was made on (operations name columns by these ids). */
  columns: z.array(z.object({ id: z.string(), name: z.string() })),
  mapping: MappingFileSchema,
  settings: FileSettingsSchema.default({}),
  operations: z.array(OperationSchema).default([]),
  /** A migration's file: the column holding the source system's record id (the row key in the journal). */
  source: FileSourceSchema.optional(),
  /** A migration's columns naming other files' rows by source id or name, linked at push time. */
  links: z.array(FileLinkSchema).optional(),
})
export type ProjectSource = z.infer<typeof ProjectSourceSchema>

export const ProjectFileSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  name: z.string().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The workspace the project is meant for (its base URL only). */
  workspace: z.object({ baseUrl: z.string().url() }).nullable().default(null),
  settings: FileSettingsSchema.default({}),
  files: z
    .array(ProjectSourceSchema)
    .refine((files) => new Set(files.map((f) => f.id)).size === files.length, 'file ids must be unique'),
})
export type ProjectFile = z.infer<typeof ProjectFileSchema>

/** Reads a parsed JSON value as a project, or says in one sentence why it is not one. */
export function parseProjectFile(json: unknown): { ok: true; project: ProjectFile } | { ok: false; message: string } {
  if (typeof json === 'object' && json !== null && (json as { format?: unknown }).format === PROJECT_FORMAT) {
    const version = (json as { version?: unknown }).version
    if (typeof version === 'number' && version > PROJECT_VERSION) {
      return {
        ok: false,
        message: `it was saved by a newer Preflight (project version ${version}; this one reads ${PROJECT_VERSION}). Update Preflight to open it.`,
      }
    }
  } else return { ok: false, message: 'it is not a Preflight project (no "format": "preflight-project").' }
  const parsed = ProjectFileSchema.safeParse(json)
  if (parsed.success) return { ok: true, project: parsed.data }
  const first = parsed.error.issues[0]!
  return { ok: false, message: `${first.path.length > 0 ? `at ${first.path.join('.')}: ` : ''}${first.message}` }
}

/**
 * The columns of a recipe's version found again in a new version by name: recipe id -> new id. A column the
 * new version lacks maps to an id no table has (`missing: <name>`), so steps on it are skipped, never run on
 * whatever column now sits at its old position.
 */
export function columnMapByName(
  saved: readonly { id: string; name: string }[],
  current: readonly { id: string; name: string }[],
): Map<string, string> {
  const byName = new Map(current.map((c) => [c.name.toLowerCase(), c.id]))
  const map = new Map<string, string>()
  for (const column of saved) {
    const found = byName.get(column.name.toLowerCase())
    map.set(column.id, found ?? `missing: ${column.name}`)
  }
  return map
}

/**
 * What the renderer sends to save: the project without what only main can know (fingerprints, paths
 * relative to the project file, dates). Source paths are absolute here.
 */
export const ProjectDraftSchema = z.object({
  name: z.string().min(1),
  /** The workspace the project is prepared for (absent: keep the saved one). */
  workspace: z.object({ baseUrl: z.string().url() }).nullable().optional(),
  settings: FileSettingsSchema.default({}),
  files: z.array(
    ProjectSourceSchema.omit({ fingerprint: true }).extend({
      /** The recipe now belongs to the file as it is (replayed on a changed version): take its fingerprint anew. */
      rebased: z.boolean().default(false),
    }),
  ),
})
export type ProjectDraft = z.infer<typeof ProjectDraftSchema>

/** A project as opened: each file's absolute path and whether it changed since the recipe was made. */
export const OpenedProjectSchema = z.object({
  path: z.string(),
  project: ProjectFileSchema,
  files: z.array(z.object({ id: z.string(), path: z.string(), changed: z.boolean(), missing: z.boolean() })),
})
export type OpenedProject = z.infer<typeof OpenedProjectSchema>
