// One zod input and output schema per channel. `satisfies` makes a channel missing here a compile error;
// main's handler map and the renderer's api type are derived from this object, so they cannot drift.
import { z } from 'zod'
import type { EventChannel, InvokeChannel } from './channels'
import { FileEventSchemas, OpenRequestSchema, RecentFileSchema } from '../files/open-file'
import {
  SetKeyRequestSchema,
  WorkspaceListSchema,
  WorkspaceModelSummarySchema,
  WorkspaceRefSchema,
  WorkspaceTestReportSchema,
} from '../workspace/workspace-connection'
import { WorkspaceDraftSchema, WorkspaceSummarySchema } from '../workspace/workspace-profile'
import { OpenedProjectSchema, ProjectDraftSchema } from '../project/project-file'
import { ProjectKeysRequestSchema, ProjectKeysSchema } from '../project/project-keys'
import { WorkspaceModelSchema } from '../model/workspace-model'
import { FixSheetInputSchema } from '../export/fix-sheet-input'
import { FixSheetReturnSchema } from '../export/fix-sheet-return'
import {
  ProjectExportProgressEventSchema,
  ProjectExportRequestSchema,
  ProjectExportResultSchema,
} from '../export/project-export'
import { LANGUAGES } from '../messages/languages'
import { MappingTemplateSchema, TemplateDraftSchema } from '../mapping/mapping-template'
import {
  MigrateFolderRequestSchema,
  MigrateFolderResultSchema,
  MigrateProgressEventSchema,
} from '../migrate/migrate-ipc'
import {
  ProjectPushDoneEventSchema,
  PushLookupEventSchema,
  PushUndoDoneEventSchema,
  PushUndoProgressEventSchema,
  PushUndoRequestSchema,
  ProjectUndoRequestSchema,
  ProjectPushProgressEventSchema,
  ProjectPushStartRequestSchema,
  PushDoneEventSchema,
  PushPlanRequestSchema,
  PushPlanSchema,
  PushProgressEventSchema,
  PushStartRequestSchema,
} from '../push/push-ipc'

interface ChannelSpec {
  readonly input: z.ZodType
  readonly output: z.ZodType
}

const none = z.object({}).strict()

