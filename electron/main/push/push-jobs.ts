// Pushes started from the app: a dry run (what the journal of earlier pushes and a lookup by unique fields say
// each row will do), and pushes run by the journaled engine with progress events. A file's journal lives beside
// its project (or beside the file), where the CLI keeps it too: a push paused, quit or crashed continues from it,
// so nothing is sent twice and no row is lost.
import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { basename, dirname, join, sep } from 'node:path'
import type { z } from 'zod'
import type {
  ProjectFilePlan,
  ProjectPushFile,
  PushJournalTarget,
  PushPlanSchema,
  PushRow,
} from '../../../shared/push/push-ipc'
import type { FieldPolicy } from '../../../shared/push/plan-diff'
import type { WorkerPaths } from '../project/prepare-check'
import { pushProjectFiles, type FileReport } from './push-project'
import { fingerprintFile, readProject, sourcePathOf } from '../project/project-store'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import { findObject, type ObjectModel, type WorkspaceModel } from '../../../shared/model/workspace-model'
import type { WorkspaceProfile } from '../../../shared/workspace/workspace-profile'
import type { Emit } from '../ipc/dispatch'
import type { CredentialStore } from '../storage/credential-store'
import { PIPELINE_FAILED, UserError } from '../ipc/user-error'
import { WorkspaceError } from '../workspace/workspace-errors'
import { WorkspaceModelCache } from '../workspace/workspace-model-cache'
import { WorkspaceProfiles } from '../workspace/workspace-profiles'
import { connectForPush } from './sending/batch-request'
import { findValues, type LookupProgress } from './planning/find-existing'
import { JournalCorruptError, RollbackPendingError } from './journal/push-journal'
import { planPush } from './planning/push-planning'
import { previousValues } from './rollback/rollback-previous'
import { runFolderRollback } from './rollback/rollback-folder'
import { runRollback, type RollbackResult } from './rollback/rollback-runner'
import { LegacyJournalError, runPush, type PushRecord } from './push-runner'
import { readWorkspaceMembers } from '../migrate/migrate-members'
import type { WorkspaceMember } from '../../../shared/migrate/member-index'

export interface PushJobsDeps {
  readonly dataDir: string
  readonly credentials: CredentialStore
  readonly emit: Emit
  /** The built parse and check workers: a project push reads and checks its files in them. */
  readonly workers: WorkerPaths
}

interface Running {
  readonly stop: AbortController
  readonly hard: AbortController
  /** The journal a single-file push or undo writes, or the journals folder of a project's (none for a dry run). */
  readonly journalPath?: string
}

/** How a project push goes: a dry run, or a push with per-file field policies chosen after one. */
export interface ProjectPushHow {
  readonly dryRun?: boolean
  readonly policies?: Readonly<Record<string, Readonly<Record<string, FieldPolicy>>>>
}

/** A file's dry-run report (push-prepared.ts) as the app's plan of it. */
function filePlanOf(report: FileReport['result']): ProjectFilePlan {
  const number = (key: string) => (typeof report[key] === 'number' ? report[key] : 0)
  const changes =
    typeof report['changes'] === 'object' && report['changes'] !== null
      ? (report['changes'] as Record<string, number>)
      : {}
  return {
    create: number('create'),
    update: number('update'),
    restore: number('restore'),
    unchanged: number('unchanged'),
    refused: number('refused'),
    rejected: number('rejected'),
    empty: number('empty'),
    changes: Object.entries(changes).map(([field, count]) => ({ field, count })),
  }
}

export class PushJobs {
  private readonly profiles: WorkspaceProfiles
  private readonly models: WorkspaceModelCache
  private readonly running = new Map<string, Running>()
  /**
   * Per journal, the records the last dry run found in the workspace, by row key: a push started after it journals
   * each existing record's previous values of the fields it changes, so a rollback can put them back.
   */
  private readonly planned = new Map<string, Map<string, Readonly<Record<string, unknown>>>>()

  constructor(private readonly deps: PushJobsDeps) {
    this.profiles = new WorkspaceProfiles(deps.dataDir)
    this.models = new WorkspaceModelCache(deps.dataDir)
  }

