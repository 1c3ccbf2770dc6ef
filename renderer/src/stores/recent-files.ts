// The recent-files list the start screen shows, a part of the open-file store: read from main after each load
// and on closing a file, and an entry taken out on request. A failure is reported as the open-file store's error.
import { shallowRef, type ShallowRef } from 'vue'
import type { RecentFile } from '../../../shared/files/open-file'
import type { AppError } from '../../../shared/ipc/result'
import { getApi } from '../api'

export function useRecentFiles(error: ShallowRef<AppError | null>) {
  const api = getApi()
  const recent = shallowRef<readonly RecentFile[]>([])

  async function loadRecent(): Promise<void> {
    const result = await api.invoke('file:recent-list', {})
    if (result.ok) recent.value = result.value.files
    else error.value = result.error
  }

  async function removeRecent(path: string): Promise<void> {
    const result = await api.invoke('file:recent-remove', { path })
    if (result.ok) recent.value = result.value.files
    else error.value = result.error
  }

  return { recent, loadRecent, removeRecent }
}
