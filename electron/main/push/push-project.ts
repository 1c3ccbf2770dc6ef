// A project's push, as `preflight push <project.preflight>`, `preflight migrate` and the app run it: every file of a
// project in the order Twenty needs (companies before people before opportunities, custom objects by their
// relations), each opened as the project says, its recipe replayed (all of it on the same file; on a changed file,
// the steps that do not name rows), then checked with the project's mapping and pushed with its own journal
// (push-prepared.ts). Stops at the first file that stops. A migration's owners are matched to the workspace's
// members read first, and its note and task targets are pushed last (push-targets.ts), once every record they
// name landed. A file going to an object the data model lacks is a UserError PIPELINE_FAILED.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { filesInOrder, outputNamesOf } from '../../../shared/project/files-in-order'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import { findObject } from '../../../shared/model/workspace-model'
import { PushedKeys } from '../../../shared/push/pushed-keys'
import type { ProjectFile, ProjectSource } from '../../../shared/project/project-file'
import { PIPELINE_FAILED, UserError } from '../ipc/user-error'
import { sourcePathOf } from '../project/project-store'
import { prepareProjectSource } from '../project/prepare-project-source'
import type { WorkerPaths } from '../project/prepare-check'
import { pushPrepared, type ProgressReporter, type PushedFile, type PushSession } from './push-prepared'
import { ProjectLinks, type UnresolvedLink } from '../migrate/migrate-links'
import { readWorkspaceMembers } from '../migrate/migrate-members'
import { pushTargets } from './push-targets'
import type { PushProgress, PushStop } from './push-runner'
import type { LookupProgress } from './planning/find-existing'
import type { FieldPolicy } from '../../../shared/push/plan-diff'
import type { WorkspaceModel } from '../../../shared/model/workspace-model'
import type { Language } from '../../../shared/messages/languages'

export interface FileReport {
  readonly id: string
  readonly path: string
  readonly object: string
  readonly sourceChanged: boolean
  readonly recipe: {
    readonly applied: number
    readonly skipped: readonly { step: number; op: string; reason: string }[]
  }
  readonly result: PushedFile['report']
}

/** The project's files in import order (files of one object keep the project's order). */
export function filesInImportOrder(project: ProjectFile, model = DEFAULT_MODEL): ProjectSource[] {
  for (const file of project.files) {
    if (!findObject(model, file.mapping.object))
      throw new UserError(
        PIPELINE_FAILED,
        `The project's file ${file.path} goes to "${file.mapping.object}", which the data model does not have.`,
      )
  }
  return filesInOrder(project.files, model)
}

export interface ProjectPushOptions {
  readonly dryRun: boolean
  readonly batchSize: number | undefined
  readonly rate: number | undefined
  readonly journalDir: string
  readonly outDir: string
  readonly stop: AbortSignal
  readonly hard: AbortSignal
  /** Per file id, per field: how an update treats a value the workspace holds (default: overwrite). */
  readonly policies?: Readonly<Record<string, Readonly<Record<string, FieldPolicy>>>>
  /** A migration's source keys and links (default: made here when the project has any). */
  readonly links?: ProjectLinks
  /** The language of the rejected and failed rows' fix sheets and messages (default: English). */
  readonly language?: Language
  /** Makes each file's progress reporter when no event below takes its progress (the CLI's bar; default: none). */
  readonly progress?: () => ProgressReporter
}

/** What a project push tells as it goes (the app draws a bar per file from it; the CLI prints one bar). */
export interface ProjectPushEvents {
  /** The files in the order they will go, before the first is read. */
  readonly onPlan?: (files: readonly { id: string; path: string; object: string }[]) => void
  /** A file's rows are read and checked: `total` records will be sent. */
  readonly onFileReady?: (id: string, total: number) => void
  /** The file's records are being looked up in the workspace (values asked so far, of all). */
  readonly onFileLookup?: (id: string, progress: LookupProgress) => void
  readonly onFileProgress?: (id: string, progress: PushProgress) => void
  readonly onFileDone?: (report: FileReport) => void
}

/**
 * Pushes a project's files in import order, each prepared as the app left it, with its own journal under
 * `journalDir`; a relation to a record an earlier file landed goes by that record's id. Stops at the first file
 * that stops (`stopped` says why); running it again continues from the journals.
 */
