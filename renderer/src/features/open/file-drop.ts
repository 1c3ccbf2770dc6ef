// Turning a drag and drop into a path main can open (Electron gives dropped files their path via pathForFile).
import { getApi } from '../../api'

/** Whether a drag carries files (not text or links). */
export function dragHasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

/** The path of the first dropped file; null when nothing droppable came (e.g. a link, or a file with no path). */
export function droppedFilePath(event: DragEvent): string | null {
  const file = event.dataTransfer?.files[0]
  if (!file) return null
  const path = getApi().pathForFile(file)
  return path === '' ? null : path
}

export const NOT_A_FILE_ERROR = {
  code: 'DROP_NOT_A_FILE',
  message: 'Only files from your computer can be dropped here. Drop a CSV, TSV, TXT, XLSX or XLS file.',
} as const