  /**
   * A dry run: each row's fate from the journal of earlier pushes of this file, then a lookup of the rest by
   * unique fields. Sends nothing that writes.
   */
  async plan(
    workspaceId: string,
    objectName: string,
    journal: PushJournalTarget,
    rows: readonly PushRow[],
    planId?: string,
  ): Promise<z.infer<typeof PushPlanSchema>> {
    const { connection, object } = await this.target(workspaceId, objectName)
    const { journalPath, source } = await this.journalOf(journal, object.namePlural)
    // A named plan can be cancelled with push:stop and tells how far its lookup has got.
    const control = { stop: new AbortController(), hard: new AbortController() }
    if (planId !== undefined) {
      if (this.running.has(planId)) throw new UserError('PUSH_RUNNING', 'This dry run is already running.')
      this.running.set(planId, control)
    }
    const onProgress =
      planId === undefined
        ? undefined
        : (p: LookupProgress) => this.deps.emit('push:lookup', { planId, done: p.done, total: p.total })
    const planned = await planPush({
      connection,
      object,
      journalPath,
      source,
      rows: rows.map(({ row, line, record, key, hash, alt }) => ({ row, line, record, identity: { key, hash, alt } })),
      lookup: { signal: control.hard.signal, onProgress },
    })
      .catch((error: unknown) => {
        if (control.hard.signal.aborted) throw new UserError('PUSH_CANCELLED', 'The dry run was cancelled.')
        return rethrowJournalError(error)
      })
      .finally(() => planId !== undefined && this.running.delete(planId))
    const currents = new Map<string, Readonly<Record<string, unknown>>>()
    planned.rows.forEach((p, i) => p.current !== null && currents.set(rows[i]!.key, p.current))
    this.planned.set(journalPath, currents)
    return {
      rows: planned.rows.map((p) => ({
        action: p.action,
        id: p.id,
        recognised: p.recognised,
        changed: p.changed,
        ...(p.message ? { message: p.message } : {}),
        current: p.current ? { ...p.current } : null,
      })),
      deletedUnknown: planned.deletedUnknown,
    }
  }

  /**
   * Pushes the rows with the file's journal (beside its project or the file): a push stopped by a pause, a quit
   * or a crash continues from it, whatever job started it, and nothing is created twice.
   */
  async start(
    workspaceId: string,
    objectName: string,
    journal: PushJournalTarget,
    records: readonly PushRecord[],
    jobId: string = randomUUID(),
  ): Promise<{ jobId: string }> {
    if (this.running.has(jobId)) throw new UserError('PUSH_RUNNING', 'This push is already running.')
    const { connection, object, profile } = await this.target(workspaceId, objectName)
    const { journalPath, source } = await this.journalOf(journal, object.namePlural)
    if (this.busyWith(journalPath)) throw new UserError('PUSH_RUNNING', 'This file is already being pushed.')
    await mkdir(dirname(journalPath), { recursive: true })
    const control = { stop: new AbortController(), hard: new AbortController(), journalPath }
    this.running.set(jobId, control)
    // What each existing record held before this push, from the dry run (a rollback puts it back).
    const currents = this.planned.get(journalPath)
    const withBefore = records.map((r) => {
      const current = currents?.get(r.key)
      return current === undefined || r.before !== undefined
        ? r
        : { ...r, before: previousValues(object, current, r.record) }
    })
    void runPush({
      connection,
      plural: object.namePlural,
      records: withBefore,
      journalPath,
      source,
      batchSize: profile.batchSize,
      ratePerMinute: profile.rateLimitPerMinute,
      stop: control.stop.signal,
      signal: control.hard.signal,
      onProgress: (progress) => this.deps.emit('push:progress', { jobId, ...progress }),
    })
      .then((result) => {
        // Done before it is announced: a resume asked for on the event must find the job free.
        this.running.delete(jobId)
        const stopped = result.stopped === null ? null : result.stopped.reason === 'aborted' ? 'stopped' : 'error'
        const error =
          result.stopped?.reason === 'error' ? { code: result.stopped.code, message: result.stopped.message } : null
        const outcomes = result.outcomes.map((o) => ({
          row: o.row as number,
          status: o.status,
          change: o.change,
          ...(o.message === undefined ? {} : { message: o.message }),
        }))
        this.deps.emit('push:done', { jobId, stopped, error, outcomes })
      })
      .catch((failure: unknown) => {
        this.running.delete(jobId)
        const message = failure instanceof Error ? failure.message : String(failure)
        this.deps.emit('push:done', { jobId, stopped: 'error', error: { code: 'PUSH_FAILED', message }, outcomes: [] })
      })
    return { jobId }
  }

