// Pushing the whole project from the app: main reads every file as the project says (recipes replayed) and
// pushes them in import order with their journals beside the project, one bar per file. First a dry run says
// per file what its rows would do and which fields updates change; the user picks, per field, overwrite or only
// fill what the workspace has empty, then pushes. Pause and resume continue from the journals (nothing is sent
// twice); a relation to a record an earlier file created goes by its id. The open file is saved first, so the
// push sends what is on screen. "Undo this push" takes back every file's pushes, the last pushed first.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { FieldPolicy } from '../../../shared/push/plan-diff'
import type { ProjectPushFile } from '../../../shared/push/push-ipc'
import { getApi } from '../api'
import { t } from '../i18n'
import { pushControls, pushRate } from './push-controls'
import { usePushUndo } from './push-undo'
import { useProjectStore } from './project'
import { useTargetStore } from './target'

export type ProjectPushPhase = 'idle' | 'planning' | 'planned' | 'pushing' | 'paused' | 'done' | 'failed'

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
  /** Per file id, per field an update changes: overwrite or only fill when empty (chosen after the dry run). */
  const policies = ref<Record<string, Record<string, FieldPolicy>>>({})
  /** A dry run being cancelled: its end is not an error to show. */
  let cancelling = false

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
    if (event.stopped === null && phase.value === 'planning') {
      phase.value = 'planned'
      policies.value = Object.fromEntries(
        event.files.map((f) => [
          f.id,
          Object.fromEntries(
            (f.plan?.changes ?? []).map((c) => [c.field, policies.value[f.id]?.[c.field] ?? 'overwrite']),
          ),
        ]),
      )
    } else if (event.stopped === null) phase.value = 'done'
    else if (phase.value === 'planning') {
      phase.value = 'idle'
      error.value = event.stopped === 'error' && !cancelling ? (event.error?.message ?? t('push.dryRunStopped')) : null
    } else if (event.stopped === 'stopped') phase.value = phase.value === 'failed' ? 'failed' : 'paused'
    else {
      phase.value = 'failed'
      error.value = event.error?.message ?? t('push.stopped')
    }
  })

  /** The dry run of every file: what its rows would do, and which fields updates would change. Writes nothing. */
  async function plan(): Promise<void> {
    const workspaceId = target.workspaceId
    if (!workspaceId || !project.path) return
    phase.value = 'planning'
    error.value = null
    cancelling = false
    await project.flush()
    // Named here, so no event of a quick dry run arrives before its id is known.
    jobId.value = crypto.randomUUID()
    const result = await api.invoke('push:project-start', {
      workspaceId,
      projectPath: project.path,
      dryRun: true,
      jobId: jobId.value,
    })
    if (!result.ok) {
      phase.value = 'idle'
      error.value = result.error.message
      return
    }
    jobId.value = result.value.jobId
  }

  /** Pushes every file with the fields' chosen policies (after a dry run), or resumes a paused push. */
  async function start(): Promise<void> {
    const workspaceId = target.workspaceId
    if (!workspaceId || !project.path) return
    const resuming = phase.value === 'paused' && jobId.value !== null
    phase.value = 'pushing'
    error.value = null
    await project.flush()
    startedAt.value = performance.now()
    now.value = startedAt.value
    sentAtStart.value = resuming ? sent.value : 0
    if (!resuming) jobId.value = crypto.randomUUID()
    const result = await api.invoke('push:project-start', {
      workspaceId,
      projectPath: project.path,
      policies: policies.value,
      ...(jobId.value ? { jobId: jobId.value } : {}),
    })
    if (!result.ok) {
      phase.value = 'failed'
      error.value = result.error.message
      return
    }
    jobId.value = result.value.jobId
  }

  const controls = pushControls(jobId, phase, error)
  const { pause } = controls
  /** Cancels a push (records sent stay; say so) or a dry run (nothing was written). */
  async function cancel(): Promise<void> {
    if (phase.value !== 'planning') return controls.cancel()
    cancelling = true
    if (jobId.value) await api.invoke('push:stop', { jobId: jobId.value, hard: true })
  }

  // Undo the project's push, every file of it, last pushed first (push-undo.ts, push:undo-project).
  const undoing = usePushUndo({
    error,
    request: (dryRun, undoJob) => {
      const workspaceId = target.workspaceId
      if (!workspaceId || !project.path) return null
      return api.invoke('push:undo-project', { workspaceId, projectPath: project.path, dryRun, jobId: undoJob })
    },
    subject: () => project.path,
    forgetPush: () => {
      phase.value = 'idle'
      files.value = []
    },
  })

  return {
    phase,
    files,
    jobId,
    error,
    outDir,
    policies,
    sent,
    failed,
    known,
    unread,
    rate,
    plan,
    start,
    pause,
    cancel,
    ...undoing,
  }
})
