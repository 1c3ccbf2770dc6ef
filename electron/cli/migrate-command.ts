// `preflight migrate <folder | file...> --workspace <url>`: a folder of CRM exports (HubSpot, Salesforce,
// Pipedrive, or any with id columns) planned as a project, `<out>/migration.preflight` (every file, mapping,
// recipe step and link; the app opens it), then pushed as `push <project>` pushes one: import order, one journal
// per file, rows keyed by their source ids, links resolved to the ids their rows' records got. An existing
// `<out>/migration.preflight` is reused as it is (the app's edits win; delete it to plan afresh), so a rerun, of
// the same folder or next week's export, continues from the journals and creates nothing twice.
// stdout: `{ files: [{ file, object, rows, created, updated, unchanged, failed, rejected }], links: { resolved,
// unresolved: [{ file, row, column, value }] }, created, updated, failed, rejected, journal }`; the unresolved
// links also go to `<out>/unresolved-links.csv` with why. Exit 0 all landed and linked, 1 rows rejected or
// failed or links unresolved, 2 could not run, 3 interrupted (run it again to continue).
// Notes and tasks exports: one note/task per row, then (after every file) one line per notes or tasks file for
// its targets (`object: 'noteTargets' | 'taskTargets'`, `rows`: the targets). Owner columns are matched to the
// workspace's members (an owner no member matches is an unresolved link). Preset columns the workspace cannot
// take (no noteTarget object, no owner relation) are said on stderr when the migration is planned.
// Each export is read once per run (a TableCache handed to the project): planned, then prepared and pushed from
// the same table, unless the file changed on disk meanwhile (then it is read again).
import { existsSync } from 'node:fs'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { ProjectFile } from '../../shared/project/project-file'
import type { WorkspaceModel } from '../../shared/model/workspace-model'
import { UserError } from '../main/ipc/user-error'
import { listExports, MIGRATION_PROJECT, planProject as planFolderProject } from '../main/migrate/plan-folder'
import { readProject, writeProject } from '../main/project/project-store'
import { attachTableCache, TableCache } from '../main/files/table-cache'
import { CliError } from './cli-args'
import { parseMigrateArgs, type MigrateArgs } from './migrate-args'
import { ProjectLinks, type UnresolvedLink } from '../main/migrate/migrate-links'
import { readModel, type WorkerPaths } from '../main/project/prepare-check'
import { pushProjectFiles, type FileReport } from '../main/push/push-project'
import { withTimeZoneFlag } from './push-args'
import { commandResult, type CommandResult } from './push-command'
import { createProgressReporter } from './push-progress'
import { openPushSession } from './push-workspace'

export { MIGRATION_PROJECT }

