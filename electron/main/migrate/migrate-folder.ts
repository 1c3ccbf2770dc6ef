// The app's "Migrate a folder…": the folder planned exactly as `preflight migrate <folder>` plans it (preset auto,
// plan-folder.ts) into `<folder>/migration.preflight`, or that project reused as it is when it exists (the app's
// edits win; delete it to plan afresh), then its links resolved offline as the migrate's dry run resolves them
// (ProjectLinks, on each file prepared as the project says, in import order): per link how many values name a row
// of the target file, and each that does not with its file, spreadsheet row and column.
// Owner links (to workspace members) are matched against the members the caller read from the connected workspace
// (never created); without them (no workspace, offline) their line says they are matched at push time.
// Invariants: a cancelled run stops between files and, when it had planned afresh, writes no project; the project pipeline's
// failures without a code of their own (PIPELINE_FAILED) reach the app as MIGRATE_FAILED with the same words.
import { existsSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import type { WorkspaceMember } from '../../../shared/migrate/member-index'
import { MEMBERS_TARGET, type FileLink } from '../../../shared/migrate/migration-schema'
import {
  MIGRATE_UNRESOLVED_REASONS,
  type MigrateFolderResult,
  type MigrateLink,
  type MigrateProgress,
  type MigrateUnresolved,
} from '../../../shared/migrate/migrate-ipc'
import { findObject, type WorkspaceModel } from '../../../shared/model/workspace-model'
import type { ProjectFile, ProjectSource } from '../../../shared/project/project-file'
import { ProjectLinks, type LinkStats, type UnresolvedLink } from './migrate-links'
import type { WorkerPaths } from '../project/prepare-check'
import { prepareProjectSource } from '../project/prepare-project-source'
import { filesInImportOrder } from '../push/push-project'
import { isPipelineFailure, UserError } from '../ipc/user-error'
import { readProject, writeProject } from '../project/project-store'
import { TableCache } from '../files/table-cache'
import { listExports, MIGRATION_PROJECT, planProject, throwIfCancelled } from './plan-folder'

/** At most this many unresolved values per link cross to the app (the rest are counted). */
export const UNRESOLVED_PER_LINK = 1_000

export interface MigrateFolderOptions {
  readonly model: WorkspaceModel
  /** The workspace the project remembers (null: none yet). */
  readonly baseUrl: string | null
  readonly workers: WorkerPaths
  /** Reads the workspace's members owner links are matched against (only when the project has owner links); null when they cannot be read now (then matched at push). */
  readonly readMembers?: () => Promise<readonly WorkspaceMember[] | null>
  readonly signal?: AbortSignal
  readonly onProgress?: (progress: MigrateProgress) => void
}

/** Plans (or reuses) the folder's migration project and resolves its links offline. */
export async function migrateFolder(folder: string, options: MigrateFolderOptions): Promise<MigrateFolderResult> {
  try {
    return await run(resolve(folder), options)
  } catch (error) {
    if (isPipelineFailure(error)) throw new UserError('MIGRATE_FAILED', error.message)
    throw error
  }
}

async function run(folder: string, options: MigrateFolderOptions): Promise<MigrateFolderResult> {
  const { model, workers, signal, onProgress } = options
  const projectPath = join(folder, MIGRATION_PROJECT)
  const notes: string[] = []
  const reused = existsSync(projectPath)
  let project: ProjectFile
  if (reused) project = await readProject(projectPath)
  else {
    const paths = await listExports(folder)
    project = await planProject(
      paths,
      projectPath,
      { preset: 'auto' },
      model,
      workers,
      options.baseUrl,
      new TableCache(),
      {
        signal,
        report: (line) => notes.push(line),
        onProgress: (p) => onProgress?.(p),
      },
    )
  }
  const members = ProjectLinks.needsMembers(project) ? ((await options.readMembers?.()) ?? null) : null
  const summary = await linkSummary(projectPath, project, model, workers, signal, onProgress, members)
  // Written once everything above went through: a cancelled or failed run leaves no half-planned project.
  throwIfCancelled(signal)
  if (!reused) await writeProject(projectPath, project)
  return { folder, projectPath, reused, files: summary.files, links: summary.links, notes }
}

/** Each file prepared as the project says, in import order, and its links resolved as a dry run does. */
export async function linkSummary(
  projectPath: string,
  project: ProjectFile,
  model: WorkspaceModel,
  workers: WorkerPaths,
  signal?: AbortSignal,
  onProgress?: (progress: MigrateProgress) => void,
  members: readonly WorkspaceMember[] | null = null,
): Promise<Pick<MigrateFolderResult, 'files' | 'links'>> {
  const links = new ProjectLinks(projectPath, workers, true)
  if (members !== null) links.setMembers(members)
  const ordered = filesInImportOrder(project, model)
  const files: MigrateFolderResult['files'] = []
  for (const [index, file] of ordered.entries()) {
    throwIfCancelled(signal)
    const name = basename(file.path)
    onProgress?.({ phase: 'checking', index, count: ordered.length, name })
    const { prepared } = await prepareProjectSource(projectPath, project, file, model, workers)
    await links.forFile(file, prepared)
    files.push({
      id: file.id,
      name,
      object: prepared.object.namePlural,
      rows: links.rowsOf(file.id) ?? prepared.loaded.table.rowCount,
    })
  }
  // Note and task targets are counted once every file is indexed (the records they name may come later).
  links.targetRows(model)
  return { files, links: summarize(project, model, links.stats, links.unresolved, members !== null) }
}

interface Placed {
  readonly file: ProjectSource
  readonly link: FileLink
  readonly stats: LinkStats
  readonly out: MigrateUnresolved[]
  more: number
}

/**
 * One line per link, its unresolved values placed by the file and column they were read from. Owner links are
 * counted only when the members were read (`membersRead`); else their line says they are matched at push time.
 */
function summarize(
  project: ProjectFile,
  model: WorkspaceModel,
  stats: readonly LinkStats[],
  unresolved: readonly UnresolvedLink[],
  membersRead: boolean,
): MigrateLink[] {
  const byId = new Map(project.files.map((f) => [f.id, f]))
  const placed: Placed[] = []
  for (const s of stats) {
    const file = byId.get(s.file)
    if (file === undefined) continue
    const link = (file.links ?? []).find(
      (l) => l.field === s.field && l.target === s.target && columnOf(l) === s.column,
    )
    if (link === undefined) continue
    placed.push({ file, link, stats: s, out: [], more: 0 })
  }
  const reasons: ReadonlySet<string> = new Set(MIGRATE_UNRESOLVED_REASONS)
  for (const u of unresolved) {
    if (!reasons.has(u.reason)) continue
    // Without the members, every owner value would read as "no such member": they are matched at push instead.
    if (!membersRead && (u.reason === 'not-member' || u.reason === 'member-ambiguous')) continue
    const candidates = placed.filter((p) => readFrom(p).file === u.file && readFrom(p).column === u.column)
    const home =
      candidates.find((p) => p.link.prefix !== undefined && u.value.startsWith(p.link.prefix)) ?? candidates[0]
    if (home === undefined) continue
    if (home.out.length >= UNRESOLVED_PER_LINK) {
      home.more++
      continue
    }
    const fileId = home.link.via ? null : home.file.id
    home.out.push({
      file: u.file,
      fileId,
      row: u.row,
      column: u.column,
      value: u.value,
      reason: u.reason,
    })
  }
  const objectOf = (f: ProjectSource | undefined) =>
    f ? (findObject(model, f.mapping.object)?.namePlural ?? f.mapping.object) : ''
  return placed.map(({ file, link, stats: s, out, more }) => {
    const target = byId.get(link.target)
    const member = link.kind === 'member' || link.target === MEMBERS_TARGET
    return {
      fromId: file.id,
      fromFile: basename(file.path),
      fromObject: objectOf(file),
      column: s.column,
      field: link.field,
      toId: link.target,
      toFile: target ? basename(target.path) : link.target,
      toObject: member ? 'workspaceMembers' : objectOf(target),
      by: link.by,
      kind: member ? 'member' : link.kind === 'target' ? 'target' : 'relation',
      checked: !member || membersRead,
      found: s.resolved,
      total: s.total,
      unresolved: out,
      more,
    }
  })
}

/** The column a link's stats are named by (ProjectLinks.forFile): its own, or the join file's name and column. */
function columnOf(link: FileLink): string {
  return link.via ? `${basename(link.via.path)} ${link.via.to}` : link.column
}

/** Where a link's values are read: this file's column, or the join file's. */
function readFrom(p: Placed): { file: string; column: string } {
  return p.link.via
    ? { file: basename(p.link.via.path), column: p.link.via.to }
    : { file: basename(p.file.path), column: p.link.column }
}