  /** The journal a file's push keeps (the same path the CLI uses), and the sha-256 of the file version pushed. */
  private async journalOf(
    target: PushJournalTarget,
    plural: string,
  ): Promise<{ journalPath: string; source: string | null }> {
    if ('sourcePath' in target) {
      const source = await fingerprintFile(target.sourcePath).then(
        (f) => f.sha256,
        () => null,
      )
      return { journalPath: `${target.sourcePath}.${plural}.push-journal`, source }
    }
    const project = await readProject(target.projectPath)
    const file = project.files.find((f) => f.id === target.fileId)
    const source = file
      ? await fingerprintFile(sourcePathOf(target.projectPath, file.path)).then(
          (f) => f.sha256,
          () => null,
        )
      : null
    return {
      journalPath: join(`${target.projectPath}.push-journals`, `${target.fileId}.${plural}.push-journal`),
      source,
    }
  }

  /**
   * Pushes every file of a saved project in import order, each read, replayed and checked as the project says
   * (the same path as `preflight push <project>`, with the same journals beside the project, so either can
   * continue what the other started). One bar per file in the progress events.
   */
  async startProject(
    workspaceId: string,
    projectPath: string,
    jobId: string = randomUUID(),
    how: ProjectPushHow = {},
  ): Promise<{ jobId: string }> {
    if (this.running.has(jobId)) throw new UserError('PUSH_RUNNING', 'This push is already running.')
    const { profile, model } = await this.workspace(workspaceId)
    const project = await readProject(projectPath)
    if (project.files.length === 0) throw new UserError('PROJECT_EMPTY', 'The project has no files to push.')
    const connection = await connectForPush(profile, this.deps.credentials)
    const control = {
      stop: new AbortController(),
      hard: new AbortController(),
      journalPath: how.dryRun ? undefined : `${projectPath}.push-journals`,
    }
    this.running.set(jobId, control)
    const outDir = dirname(projectPath)
    let files: ProjectPushFile[] = []
    const update = (id: string, change: Partial<ProjectPushFile>): void => {
      files = files.map((f) => (f.id === id ? { ...f, ...change } : f))
      this.deps.emit('push:project-progress', { jobId, files })
    }
    const dryRun = how.dryRun ?? false
    const options = {
      dryRun,
      batchSize: undefined,
      rate: undefined,
      journalDir: `${projectPath}.push-journals`,
      outDir,
      stop: control.stop.signal,
      hard: control.hard.signal,
      ...(how.policies ? { policies: how.policies } : {}),
    }
    void pushProjectFiles(projectPath, project, { profile, connection, model }, model, this.deps.workers, options, {
      onPlan: (planned) => {
        files = planned.map((f) => ({
          id: f.id,
          name: basename(f.path),
          object: f.object,
          state: 'waiting',
          total: null,
          sent: 0,
          failed: 0,
          result: null,
        }))
        if (files[0]) update(files[0].id, { state: 'preparing' })
      },
      onFileReady: (id, total) => update(id, { state: 'looking', total }),
      onFileLookup: (id, lookup) =>
        update(id, { state: 'looking', lookup: { done: lookup.done, total: lookup.total } }),
      onFileProgress: (id, progress) =>
        update(id, { state: 'pushing', lookup: null, sent: progress.sent, failed: progress.failed }),
      onFileDone: (report) => {
        const stoppedHere = control.stop.signal.aborted
        const done = dryRun
          ? { state: 'planned' as const, plan: filePlanOf(report.result), result: null }
          : { state: 'done' as const, result: report.result as ProjectPushFile['result'] }
        update(report.id, { lookup: null, ...(stoppedHere ? { state: 'stopped' as const } : done) })
        const next = files.find((f) => f.state === 'waiting')
        if (next && !stoppedHere) update(next.id, { state: 'preparing' })
      },
    })
      .then(({ stopped }) => {
        this.running.delete(jobId)
        const state = stopped === null ? null : stopped.reason === 'aborted' ? 'stopped' : 'error'
        const error = stopped?.reason === 'error' ? { code: stopped.code, message: stopped.message } : null
        this.deps.emit('push:project-done', { jobId, stopped: state, error, files, outDir })
      })
      .catch((failure: unknown) => {
        this.running.delete(jobId)
        const message = failure instanceof Error ? failure.message : String(failure)
        const code =
          (failure instanceof UserError || failure instanceof WorkspaceError) && failure.code !== PIPELINE_FAILED
            ? failure.code
            : 'PUSH_FAILED'
        this.deps.emit('push:project-done', { jobId, stopped: 'error', error: { code, message }, files, outDir })
      })
    return { jobId }
  }

