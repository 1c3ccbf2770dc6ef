// One file of a saved project, made ready the way the app left it: opened with its saved options, its recipe
// replayed (all of it on the same file; on a changed file, the steps that do not name rows, columns found again
// by name), then checked with the project's mapping and settings. Shared by `push <project>`, `migrate` and the
// app's project export, push, migration links and cross-file relation checks, so all see the same rows. An empty
// recipe leaves the table as it was read (no copy). A project a migration run planned carries that run's table cache (tableCacheOf): a file it read and
// has not changed since is not read again.
import { fixSourceFor } from '../../../shared/check/fix-source'
import { findTarget } from '../../../shared/model/list-targets'
import type { FieldTarget } from '../../../shared/fields/targets'
import type { ObjectModel, WorkspaceModel } from '../../../shared/model/workspace-model'
import { EditedTable } from '../../../shared/operations/edited-table'
import { replayRecipe, type SkippedStep } from '../../../shared/operations/replay'
import { columnMapByName, type ProjectFile, type ProjectSource } from '../../../shared/project/project-file'
import type { LoadedTable } from '../files/load-table'
import { fingerprintFile, sameSource, sourcePathOf } from './project-store'
import { tableCacheOf } from '../files/table-cache'
import { PIPELINE_FAILED, UserError } from '../ipc/user-error'
import { prepareCheck, type PreparedCheck, type WorkerPaths } from './prepare-check'

export interface PreparedSource {
  /** The source file's absolute path. */
  readonly path: string
  /** The source file differs from the version the recipe was made on. */
  readonly changed: boolean
  /** The sha-256 of the source file as it is now. */
  readonly source: string
  readonly applied: number
  readonly skipped: readonly SkippedStep[]
  readonly prepared: PreparedCheck
}

export async function prepareProjectSource(
  projectPath: string,
  project: ProjectFile,
  file: ProjectSource,
  model: WorkspaceModel,
  workers: WorkerPaths,
): Promise<PreparedSource> {
  const path = sourcePathOf(projectPath, file.path)
  const now = await fingerprintFile(path).catch(() => {
    throw new UserError(PIPELINE_FAILED, `The project's file ${path} cannot be read (moved or deleted?).`)
  })
  const changed = !sameSource(now, file.fingerprint)
  let skipped: readonly SkippedStep[] = []
  let applied = 0
  const settings = { ...project.settings, ...file.settings }
  const replay = (loaded: LoadedTable, _object: ObjectModel, targets: readonly FieldTarget[]): LoadedTable => {
    const edited = new EditedTable(loaded.table)
    const targetOf = (column: string) => {
      const fieldPath = file.mapping.columns[edited.columnName(column)]
      return fieldPath ? (findTarget(targets, fieldPath) ?? null) : null
    }
    const replayed = replayRecipe(edited, file.operations, {
      sameSource: !changed,
      ...(changed ? { columnMap: columnMapByName(file.columns, loaded.table.columns) } : {}),
      fixes: fixSourceFor(edited, targetOf, settings),
    })
    skipped = replayed.skipped
    applied = replayed.applied
    return { ...loaded, table: edited.materialize().table }
  }
  const tables = tableCacheOf(file) ?? tableCacheOf(project)
  const prepared = await prepareCheck({ file: path, object: file.mapping.object, ...settings }, workers, {
    model,
    open: file.open,
    mapping: file.mapping,
    ...(tables ? { load: tables.load } : {}),
    // Nothing to replay: the table is the file as read (materializing it would only copy every cell).
    ...(file.operations.length > 0 ? { edit: replay } : {}),
  })
  return { path, changed, source: now.sha256, applied, skipped, prepared }
}
