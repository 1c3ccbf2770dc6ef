// What crosses IPC for exporting a whole project from the app (main reads every file as the project says).
import { z } from 'zod'
import { FileWarningSchema } from '../files/open-file'

export const ProjectExportRequestSchema = z
  .object({
    projectPath: z.string().min(1),
    /** The workspace whose cached data model the files are checked with (null: the stock model). */
    workspaceId: z.string().nullable(),
    /** null: ask which folder. */
    dir: z.string().min(1).nullable(),
    /** Names the export for its progress events and for export:project-cancel. */
    jobId: z.string().regex(/^[a-z0-9-]{1,64}$/),
  })
  .strict()

export const ProjectExportResultSchema = z.object({
  /** null: the user cancelled the folder dialog. */
  dir: z.string().nullable(),
  paths: z.array(z.string()),
  files: z.array(
    z.object({
      name: z.string(),
      object: z.string(),
      records: z.number(),
      rejected: z.number(),
      /** Rows left out because every mapped cell was empty. */
      emptyRows: z.number().int().nonnegative(),
      /** Sentences about import files that leave checkbox columns out (importFileNotes). */
      notes: z.array(z.string()),
      /** Problems with the source file itself (a quote never closed, rows wider than the header). */
      fileWarnings: z.array(FileWarningSchema),
    }),
  ),
})
export type ProjectExportResult = z.infer<typeof ProjectExportResultSchema>

export const ProjectExportProgressSchema = z.object({
  index: z.number().int().nonnegative(),
  count: z.number().int().positive(),
  name: z.string(),
  phase: z.enum(['reading', 'writing']),
})
export type ProjectExportProgress = z.infer<typeof ProjectExportProgressSchema>
export const ProjectExportProgressEventSchema = ProjectExportProgressSchema.extend({ jobId: z.string() })
