// Pushes started from the app: a dry run (which records already exist, by their unique fields), and pushes
// run by the journaled engine with progress events. A paused push is started again with its job id and
// continues from its journal (in the app data folder), so nothing is sent twice and no row is lost.
import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { ProjectPushFile } from '../../../shared/push/push-ipc'
import type { WorkerPaths } from '../../cli/prepare-check'
import { pushProjectFiles } from '../../cli/push-project'
import { readProject } from '../services/project-store'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import { findObject, type ObjectModel, type WorkspaceModel } from '../../../shared/model/workspace-model'
import type { WorkspaceProfile } from '../../../shared/workspace/workspace-profile'
import type { Emit } from '../ipc/dispatch'
import type { CredentialStore } from '../services/credential-store'
import { UserError } from '../ipc/user-error'
import { WorkspaceError } from '../services/workspace-errors'
import { WorkspaceModelCache } from '../services/workspace-model-cache'
import { WorkspaceProfiles } from '../services/workspace-profiles'
import { connectForPush } from './batch-request'
import { findExistingRecords, findValues } from './find-existing'
import { runPush, type PushRecord } from './push-runner'

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
}

export class PushJobs {
  private readonly profiles: WorkspaceProfiles
  private readonly models: WorkspaceModelCache
  private readonly running = new Map<string, Running>()

  constructor(private readonly deps: PushJobsDeps) {
    this.profiles = new WorkspaceProfiles(deps.dataDir)
    this.models = new WorkspaceModelCache(deps.dataDir)
  }

  async plan(workspaceId: string, objectName: string, records: readonly Readonly<Record<string, unknown>>[]): Promise<{ existing: (string | null)[]; current: (Record<string, unknown> | null)[] }> {
    const { connection, object } = await this.target(workspaceId, objectName)
    const found = records.length === 0 ? [] : await findExistingRecords(connection, object, records)
    return { existing: found.map((r) => r?.id ?? null), current: found.map((r) => (r ? { ...r } : null)) }
  }

  async start(workspaceId: string, objectName: string, records: readonly PushRecord[], jobId: string = randomUUID()): Promise<{ jobId: string }> {
    if (this.running.has(jobId)) throw new UserError('PUSH_RUNNING', 'This push is already running.')
    const { connection, object, profile } = await this.target(workspaceId, objectName)
    const dir = join(this.deps.dataDir, 'pushes')
    await mkdir(dir, { recursive: true })
    const control = { stop: new AbortController(), hard: new AbortController() }
    this.running.set(jobId, control)
    void runPush({
      connection,
      plural: object.namePlural,
      records,
      journalPath: join(dir, `${jobId}.push-journal`),
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
        const error = result.stopped?.reason === 'error' ? { code: result.stopped.code, message: result.stopped.message } : null
        const outcomes = result.outcomes.map((o) => ({ row: o.row as number, status: o.status, ...(o.message === undefined ? {} : { message: o.message }) }))
        this.deps.emit('push:done', { jobId, stopped, error, outcomes })
      })
      .catch((failure: unknown) => {
        this.running.delete(jobId)
        const message = failure instanceof Error ? failure.message : String(failure)
        this.deps.emit('push:done', { jobId, stopped: 'error', error: { code: 'PUSH_FAILED', message }, outcomes: [] })
      })
    return { jobId }
  }

  /**
   * Pushes every file of a saved project in import order, each read, replayed and checked as the project says
   * (the same path as `preflight push <project>`, with the same journals beside the project, so either can
   * continue what the other started). One bar per file in the progress events.
   */
  async startProject(workspaceId: string, projectPath: string, jobId: string = randomUUID()): Promise<{ jobId: string }> {
    if (this.running.has(jobId)) throw new UserError('PUSH_RUNNING', 'This push is already running.')
    const { profile, model } = await this.workspace(workspaceId)
    const project = await readProject(projectPath)
    if (project.files.length === 0) throw new UserError('PROJECT_EMPTY', 'The project has no files to push.')
    const connection = await connectForPush(profile, this.deps.credentials)
    const control = { stop: new AbortController(), hard: new AbortController() }
    this.running.set(jobId, control)
    const outDir = dirname(projectPath)
    let files: ProjectPushFile[] = []
    const update = (id: string, change: Partial<ProjectPushFile>): void => {
      files = files.map((f) => (f.id === id ? { ...f, ...change } : f))
      this.deps.emit('push:project-progress', { jobId, files })
    }
    const options = { dryRun: false, batchSize: undefined, rate: undefined, journalDir: `${projectPath}.push-journals`, outDir, stop: control.stop.signal, hard: control.hard.signal }
    void pushProjectFiles(projectPath, project, { profile, connection, model }, model, this.deps.workers, options, {
      onPlan: (planned) => {
        files = planned.map((f) => ({ id: f.id, name: basename(f.path), object: f.object, state: 'waiting', total: null, sent: 0, failed: 0, result: null }))
        if (files[0]) update(files[0].id, { state: 'preparing' })
      },
      onFileReady: (id, total) => update(id, { state: 'pushing', total }),
      onFileProgress: (id, progress) => update(id, { sent: progress.sent, failed: progress.failed }),
      onFileDone: (report) => {
        const result = report.result as ProjectPushFile['result']
        const stoppedHere = control.stop.signal.aborted
        update(report.id, { state: stoppedHere ? 'stopped' : 'done', result })
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
        const code = failure instanceof UserError || failure instanceof WorkspaceError ? failure.code : 'PUSH_FAILED'
        this.deps.emit('push:project-done', { jobId, stopped: 'error', error: { code, message }, files, outDir })
      })
    return { jobId }
  }

  /** Which values of a unique field the workspace holds (read-only GETs): a relation column's targets. */
  async findValues(workspaceId: string, objectName: string, field: string, subfield: string | null, values: readonly string[]): Promise<{ found: string[]; unasked: string[] }> {
    const { connection, object } = await this.target(workspaceId, objectName)
    const target = object.fields.find((f) => f.name === field)
    if (!target || !target.isUnique) throw new UserError('FIELD_NOT_UNIQUE', `${object.labelSingular} has no unique field "${field}" to look records up by.`)
    return findValues(connection, object, field, subfield, values)
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
    if (!profile) throw new WorkspaceError('WORKSPACE_UNKNOWN', 'This workspace is no longer saved; it may have been removed.')
    return { profile, model: (await this.models.readCachedModel(workspaceId))?.model ?? DEFAULT_MODEL }
  }

  private async target(workspaceId: string, objectName: string): Promise<{ connection: Awaited<ReturnType<typeof connectForPush>>; object: ObjectModel; profile: WorkspaceProfile }> {
    const { profile, model } = await this.workspace(workspaceId)
    const object = findObject(model, objectName)
    if (!object) throw new UserError('OBJECT_UNKNOWN', `${profile.name} has no object "${objectName}". Test the connection to refresh its data model.`)
    return { connection: await connectForPush(profile, this.deps.credentials), object, profile }
  }
}