  /**
   * Undoes a file's pushes from its journal (rollback-runner.ts): deletes the records they created, puts back the
   * ones they changed; with `dryRun`, only says what it would do. Cancelled with stop(jobId, true); run again, it
   * continues from its own journal. Once everything is undone the journals are set aside and the next push starts anew.
   */
  async undo(
    workspaceId: string,
    objectName: string,
    journal: PushJournalTarget,
    dryRun: boolean,
    force: boolean,
    jobId: string = randomUUID(),
  ): Promise<{ jobId: string }> {
    if (this.running.has(jobId)) throw new UserError('PUSH_RUNNING', 'This undo is already running.')
    const { connection, object, profile } = await this.target(workspaceId, objectName)
    const { journalPath } = await this.journalOf(journal, object.namePlural)
    if (this.busyWith(journalPath)) throw new UserError('PUSH_RUNNING', 'This file is being pushed or undone already.')
    const control = { stop: new AbortController(), hard: new AbortController(), journalPath }
    this.running.set(jobId, control)
    const rollback = runRollback({
      connection,
      journalPath,
      dryRun,
      force,
      ratePerMinute: profile.rateLimitPerMinute,
      stop: control.stop.signal,
      signal: control.hard.signal,
      onProgress: ({ done, total }) => this.deps.emit('push:undo-progress', { jobId, done, total }),
    })
    this.reportUndo(jobId, dryRun, rollback)
    return { jobId }
  }

  /**
   * Undoes every push of a project (its `<project>.push-journals/` folder, rollback-folder.ts): each file's journal
   * in the reverse of the order the files were pushed, so a note's targets and a person go before what they point
   * at. With `dryRun`, only says what it would do. Same events, stop and resume as a file's undo.
   */
  async undoProject(
    workspaceId: string,
    projectPath: string,
    dryRun: boolean,
    force: boolean,
    jobId: string = randomUUID(),
  ): Promise<{ jobId: string }> {
    if (this.running.has(jobId)) throw new UserError('PUSH_RUNNING', 'This undo is already running.')
    const { profile } = await this.workspace(workspaceId)
    const folder = `${projectPath}.push-journals`
    if (this.busyWith(folder))
      throw new UserError('PUSH_RUNNING', 'A file of this project is being pushed or undone already.')
    const connection = await connectForPush(profile, this.deps.credentials)
    const control = { stop: new AbortController(), hard: new AbortController(), journalPath: folder }
    this.running.set(jobId, control)
    // A project never pushed has no journals folder: nothing to undo (rollback-folder.ts reads it as empty).
    const rollback = runFolderRollback(folder, {
      connection,
      dryRun,
      force,
      ratePerMinute: profile.rateLimitPerMinute,
      stop: control.stop.signal,
      signal: control.hard.signal,
      onProgress: ({ done, total }) => this.deps.emit('push:undo-progress', { jobId, done, total }),
    })
    this.reportUndo(
      jobId,
      dryRun,
      rollback.then((result) => ({
        ...result,
        setAside: result.files.find((f) => f.result.setAside)?.result.setAside,
      })),
    )
    return { jobId }
  }

