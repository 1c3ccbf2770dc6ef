// Plans a push before anything is written, the same way for the CLI, the app, a dry run and a real run: each row's
// fate from its row key against the journal (row-plan.ts), then one paced lookup in the workspace for the rows the
// journal does not know (create, update, or restore a soft-deleted record) and for those it knows changed (their
// current values), so every update sends its composite fields whole, and the journal can keep what an update or a
// restore changes (rollback-previous.ts) for a rollback.
// Read-only: this file reads the journal and sends GETs; it never writes.
import type { ObjectModel } from '../../../../shared/model/workspace-model'
import { applyPolicy, type FieldPolicy } from '../../../../shared/push/plan-diff'
import type { RowIdentity } from '../../../../shared/push/row-keys'
import { withWholeComposites } from '../../../../shared/push/whole-composites'
import type { PushConnection } from '../sending/batch-request'
import { findExistingMatches, type LookupOptions } from './find-existing'
import { assertNoRollbackPending, readPushJournal, type RowAction, type RowId } from '../journal/push-journal'
import { LegacyJournalError, type PushRecord } from '../push-runner'
import { previousValues } from '../rollback/rollback-previous'
import { isLegacyJournal, planRows } from './row-plan'

type Json = Readonly<Record<string, unknown>>

/** What the push will do with a row, as a dry run reports it. */
export type PlannedAction = 'create' | 'update' | 'restore' | 'unchanged' | 'refused'

export interface RowPlan {
  readonly row: RowId
  readonly action: PlannedAction
  /** The record it updates, restores or left unchanged (null: a create). */
  readonly id: string | null
  /** The row's key was in the journal (an earlier run sent it). */
  readonly recognised: boolean
  /** A recognised row whose content changed since it landed. */
  readonly changed: boolean
  /** The server's message, for a row it refused before and whose content is unchanged. */
  readonly message?: string
  /** The record as the workspace holds it, for an update or a restore (null when not looked up). */
  readonly current: Json | null
}

export interface PushPlanInput {
  readonly connection: PushConnection
  readonly object: ObjectModel
  readonly journalPath: string
  /** The sha-256 of the source file version (null when unknown). */
  readonly source: string | null
  /** The rows to push as the file makes them (no id set for the push), with their identities. */
  readonly rows: readonly {
    readonly row: RowId
    readonly line?: number | null
    readonly record: Json
    readonly identity: RowIdentity
  }[]
  readonly lookup?: LookupOptions
  /**
   * Per field, how an update treats a value the workspace already holds: 'overwrite' (the default) or 'fill'
   * (sent only where the workspace's value is empty, subfield by subfield for composites).
   */
  readonly policy?: Readonly<Record<string, FieldPolicy>>
}

export interface PushPlanResult {
  readonly rows: RowPlan[]
  /** What runPush takes: each row with its identity, the id of the record it updates, composites whole. */
  readonly records: PushRecord[]
  /** The workspace did not show soft-deleted records: a row planned as create may restore one. */
  readonly deletedUnknown: boolean
}

/** Reads the journal (a damaged or pre-row-key one throws with a message saying what to do). */
async function journalState(path: string, plural: string) {
  await assertNoRollbackPending(path)
  const state = await readPushJournal(path)
  if (isLegacyJournal(state)) throw new LegacyJournalError(path)
  const foreign = state.batches.find((batch) => batch.object !== plural)
  if (foreign !== undefined)
    throw new Error(
      `The journal ${path} belongs to a push into ${foreign.object}, not ${plural}; use another journal path.`,
    )
  return state
}

export async function planPush(input: PushPlanInput): Promise<PushPlanResult> {
  const { object, rows } = input
  const state = await journalState(input.journalPath, object.namePlural)
  const decided = planRows(
    state,
    rows.map((r) => ({ row: r.row, line: r.line ?? null, identity: r.identity })),
    input.source,
  )
  // Looked up: rows the journal does not know (by their unique values) and changed ones (by their record's id).
  const asked: number[] = []
  decided.forEach(({ decision }, i) => {
    if (decision.kind === 'new' || decision.kind === 'changed') asked.push(i)
  })
  const asks = asked.map((i) => {
    const decision = decided[i]!.decision
    return decision.kind === 'changed' ? { ...rows[i]!.record, id: decision.id } : rows[i]!.record
  })
  const found =
    asks.length === 0
      ? { matches: [], deletedUnknown: false }
      : await findExistingMatches(input.connection, object, asks, input.lookup)
  const matchOf = new Map(asked.map((i, n) => [i, found.matches[n] ?? null]))

  const plans: RowPlan[] = []
  const records: PushRecord[] = []
  decided.forEach(({ decision }, i) => {
    const { row, line, record, identity } = rows[i]!
    const match = matchOf.get(i) ?? null
    const current = match?.record ?? null
    const recognised = decision.kind !== 'new'
    const base = { row, recognised, changed: decision.kind === 'changed', current }
    const push = (id: string | null, action: RowAction | undefined): void => {
      const whole =
        current === null
          ? record
          : withWholeComposites(object, current, input.policy ? applyPolicy(current, record, input.policy) : record)
      // The record's values before this send, for a rollback: only a write to a record that exists has any.
      const before = current === null ? null : previousValues(object, current, whole)
      records.push({
        row,
        line: line ?? null,
        ...identity,
        record: id === null ? whole : { ...whole, id },
        ...(action ? { action } : {}),
        ...(before === null ? {} : { before }),
      })
    }
    switch (decision.kind) {
      case 'unchanged':
        plans.push({ ...base, action: 'unchanged', id: decision.id })
        break
      case 'refused':
        plans.push({ ...base, action: 'refused', id: null, message: decision.message })
        break
      case 'changed':
        plans.push({ ...base, action: match?.deleted ? 'restore' : 'update', id: decision.id })
        break
      case 'resend':
        plans.push({ ...base, action: decision.action, id: decision.action === 'create' ? null : decision.id })
        break
      case 'new': {
        const action: RowAction = match === null ? 'create' : match.deleted ? 'restore' : 'update'
        plans.push({ ...base, action, id: match?.record.id ?? null })
        push(match?.record.id ?? null, match === null ? undefined : action)
        return
      }
    }
    // Rows the journal knows go as they are: runPush takes their ids from the journal.
    push(null, undefined)
  })
  return { rows: plans, records, deletedUnknown: found.deletedUnknown }
}
