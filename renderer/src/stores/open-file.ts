// The opened file: the load in progress, the table on screen and what main told us about its source.
// Invariants: the table is never deep-proxied (shallowRef + markRaw; `version` changes when it grows), and the
// table on screen is only replaced once a new load delivers its first chunk, so a failed re-open keeps it.
// A project file given to open() is only announced (projectRequest): this store never imports the project store.
// The recent-files list is recent-files.ts, a part of this store.
import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import type { EventPayload } from '../../../shared/ipc/contract'
import type { AppError } from '../../../shared/ipc/result'
import type { FileWarning, OpenOptions, ParseNotice, Progress, SourceMeta } from '../../../shared/files/open-file'
import { ColumnarTable } from '../../../shared/table/columnar-table'
import { getApi } from '../api'
import { fileNameOf } from '../format'
import { t } from '../i18n'
import { FileJobListener } from '../ipc/file-job-listener'
import { useRecentFiles } from './recent-files'

export type LoadPhase = 'opening' | 'reading' | 'done' | 'cancelled' | 'failed'

/** The latest load. `jobId` is null until file:open answers; `shown` once its first chunk is on screen. */
export interface LoadJob {
  readonly jobId: string | null
  readonly path: string
  readonly name: string
  readonly sizeBytes: number | null
  readonly options: OpenOptions
  readonly phase: LoadPhase
  readonly shown: boolean
}

/** The source of the table on screen, with the options it was read with. */
export interface OpenedFile {
  readonly path: string
  readonly name: string
  readonly sizeBytes: number | null
  readonly options: OpenOptions
}

/** 'partial' when the load that filled the table was cancelled or failed part-way. */
export type TableState = 'loading' | 'complete' | 'partial'

/** Options for re-reading a file: overrides win; a new sheet drops a header row chosen for the old one. */
export function mergeOpenOptions(base: OpenOptions, overrides: OpenOptions): OpenOptions {
  const merged: OpenOptions = { ...base, ...overrides }
  const sheetChanged = overrides.sheet !== undefined && overrides.sheet !== base.sheet
  if (sheetChanged && overrides.headerRow === undefined) delete merged.headerRow
  return merged
}