export const invokeContract = {
  'app:info': {
    input: none,
    output: z.object({ version: z.string(), platform: z.string(), host: z.enum(['electron', 'browser-harness']) }),
  },
  /** The OS's preferred languages, best first (BCP 47 tags such as de-CH); the renderer picks its language from them. */
  'app:languages': {
    input: none,
    output: z.object({ languages: z.array(z.string().min(1).max(35)).max(50) }),
  },
  'file:pick': {
    input: none,
    output: z.object({ path: z.string().nullable() }),
  },
  'file:open': {
    input: OpenRequestSchema,
    output: z.object({ jobId: z.string(), name: z.string(), sizeBytes: z.number() }),
  },
  'file:cancel': {
    input: z.object({ jobId: z.string() }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'file:recent-list': {
    input: none,
    output: z.object({ files: z.array(RecentFileSchema) }),
  },
  'file:recent-remove': {
    input: z.object({ path: z.string() }).strict(),
    output: z.object({ files: z.array(RecentFileSchema) }),
  },
  // Workspace replies hold profiles, counts, names and times: no output field is filled from a key.
  'workspace:list': {
    input: none,
    output: WorkspaceListSchema,
  },
  'workspace:save': {
    input: WorkspaceDraftSchema,
    output: z.object({ workspace: WorkspaceSummarySchema }),
  },
  'workspace:remove': {
    input: WorkspaceRefSchema,
    output: WorkspaceListSchema,
  },
  'workspace:set-key': {
    input: SetKeyRequestSchema,
    output: z.object({ workspace: WorkspaceSummarySchema }),
  },
  'workspace:clear-key': {
    input: WorkspaceRefSchema,
    output: z.object({ workspace: WorkspaceSummarySchema, cleared: z.boolean() }),
  },
  'workspace:test': {
    input: WorkspaceRefSchema,
    output: WorkspaceTestReportSchema,
  },
  'workspace:model': {
    input: WorkspaceRefSchema,
    output: z.object({ model: WorkspaceModelSummarySchema.nullable() }),
  },
  // The cached data model of a workspace in full (fields, options, relations): the app maps and checks against it.
  'workspace:data-model': {
    input: WorkspaceRefSchema,
    output: z.object({ model: WorkspaceModelSchema.nullable(), fetchedAt: z.string().nullable() }),
  },
  // Which values of an object's unique field the workspace holds (read-only): relation targets checked live.
  'workspace:find-values': {
    input: z
      .object({
        workspaceId: z.string().min(1),
        object: z.string().min(1),
        field: z.string().min(1),
        subfield: z.string().min(1).nullable(),
        values: z.array(z.string()).max(20_000),
      })
      .strict(),
    output: z.object({ found: z.array(z.string()), unasked: z.array(z.string()) }),
  },
  // A null path asks where to save (a dialog); a null answer means the user cancelled it.
  'project:save': {
    input: z.object({ path: z.string().min(1).nullable(), draft: ProjectDraftSchema }).strict(),
    output: z.object({ path: z.string().nullable(), savedAt: z.string() }),
  },
  'project:open': {
    input: z.object({ path: z.string().min(1) }).strict(),
    output: OpenedProjectSchema,
  },
  // The unique values the project's other files will create (by object and field), for cross-file relation checks.
  'project:keys': {
    input: ProjectKeysRequestSchema,
    output: ProjectKeysSchema,
  },
  // Files for Twenty's import and the rejected rows' fix sheet, written into a folder (null: ask which).
  'export:write': {
    input: z
      .object({
        dir: z.string().min(1).nullable(),
        files: z.array(
          z.object({ name: z.string().regex(/^[\w.\- ]+\.csv$/, 'a plain .csv file name'), text: z.string() }),
        ),
        fixSheet: z
          .object({
            name: z.string().regex(/^[\w.\- ]+\.xlsx$/, 'a plain .xlsx file name'),
            input: FixSheetInputSchema,
          })
          .nullable(),
        /** The fix sheet's language (its problems come worded in it); default English. */
        language: z.enum(LANGUAGES).optional(),
      })
      .strict(),
    output: z.object({ dir: z.string().nullable(), paths: z.array(z.string()) }),
  },
  // Every file of a saved project as Twenty import files numbered in import order (main reads them as the
  // project says); progress as export:project-progress; nothing is written if it is cancelled.
  'export:project': {
    input: ProjectExportRequestSchema.extend({ language: z.enum(LANGUAGES).optional() }),
    output: ProjectExportResultSchema,
  },
  'export:project-cancel': {
    input: z.object({ jobId: z.string() }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'template:list': {
    input: none,
    output: z.object({
      templates: z.array(MappingTemplateSchema),
      invalid: z.array(z.object({ file: z.string(), reason: z.string() })),
    }),
  },
  'template:save': {
    input: TemplateDraftSchema.strict(),
    output: z.object({ template: MappingTemplateSchema }),
  },
  'template:remove': {
    input: z.object({ id: z.string().min(1) }).strict(),
    output: z.object({ removed: z.boolean() }),
  },
  // A dry run: which records already exist in the workspace (by their unique fields). Sends nothing that writes.
  // With a planId, the lookup's progress comes as push:lookup events and push:stop with that id cancels it.
  'push:plan': {
    input: PushPlanRequestSchema,
    output: PushPlanSchema,
  },
  // Starts (or, with a job id, continues) a push; progress and the outcome come as push:* events.
  'push:start': {
    input: PushStartRequestSchema,
    output: z.object({ jobId: z.string() }),
  },
  // Pushes (or with dryRun plans) every file of a saved project in import order (main reads them as the project
  // says); progress per file comes as push:project-progress, the end as push:project-done. Paused with push:stop.
  'push:project-start': {
    input: ProjectPushStartRequestSchema,
    output: z.object({ jobId: z.string() }),
  },
  // Undoes a file's pushes (or, with dryRun, says what that would do); events push:undo-progress and push:undo-done.
  'push:undo': {
    input: PushUndoRequestSchema,
    output: z.object({ jobId: z.string() }),
  },
  // Undoes every push of a saved project, last pushed file first (or, with dryRun, says what that would do); the
  // same events as push:undo.
  'push:undo-project': {
    input: ProjectUndoRequestSchema,
    output: z.object({ jobId: z.string() }),
  },
  // Pause (after the batches in flight) or cancel (hard: the requests in flight are aborted too).
  // A fix sheet the client sent back (null path: ask which file), read by row id against the expected headers.
  'fix-sheet:read': {
    input: z.object({ path: z.string().min(1).nullable(), headers: z.array(z.string()) }).strict(),
    output: z.object({ path: z.string().nullable(), result: FixSheetReturnSchema.nullable() }),
  },
  'push:stop': {
    input: z.object({ jobId: z.string(), hard: z.boolean() }).strict(),
    output: z.object({ stopping: z.boolean() }),
  },
  // "Migrate a folder…": plans the folder as `preflight migrate` does (or reuses its migration.preflight) and
  // resolves its links offline; progress as migrate:progress; migrate:cancel stops it between files.
  'migrate:folder': {
    input: MigrateFolderRequestSchema,
    output: MigrateFolderResultSchema,
  },
  'migrate:cancel': {
    input: z.object({ jobId: z.string() }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const satisfies Record<InvokeChannel, ChannelSpec>

export const eventContract = {
  ...FileEventSchemas,
  'push:progress': PushProgressEventSchema,
  'push:done': PushDoneEventSchema,
  'push:project-progress': ProjectPushProgressEventSchema,
  'push:project-done': ProjectPushDoneEventSchema,
  'push:lookup': PushLookupEventSchema,
  'push:undo-progress': PushUndoProgressEventSchema,
  'push:undo-done': PushUndoDoneEventSchema,
  'export:project-progress': ProjectExportProgressEventSchema,
  'migrate:progress': MigrateProgressEventSchema,
  // A file the OS asked the app to open (a double-clicked .preflight, the command line, a second launch).
  'app:open-path': z.object({ path: z.string().min(1) }),
} as const satisfies Record<EventChannel, z.ZodType>

export type InvokeInput<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['input']>
export type InvokeOutput<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['output']>
export type EventPayload<C extends EventChannel> = z.infer<(typeof eventContract)[C]>
