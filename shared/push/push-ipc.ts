// What crosses IPC for a push from the app: the records (API JSON, by row id) the renderer checked, the plan
// of a dry run, and the progress and outcome events of a push main runs with its journal.
// Only the IPC shape: the engine that plans, journals and sends is electron/main/push/, the renderer's push stores
// read these types.
import { z } from 'zod'
import { AppErrorSchema } from '../ipc/result'

const Json: z.ZodType<unknown> = z.unknown()
const JsonRecord = z.record(z.string(), Json)

export const PushTargetSchema = z.object({
  workspaceId: z.string().min(1),
  /** The object's plural API name, e.g. `people`. */
  object: z.string().min(1),
})

/**
 * Where a file's push journal lives, so a push survives a quit or a crash and any later push (from the app or the
 * CLI) continues it: beside the project (`<project>.push-journals/<file id>.<object>.push-journal`, as
 * `preflight push <project>` keeps it) or, for a file not saved in a project, beside the file
 * (`<file>.<object>.push-journal`, as `preflight push <file>` keeps it).
 */
export const PushJournalTargetSchema = z.union([
  z.object({ projectPath: z.string().min(1), fileId: z.string().regex(/^[a-z0-9-]{1,64}$/) }).strict(),
  z.object({ sourcePath: z.string().min(1) }).strict(),
])
export type PushJournalTarget = z.infer<typeof PushJournalTargetSchema>

/** A row to push: its row id, its line in the file, its identity across runs (shared/push/row-keys.ts) and its record. */
export const PushRowSchema = z.object({
  row: z.number().int().nonnegative(),
  line: z.number().int().nullable(),
  key: z.string().min(1),
  hash: z.string().min(1),
  alt: z.string().min(1).nullable(),
  record: JsonRecord,
})
export type PushRow = z.infer<typeof PushRowSchema>

export const PushPlanRequestSchema = PushTargetSchema.extend({
  journal: PushJournalTargetSchema,
  rows: z.array(PushRowSchema),
  /** Names the dry run's lookup: its progress comes as push:lookup events, and push:stop with it cancels it. */
  planId: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
}).strict()

/** How far the lookup of existing records has got (values asked of the workspace so far, of all to ask). */
export const LookupProgressSchema = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
})
export const PushLookupEventSchema = LookupProgressSchema.extend({ planId: z.string() })

/** Per field an update changes: overwrite the workspace's value, or only fill it where the workspace has none. */
export const FieldPolicySchema = z.enum(['overwrite', 'fill'])
/** Per field name, its policy (a field left out is overwritten). */
export const FieldPoliciesSchema = z.record(z.string().min(1), FieldPolicySchema)

export const PlannedActionSchema = z.enum(['create', 'update', 'restore', 'unchanged', 'refused'])

/**
 * Per row given: what the push would do (from the journal of earlier pushes, then a lookup by unique fields),
 * the record it updates, restores or left unchanged, and that record as the workspace holds it (to show what an
 * update would change, and to send its composite fields whole).
 */
export const PushPlanSchema = z.object({
  rows: z.array(
    z.object({
      action: PlannedActionSchema,
      id: z.string().nullable(),
      recognised: z.boolean(),
      changed: z.boolean(),
      message: z.string().optional(),
      current: JsonRecord.nullable(),
    }),
  ),
  /** The workspace did not show its deleted records: a create may restore one. */
  deletedUnknown: z.boolean(),
})

export const PushStartRequestSchema = PushTargetSchema.extend({
  journal: PushJournalTargetSchema,
  /** Only names the events; the journal (not the job) is what a later push continues. */
  jobId: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
  records: z.array(PushRowSchema.extend({ action: z.enum(['create', 'update', 'restore']).optional() })),
}).strict()

export const PushProgressEventSchema = z.object({
  jobId: z.string(),
  total: z.number(),
  sent: z.number(),
  failed: z.number(),
})
export const PushDoneEventSchema = z.object({
  jobId: z.string(),
  /** null: every batch is done; 'stopped': paused or cancelled (start again with the job id to continue). */
  stopped: z.enum(['stopped', 'error']).nullable(),
  error: AppErrorSchema.nullable(),
  outcomes: z.array(
    z.object({
      row: z.number(),
      status: z.enum(['sent', 'failed']),
      change: z.enum(['created', 'updated', 'restored', 'unchanged']),
      message: z.string().optional(),
    }),
  ),
})

