// Pushing one checked file: the send of its valid rows through the journaled engine (or the plan of a dry run) into
// a workspace session (profile, connection, live model), and the rejected and failed rows written beside in the
// language asked for. Shared by `push <file>`, `push <project>` (push-project.ts) and the app's project push.
// A journal it cannot continue from is a UserError PIPELINE_FAILED with the journal's own words.
import { join } from 'node:path'
import type { WorkspaceModel } from '../../../shared/model/workspace-model'
import { apiRecordsOf, emptyRowsOf } from '../../../shared/twenty-format/import-files'
import { changedFields, type FieldPolicy } from '../../../shared/push/plan-diff'
import { rowIdentities } from '../../../shared/push/row-keys'
import { planPush } from './planning/push-planning'
import type { PushConnection } from './sending/batch-request'
import { JournalCorruptError, RollbackPendingError, type RowId } from './journal/push-journal'
import { LegacyJournalError, runPush, type PushProgress, type PushStop } from './push-runner'
import { PIPELINE_FAILED, UserError } from '../ipc/user-error'
import { writeRejectedFile, writeRowsFile, writeRowsFixSheet } from '../export/export-files'
import { fixSheetFormatter, fixSheetText } from '../export/fix-sheet-layout'
import type { Language } from '../../../shared/messages/languages'
import type { PushedKeys } from '../../../shared/push/pushed-keys'
import type { RecordDraft } from '../../../shared/twenty-format/assemble-record'
import type { PreparedCheck } from '../project/prepare-check'
import type { WorkspaceProfile } from '../../../shared/workspace/workspace-profile'
import { withLinks, type RowHooks } from '../migrate/migrate-links'
import type { LookupProgress } from './planning/find-existing'

/** A workspace to push into: its profile, a checked connection and, when it was asked for, its live data model. */
export interface PushSession {
  readonly profile: WorkspaceProfile
  readonly connection: PushConnection
  readonly model: WorkspaceModel | undefined
}

/** Where a push's progress goes (the CLI draws a bar on stderr, the app sends events). */
export interface ProgressReporter {
  update(progress: PushProgress): void
  /** The lookup of existing records before anything is sent (values asked of the workspace so far). */
  lookup?(progress: LookupProgress): void
  /** Ends the bar's line (a terminal) so later output starts on a fresh one. */
  finish(): void
}

const NO_PROGRESS: ProgressReporter = { update: () => undefined, finish: () => undefined }

/** How one prepared file is pushed. */
export interface PushPlan {
  readonly dryRun: boolean
  readonly batchSize: number | undefined
  readonly rate: number | undefined
  readonly journalPath: string
  readonly outDir: string
  /** Replaces the object's name in the rejected and failed files' names (two files of one object in a project). */
  readonly outName?: string
  readonly stop: AbortSignal
  readonly hard: AbortSignal
  /**
   * A project push's records landed so far: relations to them go as join columns, and this file's landed records
   * are added for the files after it.
   */
  readonly keys?: PushedKeys
  /** Makes the reporter progress goes to, as the push starts (default: none). */
  readonly progress?: () => ProgressReporter
  /** The sha-256 of the source file version (an edited row of the same version keeps its record). */
  readonly source?: string | null
  /** Per field, how an update treats a value the workspace holds (default: overwrite). */
  readonly policy?: Readonly<Record<string, FieldPolicy>>
  /** The language of the rejected and failed rows' fix sheets and messages (default: English). */
  readonly language?: Language
  /**
   * A migration's rows: each row's source key (its journal row key becomes `src:<key>`), its links to earlier
   * files' records and to workspace members (join columns, where the row does not set the relation itself), fields
   * it gives where the row sets none (a note's title), and where each row landed.
   */
  readonly rows?: RowHooks
}

export interface PushedFile {
  /** The JSON for stdout: the plan of a dry run, or the counts of a push. */
  readonly report: { readonly [key: string]: unknown }
  readonly counts: { created: number; updated: number; failed: number; rejected: number; skipped: number }
  /** File-level problems found reading the file (an unclosed quote, rows wider than the header…). */
  readonly fileWarnings: number
  /** Null when the file is done; else why it stopped (run again to continue from the journal). */
  readonly stopped: PushStop | null
}

/**
 * Per field, how many of the planned updates (and restores) would change its value in the workspace, most first:
 * what a user decides "overwrite" or "only fill when empty" for.
 */
function changesOf(
  planned: readonly { action: string; current: Readonly<Record<string, unknown>> | null }[],
  valid: readonly { record: Readonly<Record<string, unknown>> }[],
): Record<string, number> {
  const counts = new Map<string, number>()
  planned.forEach((p, i) => {
    if (p.current === null || (p.action !== 'update' && p.action !== 'restore')) return
    for (const field of changedFields(p.current, valid[i]!.record)) counts.set(field, (counts.get(field) ?? 0) + 1)
  })
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
}

