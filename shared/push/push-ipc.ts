// What crosses IPC for a push from the app: the records (API JSON, by row id) the renderer checked, the plan
// of a dry run, and the progress and outcome events of a push main runs with its journal.
import { z } from 'zod'
import { AppErrorSchema } from '../ipc/result'

const Json: z.ZodType<unknown> = z.unknown()
export const PushRecordSchema = z.object({ row: z.number().int().nonnegative(), record: z.record(z.string(), Json) })

export const PushTargetSchema = z.object({
  workspaceId: z.string().min(1),
  /** The object's plural API name, e.g. `people`. */
  object: z.string().min(1),
})

export const PushPlanRequestSchema = PushTargetSchema.extend({ records: z.array(z.record(z.string(), Json)) }).strict()
/**
 * Per record given, the id of the workspace record its unique fields already match (update), or null
 * (create); and that record as the workspace holds it, to show what an update would change.
 */
export const PushPlanSchema = z.object({ existing: z.array(z.string().nullable()), current: z.array(z.record(z.string(), Json).nullable()) })

export const PushStartRequestSchema = PushTargetSchema.extend({
  /** A job stopped earlier (paused): its journal continues, nothing is sent twice. */
  jobId: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
  records: z.array(PushRecordSchema),
}).strict()

export const PushProgressEventSchema = z.object({ jobId: z.string(), total: z.number(), sent: z.number(), failed: z.number() })
export const PushDoneEventSchema = z.object({
  jobId: z.string(),
  /** null: every batch is done; 'stopped': paused or cancelled (start again with the job id to continue). */
  stopped: z.enum(['stopped', 'error']).nullable(),
  error: AppErrorSchema.nullable(),
  outcomes: z.array(z.object({ row: z.number(), status: z.enum(['sent', 'failed']), message: z.string().optional() })),
})

/** A whole project pushed from the app: main reads every file as the project says, in import order. */
export const ProjectPushStartRequestSchema = z
  .object({
    workspaceId: z.string().min(1),
    projectPath: z.string().min(1),
    /** A project push stopped earlier: its events keep this id (the journals beside the project continue either way). */
    jobId: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
  })
  .strict()

const CountsSchema = z.object({ created: z.number(), updated: z.number(), failed: z.number(), rejected: z.number(), skipped: z.number() })

/** One file's bar: waiting its turn, being read and checked, sending, done, or stopped part-way. */
export const ProjectPushFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The object's plural API name. */
  object: z.string(),
  state: z.enum(['waiting', 'preparing', 'pushing', 'done', 'stopped']),
  /** Records to send (rows without errors); null until the file is read. */
  total: z.number().nullable(),
  sent: z.number(),
  failed: z.number(),
  result: CountsSchema.extend({ linkedById: z.number().optional() }).nullable(),
})
export type ProjectPushFile = z.infer<typeof ProjectPushFileSchema>

export const ProjectPushProgressEventSchema = z.object({ jobId: z.string(), files: z.array(ProjectPushFileSchema) })
export const ProjectPushDoneEventSchema = z.object({
  jobId: z.string(),
  stopped: z.enum(['stopped', 'error']).nullable(),
  error: AppErrorSchema.nullable(),
  files: z.array(ProjectPushFileSchema),
  /** Where the rejected and failed rows' files were written (the project's folder). */
  outDir: z.string(),
})
