// `preflight push`: checks the file (or every file of a project) as `check` does, sends its valid rows to a
// workspace through main's push pipeline (electron/main/push: push-prepared.ts, push-project.ts), and prints one
// JSON summary. Exit 0 all sent, 1 rows failed or rejected, 2 could not run, 3 interrupted (SIGINT/SIGTERM after
// the batches in flight; run the same command again to continue).
import { dirname, join } from 'node:path'
import type { FieldPolicy } from '../../shared/push/plan-diff'
import { findObject, type WorkspaceModel } from '../../shared/model/workspace-model'
import type { ProjectFile } from '../../shared/project/project-file'
import { UserError } from '../main/ipc/user-error'
import { prepareCheck, readModel, type WorkerPaths } from '../main/project/prepare-check'
import { pushPrepared, type PushedFile } from '../main/push/push-prepared'
import { filesInImportOrder, pushProjectFiles, type FileReport } from '../main/push/push-project'
import type { PushStop } from '../main/push/push-runner'
import { fingerprintFile, readProject } from '../main/project/project-store'
import { CliError } from './cli-args'
import {
  fillOnlyPolicy,
  fillOnlyUnknown,
  parsePushArgs,
  withTimeZoneFlag,
  type ProjectPushArgs,
  type PushArgs,
} from './push-args'
import { createProgressReporter } from './push-progress'
import { openPushSession } from './push-workspace'

export interface CommandResult {
  readonly code: 0 | 1 | 2 | 3
  /** The JSON printed on stdout, if any. */
  readonly report?: unknown
  /** One line for stderr, if any. */
  readonly message?: string
}

export async function runPushCommand(
  argv: readonly string[],
  workers: WorkerPaths,
  env: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  const args = parsePushArgs(argv)
  // First signal: finish the batches in flight, then stop. A second one aborts the requests in flight too
  // (safe: the journal resends that batch on its ids next time).
  const stop = new AbortController()
  const hard = new AbortController()
  const onSignal = () => (stop.signal.aborted ? hard.abort() : stop.abort())
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    if (args.command === 'push-project') return await pushProject(args, workers, env, stop.signal, hard.signal)
    return await pushFile(args, workers, env, stop.signal, hard.signal)
  } catch (error) {
    if (error instanceof UserError) throw new CliError(error.message)
    throw error
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

async function pushFile(
  args: PushArgs,
  workers: WorkerPaths,
  env: NodeJS.ProcessEnv,
  stop: AbortSignal,
  hard: AbortSignal,
): Promise<CommandResult> {
  const session = await openPushSession(args.workspace, env, !args.model)
  const prepared = await prepareCheck(args, workers, session.model ? { model: session.model } : {})
  // The version of the file the rows come from: an edited row of the same version keeps its record.
  const { sha256: source } = await fingerprintFile(args.file)
  const pushed = await pushPrepared(prepared, session, {
    dryRun: args.dryRun,
    batchSize: args.batchSize,
    rate: args.rate,
    journalPath: args.journal ?? `${args.file}.${prepared.object.namePlural}.push-journal`,
    outDir: args.out ?? dirname(args.file),
    source,
    stop,
    hard,
    policy: fillOnlyPolicy(args.fillOnly, prepared.object),
    language: args.lang,
    progress: () => createProgressReporter(),
  })
  return commandResult(pushed.report, pushed.counts, pushed.stopped, args.dryRun, pushed.fileWarnings)
}

/** `push <project.preflight>`: the project's files pushed in import order (main's pushProjectFiles). */
export async function pushProject(
  args: ProjectPushArgs,
  workers: WorkerPaths,
  env: NodeJS.ProcessEnv,
  stop: AbortSignal,
  hard: AbortSignal,
): Promise<CommandResult> {
  const saved = await readProject(args.file).catch((error: unknown) => {
    throw error instanceof UserError ? new CliError(error.message) : error
  })
  const project = withTimeZoneFlag(saved, args.timeZone, args.file)
  if (project.files.length === 0) throw new CliError(`The project ${args.file} has no files to push.`)
  const session = await openPushSession(args.workspace, env, !args.model)
  const model = session.model ?? (await readModel(args.model!))
  const journalDir = args.journal ?? `${args.file}.push-journals`
  const outDir = args.out ?? join(args.file, '..')
  const policies = fillOnlyPolicies(project, model, args.fillOnly)
  const options = {
    dryRun: args.dryRun,
    batchSize: args.batchSize,
    rate: args.rate,
    journalDir,
    outDir,
    stop,
    hard,
    language: args.lang,
    progress: () => createProgressReporter(),
    ...(policies ? { policies } : {}),
  }
  const { totals, files, fileWarnings, stopped, links } = await pushProjectFiles(
    args.file,
    project,
    session,
    model,
    workers,
    options,
  )
  return commandResult(
    { ...report(totals, journalDir, files, args.dryRun), ...(links ? { links } : {}) },
    totals,
    stopped,
    args.dryRun,
    fileWarnings,
  )
}

/** `--fill-only` per file of the project: the named fields its object has (each must exist in some file's object). */
function fillOnlyPolicies(
  project: ProjectFile,
  model: WorkspaceModel,
  fields: readonly string[],
): Record<string, Record<string, FieldPolicy>> | undefined {
  if (fields.length === 0) return undefined
  const objects = filesInImportOrder(project, model).map((file) => ({
    id: file.id,
    object: findObject(model, file.mapping.object)!,
  }))
  fillOnlyUnknown(
    fields,
    objects.map((o) => o.object),
  )
  const policies: Record<string, Record<string, FieldPolicy>> = {}
  for (const { id, object } of objects) {
    const policy = fillOnlyPolicy(fields, object, true)
    if (policy) policies[id] = policy
  }
  return policies
}

function report(totals: PushedFile['counts'], journal: string, files: readonly FileReport[], dryRun: boolean) {
  if (dryRun) {
    const plans = files.map(
      (f) => f.result as Record<'create' | 'update' | 'restore' | 'unchanged' | 'refused' | 'empty', number>,
    )
    const sum = (key: keyof (typeof plans)[number]) => plans.reduce((n, p) => n + p[key], 0)
    return {
      create: sum('create'),
      update: sum('update'),
      restore: sum('restore'),
      unchanged: sum('unchanged'),
      refused: sum('refused'),
      rejected: totals.rejected,
      empty: sum('empty'),
      journal: null,
      files,
    }
  }
  return { ...totals, journal, files }
}

/** Exit code and stderr line for a finished, planned or stopped push (1 too when a file had file-level warnings). */
export function commandResult(
  report: unknown,
  counts: PushedFile['counts'],
  stopped: PushStop | null,
  dryRun: boolean,
  fileWarnings = 0,
): CommandResult {
  const code = counts.failed > 0 || counts.rejected > 0 || fileWarnings > 0 ? 1 : 0
  if (stopped === null) return { code, report }
  switch (stopped.reason) {
    case 'aborted':
      return dryRun
        ? { code: 3, report, message: 'Interrupted before the plan was complete.' }
        : { code: 3, report, message: 'Interrupted: run the same command again to continue from the journal.' }
    case 'error':
      return { code: 2, message: `${stopped.message} Run the same command again to continue from the journal.` }
  }
}