export async function runMigrateCommand(
  argv: readonly string[],
  workers: WorkerPaths,
  env: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  const args = parseMigrateArgs(argv)
  // As push: a first signal finishes the batches in flight, a second aborts them (the journal resends them).
  const stop = new AbortController()
  const hard = new AbortController()
  const onSignal = () => (stop.signal.aborted ? hard.abort() : stop.abort())
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    return await migrate(args, workers, env, stop.signal, hard.signal)
  } catch (error) {
    if (error instanceof UserError) throw new CliError(error.message)
    throw error
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

async function migrate(
  args: MigrateArgs,
  workers: WorkerPaths,
  env: NodeJS.ProcessEnv,
  stop: AbortSignal,
  hard: AbortSignal,
): Promise<CommandResult> {
  const { paths, folder } = await listInputs(args.inputs)
  const out = resolve(args.out ?? folder ?? dirname(paths[0]!))
  const projectPath = join(out, MIGRATION_PROJECT)
  const session = await openPushSession(args.workspace, env, !args.model)
  const model = session.model ?? (await readModel(args.model!))
  const saved = existsSync(projectPath) ? await readProject(projectPath) : null
  // The same command again (its --time-zone included) reuses the project it planned.
  const sameZone = saved !== null && args.timeZone !== undefined && saved.settings.timeZone === args.timeZone
  // One table cache for the run: each export is read once, to plan and to push (unless it changes meanwhile).
  const tables = new TableCache()
  const project = saved
    ? sameZone
      ? saved
      : withTimeZoneFlag(saved, args.timeZone, projectPath)
    : await planProject(paths, projectPath, args, model, workers, session.profile.baseUrl, tables)
  attachTableCache([project, ...project.files], tables)
  if (!saved) {
    await mkdir(out, { recursive: true })
    await writeProject(projectPath, project)
  } else
    process.stderr.write(
      `Using ${projectPath} as it is (its files, mappings and links; delete it to plan the exports afresh).\n`,
    )
  const journalDir = resolve(args.journal ?? `${projectPath}.push-journals`)
  const links = new ProjectLinks(projectPath, workers, args.dryRun)
  const options = {
    dryRun: args.dryRun,
    batchSize: args.batchSize,
    rate: args.rate,
    journalDir,
    outDir: out,
    stop,
    hard,
    links,
    progress: () => createProgressReporter(),
  }
  const { totals, files, fileWarnings, stopped } = await pushProjectFiles(
    projectPath,
    project,
    session,
    model,
    workers,
    options,
  )
  await writeUnresolved(join(out, 'unresolved-links.csv'), links.unresolved)
  const rows = files.map((f) => fileRow(f, links.rowsOf(f.id) ?? 0, args.dryRun))
  const sum = (key: 'created' | 'updated' | 'failed' | 'rejected') => rows.reduce((n, r) => n + r[key], 0)
  const report = {
    files: rows,
    links: {
      resolved: links.resolved,
      unresolved: links.unresolved.map(({ file, row, column, value }) => ({ file, row, column, value })),
    },
    created: sum('created'),
    updated: sum('updated'),
    failed: sum('failed'),
    rejected: sum('rejected'),
    journal: args.dryRun ? null : journalDir,
  }
  const result = commandResult(report, { ...totals, failed: sum('failed') }, stopped, args.dryRun, fileWarnings)
  return result.code === 0 && links.unresolved.length > 0 ? { ...result, code: 1 } : result
}

/** A file's line of the report, from a push's counts or a dry run's plan. */
function fileRow(f: FileReport, rows: number, dryRun: boolean) {
  const r = f.result as Record<string, number>
  const n = (key: string) => (typeof r[key] === 'number' ? r[key] : 0)
  const counts = dryRun
    ? {
        created: n('create'),
        updated: n('update') + n('restore'),
        unchanged: n('unchanged'),
        failed: n('refused'),
        rejected: n('rejected'),
      }
    : {
        created: n('created'),
        updated: n('updated'),
        unchanged: n('skipped'),
        failed: n('failed'),
        rejected: n('rejected'),
      }
  return { file: basename(f.path), object: f.object, rows, ...counts }
}

/** The export files: a folder's readable files (not what migrate writes), or the files given. */
async function listInputs(inputs: readonly string[]): Promise<{ paths: string[]; folder: string | null }> {
  if (inputs.length === 1) {
    const info = await stat(inputs[0]!).catch(() => null)
    if (info === null) throw new CliError(`${inputs[0]} does not exist.`)
    if (info.isDirectory()) {
      const folder = resolve(inputs[0]!)
      return { paths: await listExports(folder), folder }
    }
  }
  for (const input of inputs) {
    const info = await stat(input).catch(() => null)
    if (info === null || !info.isFile())
      throw new CliError(`${input} is not a file (give one folder, or export files).`)
  }
  return { paths: inputs.map((p) => resolve(p)), folder: null }
}

/**
 * Reads every export, plans the migration and makes the project (electron/main/migrate/plan-folder.ts, which the
 * app's "Migrate a folder…" plans through too); what the plan leaves out is said on stderr. Used by `migrate` and
 * the bench's migratePlanRatio.
 */
export function planProject(
  paths: readonly string[],
  projectPath: string,
  args: Pick<MigrateArgs, 'preset' | 'timeZone'>,
  model: WorkspaceModel,
  workers: WorkerPaths,
  baseUrl: string | null,
  tables = new TableCache(),
): Promise<ProjectFile> {
  return planFolderProject(paths, projectPath, args, model, workers, baseUrl, tables, {
    report: (line) => void process.stderr.write(`${line}\n`),
  })
}

/** The unresolved links with why, for the person fixing the export (removed when every link resolved). */
async function writeUnresolved(path: string, unresolved: readonly UnresolvedLink[]): Promise<void> {
  if (unresolved.length === 0) {
    if (existsSync(path)) await writeFile(path, 'File,Row,Column,Value,Why\n')
    return
  }
  const why: Record<UnresolvedLink['reason'], string> = {
    missing: 'No row of the linked file has this id or name.',
    ambiguous: 'More than one row of the linked file has this name: make it unique or link by id.',
    'other-object': 'This id belongs to another kind of record (its key prefix).',
    'not-landed': 'The row it names was rejected or refused, so it has no record to link to.',
    'not-member':
      'No member of the workspace has this name or email: the owner is left empty. Invite them to the workspace, or change the name to a member’s, and run migrate again.',
    'member-ambiguous': 'More than one member of the workspace has this name: write the member’s email instead.',
  }
  const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))
  const lines = unresolved.map((u) => [u.file, u.row, u.column, u.value, why[u.reason]].map(cell).join(','))
  await writeFile(path, `File,Row,Column,Value,Why\n${lines.join('\n')}\n`)
}
