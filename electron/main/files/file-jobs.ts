// Runs each file open in its own parse worker thread and forwards what it produces as file:* events.
// A job ends exactly once (done, failed or cancelled); cancelling or a silent worker terminates the thread.
import { Worker } from 'node:worker_threads'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { OpenRequest } from '../../../shared/files/open-file'
import type { AppError } from '../../../shared/ipc/result'
import type { Emit } from '../ipc/dispatch'
import { UserError } from '../ipc/user-error'
import type { IngestLimits, WorkerInput, WorkerMessage } from '../ingest/worker-protocol'
import type { RecentFiles } from './recent-files'

export interface FileJobsDeps {
  readonly workerPath: string
  readonly emit: Emit
  readonly limits: IngestLimits
  /** Where opened files are remembered; the CLI and the bench pass none. */
  readonly recent?: RecentFiles
}

const WORKER_HEAP_MB = 4096

interface Job {
  readonly worker: Worker
  readonly name: string
  watchdog: NodeJS.Timeout | undefined
  ended: boolean
}

export class FileJobs {
  private readonly jobs = new Map<string, Job>()
  private pendingWrites: Promise<unknown> = Promise.resolve()

  constructor(private readonly deps: FileJobsDeps) {}

  async open(request: OpenRequest): Promise<{ jobId: string; name: string; sizeBytes: number }> {
    const { path, options } = request
    const name = basename(path)
    const info = await stat(path).catch(() => undefined)
    if (!info)
      throw new UserError('FILE_NOT_FOUND', `${name} was not found at ${path}. It may have been moved or deleted.`)
    if (!info.isFile()) throw new UserError('NOT_A_FILE', `${path} is a folder, not a file.`)

    const jobId = randomUUID()
    const input: WorkerInput = { path, options, limits: this.deps.limits }
    // execArgv: [] so a worker never inherits a host's loader flags (tests, the bench run TypeScript through
    // one); it runs the built script exactly as in the app.
    // The heap cap turns a workbook that inflates far past its declared size into a clear OUT_OF_MEMORY
    // failure of this one open instead of the whole app running out of memory.
    const worker = new Worker(this.deps.workerPath, {
      workerData: input,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    })
    const job: Job = { worker, name, watchdog: undefined, ended: false }
    this.jobs.set(jobId, job)
    this.armWatchdog(jobId, job)

    worker.on('message', (message: WorkerMessage) => {
      if (job.ended) return
      this.armWatchdog(jobId, job)
      switch (message.type) {
        case 'chunk':
          this.deps.emit('file:chunk', { jobId, meta: message.meta, chunk: message.chunk })
          break
        case 'progress':
          this.deps.emit('file:progress', { jobId, progress: message.progress })
          break
        case 'done':
          this.end(jobId, job)
          this.deps.emit('file:done', { jobId, summary: message.summary, elapsedMs: performance.now() - started })
          if (this.deps.recent) {
            const write = this.deps.recent.add(path, options).catch((error) => console.warn('[recent-files]', error))
            this.pendingWrites = Promise.all([this.pendingWrites, write])
          }
          break
        case 'error':
          this.finishWithError(jobId, job, message.error)
          break
        default:
          message satisfies never
      }
    })
    worker.on('error', (error) => {
      const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
      this.finishWithError(jobId, job, {
        code: outOfMemory ? 'OUT_OF_MEMORY' : 'PARSE_CRASHED',
        message: outOfMemory
          ? `${name} is too large to open in memory. Split it into smaller files.`
          : `Reading ${name} failed unexpectedly: ${error.message}`,
      })
    })
    worker.on('exit', () => {
      this.finishWithError(jobId, job, { code: 'PARSE_CRASHED', message: `Reading ${name} stopped unexpectedly.` })
    })
    const started = performance.now()
    return { jobId, name, sizeBytes: info.size }
  }

  /** Stops a job; false when it had already ended. */
  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId)
    if (!job || job.ended) return false
    this.end(jobId, job)
    this.deps.emit('file:failed', {
      jobId,
      cancelled: true,
      error: { code: 'CANCELLED', message: `Loading ${job.name} was cancelled.` },
    })
    return true
  }

  /** Resolves once the recent-files writes of finished jobs have landed. */
  settled(): Promise<unknown> {
    return this.pendingWrites
  }

  /** Terminates every running job (app quit, tests). */
  async dispose(): Promise<void> {
    await Promise.all([...this.jobs.entries()].map(([id, job]) => (this.end(id, job), job.worker.terminate())))
  }

  private finishWithError(jobId: string, job: Job, error: AppError): void {
    if (job.ended) return
    this.end(jobId, job)
    this.deps.emit('file:failed', { jobId, cancelled: false, error })
  }

  private end(jobId: string, job: Job): void {
    job.ended = true
    clearTimeout(job.watchdog)
    this.jobs.delete(jobId)
    void job.worker.terminate()
  }

  // A workbook parse is one blocking call inside the worker: silence longer than the budget means a
  // pathological file, so the thread is stopped and the user told, instead of a hung open.
  private armWatchdog(jobId: string, job: Job): void {
    clearTimeout(job.watchdog)
    job.watchdog = setTimeout(() => {
      const seconds = Math.round(this.deps.limits.maxWorkbookMs / 1000)
      this.finishWithError(jobId, job, {
        code: 'PARSE_TIMEOUT',
        message: `${job.name} took longer than ${seconds} s to read and was stopped. The file may be damaged or built to stall readers.`,
      })
    }, this.deps.limits.maxWorkbookMs)
  }
}
