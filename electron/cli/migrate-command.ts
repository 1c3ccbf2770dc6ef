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
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename, dirname, extname, join, parse, resolve } from 'node:path'
import { planMigration, type MigrationInputFile } from '../../shared/migrate/plan-migration'
import { HUBSPOT, PIPEDRIVE, SALESFORCE, type Preset } from '../../shared/migrate/presets'
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectFile } from '../../shared/project/project-file'
import type { WorkspaceModel } from '../../shared/model/workspace-model'
import { UserError } from '../main/ipc/user-error'
import { fingerprintFile, readProject, storedPath, writeProject } from '../main/services/project-store'
import { attachTableCache, TableCache } from '../main/services/table-cache'
import { CliError } from './cli-args'
import { parseMigrateArgs, type MigrateArgs } from './migrate-args'
import { ProjectLinks, type UnresolvedLink } from './migrate-links'
import { readModel, type WorkerPaths } from './prepare-check'
import { withTimeZoneFlag } from './push-args'
import type { CommandResult } from './push-command'
import { commandResult, openPushSession } from './push-prepared'
import { pushProjectFiles, type FileReport } from './push-project'

export const MIGRATION_PROJECT = 'migration.preflight'
const READABLE = new Set(['.csv', '.tsv', '.txt', '.xlsx', '.xls'])
/** What migrate and push write beside the exports: never read back as an export. */
const OUTPUTS = /(-rejected|-failed)\.(csv|xlsx)$|^unresolved-links\.csv$/i
const PRESETS: Record<Exclude<MigrateArgs['preset'], 'auto'>, Preset> = { hubspot: HUBSPOT, salesforce: SALESFORCE, pipedrive: PIPEDRIVE }