  /** Whether a running push or undo writes this journal, or a journal in this folder, or the folder it lies in. */
  private busyWith(path: string): boolean {
    const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}${sep}`)
    return [...this.running.values()].some(
      (r) => r.journalPath !== undefined && (within(r.journalPath, path) || within(path, r.journalPath)),
    )
  }

  /** Says how an undo ended, as push:undo-done, once it has. */
  private reportUndo(jobId: string, dryRun: boolean, rollback: Promise<Omit<RollbackResult, 'plan'>>): void {
    rollback
      .then((result) => {
        this.running.delete(jobId)
        const notes = [...result.skippedRecords.map((r) => r.message), ...result.failedRecords.map((r) => r.message)]
        const counts = {
          deleted: result.deleted,
          restored: result.restored,
          skipped: result.skipped,
          failed: result.failed,
          notes,
          setAside: result.setAside ?? null,
        }
        this.deps.emit('push:undo-done', {
          jobId,
          dryRun,
          stopped: result.stopped ? 'stopped' : null,
          error: null,
          result: counts,
        })
      })
      .catch((failure: unknown) => {
        this.running.delete(jobId)
        const message = failure instanceof Error ? failure.message : String(failure)
        this.deps.emit('push:undo-done', {
          jobId,
          dryRun,
          stopped: 'error',
          error: { code: 'UNDO_FAILED', message },
          result: null,
        })
      })
  }

  /** The workspace's members (read-only, paced GETs), which owner and assignee columns name. */
  async members(workspaceId: string, signal?: AbortSignal): Promise<WorkspaceMember[]> {
    const { profile } = await this.workspace(workspaceId)
    return readWorkspaceMembers(await connectForPush(profile, this.deps.credentials), signal)
  }

  /** Which values of a unique field the workspace holds (read-only GETs): a relation column's targets. */
  async findValues(
    workspaceId: string,
    objectName: string,
    field: string,
    subfield: string | null,
    values: readonly string[],
  ): Promise<{ found: string[]; unasked: string[] }> {
    const { connection, object } = await this.target(workspaceId, objectName)
    const target = object.fields.find((f) => f.name === field)
    if (!target || !target.isUnique)
      throw new UserError(
        'FIELD_NOT_UNIQUE',
        `${object.labelSingular} has no unique field "${field}" to look records up by.`,
      )
    return findValues(connection, object, field, subfield, values)
  }

  /**
   * Ends every push at once, requests in flight included, as the process going down would: nothing more is
   * journaled, so the next push of each file continues from what its journal holds.
   */
  dispose(): void {
    for (const control of this.running.values()) {
      control.stop.abort()
      control.hard.abort()
    }
  }

  /** Pause (`hard` false: after the batches in flight) or cancel (`hard`: abort them too). */
  stop(jobId: string, hard: boolean): boolean {
    const control = this.running.get(jobId)
    if (!control) return false
    control.stop.abort()
    if (hard) control.hard.abort()
    return true
  }

  /** The saved workspace and its cached data model (the stock one until a connection test has fetched it). */
  private async workspace(workspaceId: string): Promise<{ profile: WorkspaceProfile; model: WorkspaceModel }> {
    const profile = await this.profiles.get(workspaceId)
    if (!profile)
      throw new WorkspaceError('WORKSPACE_UNKNOWN', 'This workspace is no longer saved; it may have been removed.')
    return { profile, model: (await this.models.readCachedModel(workspaceId))?.model ?? DEFAULT_MODEL }
  }

  private async target(
    workspaceId: string,
    objectName: string,
  ): Promise<{
    connection: Awaited<ReturnType<typeof connectForPush>>
    object: ObjectModel
    profile: WorkspaceProfile
  }> {
    const { profile, model } = await this.workspace(workspaceId)
    const object = findObject(model, objectName)
    if (!object)
      throw new UserError(
        'OBJECT_UNKNOWN',
        `${profile.name} has no object "${objectName}". Test the connection to refresh its data model.`,
      )
    return { connection: await connectForPush(profile, this.deps.credentials), object, profile }
  }
}

/** A journal that cannot be continued is the user's to deal with: say so as a user error, not a crash. */
function rethrowJournalError(error: unknown): never {
  if (
    error instanceof JournalCorruptError ||
    error instanceof LegacyJournalError ||
    error instanceof RollbackPendingError
  )
    throw new UserError('PUSH_JOURNAL', error.message)
  throw error
}
