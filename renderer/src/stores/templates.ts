// Mapping templates from the renderer's side: the saved ones (listed by main from the app data folder), the
// one to offer for the open file's headers, and applying or saving one.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { templateToOffer, type MappingTemplate } from '../../../shared/mapping/mapping-template'
import { getApi } from '../api'
import { t } from '../i18n'
import { useMappingStore } from './mapping'
import { useOpenFileStore } from './open-file'

export const useTemplatesStore = defineStore('templates', () => {
  const api = getApi()
  const files = useOpenFileStore()
  const mapping = useMappingStore()
  const templates = shallowRef<readonly MappingTemplate[]>([])
  const invalid = shallowRef<readonly { file: string; reason: string }[]>([])
  const message = ref<string | null>(null)
  /** Files whose offer the user dismissed or took (by path). */
  const settled = ref(new Set<string>())

  async function refresh(): Promise<void> {
    const result = await api.invoke('template:list', {})
    if (result.ok) {
      templates.value = result.value.templates
      invalid.value = result.value.invalid
    }
  }

  const headers = computed(() => files.table?.columns.map((c) => c.name) ?? [])
  const offer = computed(() => {
    const path = files.file?.path
    if (!path || settled.value.has(path)) return null
    return templateToOffer(templates.value, headers.value)
  })

  function settle(): void {
    const path = files.file?.path
    if (path) settled.value = new Set([...settled.value, path])
  }

  function apply(template: MappingTemplate): void {
    mapping.restore(template.object, template.columns, template.settings)
    message.value = t('templates.applied', { name: template.name })
    settle()
  }

  async function saveCurrent(name: string): Promise<void> {
    const trimmed = name.trim()
    if (trimmed === '') {
      message.value = t('templates.needsName')
      return
    }
    const result = await api.invoke('template:save', {
      name: trimmed,
      object: mapping.objectName,
      headers: headers.value,
      columns: mapping.effectiveColumns(),
      settings: { ...mapping.settings },
    })
    message.value = result.ok ? t('templates.saved', { name: result.value.template.name }) : result.error.message
    if (result.ok) {
      settle()
      await refresh()
    }
  }

  watch(
    () => files.file?.path,
    () => {
      message.value = null
      void refresh()
    },
    { immediate: true },
  )

  return { templates, invalid, message, offer, refresh, apply, saveCurrent, settle }
})
