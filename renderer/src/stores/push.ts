// Pushing the checked rows from the app: a dry run (which rows would create a record and which would update
// one), then a push main runs with its journal, with progress, rate and ETA, pause (after the batches in
// flight), resume (the journal continues, nothing is sent twice) and cancel. Rows with errors are never sent.
// Undoing the file's pushes is push-undo.ts, part of this store.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { findObject } from '../../../shared/model/workspace-model'
import { applyPolicy, changedFields, type FieldPolicy } from '../../../shared/push/plan-diff'
import type { PushJournalTarget, PushRow } from '../../../shared/push/push-ipc'
import { rowIdentities } from '../../../shared/push/row-keys'
import { sourceKeyOf } from '../../../shared/migrate/source-ids'
import { withWholeComposites } from '../../../shared/push/whole-composites'
import { apiRecordsOf, emptyRowsOf } from '../../../shared/twenty-format/import-files'
import { writeCsv } from '../../../shared/twenty-format/write-csv'
import { getApi } from '../api'
import { currentLanguage, t } from '../i18n'
import { pushControls, pushRate } from './push-controls'
import { usePushUndo } from './push-undo'
import { useEditsStore } from './edits'
import { useMappingStore } from './mapping'
import { useOpenFileStore } from './open-file'
import { useProjectStore } from './project'
import { useCheckStore } from './check'
import { useTargetStore } from './target'

type Json = Record<string, unknown>
export type PushPhase = 'idle' | 'planning' | 'planned' | 'pushing' | 'paused' | 'done' | 'failed'

type PlannedRow = {
  readonly action: 'create' | 'update' | 'restore' | 'unchanged' | 'refused'
  readonly id: string | null
  readonly recognised: boolean
  readonly changed: boolean
  readonly current: Json | null
}

export interface PushPlan {
  /** The rows to push, each with its identity across pushes (row key, content hash). */
  readonly records: PushRow[]
  /** Per record, what the push will do and the workspace's record it updates (null current: it creates one). */
  readonly rows: readonly PlannedRow[]
  readonly create: number
  readonly update: number
  /** Updates that restore a record deleted in the workspace. */
  readonly restore: number
  /** Rows an earlier push landed, unchanged since: nothing is sent for them. */
  readonly unchanged: number
  /** Rows the workspace refused before, unchanged since: not sent again until fixed. */
  readonly refused: number
  readonly rejected: number
  /** Rows without errors whose mapped cells are all empty: neither pushed nor counted as records. */
  readonly empty: number
  /** The fields updates would change, with how many records each. */
  readonly changes: readonly { field: string; count: number }[]
  /** A few updates, field by field: the row, the value in the workspace and the new one. */
  readonly samples: readonly { row: number; field: string; current: string; next: string }[]
}

const SAMPLES = 12
const shown = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  // A record's field is JSON: what is left is an object or an array.
  return JSON.stringify(value)
}

