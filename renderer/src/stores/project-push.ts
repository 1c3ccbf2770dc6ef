// Pushing the whole project from the app: main reads every file as the project says (recipes replayed) and
// pushes them in import order with their journals beside the project, one bar per file. Pause and resume
// continue from the journals (nothing is sent twice); a relation to a record an earlier file created goes by
// its id. The open file is saved first, so the push sends what is on screen.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { ProjectPushFile } from '../../../shared/push/push-ipc'
import { getApi } from '../api'
import { pushControls, pushRate } from './push-controls'
import { useProjectStore } from './project'
import { useTargetStore } from './target'

export type ProjectPushPhase = 'idle' | 'pushing' | 'paused' | 'done' | 'failed'

export const useProjectPushStore = defineStore('project-push', () => {
  const api = getApi()
  const project = useProjectStore()
  const target = useTargetStore()
  const phase = ref<ProjectPushPhase>('idle')
  const files = shallowRef<readonly ProjectPushFile[]>([])
  const jobId = ref<string | null>(null)
  const error = ref<string | null>(null)
  const outDir = ref<string | null>(null)
  const startedAt = ref(0)
  const sentAtStart = ref(0)
  const now = ref(0)

  const sent = computed(() => files.value.reduce((n, f) => n + f.sent, 0))
  const failed = computed(() => files.value.reduce((n, f) => n + f.failed, 0))
  /** Records known so far (files not read yet count once read). */
  const known = computed(() => files.value.reduce((n, f) => n + (f.total ?? 0), 0))
  const unread = computed(() => files.value.filter((f) => f.total === null).length)
  const rate = computed(() => {
    if (phase.value !== 'pushing') return null
    // Files not read yet hold an unknown number of records: no ETA until every file is read.
    const left = unread.value === 0 ? known.value - sent.value - failed.value : null
    return pushRate(sent.value, sentAtStart.value, left, startedAt.value, now.value)
  })

  api.on('push:project-progress', (event) => {
    if (event.jobId !== jobId.value) return
    files.value = event.files
    now.value = performance.now()
  })
  api.on('push:project-done', (event) => {
    if (event.jobId !== jobId.value) return
    files.value = event.files
    outDir.value = event.outDir
    if (event.stopped === null) phase.value = 'done'
    else if (event.stopped === 'stopped') phase.value = phase.value === 'failed' ? 'failed' : 'paused'
    else {
      phase.value = 'failed'
      error.value = event.error?.message ?? 'The push stopped.'
    }
  })

  async function start(): Promise<void> {
    const workspaceId = target.workspaceId
    if (!workspaceId || !project.path) return
    const resuming = phase.value === 'paused' && jobId.value !== null
    phase.value = 'pushing'
    error.value = null
    await project.flush()
    startedAt.value = performance.now()
    now.value = startedAt.value
    sentAtStart.value = sent.value
    const result = await api.invoke('push:project-start', { workspaceId, projectPath: project.path, ...(resuming && jobId.value ? { jobId: jobId.value } : {}) })
    if (!result.ok) {
      phase.value = 'failed'
      error.value = result.error.message
      return
    }
    jobId.value = result.value.jobId
  }

  const { pause, cancel } = pushControls(jobId, phase, error)

  return { phase, files, jobId, error, outDir, sent, failed, known, unread, rate, start, pause, cancel }
})