/** Sends a checked file's valid rows (or, for a dry run, plans them), writing rejected and failed rows beside. */
export async function pushPrepared(prepared: PreparedCheck, session: PushSession, plan: PushPlan): Promise<PushedFile> {
  const { object, loaded, check } = prepared
  const { connection, profile } = session
  const { stop, hard, journalPath, outDir } = plan
  const table = loaded.table

  // A relation to a record an earlier file of the project landed goes by that record's id.
  const { keys } = plan
  let linked = 0
  const relationIdsOf = keys
    ? (draft: RecordDraft) => {
        const ids = keys.relationIds(object, draft)
        linked += ids.size
        return ids
      }
    : undefined
  const { rows: hooks } = plan
  const valid = apiRecordsOf(check, object, undefined, relationIdsOf).map((item) => {
    if (!hooks) return item
    const { record, added } = withLinks(object, item.record, hooks.relationIds(item.row))
    linked += added
    // Fields the migration gives where the row sets none (a note's title from its body's first line).
    return { row: item.row, record: hooks.fields ? { ...hooks.fields(item.row), ...record } : record }
  })
  const empty = emptyRowsOf(check).length
  let rejected = 0
  for (const flag of check.rowHasError) rejected += flag
  const identities = rowIdentities(
    object,
    valid.map((item) => item.record),
    hooks ? valid.map((item) => hooks.sourceKey(item.row)) : undefined,
  )
  const progress = plan.progress?.() ?? NO_PROGRESS
  const planned = await planPush({
    connection,
    object,
    journalPath,
    source: plan.source ?? null,
    rows: valid.map((item, i) => ({
      row: item.row,
      line: table.sourceRow(item.row),
      record: item.record,
      identity: identities[i]!,
    })),
    lookup: { signal: hard, onProgress: (p) => progress.lookup?.(p) },
    ...(plan.policy ? { policy: plan.policy } : {}),
  }).catch((error: unknown) => {
    if (
      error instanceof JournalCorruptError ||
      error instanceof LegacyJournalError ||
      error instanceof RollbackPendingError
    )
      throw new UserError(PIPELINE_FAILED, error.message)
    throw error
  })
  const rowCounts = { recognised: 0, changed: 0, new: 0 }
  for (const row of planned.rows) {
    if (row.changed) rowCounts.changed++
    if (row.recognised) rowCounts.recognised++
    else rowCounts.new++
  }
  const warnings = prepared.fileWarnings.length > 0 ? { fileWarnings: prepared.fileWarnings } : {}
  const deletedNote = planned.deletedUnknown
    ? {
        note: 'The workspace did not show its deleted records: a row counted as create may restore a deleted record instead.',
      }
    : {}

  const indexOf = new Map<RowId, number>(valid.map((item, i) => [item.row, i]))
  if (plan.dryRun) {
    // A record the workspace already holds has its id now: a later file's relations to it go by that id, as the
    // push itself would send them (else an unchanged row that a push linked by id would read as changed).
    for (const p of planned.rows) {
      if (p.id === null) continue
      hooks?.landed(p.row as number, p.id)
      keys?.add(object, valid[indexOf.get(p.row)!]!.record, p.id)
    }
    const rows = planned.rows.map((p) => ({
      row: table.sourceRow(p.row as number),
      action: p.action,
      ...(p.id === null ? {} : { id: p.id }),
      ...(p.message ? { message: p.message } : {}),
    }))
    const count = (action: string) => rows.filter((p) => p.action === action).length
    const changes = changesOf(planned.rows, valid)
    const report = {
      create: count('create'),
      update: count('update'),
      restore: count('restore'),
      unchanged: count('unchanged'),
      refused: count('refused'),
      rejected,
      empty,
      ...rowCounts,
      changes,
      ...warnings,
      ...deletedNote,
      journal: null,
      plan: rows,
    }
    const counts = { created: 0, updated: 0, failed: 0, rejected, skipped: 0 }
    return {
      report,
      counts,
      fileWarnings: prepared.fileWarnings.length,
      stopped: stop.aborted ? { reason: 'aborted' } : null,
    }
  }

  const result = await runPush({
    connection,
    plural: object.namePlural,
    records: planned.records,
    journalPath,
    source: plan.source ?? null,
    batchSize: plan.batchSize ?? profile.batchSize,
    ratePerMinute: plan.rate ?? profile.rateLimitPerMinute,
    stop,
    signal: hard,
    onProgress: (p) => progress.update(p),
  })
  progress.finish()

  const changes = { created: 0, updated: 0, restored: 0, unchanged: 0 }
  const failedMessages = new Map<number, string>()
  for (const outcome of result.outcomes) {
    if (outcome.status === 'failed') {
      failedMessages.set(outcome.row as number, outcome.message ?? 'The workspace refused the record.')
      continue
    }
    keys?.add(object, valid[indexOf.get(outcome.row)!]!.record, outcome.id)
    hooks?.landed(outcome.row as number, outcome.id)
    changes[outcome.change]++
  }
  const outName = plan.outName ?? object.namePlural
  const language = plan.language ?? 'en'
  await writeRejectedFile(prepared, outDir, outName, language)
  await writeRowsFile(prepared, join(outDir, `${outName}-failed.csv`), failedMessages)
  const refused = fixSheetFormatter(language, 'refusedRow', ['message'])
  const failedProblems = new Map(
    [...failedMessages].map(([row, message]) => [row, [{ severity: 'error' as const, message: refused({ message }) }]]),
  )
  const failedNote = fixSheetText(language, 'noteRefused', { object: object.labelPlural })
  await writeRowsFixSheet(prepared, join(outDir, `${outName}-failed.xlsx`), failedProblems, failedNote, language)
  const counts = {
    created: changes.created,
    updated: changes.updated + changes.restored,
    failed: failedMessages.size,
    rejected,
    skipped: changes.unchanged,
  }
  const report = {
    ...counts,
    restored: changes.restored,
    empty,
    ...rowCounts,
    ...warnings,
    ...deletedNote,
    ...(keys || hooks ? { linkedById: linked } : {}),
    journal: journalPath,
  }
  return { report, counts, fileWarnings: prepared.fileWarnings.length, stopped: result.stopped }
}
