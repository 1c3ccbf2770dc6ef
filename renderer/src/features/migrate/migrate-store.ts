// "Migrate a folder…": main plans the folder picked in its dialog as `preflight migrate` does (or reuses its
// migration.preflight), with the chosen workspace's data model, and says its links; the project then opens through
// the project store's usual path. The links summary stays for that project (the links panel shows it), can be
// asked for again for an open migration.preflight, and each value that names no row opens its file with the grid
// showing that row (a filter of one row, cleared from the issue panel like any other).
// Invariants: one run at a time; progress and cancel go by the run's job id; a summary belongs to one project path.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { MigrateFolderResult, MigrateProgress, MigrateUnresolved } from '../../../../shared/migrate/migrate-ipc'
import { getApi } from '../../api'
import { t } from '../../i18n'
import { useEditsStore } from '../../stores/edits'
import { useMappingStore } from '../../stores/mapping'
import { useOpenFileStore } from '../../stores/open-file'
import { useProjectStore } from '../../stores/project'
import { useTargetStore } from '../../stores/target'
import { useCheckStore } from '../../stores/check'

export const MIGRATION_PROJECT = 'migration.preflight'
/** How long a file switched to for an unresolved value may take to open before the jump is given up. */
const OPEN_TIMEOUT_MS = 60_000

export const useMigrateStore = defineStore('migrate', () => {
  const api = getApi()
  const project = useProjectStore()
  const target = useTargetStore()
  const files = useOpenFileStore()
  const edits = useEditsStore()
  const mapping = useMappingStore()
  const checker = useCheckStore()
  const running = ref(false)
  const jobId = ref<string | null>(null)
  const progress = shallowRef<MigrateProgress | null>(null)
  const error = ref<string | null>(null)
  /** The last summary, for the project it was made for. */
  const result = shallowRef<MigrateFolderResult | null>(null)
  const panelOpen = ref(false)

  api.on('migrate:progress', (event) => {
    if (event.jobId === jobId.value)
      progress.value = { phase: event.phase, index: event.index, count: event.count, name: event.name }
  })

  /** The open project's links, when it is the project a summary was made for. */
  const links = computed(() =>
    result.value !== null && result.value.projectPath === project.path ? result.value.links : null,
  )
  /** The open project is a migration (its file is named as migrate names it). */
  const isMigration = computed(() => project.path !== null && /[\\/]migration\.preflight$/.test(project.path))
  const unresolvedCount = computed(() => (links.value ?? []).reduce((n, l) => n + l.unresolved.length + l.more, 0))

  async function run(folder: string | null, openAfter: boolean): Promise<void> {
    if (running.value) return
    running.value = true
    error.value = null
    progress.value = null
    jobId.value = crypto.randomUUID()
    try {
      const answer = await api.invoke('migrate:folder', { folder, workspaceId: target.workspaceId, jobId: jobId.value })
      if (!answer.ok) {
        if (answer.error.code !== 'MIGRATE_CANCELLED') error.value = answer.error.message
        return
      }
      if (answer.value.projectPath === null) return
      result.value = answer.value
      if (openAfter) {
        await project.openProject(answer.value.projectPath)
        panelOpen.value = true
      }
    } finally {
      running.value = false
      jobId.value = null
      progress.value = null
    }
  }

  /** Asks main for a folder, plans it and opens the project, with the links panel open. */
  const migrate = (): Promise<void> => run(null, true)

  /** The open migration's links again (its exports or edits may have changed). */
  async function refresh(): Promise<void> {
    const path = project.path
    if (path === null) return
    await project.flush()
    await run(path.replace(/[\\/][^\\/]*$/, ''), false)
  }

  async function cancel(): Promise<void> {
    if (jobId.value) await api.invoke('migrate:cancel', { jobId: jobId.value })
  }

  /**
   * Opens the value's file (saving the open one first) and shows its row in the grid; resolves with the grid's id of
   * the value's column (for the caller to put the keyboard on that cell), or null when the row is not there.
   */
  async function show(value: MigrateUnresolved): Promise<{ columnId: string | null } | null> {
    if (value.fileId === null) return null
    const entry = project.entries.find((e) => e.id === value.fileId)
    if (!entry) return null
    if (project.activeId !== value.fileId) {
      await project.switchTo(value.fileId)
      if (!(await loaded(entry.path))) return null
    }
    const table = files.table
    if (!table) return null
    let row = -1
    for (let r = 0; r < table.rowCount && row < 0; r++) if (table.sourceRow(r) === value.row) row = r
    if (row < 0) return null
    checker.setFilter(
      () => t('migrate.rowFilter', { row: value.row, column: value.column, value: value.value }),
      Uint32Array.of(row),
    )
    mapping.show('data')
    const columns = edits.history?.table.columns ?? table.columns
    return { columnId: columns.find((c) => c.name === value.column)?.id ?? null }
  }

  /** Resolves true once the file at `path` is on screen with its history (its recipe replayed), false on a failure. */
  function loaded(path: string): Promise<boolean> {
    const ready = () =>
      files.file?.path === path &&
      files.tableState === 'complete' &&
      edits.history !== null &&
      project.activeId !== null
    if (ready()) return Promise.resolve(true)
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), OPEN_TIMEOUT_MS)
      const stop = watch(
        [() => files.file?.path, () => files.tableState, () => edits.history, () => files.job?.phase],
        () => {
          if (ready()) finish(true)
          else if (files.job?.phase === 'failed' || files.job?.phase === 'cancelled') finish(false)
        },
      )
      function finish(ok: boolean): void {
        clearTimeout(timer)
        stop()
        resolve(ok)
      }
    })
  }

  function togglePanel(): void {
    panelOpen.value = !panelOpen.value
  }

  function dismissError(): void {
    error.value = null
  }

  return {
    running,
    progress,
    error,
    result,
    links,
    isMigration,
    unresolvedCount,
    panelOpen,
    migrate,
    refresh,
    cancel,
    show,
    togglePanel,
    dismissError,
  }
})
