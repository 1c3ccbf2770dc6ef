// Turning a drag and drop into a path main can open (Electron gives dropped files their path via pathForFile).
import type { AppError } from '../../../../shared/ipc/result'
import { getApi } from '../../api'
import { t } from '../../i18n'

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

/** What a drop of something that is not a file says, in the current language. */
export function notAFileError(): AppError {
  return { code: 'DROP_NOT_A_FILE', message: t('start.notAFile') }
}
