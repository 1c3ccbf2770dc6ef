// Export from the app: the checked rows without errors as Twenty import files (at most 10,000 records each,
// numbered), and the rows with errors as the fix sheet to send the client, written by main into a folder in the
// language chosen for it (the app's by default): its problems are worded in that language here, its headings by main.
import { defineStore } from 'pinia'
import { markRaw, ref, shallowRef } from 'vue'
import { rejectedRows } from '../../../shared/export/fix-sheet-input'
import { issueWording } from '../../../shared/check/issue-wording'
import { messageIn } from '../../../shared/messages/catalogues'
import type { Language } from '../../../shared/messages/languages'
import { importFileNotes, importFileWriter, type ImportFile } from '../../../shared/twenty-format/import-files'
import { mergeFixSheet } from '../../../shared/export/merge-fix-sheet'
import type { HistoryStep } from '../../../shared/operations/history'
import type { Operation } from '../../../shared/operations/operation'
import { getApi } from '../api'
import { currentLanguage, t } from '../i18n'
import { useEditsStore } from './edits'
import { useMappingStore } from './mapping'
import { useOpenFileStore } from './open-file'
import { useCheckStore } from './check'
import { useProjectStore } from './project'
import { useTargetStore } from './target'
import type { ProjectExportProgress } from '../../../shared/export/project-export'

export interface ExportNote {
  readonly dir: string
  readonly paths: readonly string[]
  readonly records: number
  readonly rejected: number
  /** Rows without errors left out because every mapped cell was empty. */
  readonly emptyRows: number
  /** Sentences about files that leave checkbox columns out, and (a project) its files' file warnings. */
  readonly notes: readonly string[]
}
import { readinessOf, type Readiness } from '../features/export/readiness'

