// Export from the app: the checked rows without errors as Twenty import files (at most 10,000 records each,
// numbered), and the rows with errors as the fix sheet to send the client, written by main into a folder.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { rejectedRows } from '../../../shared/export/fix-sheet-input'
import { importFiles } from '../../../shared/twenty-format/import-files'
import { getApi } from '../api'
import { useEditsStore } from './edits'
import { useMappingStore } from './mapping'
import { useOpenFileStore } from './open-file'
import { useValidationStore } from './validation'

export interface ExportNote {
  readonly dir: string
  readonly paths: readonly string[]
  readonly records: number
  readonly rejected: number
}

export const useExportStore = defineStore('export', () => {
  const api = getApi()
  const files = useOpenFileStore()
  const mapping = useMappingStore()
  const edits = useEditsStore()
  const validation = useValidationStore()
  const busy = ref(false)
  const note = shallowRef<ExportNote | null>(null)
  const error = ref<string | null>(null)

  async function exportAll(): Promise<void> {
    const table = files.table
    const check = validation.check
    if (!table || !check || validation.status !== 'done') {
      error.value = 'Map some columns and wait for the check to finish before exporting.'
      return
    }
    busy.value = true
    error.value = null
    try {
      const edited = edits.history?.table
      const live = (row: number) => !edited?.isDeleted(row)
      const rows = Array.from({ length: table.rowCount }, (_, row) => row).filter(live)
      const csv = importFiles(check, mapping.objectName, rows)
      const headers = table.columns.map((c) => c.name)
      const cellOf = (row: number, column: number) => (edited ? edited.cell(row, table.columns[column]!.id) : table.cell(row, column))
      const rejected = rejectedRows(check, headers, (row) => table.sourceRow(row), cellOf).filter((r) => live(r.rowId))
      const result = await api.invoke('export:write', {
        dir: null,
        files: csv.map((f) => ({ name: f.name, text: f.text })),
        fixSheet: rejected.length === 0 ? null : { name: `${mapping.objectName}-rejected.xlsx`, input: { headers, rows: rejected, note: `Rows kept out of the ${mapping.objectName} import by Preflight.` } },
      })
      if (!result.ok) error.value = result.error.message
      else if (result.value.dir !== null) {
        note.value = { dir: result.value.dir, paths: result.value.paths, records: csv.reduce((n, f) => n + f.records, 0), rejected: rejected.length }
      }
    } finally {
      busy.value = false
    }
  }

  function dismiss(): void {
    note.value = null
    error.value = null
  }

  return { busy, note, error, exportAll, dismiss }
})
