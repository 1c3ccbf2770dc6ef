// Saved workspace connections as the renderer knows them: summaries with `hasKey`, never a key. A key typed by
// the user goes straight into workspace:set-key and is not kept here; each workspace's last test result is.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AppError } from '../../../shared/ipc/result'
import type { WorkspaceTestReport } from '../../../shared/workspace/workspace-connection'
import type { WorkspaceDraft, WorkspaceSummary } from '../../../shared/workspace/workspace-profile'
import { getApi } from '../api'

/** The last connection test of one workspace. */
export type ConnectionStatus =
  | { readonly kind: 'testing' }
  | { readonly kind: 'connected'; readonly report: WorkspaceTestReport }
  | { readonly kind: 'failed'; readonly error: AppError }

const ipcFailure = (cause: unknown): { ok: false; error: AppError } => ({
  ok: false,
  error: { code: 'IPC_FAILED', message: String(cause) },
})

export const useWorkspacesStore = defineStore('workspaces', () => {
  const api = getApi()

  const isOpen = ref(false)
  const workspaces = shallowRef<readonly WorkspaceSummary[]>([])
  const keychainError = shallowRef<AppError | null>(null)
  /** The failure of the last save, key or remove request (tests report theirs in `statuses`). */
  const error = shallowRef<AppError | null>(null)
  const statuses = ref<Record<string, ConnectionStatus>>({})
  const selectedId = ref<string | null>(null)
  const busy = ref(false)

  const selected = computed(() => workspaces.value.find((w) => w.id === selectedId.value) ?? null)

  function replace(summary: WorkspaceSummary): void {
    const others = workspaces.value.filter((w) => w.id !== summary.id)
    workspaces.value = workspaces.value.some((w) => w.id === summary.id)
      ? workspaces.value.map((w) => (w.id === summary.id ? summary : w))
      : [...others, summary]
  }

  async function load(): Promise<void> {
    const result = await api.invoke('workspace:list', {}).catch(ipcFailure)
    if (!result.ok) {
      error.value = result.error
      return
    }
    workspaces.value = result.value.workspaces
    keychainError.value = result.value.keychainError
    if (selectedId.value !== null && !selected.value) selectedId.value = null
  }

  async function open(): Promise<void> {
    isOpen.value = true
    error.value = null
    await load()
  }

  function close(): void {
    isOpen.value = false
  }

  function select(id: string | null): void {
    selectedId.value = id
    error.value = null
  }

  /** Runs one request that answers with a workspace summary; true when it succeeded. */
  async function withSummary(
    request: () => Promise<{ ok: true; value: { workspace: WorkspaceSummary } } | { ok: false; error: AppError }>,
  ): Promise<boolean> {
    busy.value = true
    error.value = null
    try {
      const result = await request().catch(ipcFailure)
      if (!result.ok) {
        error.value = result.error
        return false
      }
      replace(result.value.workspace)
      selectedId.value = result.value.workspace.id
      return true
    } finally {
      busy.value = false
    }
  }

  function save(draft: WorkspaceDraft): Promise<boolean> {
    return withSummary(() => api.invoke('workspace:save', draft))
  }

  /** Hands the key to main; the caller clears its field whatever the outcome. */
  function setKey(workspaceId: string, apiKey: string): Promise<boolean> {
    forgetStatus(workspaceId)
    return withSummary(() => api.invoke('workspace:set-key', { workspaceId, apiKey }))
  }

  function clearKey(workspaceId: string): Promise<boolean> {
    forgetStatus(workspaceId)
    return withSummary(() => api.invoke('workspace:clear-key', { workspaceId }))
  }

  function forgetStatus(workspaceId: string): void {
    const { [workspaceId]: _dropped, ...rest } = statuses.value
    statuses.value = rest
  }

  async function test(workspaceId: string): Promise<void> {
    statuses.value = { ...statuses.value, [workspaceId]: { kind: 'testing' } }
    const result = await api.invoke('workspace:test', { workspaceId }).catch(ipcFailure)
    const status: ConnectionStatus = result.ok
      ? { kind: 'connected', report: result.value }
      : { kind: 'failed', error: result.error }
    statuses.value = { ...statuses.value, [workspaceId]: status }
  }

  async function remove(workspaceId: string): Promise<boolean> {
    busy.value = true
    error.value = null
    try {
      const result = await api.invoke('workspace:remove', { workspaceId }).catch(ipcFailure)
      if (!result.ok) {
        error.value = result.error
        return false
      }
      workspaces.value = result.value.workspaces
      keychainError.value = result.value.keychainError
      forgetStatus(workspaceId)
      if (selectedId.value === workspaceId) selectedId.value = null
      return true
    } finally {
      busy.value = false
    }
  }

  function dismissError(): void {
    error.value = null
  }

  return {
    isOpen,
    workspaces,
    keychainError,
    error,
    statuses,
    selectedId,
    selected,
    busy,
    load,
    open,
    close,
    select,
    save,
    setKey,
    clearKey,
    test,
    remove,
    dismissError,
  }
})
