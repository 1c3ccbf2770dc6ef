// The workspace the open work is prepared for, and the data model the mapping and the check use: that workspace's
// cached model (custom objects, fields, unique fields and select options; it works offline once fetched), or
// the stock model when none is chosen or none has been fetched yet. The push goes to the same workspace.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import type { WorkspaceModel } from '../../../shared/model/workspace-model'
import { getApi } from '../api'
import { t } from '../i18n'
import { useWorkspacesStore } from './workspaces'

export const useTargetStore = defineStore('target', () => {
  const api = getApi()
  const workspaces = useWorkspacesStore()
  const workspaceId = ref<string | null>(null)
  const model = shallowRef<WorkspaceModel>(DEFAULT_MODEL)
  /** When the model in use was fetched from the workspace; null for the stock model. */
  const fetchedAt = ref<string | null>(null)
  /** Why the stock model is in use although a workspace is chosen. */
  const note = ref<string | null>(null)
  let seq = 0

  const workspace = computed(() => workspaces.workspaces.find((w) => w.id === workspaceId.value) ?? null)

  async function load(): Promise<void> {
    const id = workspaceId.value
    const mine = ++seq
    if (id === null) {
      model.value = DEFAULT_MODEL
      fetchedAt.value = null
      note.value = null
      return
    }
    const result = await api.invoke('workspace:data-model', { workspaceId: id })
    if (mine !== seq) return
    if (result.ok && result.value.model) {
      model.value = result.value.model
      fetchedAt.value = result.value.fetchedAt
      note.value = null
    } else {
      model.value = DEFAULT_MODEL
      fetchedAt.value = null
      note.value = result.ok ? t('mapping.modelNotFetched') : result.error.message
    }
  }

  watch(workspaceId, () => void load())
  // A connection test fetches the model again: use the new one.
  watch(
    () => (workspaceId.value ? workspaces.statuses[workspaceId.value] : undefined),
    (status) => {
      if (status?.kind === 'connected') void load()
    },
  )

  /** Chooses the saved workspace at a base URL (a project remembers its workspace that way); none if unknown. */
  async function chooseByBaseUrl(baseUrl: string | null): Promise<void> {
    if (baseUrl === null) {
      workspaceId.value = null
      return
    }
    if (workspaces.workspaces.length === 0) await workspaces.load()
    workspaceId.value = workspaces.workspaces.find((w) => w.baseUrl === baseUrl)?.id ?? null
  }

  return { workspaceId, workspace, model, fetchedAt, note, chooseByBaseUrl, reload: load }
})