export async function pushProjectFiles(
  projectPath: string,
  project: ProjectFile,
  session: PushSession,
  model: WorkspaceModel,
  workers: WorkerPaths,
  options: ProjectPushOptions,
  events: ProjectPushEvents = {},
): Promise<{
  totals: PushedFile['counts']
  files: FileReport[]
  fileWarnings: number
  stopped: PushStop | null
  links?: { resolved: number; unresolved: UnresolvedLink[] }
}> {
  let fileWarnings = 0
  const totals = { created: 0, updated: 0, failed: 0, rejected: 0, skipped: 0 }
  const files: FileReport[] = []
  if (!options.dryRun) await mkdir(options.journalDir, { recursive: true })
  const ordered = filesInImportOrder(project, model)
  events.onPlan?.(
    ordered.map((f) => ({
      id: f.id,
      path: sourcePathOf(projectPath, f.path),
      object: findObject(model, f.mapping.object)!.namePlural,
    })),
  )
  // Records each file lands, by unique key: a later file's relations to them are sent by id.
  const keys = new PushedKeys(model)
  // Two files of one object would write the same <object>-rejected.csv: name theirs after the file instead.
  const outNames = outputNamesOf(ordered, model)
  // A migration: rows keyed by their source ids, and links between files resolved to the ids their rows got.
  const links =
    options.links ?? (ProjectLinks.needed(project) ? new ProjectLinks(projectPath, workers, options.dryRun) : undefined)
  const linkReport = () => (links ? { links: { resolved: links.resolved, unresolved: links.unresolved } } : {})
  // Owner columns are matched to the workspace's members: read them once (paced GETs; never written).
  if (links && ProjectLinks.needsMembers(project))
    links.setMembers(await readWorkspaceMembers(session.connection, options.hard))
  for (const file of ordered) {
    const {
      path,
      changed,
      source,
      applied,
      skipped: skippedSteps,
      prepared,
    } = await prepareProjectSource(projectPath, project, file, model, workers)
    const rows = await links?.forFile(file, prepared)
    let total = 0
    for (const flag of prepared.check.rowHasError) total += flag ? 0 : 1
    events.onFileReady?.(file.id, total)
    const { onFileProgress: onProgress, onFileLookup: onLookup } = events
    const policy = options.policies?.[file.id]
    const pushed = await pushPrepared(prepared, session, {
      dryRun: options.dryRun,
      batchSize: options.batchSize,
      rate: options.rate,
      journalPath: join(options.journalDir, `${file.id}.${prepared.object.namePlural}.push-journal`),
      outDir: options.outDir,
      outName: outNames.get(file.id)!,
      source,
      stop: options.stop,
      hard: options.hard,
      keys,
      ...(rows ? { rows } : {}),
      ...(policy ? { policy } : {}),
      ...(options.language ? { language: options.language } : {}),
      ...(onProgress || onLookup
        ? {
            progress: () => ({
              update: (p: PushProgress) => onProgress?.(file.id, p),
              lookup: (p: LookupProgress) => onLookup?.(file.id, p),
              finish: () => undefined,
            }),
          }
        : options.progress
          ? { progress: options.progress }
          : {}),
    })
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += pushed.counts[key]
    const fileReport: FileReport = {
      id: file.id,
      path,
      object: prepared.object.namePlural,
      sourceChanged: changed,
      recipe: {
        applied,
        skipped: skippedSteps.map((s) => ({ step: s.index + 1, op: s.operation.op, reason: s.reason })),
      },
      result: pushed.report,
    }
    files.push(fileReport)
    events.onFileDone?.(fileReport)
    fileWarnings += pushed.fileWarnings
    if (pushed.stopped !== null) return { totals, files, fileWarnings, stopped: pushed.stopped, ...linkReport() }
  }
  // A migration's notes and tasks get their targets once every record they name has landed.
  if (links) {
    const targets = await pushTargets(links, model, session, options)
    for (const t of targets.files) {
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += t.counts[key]
      files.push({
        id: t.id,
        path: t.path,
        object: t.object,
        sourceChanged: false,
        recipe: { applied: 0, skipped: [] },
        result: t.result,
      })
    }
    if (targets.stopped !== null) return { totals, files, fileWarnings, stopped: targets.stopped, ...linkReport() }
  }
  return { totals, files, fileWarnings, stopped: null, ...linkReport() }
}
