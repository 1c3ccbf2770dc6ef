// Pushes started from the app: a dry run (which records already exist, by their unique fields), and pushes
// run by the journaled engine with progress events. A paused push is started again with its job id and
// continues from its journal (in the app data folder), so nothing is sent twice and no row is lost.
import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import { findObject, type ObjectModel } from '../../../shared/model/workspace-model'
import type { Emit } from '../ipc/dispatch'
import type { CredentialStore } from '../services/credential-store'
import { UserError } from '../ipc/user-error'
import { WorkspaceError } from '../services/workspace-errors'
import { WorkspaceModelCache } from '../services/workspace-model-cache'
import { WorkspaceProfiles } from '../services/workspace-profiles'
import { connectForPush } from './batch-request'
import { findExistingRecords } from './find-existing'
import { runPush, type PushRecord } from './push-runner'

export interface PushJobsDeps {
  readonly dataDir: string
  readonly credentials: CredentialStore
  readonly emit: Emit
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

  /** Pause (`hard` false: after the batches in flight) or cancel (`hard`: abort them too). */
  stop(jobId: string, hard: boolean): boolean {
    const control = this.running.get(jobId)
    if (!control) return false
    control.stop.abort()
    if (hard) control.hard.abort()
    return true
  }

  private async target(workspaceId: string, objectName: string): Promise<{ connection: Awaited<ReturnType<typeof connectForPush>>; object: ObjectModel; profile: NonNullable<Awaited<ReturnType<WorkspaceProfiles['get']>>> }> {
    const profile = await this.profiles.get(workspaceId)
    if (!profile) throw new WorkspaceError('WORKSPACE_UNKNOWN', 'This workspace is no longer saved; it may have been removed.')
    const cached = await this.models.readCachedModel(workspaceId)
    const object = findObject(cached?.model ?? DEFAULT_MODEL, objectName)
    if (!object) throw new UserError('OBJECT_UNKNOWN', `${profile.name} has no object "${objectName}". Test the connection to refresh its data model.`)
    return { connection: await connectForPush(profile, this.deps.credentials), object, profile }
  }
}
