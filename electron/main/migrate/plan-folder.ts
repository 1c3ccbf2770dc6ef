// Planning a folder of CRM exports as a migration project: which files it holds (the readable exports, never what
// migrate or a push wrote beside them), each read once (a few at a time, one parse worker each), the preset and
// links found (shared/migrate/plan-migration.ts), and the `.preflight` project made from the plan, paths relative
// to it when beneath it. `preflight migrate` (electron/cli/migrate-command.ts) and the app's "Migrate a folder…"
// (migrate-folder.ts) both plan through here, so a folder planned by either is the same project.
// Invariants: the tables read go with the project (attachTableCache), so preparing its files reads no file again
// that did not change; a file that cannot be read is named in the error (the first in order); a cancelled run
// (signal) stops before the next file is read and writes nothing.
import { readdir } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename, extname, join, parse, resolve } from 'node:path'
import { planMigration, type MigrationInputFile } from '../../../shared/migrate/plan-migration'
import { HUBSPOT, PIPEDRIVE, SALESFORCE, type Preset } from '../../../shared/migrate/presets'
import type { WorkspaceModel } from '../../../shared/model/workspace-model'
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectFile } from '../../../shared/project/project-file'
import { UserError } from '../ipc/user-error'
import { fingerprintFile, storedPath } from '../project/project-store'
import { attachTableCache, TableCache } from '../files/table-cache'

export const MIGRATION_PROJECT = 'migration.preflight'
export type PresetName = 'auto' | 'hubspot' | 'salesforce' | 'pipedrive'
const READABLE = new Set(['.csv', '.tsv', '.txt', '.xlsx', '.xls'])
/** What migrate and push write beside the exports: never read back as an export. */
const OUTPUTS = /(-rejected|-failed)\.(csv|xlsx)$|^unresolved-links\.csv$/i
const PRESETS: Record<Exclude<PresetName, 'auto'>, Preset> = {
  hubspot: HUBSPOT,
  salesforce: SALESFORCE,
  pipedrive: PIPEDRIVE,
}

/** The parse worker script the exports are read in. */
export interface PlanWorkers {
  readonly parse: string
}

export interface PlanOptions {
  /** Said for each file or column the plan leaves out (the CLI writes them to stderr, the app lists them). */
  readonly report?: (line: string) => void
  /** Stops before the next file is read (a UserError MIGRATE_CANCELLED). */
  readonly signal?: AbortSignal
  /** A file is being read (0-based index of `count`), then (index = count) the plan is being made. */
  readonly onProgress?: (progress: {
    phase: 'reading' | 'planning'
    index: number
    count: number
    name: string
  }) => void
}

/** A folder's export files, sorted by name: readable ones, not what migrate or a push wrote. */
export async function listExports(folder: string): Promise<string[]> {
  const dir = resolve(folder)
  const names = (await readdir(dir))
    .filter((name) => READABLE.has(extname(name).toLowerCase()) && !OUTPUTS.test(name))
    .sort()
  if (names.length === 0)
    throw new UserError(
      'MIGRATE_NO_EXPORTS',
      `The folder ${dir} holds no CSV, TSV, TXT, XLSX or XLS export to migrate.`,
    )
  return names.map((name) => join(dir, name))
}

/** Throws MIGRATE_CANCELLED once the signal is aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new UserError('MIGRATE_CANCELLED', 'The migration was cancelled; nothing was written.')
}

/**
 * Reads every export, plans the migration and makes the project (paths relative to it when beneath it). The exports
 * are read a few at a time (one parse worker each). The tables read go with the project (attachTableCache, on the
 * project and each of its files), so preparing its files and their links reads no file again that did not change.
 */
export async function planProject(
  paths: readonly string[],
  projectPath: string,
  args: { readonly preset: PresetName; readonly timeZone?: string | undefined },
  model: WorkspaceModel,
  workers: PlanWorkers,
  baseUrl: string | null,
  tables = new TableCache(),
  options: PlanOptions = {},
): Promise<ProjectFile> {
  const inputs: MigrationInputFile[] = []
  const { signal, onProgress } = options
  // Read a few at a time (one parse worker each), taken in order: the first file that cannot be read is the one said.
  const reads = inParallel(paths, availableParallelism(), (path) => {
    throwIfCancelled(signal)
    return tables.load(path, { workerPath: workers.parse })
  })
  for (const [i, path] of paths.entries()) {
    onProgress?.({ phase: 'reading', index: i, count: paths.length, name: basename(path) })
    const { table } = await reads[i]!.catch((error: unknown) => {
      if (signal?.aborted) throwIfCancelled(signal)
      throw error instanceof UserError ? new UserError(error.code, `${path}: ${error.message}`) : error
    })
    throwIfCancelled(signal)
    inputs.push({
      path,
      baseName: parse(path).name,
      columns: table.columns,
      rowCount: table.rowCount,
      cell: (row, column) => table.cell(row, column),
    })
  }
  onProgress?.({ phase: 'planning', index: paths.length, count: paths.length, name: '' })
  const plan = planMigration({ files: inputs, preset: args.preset === 'auto' ? 'auto' : PRESETS[args.preset], model })
  for (const left of plan.ignored) options.report?.(`Left out ${left.path}: ${left.reason}`)
  for (const left of plan.leftOut)
    options.report?.(`Left out the column "${left.column}" of ${left.path}: ${left.reason}`)
  if (plan.files.length === 0)
    throw new UserError(
      'MIGRATE_NOTHING',
      `None of the files is an export Preflight can migrate: ${plan.ignored.map((f) => `${basename(f.path)}: ${f.reason}`).join(' ')}`,
    )
  tables.keepOnly(
    plan.files.flatMap((file) => [file.path, ...file.links.flatMap((link) => (link.via ? [link.via.path] : []))]),
  )
  const now = new Date().toISOString()
  const label = { hubspot: 'HubSpot', salesforce: 'Salesforce', pipedrive: 'Pipedrive', other: 'CRM exports' }[
    plan.system
  ]
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
        links: file.links.map((link) =>
          link.via ? { ...link, via: { ...link.via, path: storedPath(projectPath, link.via.path) } } : link,
        ),
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
    const started = Promise.all(i >= limit ? [slots[i - limit]!] : []).then(() => {
      if (failed) throw new Error('An earlier file could not be read.')
      return run(item)
    })
    started.catch(() => void (failed = true))
    // The next read starts once this one settles, either way.
    slots.push(
      started.then(
        () => undefined,
        () => undefined,
      ),
    )
    return started
  })
  return out
}