export async function runMigrateCommand(argv: readonly string[], workers: WorkerPaths, env: NodeJS.ProcessEnv): Promise<CommandResult> {
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

async function migrate(args: MigrateArgs, workers: WorkerPaths, env: NodeJS.ProcessEnv, stop: AbortSignal, hard: AbortSignal): Promise<CommandResult> {
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
  const project = saved ? (sameZone ? saved : withTimeZoneFlag(saved, args.timeZone, projectPath)) : await planProject(paths, projectPath, args, model, workers, session.profile.baseUrl, tables)
  attachTableCache([project, ...project.files], tables)
  if (!saved) {
    await mkdir(out, { recursive: true })
    await writeProject(projectPath, project)
  } else process.stderr.write(`Using ${projectPath} as it is (its files, mappings and links; delete it to plan the exports afresh).\n`)
  const journalDir = resolve(args.journal ?? `${projectPath}.push-journals`)
  const links = new ProjectLinks(projectPath, workers, args.dryRun)
  const options = { dryRun: args.dryRun, batchSize: args.batchSize, rate: args.rate, journalDir, outDir: out, stop, hard, links }
  const { totals, files, fileWarnings, stopped } = await pushProjectFiles(projectPath, project, session, model, workers, options)
  await writeUnresolved(join(out, 'unresolved-links.csv'), links.unresolved)
  const rows = files.map((f) => fileRow(f, links.rowsOf(f.id) ?? 0, args.dryRun))
  const sum = (key: 'created' | 'updated' | 'failed' | 'rejected') => rows.reduce((n, r) => n + r[key], 0)
  const report = {
    files: rows,
    links: { resolved: links.resolved, unresolved: links.unresolved.map(({ file, row, column, value }) => ({ file, row, column, value })) },
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
    ? { created: n('create'), updated: n('update') + n('restore'), unchanged: n('unchanged'), failed: n('refused'), rejected: n('rejected') }
    : { created: n('created'), updated: n('updated'), unchanged: n('skipped'), failed: n('failed'), rejected: n('rejected') }
  return { file: basename(f.path), object: f.object, rows, ...counts }
}

/** The export files: a folder's readable files (not what migrate writes), or the files given. */
async function listInputs(inputs: readonly string[]): Promise<{ paths: string[]; folder: string | null }> {
  if (inputs.length === 1) {
    const info = await stat(inputs[0]!).catch(() => null)
    if (info === null) throw new CliError(`${inputs[0]} does not exist.`)
    if (info.isDirectory()) {
      const folder = resolve(inputs[0]!)
      const names = (await readdir(folder)).filter((name) => READABLE.has(extname(name).toLowerCase()) && !OUTPUTS.test(name)).sort()
      if (names.length === 0) throw new CliError(`The folder ${folder} holds no CSV, TSV, TXT, XLSX or XLS export to migrate.`)
      return { paths: names.map((name) => join(folder, name)), folder }
    }
  }
  for (const input of inputs) {
    const info = await stat(input).catch(() => null)
    if (info === null || !info.isFile()) throw new CliError(`${input} is not a file (give one folder, or export files).`)
  }
  return { paths: inputs.map((p) => resolve(p)), folder: null }
}

/**
 * Reads every export, plans the migration and makes the project (paths relative to it when beneath it). Used by
 * `migrate` and the bench's migratePlanRatio. The exports are read a few at a time (one parse worker each). The
 * tables read go with the project (attachTableCache, on the project and each of its files), so preparing its files
 * and their links reads no file again that did not change.
 */
export async function planProject(paths: readonly string[], projectPath: string, args: Pick<MigrateArgs, 'preset' | 'timeZone'>, model: WorkspaceModel, workers: WorkerPaths, baseUrl: string | null, tables = new TableCache()): Promise<ProjectFile> {
  const inputs: MigrationInputFile[] = []
  // Read a few at a time (one parse worker each), taken in order: the first file that cannot be read is the one said.
  const reads = inParallel(paths, availableParallelism(), (path) => tables.load(path, { workerPath: workers.parse }))
  for (const [i, path] of paths.entries()) {
    const { table } = await reads[i]!.catch((error: unknown) => {
      throw error instanceof UserError ? new CliError(`${path}: ${error.message}`) : error
    })
    inputs.push({ path, baseName: parse(path).name, columns: table.columns, rowCount: table.rowCount, cell: (row, column) => table.cell(row, column) })
  }
  const plan = planMigration({ files: inputs, preset: args.preset === 'auto' ? 'auto' : PRESETS[args.preset], model })
  for (const left of plan.ignored) process.stderr.write(`Left out ${left.path}: ${left.reason}\n`)
  for (const left of plan.leftOut) process.stderr.write(`Left out the column "${left.column}" of ${left.path}: ${left.reason}\n`)
  if (plan.files.length === 0) throw new CliError(`None of the files is an export Preflight can migrate: ${plan.ignored.map((f) => `${basename(f.path)}: ${f.reason}`).join(' ')}`)
  tables.keepOnly(plan.files.flatMap((file) => [file.path, ...file.links.flatMap((link) => (link.via ? [link.via.path] : []))]))
  const now = new Date().toISOString()
  const label = { hubspot: 'HubSpot', salesforce: 'Salesforce', pipedrive: 'Pipedrive', other: 'CRM exports' }[plan.system]
  const project: ProjectFile = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: `Migration from ${label}`,
    createdAt: now,
    updatedAt: now,
    workspace: baseUrl === null ? null : { baseUrl },
    settings: args.timeZone ? { timeZone: args.timeZone } : {},
    files: await Promise.all(
      plan.files.map(async (file) => ({
        id: file.id,
        path: storedPath(projectPath, file.path),
        fingerprint: await fingerprintFile(file.path),
        open: {},
        columns: [...file.columns],
        mapping: file.mapping,
        settings: {},
        operations: file.operations,
        source: file.source,
        links: file.links.map((link) => (link.via ? { ...link, via: { ...link.via, path: storedPath(projectPath, link.via.path) } } : link)),
      })),
    ),
  }
  attachTableCache([project, ...project.files], tables)
  return project
}

/** `run` on every item, at most `limit` at a time, in order; a failure stops starting more. Results by index. */
function inParallel<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R>[] {
  let failed = false
  const slots: Promise<unknown>[] = []
  const out = items.map((item, i) => {
    const started = Promise.all(i >= limit ? [slots[i - limit]] : []).then(() => {
      if (failed) throw new Error('An earlier file could not be read.')
      return run(item)
    })
    started.catch(() => void (failed = true))
    // The next read starts once this one settles, either way.
    slots.push(started.then(() => undefined, () => undefined))
    return started
  })
  return out
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
    'not-member': 'No member of the workspace has this name or email: the owner is left empty. Invite them to the workspace, or change the name to a member’s, and run migrate again.',
    'member-ambiguous': 'More than one member of the workspace has this name: write the member’s email instead.',
  }
  const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))
  const lines = unresolved.map((u) => [u.file, u.row, u.column, u.value, why[u.reason]].map(cell).join(','))
  await writeFile(path, `File,Row,Column,Value,Why\n${lines.join('\n')}\n`)
}