export const usePushStore = defineStore('push', () => {
  const api = getApi()
  const files = useOpenFileStore()
  const mapping = useMappingStore()
  const edits = useEditsStore()
  const checker = useCheckStore()
  const target = useTargetStore()
  const project = useProjectStore()
  /** The push goes to the workspace the work is prepared for. */
  const workspaceId = computed<string | null>({ get: () => target.workspaceId, set: (id) => (target.workspaceId = id) })
  const phase = ref<PushPhase>('idle')
  const plan = shallowRef<PushPlan | null>(null)
  const progress = shallowRef<{ total: number; sent: number; failed: number } | null>(null)
  const startedAt = ref(0)
  const sentAtStart = ref(0)
  const now = ref(0)
  const jobId = ref<string | null>(null)
  const error = ref<string | null>(null)
  const failures = shallowRef<readonly { row: number; message: string }[]>([])
  /** Per field an update changes: overwrite the workspace's value, or only fill it when empty. */
  const policy = ref<Record<string, FieldPolicy>>({})
  /** The dry run in progress (its lookup can be cancelled) and how far its lookup has got. */
  const planId = ref<string | null>(null)
  const lookup = shallowRef<{ done: number; total: number } | null>(null)

  api.on('push:lookup', (event) => {
    if (event.planId === planId.value) lookup.value = { done: event.done, total: event.total }
  })

  api.on('push:progress', (event) => {
    if (event.jobId !== jobId.value) return
    progress.value = { total: event.total, sent: event.sent, failed: event.failed }
    now.value = performance.now()
  })
  api.on('push:done', (event) => {
    if (event.jobId !== jobId.value) return
    failures.value = event.outcomes
      .filter((o) => o.status === 'failed')
      .map((o) => ({ row: o.row, message: o.message ?? 'The workspace refused the record.' }))
    if (event.stopped === null) phase.value = 'done'
    else if (event.stopped === 'stopped') phase.value = phase.value === 'failed' ? 'failed' : 'paused'
    else {
      phase.value = 'failed'
      error.value = event.error?.message ?? t('push.stopped')
    }
  })

  /** Records per second since this run started, and the seconds left at that rate. */
  const rate = computed(() => {
    const p = progress.value
    return p ? pushRate(p.sent, sentAtStart.value, p.total - p.sent - p.failed, startedAt.value, now.value) : null
  })

  /** The rows without errors as the API takes them (edits included, deleted rows left out). */
  function records(): { row: number; record: Json }[] | null {
    const check = checker.check
    const table = files.table
    const object = findObject(mapping.model, mapping.objectName)
    if (!check || !table || !object || checker.status !== 'done') return null
    const edited = edits.history?.table
    return apiRecordsOf(check, object, (row) => edited?.isDeleted(row) ?? false)
  }

  /** The source system's record id of each row, when the open file is a migration's (its project says which column). */
  function sourceKeysOf(rows: readonly number[]): (string | null)[] | undefined {
    const source = project.path ? project.entries.find((e) => e.id === project.openId)?.source : undefined
    const table = files.table
    const column = source?.keyColumn && table ? table.columns.findIndex((c) => c.name === source.keyColumn) : -1
    if (!source || !table || column < 0) return undefined
    return rows.map((row) => sourceKeyOf(source.system, edits.cellNow(table, row, column)))
  }

  /**
   * Where this file's push journal lives: beside its project once saved (as `preflight push <project>` keeps it),
   * else beside the file. A push then survives a quit or a crash, and any later push continues it.
   */
  function journalTarget(): PushJournalTarget | null {
    if (project.path) return { projectPath: project.path, fileId: project.openId }
    return files.file ? { sourcePath: files.file.path } : null
  }

  async function makePlan(): Promise<void> {
    const all = records()
    const journal = journalTarget()
    const object = findObject(mapping.model, mapping.objectName)
    if (!workspaceId.value || !all || !journal || !object) {
      error.value = t('push.notReady')
      return
    }
    phase.value = 'planning'
    error.value = null
    // Identities come from the records as the file makes them, before any id is set for the push. A migration's
    // file keys its rows by their source ids, as `preflight migrate` and the project push journal them.
    const identities = rowIdentities(
      object,
      all.map((r) => r.record),
      sourceKeysOf(all.map((r) => r.row)),
    )
    const rows: PushRow[] = all.map((r, i) => ({
      row: r.row,
      line: files.table?.sourceRow(r.row) ?? null,
      record: r.record,
      ...identities[i]!,
    }))
    planId.value = crypto.randomUUID()
    lookup.value = null
    const result = await api.invoke('push:plan', {
      workspaceId: workspaceId.value,
      object: mapping.objectName,
      journal,
      rows,
      planId: planId.value,
    })
    planId.value = null
    if (!result.ok) {
      // A dry run cancelled by the user is not an error: nothing was written.
      phase.value = result.error.code === 'PUSH_CANCELLED' ? 'idle' : 'failed'
      error.value = result.error.code === 'PUSH_CANCELLED' ? null : result.error.message
      return
    }
    const planned = result.value.rows
    const current = planned.map((p) => p.current)
    // An update names its record by id, so the upsert cannot match anything else.
    const withIds = rows.map((r, i) =>
      planned[i]!.id && !planned[i]!.recognised ? { ...r, record: { ...r.record, id: planned[i]!.id } } : r,
    )
    const count = (action: PlannedRow['action']) => planned.filter((p) => p.action === action).length
    let rejected = 0
    checker.check?.rowHasError.forEach(
      (flag, row) => (rejected += flag && !edits.history?.table.isDeleted(row) ? 1 : 0),
    )
    const empty = checker.check
      ? emptyRowsOf(checker.check, (row) => edits.history?.table.isDeleted(row) ?? false).length
      : 0
    const counts = new Map<string, number>()
    const samples: PushPlan['samples'][number][] = []
    withIds.forEach((r, i) => {
      const now = current[i] as Json | null
      if (!now) return
      for (const field of changedFields(now, r.record)) {
        counts.set(field, (counts.get(field) ?? 0) + 1)
        if (samples.length < SAMPLES)
          samples.push({
            row: files.table?.sourceRow(r.row) ?? r.row,
            field,
            current: shown(now[field]),
            next: shown(r.record[field]),
          })
      }
    })
    const changes = [...counts].map(([field, count]) => ({ field, count })).sort((a, b) => b.count - a.count)
    policy.value = Object.fromEntries(changes.map((c) => [c.field, policy.value[c.field] ?? 'overwrite']))
    plan.value = {
      records: withIds,
      rows: planned,
      create: count('create'),
      update: count('update'),
      restore: count('restore'),
      unchanged: count('unchanged'),
      refused: count('refused'),
      rejected,
      empty,
      changes,
      samples,
    }
    // The rows whose record already exists are marked in the grid (uniqueness against the workspace).
    checker.setWorkspaceMatches(withIds.filter((_, i) => planned[i]!.id !== null).map((r) => r.row))
    phase.value = 'planned'
    jobId.value = null
    progress.value = null
  }

  async function start(): Promise<void> {
    const current = plan.value
    const journal = journalTarget()
    const object = findObject(mapping.model, mapping.objectName)
    if (!current || !workspaceId.value || !journal || !object) return
    phase.value = 'pushing'
    error.value = null
    startedAt.value = performance.now()
    now.value = startedAt.value
    sentAtStart.value = progress.value?.sent ?? 0
    const chosen = policy.value
    // An update sends what the chosen policy keeps, and its composite fields whole (the server would clear the rest).
    const records = current.records.map((r, i) => {
      const { current: held, action } = current.rows[i]!
      if (!held) return r
      return {
        ...r,
        record: withWholeComposites(object, held, applyPolicy(held, r.record, chosen)),
        ...(action === 'restore' ? { action } : {}),
      }
    })
    const result = await api.invoke('push:start', {
      workspaceId: workspaceId.value,
      object: mapping.objectName,
      journal,
      records,
      ...(jobId.value ? { jobId: jobId.value } : {}),
    })
    if (!result.ok) {
      phase.value = 'failed'
      error.value = result.error.message
      return
    }
    jobId.value = result.value.jobId
  }

  /** The rows the workspace refused in the last push, shown in the grid. */
  function showFailures(): void {
    checker.setFilter(() => t('push.refusedRows'), Uint32Array.from(failures.value.map((f) => f.row)).sort())
    mapping.show('data')
  }

  /** The rows behind a number of the dry run, shown in the grid. */
  function showRows(kind: 'create' | 'update' | 'rejected'): void {
    const current = plan.value
    const check = checker.check
    if (!current) return
    let rows: number[]
    if (kind === 'rejected') {
      rows = []
      check?.rowHasError.forEach((flag, row) => flag && !edits.history?.table.isDeleted(row) && rows.push(row))
    } else {
      const shown = kind === 'create' ? ['create'] : ['update', 'restore']
      rows = current.records.filter((_, i) => shown.includes(current.rows[i]!.action)).map((r) => r.row)
    }
    const label = kind === 'create' ? 'push.createRows' : kind === 'update' ? 'push.updateRows' : 'push.keptOutRows'
    checker.setFilter(() => t(label), Uint32Array.from(rows).sort())
    mapping.show('data')
  }

  const { pause, cancel } = pushControls(jobId, phase, error)

  // Undo this file's pushes (push-undo.ts): a push undone leaves nothing of its plan or progress here.
  const undoing = usePushUndo({
    error,
    request: (dryRun, jobId) => {
      const journal = journalTarget()
      if (!workspaceId.value || !journal) return null
      return api.invoke('push:undo', {
        workspaceId: workspaceId.value,
        object: mapping.objectName,
        journal,
        dryRun,
        jobId,
      })
    },
    subject: () => files.file?.path,
    forgetPush: () => {
      plan.value = null
      progress.value = null
      phase.value = 'idle'
    },
  })

  /** Cancels the dry run's lookup (nothing is written by a dry run). */
  async function cancelPlan(): Promise<void> {
    if (planId.value) await api.invoke('push:stop', { jobId: planId.value, hard: true })
  }

  /** The rows the workspace refused, as a fix sheet with its message (written by main into a folder). */
  async function exportFailures(): Promise<void> {
    const table = files.table
    if (!table || failures.value.length === 0) return
    const headers = table.columns.map((c) => c.name)
    const cellOf = (row: number, column: number) => edits.cellNow(table, row, column)
    const rows = failures.value.map(({ row, message }) => ({
      rowId: row,
      sourceRow: table.sourceRow(row),
      cells: headers.map((_, c) => cellOf(row, c)),
      problems: [{ severity: 'error' as const, message: t('fixSheet.refusedRow', { message }) }],
    }))
    // The same rows as a CSV with the server's message in an Errors column, beside the fix sheet.
    const csv = writeCsv(
      [...headers, 'Errors'],
      failures.value.map(({ row, message }) => [...headers.map((_, c) => cellOf(row, c)), message]),
    )
    const result = await api.invoke('export:write', {
      dir: null,
      files: [{ name: `${mapping.objectName}-failed.csv`, text: csv }],
      fixSheet: { name: `${mapping.objectName}-failed.xlsx`, input: { headers, rows } },
      language: currentLanguage(),
    })
    if (!result.ok) error.value = result.error.message
  }

  return {
    workspaceId,
    phase,
    plan,
    policy,
    lookup,
    progress,
    rate,
    jobId,
    error,
    failures,
    makePlan,
    cancelPlan,
    start,
    pause,
    cancel,
    exportFailures,
    showRows,
    showFailures,
    ...undoing,
  }
})