export const useExportStore = defineStore('export', () => {
  const api = getApi()
  const files = useOpenFileStore()
  const mapping = useMappingStore()
  const edits = useEditsStore()
  const checker = useCheckStore()
  const busy = ref(false)
  /** Rows gone through so far, while an export runs. */
  const progress = shallowRef<{ done: number; total: number } | null>(null)
  let cancelled = false
  /** Rows between two yields to the UI (a million rows stay responsive and cancellable). */
  const SLICE = 5_000
  const note = shallowRef<ExportNote | null>(null)
  const error = ref<string | null>(null)
  const project = useProjectStore()
  const target = useTargetStore()
  /** The file being read or written while the whole project is exported. */
  const projectProgress = shallowRef<ProjectExportProgress | null>(null)
  let projectJob: string | null = null
  /** The language the fix sheet is written in: the app's each time the export is asked for, unless changed. */
  const fixSheetLanguage = ref<Language>(currentLanguage())

  api.on('export:project-progress', (event) => {
    if (event.jobId === projectJob)
      projectProgress.value = { index: event.index, count: event.count, name: event.name, phase: event.phase }
  })

  /** Every file of the project, as main reads it from the saved project, numbered in import order. */
  async function exportProject(): Promise<void> {
    if (!project.path || busy.value) return
    busy.value = true
    error.value = null
    note.value = null
    try {
      await project.flush()
      projectJob = `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
      const result = await api.invoke('export:project', {
        projectPath: project.path,
        workspaceId: target.workspaceId,
        dir: null,
        jobId: projectJob,
        language: currentLanguage(),
      })
      if (!result.ok) error.value = result.error.message
      else if (result.value.dir !== null) {
        const files = result.value.files
        note.value = {
          dir: result.value.dir,
          paths: result.value.paths,
          records: files.reduce((n, f) => n + f.records, 0),
          rejected: files.reduce((n, f) => n + f.rejected, 0),
          emptyRows: files.reduce((n, f) => n + f.emptyRows, 0),
          notes: files.flatMap((f) => [...f.fileWarnings.map((w) => w.message), ...f.notes]),
        }
      }
    } finally {
      projectJob = null
      projectProgress.value = null
      busy.value = false
    }
  }

  /** What an export would write, shown before anything is written (null: not asked, or answered). */
  const readiness = shallowRef<Readiness | null>(null)

  /** The export button: says how many rows go and which are kept out and why, before writing anything. */
  function askExport(): void {
    const table = files.table
    const check = checker.check
    if (!table || !check || checker.status !== 'done') {
      error.value = t('export.notReady')
      return
    }
    const edited = edits.history?.table
    fixSheetLanguage.value = currentLanguage()
    readiness.value = markRaw(readinessOf(check, table.rowCount, (row) => edited?.isDeleted(row) ?? false))
  }

  function answerReadiness(go: boolean): void {
    readiness.value = null
    if (go) void exportAll()
  }

  async function exportAll(): Promise<void> {
    const table = files.table
    const check = checker.check
    if (!table || !check || checker.status !== 'done') {
      error.value = t('export.notReady')
      return
    }
    busy.value = true
    error.value = null
    try {
      const edited = edits.history?.table
      const live = (row: number) => !edited?.isDeleted(row)
      cancelled = false
      const csv: ImportFile[] = []
      const writer = importFileWriter(check, mapping.objectName)
      for (let row = 0; row < table.rowCount; row++) {
        if (row % SLICE === 0) {
          progress.value = { done: row, total: table.rowCount }
          await new Promise((resolve) => setTimeout(resolve, 0))
          if (cancelled) {
            error.value = t('export.cancelled')
            return
          }
        }
        if (!live(row)) continue
        const file = writer.add(row)
        if (file) csv.push(file)
      }
      csv.push(...writer.finish())
      const headers = table.columns.map((c) => c.name)
      const cellOf = (row: number, column: number) => edits.cellNow(table, row, column)
      const language = fixSheetLanguage.value
      const rejected = rejectedRows(
        check,
        headers,
        (row) => table.sourceRow(row),
        cellOf,
        issueWording(language),
      ).filter((r) => live(r.rowId))
      const sheetNote = messageIn(language, 'fixSheet.noteRejected', { object: mapping.objectName })
      const result = await api.invoke('export:write', {
        dir: null,
        files: csv.map((f) => ({ name: f.name, text: f.text })),
        fixSheet:
          rejected.length === 0
            ? null
            : {
                name: `${mapping.objectName}-rejected.xlsx`,
                input: { headers, rows: rejected, ...(sheetNote === undefined ? {} : { note: sheetNote }) },
              },
        language,
      })
      if (!result.ok) error.value = result.error.message
      else if (result.value.dir !== null) {
        note.value = {
          dir: result.value.dir,
          paths: result.value.paths,
          records: csv.reduce((n, f) => n + f.records, 0),
          rejected: rejected.length,
          emptyRows: writer.emptyRows,
          notes: importFileNotes(csv),
        }
      }
    } finally {
      busy.value = false
      progress.value = null
    }
  }

  function cancel(): void {
    cancelled = true
    if (projectJob) void api.invoke('export:project-cancel', { jobId: projectJob })
  }

  /** What merging a returned fix sheet did: cells changed (one undo step), and the problems of the read. */
  const merged = shallowRef<{ cells: number; problems: readonly string[] } | null>(null)

  /**
   * Reads a fix sheet the client sent back (asking which file) and applies the cells they changed as one step,
   * matched by row id; rows gone since and unreadable parts are listed, never guessed.
   */
  async function mergeReturned(apply: (op: Operation) => HistoryStep | null): Promise<void> {
    const table = files.table
    const edited = edits.history?.table
    if (!table || !edited) return
    const headers = table.columns.map((c) => c.name)
    const result = await api.invoke('fix-sheet:read', { path: null, headers })
    if (!result.ok) {
      error.value = result.error.message
      return
    }
    if (result.value.result === null) return
    const idOf = new Map(table.columns.map((c) => [c.name, c.id]))
    const merge = mergeFixSheet(result.value.result, {
      hasRow: (row) => row < table.rowCount && !edited.isDeleted(row),
      value: (row, header) => edited.cell(row, idOf.get(header)!),
    })
    const byColumn = new Map<string, { column: string; rows: number[]; values: string[] }>()
    for (const change of merge.changes) {
      const column = idOf.get(change.column)!
      const entry = byColumn.get(column) ?? { column, rows: [], values: [] }
      entry.rows.push(change.rowId)
      entry.values.push(change.after)
      byColumn.set(column, entry)
    }
    if (byColumn.size > 0) apply({ op: 'set-cells', cells: [...byColumn.values()] })
    const problems = [...result.value.result.problems, ...merge.problems].map(
      (p) => `${p.row ? `row ${p.row}: ` : ''}${p.message}`,
    )
    merged.value = { cells: merge.changes.length, problems }
  }

  function dismiss(): void {
    merged.value = null
    note.value = null
    error.value = null
  }

  return {
    busy,
    progress,
    projectProgress,
    note,
    error,
    merged,
    readiness,
    fixSheetLanguage,
    askExport,
    answerReadiness,
    exportAll,
    exportProject,
    cancel,
    mergeReturned,
    dismiss,
  }
})