export const useOpenFileStore = defineStore('open-file', () => {
  const api = getApi()

  const table = shallowRef<ColumnarTable | null>(null)
  const version = ref(0)
  const meta = shallowRef<SourceMeta | null>(null)
  const file = shallowRef<OpenedFile | null>(null)
  const tableState = ref<TableState>('complete')
  const notices = shallowRef<readonly ParseNotice[]>([])
  const noticesOmitted = ref(0)
  /** Problems with the open file itself, as main reported them; shown until dismissed or another open. */
  const fileWarnings = shallowRef<readonly FileWarning[]>([])

  const job = shallowRef<LoadJob | null>(null)
  const progress = shallowRef<Progress | null>(null)
  const error = shallowRef<AppError | null>(null)
  const cancelledNote = ref(false)
  const { recent, loadRecent, removeRecent } = useRecentFiles(error)
  /** The latest project file asked to be opened (a new object each time); the project store watches it. */
  const projectRequest = shallowRef<{ readonly path: string } | null>(null)

  let listener: FileJobListener | null = null
  let openSeq = 0

  const isLoading = computed(() => job.value?.phase === 'opening' || job.value?.phase === 'reading')
  /** Percent of the file's bytes read, or null while unknown. */
  const percent = computed<number | null>(() => {
    if (job.value?.phase === 'done') return 100
    const p = progress.value
    if (!p || p.totalBytes <= 0 || p.stage === 'parsing') return null
    return Math.min(100, Math.max(0, Math.floor((p.bytesRead / p.totalBytes) * 100)))
  })
  const rowsRead = computed(() => progress.value?.rowsRead ?? 0)
  /** True while a workbook is parsed whole: nothing to count yet. */
  const parsingWhole = computed(() => progress.value?.stage === 'parsing')

  function updateJob(changes: Partial<LoadJob>): void {
    if (job.value) job.value = { ...job.value, ...changes }
  }

  function stopListening(): void {
    listener?.dispose()
    listener = null
  }

  /** Ends the current load: stops listening and, if its table is on screen, marks how complete it is. */
  function finish(phase: 'done' | 'cancelled' | 'failed'): void {
    stopListening()
    if (job.value?.shown) tableState.value = phase === 'done' ? 'complete' : 'partial'
    updateJob({ phase })
    version.value++
  }

  function failLoad(appError: AppError): void {
    const jobId = job.value?.jobId
    if (jobId) void api.invoke('file:cancel', { jobId })
    error.value = appError
    finish('failed')
  }

  function showNewTable(first: EventPayload<'file:chunk'>, sourceMeta: SourceMeta): void {
    const current = job.value!
    const fresh = markRaw(new ColumnarTable(sourceMeta.columns))
    fresh.append(first.chunk)
    table.value = fresh
    meta.value = sourceMeta
    file.value = { path: current.path, name: current.name, sizeBytes: current.sizeBytes, options: current.options }
    tableState.value = 'loading'
    notices.value = []
    noticesOmitted.value = 0
    fileWarnings.value = []
    updateJob({ shown: true })
  }

  function appendChunk(event: EventPayload<'file:chunk'>): void {
    const current = table.value!
    if (event.meta) {
      current.columns = event.meta.columns
      meta.value = event.meta
    }
    current.append(event.chunk)
  }

  function onChunk(event: EventPayload<'file:chunk'>): void {
    try {
      if (job.value?.shown) appendChunk(event)
      else if (event.meta) showNewTable(event, event.meta)
      else throw new Error('the first chunk of the file came without its column list')
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause)
      failLoad({
        code: 'RENDERER_BAD_CHUNK',
        message: t('open.badChunk', { name: job.value?.name ?? t('open.theFile'), detail }),
      })
      return
    }
    version.value++
  }

  function onDone(event: EventPayload<'file:done'>): void {
    if (!job.value?.shown) {
      // Nothing to show (no data rows and no header): an empty table still replaces the previous one.
      const current = job.value!
      table.value = markRaw(new ColumnarTable([]))
      meta.value = null
      file.value = { path: current.path, name: current.name, sizeBytes: current.sizeBytes, options: current.options }
      updateJob({ shown: true })
    }
    notices.value = event.summary.notices
    noticesOmitted.value = event.summary.noticesOmitted
    fileWarnings.value = event.summary.fileWarnings
    if (progress.value) progress.value = { ...progress.value, bytesRead: progress.value.totalBytes }
    finish('done')
    void loadRecent()
  }

  function onFailed(event: EventPayload<'file:failed'>): void {
    if (event.cancelled) cancelledNote.value = true
    else error.value = event.error
    finish(event.cancelled ? 'cancelled' : 'failed')
  }

  /**
   * Opens `path`; absent options are detected by main. A load already running is cancelled first. A project file
   * (`.preflight`) is not read here: it becomes the project request the project store opens.
   */
  async function open(path: string, options: OpenOptions = {}): Promise<void> {
    if (path.toLowerCase().endsWith('.preflight')) {
      projectRequest.value = { path }
      return
    }
    if (isLoading.value) cancelQuietly()
    const seq = ++openSeq
    error.value = null
    cancelledNote.value = false
    progress.value = null
    job.value = { jobId: null, path, name: fileNameOf(path), sizeBytes: null, options, phase: 'opening', shown: false }
    const own = new FileJobListener(api, {
      chunk: onChunk,
      progress: (event) => (progress.value = event.progress),
      done: onDone,
      failed: onFailed,
    })
    listener = own
    const result = await api
      .invoke('file:open', { path, options })
      .catch((cause: unknown) => ({ ok: false as const, error: { code: 'IPC_FAILED', message: String(cause) } }))
    if (seq !== openSeq) {
      own.dispose()
      if (result.ok) void api.invoke('file:cancel', { jobId: result.value.jobId })
      return
    }
    if (!result.ok) {
      error.value = result.error
      finish('failed')
      return
    }
    updateJob({
      jobId: result.value.jobId,
      name: result.value.name,
      sizeBytes: result.value.sizeBytes,
      phase: 'reading',
    })
    own.bind(result.value.jobId)
  }

  /** Re-reads the file on screen (or being opened) with some options changed. */
  async function reopenWith(overrides: OpenOptions): Promise<void> {
    const running = isLoading.value && job.value && (!file.value || job.value.path === file.value.path)
    const base = running ? job.value : (file.value ?? job.value)
    if (!base) return
    await open(base.path, mergeOpenOptions(base.options, overrides))
  }

  /** Asks the user for a file, then opens it with everything detected. */
  async function pick(): Promise<void> {
    const result = await api.invoke('file:pick', {})
    if (!result.ok) error.value = result.error
    else if (result.value.path !== null) await open(result.value.path)
  }

  function cancelQuietly(): void {
    const jobId = job.value?.jobId
    openSeq++
    if (jobId) void api.invoke('file:cancel', { jobId })
    finish('cancelled')
  }

  /** Stops the running load; rows already read stay on screen, marked partial. */
  function cancel(): void {
    if (!isLoading.value) return
    cancelQuietly()
    cancelledNote.value = true
  }

  /** Back to the start screen. */
  function close(): void {
    if (isLoading.value) cancelQuietly()
    table.value = null
    meta.value = null
    file.value = null
    job.value = null
    progress.value = null
    notices.value = []
    noticesOmitted.value = 0
    fileWarnings.value = []
    cancelledNote.value = false
    void loadRecent()
  }

  /** Shows a failure found in the renderer itself (e.g. something dropped that is not a file). */
  function reportError(appError: AppError): void {
    error.value = appError
  }

  function dismissError(): void {
    error.value = null
  }

  function dismissFileWarnings(): void {
    fileWarnings.value = []
  }

  function dismissCancelledNote(): void {
    cancelledNote.value = false
  }

  return {
    projectRequest,
    table,
    version,
    meta,
    file,
    tableState,
    notices,
    noticesOmitted,
    fileWarnings,
    dismissFileWarnings,
    job,
    progress,
    error,
    cancelledNote,
    recent,
    isLoading,
    percent,
    rowsRead,
    parsingWhole,
    open,
    reopenWith,
    pick,
    cancel,
    close,
    loadRecent,
    removeRecent,
    reportError,
    dismissError,
    dismissCancelledNote,
  }
})