/** A whole project pushed from the app: main reads every file as the project says, in import order. */
export const ProjectPushStartRequestSchema = z
  .object({
    workspaceId: z.string().min(1),
    projectPath: z.string().min(1),
    /** A project push stopped earlier: its events keep this id (the journals beside the project continue either way). */
    jobId: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/)
      .optional(),
    /** Plan only (what each file would do, what updates would change); sends nothing that writes. */
    dryRun: z.boolean().optional(),
    /** Per file id, per field: overwrite or only fill when empty, as chosen after the dry run. */
    policies: z.record(z.string().regex(/^[a-z0-9-]{1,64}$/), FieldPoliciesSchema).optional(),
  })
  .strict()

/** One file's dry run: what its rows would do, and per field how many updates change it. */
export const ProjectFilePlanSchema = z.object({
  create: z.number(),
  update: z.number(),
  restore: z.number(),
  unchanged: z.number(),
  refused: z.number(),
  rejected: z.number(),
  empty: z.number(),
  changes: z.array(z.object({ field: z.string(), count: z.number() })),
})
export type ProjectFilePlan = z.infer<typeof ProjectFilePlanSchema>

const CountsSchema = z.object({
  created: z.number(),
  updated: z.number(),
  failed: z.number(),
  rejected: z.number(),
  skipped: z.number(),
})

/**
 * One file's bar: waiting its turn, being read and checked, looking up its records in the workspace, sending,
 * done, planned (a dry run), or stopped part-way.
 */
export const ProjectPushFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The object's plural API name. */
  object: z.string(),
  state: z.enum(['waiting', 'preparing', 'looking', 'pushing', 'done', 'planned', 'stopped']),
  /** Records to send (rows without errors); null until the file is read. */
  total: z.number().nullable(),
  sent: z.number(),
  failed: z.number(),
  result: CountsSchema.extend({ linkedById: z.number().optional() }).nullable(),
  /** While its records are looked up: values asked so far, of all. */
  lookup: LookupProgressSchema.nullable().optional(),
  /** A dry run's plan of the file. */
  plan: ProjectFilePlanSchema.nullable().optional(),
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

/**
 * Undo a file's pushes from the app: with dryRun, what the rollback would do (reads only); else the rollback
 * itself (rollback-runner.ts), journaled and resumable, cancelled with push:stop. Progress comes as
 * push:undo-progress, the end as push:undo-done.
 */
export const PushUndoRequestSchema = PushTargetSchema.extend({
  journal: PushJournalTargetSchema,
  dryRun: z.boolean(),
  /** Roll back records changed in the workspace since the push too. */
  force: z.boolean().optional(),
  jobId: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
}).strict()

/** Undo every push of a project (its journals folder), the files in the reverse of the order they were pushed. */
export const ProjectUndoRequestSchema = z
  .object({
    workspaceId: z.string().min(1),
    projectPath: z.string().min(1),
    dryRun: z.boolean(),
    /** Roll back records changed in the workspace since the push too. */
    force: z.boolean().optional(),
    jobId: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/)
      .optional(),
  })
  .strict()

export const PushUndoProgressEventSchema = z.object({ jobId: z.string(), done: z.number(), total: z.number() })
export const PushUndoDoneEventSchema = z.object({
  jobId: z.string(),
  dryRun: z.boolean(),
  stopped: z.enum(['stopped', 'error']).nullable(),
  error: AppErrorSchema.nullable(),
  result: z
    .object({
      deleted: z.number(),
      restored: z.number(),
      skipped: z.number(),
      failed: z.number(),
      /** Records left alone or refused, with why. */
      notes: z.array(z.string()),
      /** Where the journals went once everything was taken back (the next push starts anew). */
      setAside: z.string().nullable(),
    })
    .nullable(),
})
