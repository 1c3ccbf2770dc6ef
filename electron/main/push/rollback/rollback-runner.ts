// Takes a push back out of a workspace, from its journal: deletes every record the push created (soft, or destroyed
// with `destroy`), puts back the previous values of every existing record it updated, and puts back and deletes
// again every soft-deleted record its upsert restored. A record changed in the workspace after the push's last
// write of it (its `updatedAt` later) is left alone and listed, unless `force`. Every request goes through the
// workspace's pacer with the push's retries; deletes go 100 a request by filter where the server has that form,
// else one by one, or through GraphQL on a server whose REST has soft deletes only behind the common API flag.
// Invariants: the rollback is journaled (`<journal>.rollback`, rollback-journal.ts) step by step, so a rollback run
// again touches no record twice and a finished one sends no write at all; a dry run sends only reads and writes
// nothing; the push journal itself is only read, and moved aside with the rollback's once everything is taken back
// (the file's next push then starts anew; see setAsideWhenComplete).
import { readdir, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { findExistingMatches, type ExistingMatch } from '../planning/find-existing'
import type { BackoffOptions, Timing } from '../pacing/pacer'
import type { RetryPolicy } from '../pacing/paced-request'
import type { PushConnection } from '../sending/batch-request'
import { readPushJournal } from '../journal/push-journal'
import { readRollbackJournal, RollbackJournal, type RollbackStep } from '../journal/rollback-journal'
import { rollbackOrder, rolledRecords, type RolledRecord } from './rollback-plan'
import {
  deleteByFilter,
  deleteOne,
  MAX_AFFECTED_PER_REQUEST,
  mutateByGraphql,
  NO_COMMON_API,
  restoreOne,
  updateOne,
  type MutationAnswer,
} from './rollback-requests'
import { workspaceKeyOf } from '../pacing/workspace-pacers'
import { idLookupModel, sameValues } from './rollback-values'

export interface RollbackOptions {
  readonly connection: PushConnection
  /** The push journal to take back; the rollback's own journal is this path plus `.rollback`. */
  readonly journalPath: string
  /** Only say what would be done: reads, no write, no rollback journal. */
  readonly dryRun?: boolean
  /** Destroy the records the push created instead of soft-deleting them. */
  readonly destroy?: boolean
  /** Roll back records changed in the workspace since the push too. */
  readonly force?: boolean
  readonly ratePerMinute?: number
  readonly backoff?: BackoffOptions
  readonly timing?: Timing
  /** Aborts the request in flight too (the rollback journal says what to check next time). */
  readonly signal?: AbortSignal
  /** A gentler stop: no new request after it. */
  readonly stop?: AbortSignal
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void
}

/** Why a record was left alone. */
export type SkipReason =
  | 'changed-since'
  | 'deleted-since'
  | 'gone'
  | 'no-previous-values'
  | 'write-unconfirmed'
  | 'matched-existing'
  | 'unknown-action'

export interface SkippedRecord {
  readonly object: string
  readonly id: string
  readonly reason: SkipReason
  readonly message: string
}

export interface FailedRecord {
  readonly object: string
  readonly id: string
  readonly message: string
}

/** What a dry run would do with a record. */
export type RollbackAction = 'delete' | 'destroy' | 'put-back' | 'put-back-then-delete' | 'restore-then-put-back'

export interface RollbackResult {
  /** Records the push created, now deleted (or already gone). */
  readonly deleted: number
  /** Records the push updated or restored, now back to their previous values (a restored one deleted again). */
  readonly restored: number
  readonly skipped: number
  readonly failed: number
  readonly skippedRecords: SkippedRecord[]
  readonly failedRecords: FailedRecord[]
  /** A dry run's plan: what each record still to roll back would get. */
  readonly plan?: { readonly object: string; readonly id: string; readonly action: RollbackAction }[]
  /** True when a stop or abort cut the rollback short: run it again to finish. */
  readonly stopped: boolean
  /** Where the push journal went once everything was taken back (its rollback journal beside, `.rollback` added). */
  readonly setAside?: string
}

const SKIP_MESSAGES: Record<SkipReason, string> = {
  'changed-since': 'changed in the workspace after the push; run with --force to roll it back anyway',
  'deleted-since': 'deleted in the workspace after the push; run with --force to restore it with its previous values',
  gone: 'no longer in the workspace',
  'no-previous-values':
    'the journal has no previous values for it (written by a Preflight before rollbacks); put it back by hand',
  'write-unconfirmed':
    'the push never confirmed its write, so a later change cannot be told apart; run with --force to put it back anyway',
  'matched-existing':
    'the push matched an existing record by a unique field, whose previous values were not journaled; put it back by hand',
  'unknown-action':
    'the journal does not say whether the push created or updated it (written by an older Preflight); check it by hand',
}

/** One record still to roll back, and the steps it needs, in order. */
interface Work {
  readonly record: RolledRecord
  readonly steps: RollbackStep[]
  readonly destroy: boolean
}

export async function runRollback(options: RollbackOptions): Promise<RollbackResult> {
  const rollbackPath = `${options.journalPath}.rollback`
  const state = await readPushJournal(options.journalPath)
  const journal = await readRollbackJournal(rollbackPath)
  const policy: RetryPolicy = {
    pacer: options.connection.pacer.atRate(options.ratePerMinute),
    timing: options.timing,
    backoff: options.backoff,
    signal: options.signal,
  }
  const tally = { deleted: 0, restored: 0 }
  const skippedRecords: SkippedRecord[] = []
  const failedRecords: FailedRecord[] = []
  const skip = (record: RolledRecord, reason: SkipReason): void => {
    skippedRecords.push({
      object: record.object,
      id: record.id,
      reason,
      message: `${record.object} record ${record.id}: ${SKIP_MESSAGES[reason]}`,
    })
  }
  const count = (record: RolledRecord): void => void (record.kind === 'created' ? tally.deleted++ : tally.restored++)

  // Records whose rollback the journal shows done are counted, never asked for again.
  const open: RolledRecord[] = []
  for (const record of rolledRecords(state)) {
    if (record.kind === 'matched') skip(record, 'matched-existing')
    else if (record.kind === 'unknown') skip(record, 'unknown-action')
    else if (isComplete(record, journal.done.get(record.id)?.steps)) count(record)
    else if ((record.kind === 'updated' || record.kind === 'restored') && record.before === null)
      skip(record, 'no-previous-values')
    else open.push(record)
  }

  const groups = rollbackOrder(groupByObject(open))
  const work: Work[] = []
  const doneNow: { record: RolledRecord; steps: RollbackStep[] }[] = []
  for (const group of groups) {
    const found = await findExistingMatches(
      options.connection,
      idLookupModel(group.object),
      group.records.map((r) => ({ id: r.id })),
      { signal: options.signal, backoff: options.backoff, timing: options.timing },
    )
    group.records.forEach((record, i) => {
      const decided = decide(record, found.matches[i] ?? null, journal, options)
      switch (decided.kind) {
        case 'skip':
          skip(record, decided.reason)
          return
        case 'done':
          doneNow.push({ record, steps: decided.steps })
          count(record)
          return
        case 'nothing':
          return
        case 'work':
          work.push({ record, steps: decided.steps, destroy: record.kind === 'created' && options.destroy === true })
      }
    })
  }

  if (options.dryRun) {
    const plan = work.map(({ record, steps, destroy }) => ({
      object: record.object,
      id: record.id,
      action: actionOf(steps, destroy),
    }))
    for (const { record } of work) count(record)
    return finish(tally, skippedRecords, failedRecords, false, plan)
  }

  const appender = await RollbackJournal.open(rollbackPath)
  const now = (): string => new Date().toISOString()
  let result: RollbackResult
  try {
    // What the workspace already showed done (a step sent by a run cut short, or a record already deleted).
    for (const { record, steps } of doneNow)
      for (const step of steps)
        await appender.append({ kind: 'done', step, object: record.object, ids: [record.id], at: now() })
    const total = work.length
    let finished = 0
    const progress = (): void => options.onProgress?.({ done: finished, total })
    progress()
    const halted = (): boolean => options.stop?.aborted === true || options.signal?.aborted === true
    // A stop gives up a request still waiting for its token (its `sending` line is checked next time).
    const notStarted = AbortSignal.any([options.stop, options.signal].filter((s): s is AbortSignal => s !== undefined))
    const fail = (record: RolledRecord, message: string): void => {
      failedRecords.push({
        object: record.object,
        id: record.id,
        message: `${record.object} record ${record.id}: ${message}`,
      })
    }
    const failedIds = new Set<string>()

    /** Runs one step on one record: journaled before, journaled done after; false when it failed. */
    const single = async (
      record: RolledRecord,
      step: RollbackStep,
      send: () => Promise<MutationAnswer>,
    ): Promise<boolean> => {
      await appender.append({ kind: 'sending', step, object: record.object, ids: [record.id], at: now() })
      const answer = await send()
      if (answer.kind === 'done' || (step === 'delete' && answer.kind === 'not-found')) {
        await appender.append({ kind: 'done', step, object: record.object, ids: [record.id], at: now() })
        return true
      }
      fail(
        record,
        answer.kind === 'not-found'
          ? `no longer in the workspace (${answer.message})`
          : `the workspace refused it: ${answer.message}`,
      )
      failedIds.add(record.id)
      return false
    }

    try {
      for (const group of rollbackOrder(groupByObject(work.map((w) => ({ ...w, object: w.record.object }))))) {
        // Values first (a soft-deleted record cannot be updated), deletes last and by the hundred.
        for (const item of group.records) {
          for (const step of item.steps.filter((s) => s !== 'delete')) {
            if (halted() || failedIds.has(item.record.id)) break
            const { record } = item
            const ok = await single(record, step, () =>
              step === 'undelete'
                ? restoreOne(policy, options.connection, record.object, record.id, notStarted)
                : updateOne(policy, options.connection, record.object, record.id, record.before ?? {}, notStarted),
            )
            if (ok && step === item.steps[item.steps.length - 1]) {
              count(record)
              finished++
              progress()
            }
          }
        }
        for (const destroy of [false, true]) {
          const deletes = group.records.filter(
            (w) => w.destroy === destroy && w.steps.includes('delete') && !failedIds.has(w.record.id),
          )
          await deleteAll(
            deletes.map((w) => w.record),
            destroy,
            {
              policy,
              connection: options.connection,
              appender,
              now,
              halted,
              notStarted,
              fail,
              landed: (record) => {
                count(record)
                finished++
                progress()
              },
            },
          )
        }
      }
    } catch (error) {
      // A stop or an abort cuts the rollback short (the journal says where); anything else is for the caller.
      if (!halted()) throw error
    }
    result = finish(tally, skippedRecords, failedRecords, halted(), undefined)
  } finally {
    await appender.close()
  }
  const setAside = await setAsideWhenComplete(options.journalPath, rollbackPath, result)
  return setAside === null ? result : { ...result, setAside }
}

/**
 * A rollback that took everything back moves the push journal and its own aside as a pair
 * (`<journal>.undone-<time>` and `<journal>.undone-<time>.rollback`): the file's next push starts anew, so every row
 * lands again (a soft-deleted record it matches by a unique field is restored). One cut short or that left records
 * alone keeps both where they are, and a push on the journal is refused until it is finished (RollbackPendingError).
 */
async function setAsideWhenComplete(
  journalPath: string,
  rollbackPath: string,
  result: RollbackResult,
): Promise<string | null> {
  if (result.stopped || result.skipped > 0 || result.failed > 0) return null
  const aside = `${journalPath}.undone-${new Date().toISOString().replace(/[:.]/g, '-')}`
  await rename(journalPath, aside).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
  await rename(rollbackPath, `${aside}.rollback`)
  return aside
}

/** The newest journal a complete rollback of `journalPath` set aside, or null. */
export async function setAsideJournalOf(journalPath: string): Promise<string | null> {
  const prefix = `${basename(journalPath)}.undone-`
  const names = await readdir(dirname(journalPath)).catch(() => [] as string[])
  const aside = names.filter((name) => name.startsWith(prefix) && !name.endsWith('.rollback')).sort()
  return aside.length === 0 ? null : join(dirname(journalPath), aside[aside.length - 1]!)
}

interface DeleteContext {
  readonly policy: RetryPolicy
  readonly connection: PushConnection
  readonly appender: RollbackJournal
  readonly now: () => string
  readonly halted: () => boolean
  readonly notStarted: AbortSignal
  readonly fail: (record: RolledRecord, message: string) => void
  readonly landed: (record: RolledRecord) => void
}

/**
 * How each workspace takes deletes, learnt for the process (one refused request per workspace): by filter (current
 * servers), one by one (servers without the filter form), or GraphQL (servers without the common API, whose REST
 * refuses soft deletes).
 */
const deleteForms = new Map<string, 'filter' | 'one' | 'graphql'>()

/** Deletes `records` (all of one object), 100 a request by filter, else one by one, else through GraphQL. */
async function deleteAll(records: readonly RolledRecord[], destroy: boolean, context: DeleteContext): Promise<void> {
  const { policy, connection, appender, now, notStarted } = context
  const key = workspaceKeyOf(connection.baseUrl)
  let size = MAX_AFFECTED_PER_REQUEST
  let at = 0
  while (at < records.length && !context.halted()) {
    const form = deleteForms.get(key) ?? 'filter'
    const chunk = records.slice(at, form === 'one' ? at + 1 : at + size)
    const object = chunk[0]!.object
    const ids = chunk.map((r) => r.id)
    await appender.append({ kind: 'sending', step: 'delete', object, ids, at: now() })
    const answer =
      form === 'filter'
        ? await deleteByFilter(policy, connection, object, ids, destroy, notStarted)
        : form === 'one'
          ? await deleteOne(policy, connection, object, ids[0]!, destroy, notStarted)
          : await mutateByGraphql(policy, connection, destroy ? 'destroy' : 'delete', object, ids, notStarted)
    // A 404 for one record: it is not live any more, deleted all the same (as are ids a filter's answer leaves out).
    if (answer.kind === 'done' || (form === 'one' && answer.kind === 'not-found')) {
      await appender.append({ kind: 'done', step: 'delete', object, ids, at: now() })
      chunk.forEach(context.landed)
      at += chunk.length
      continue
    }
    if (answer.kind === 'refused' && NO_COMMON_API.test(answer.message) && form !== 'graphql') {
      deleteForms.set(key, 'graphql')
      continue
    }
    if (
      form === 'filter' &&
      answer.kind === 'refused' &&
      (answer.code === 'TOO_MANY_RECORDS_TO_UPDATE' || /more than \d+ records/i.test(answer.message))
    ) {
      size = Math.max(1, Math.floor(size / 2))
      continue
    }
    if (form === 'filter') {
      // A server without the by-filter form answers it 400 or 404: one by one from here on.
      deleteForms.set(key, 'one')
      continue
    }
    for (const record of chunk)
      context.fail(
        record,
        answer.kind === 'not-found'
          ? `no longer in the workspace (${answer.message})`
          : `the workspace refused to delete it: ${answer.message}`,
      )
    at += chunk.length
  }
}

function groupByObject<T extends { readonly object: string }>(items: readonly T[]): { object: string; records: T[] }[] {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(item.object, [...(groups.get(item.object) ?? []), item])
  return [...groups].map(([object, records]) => ({ object, records }))
}

function stepsOf(record: RolledRecord): RollbackStep[] {
  return record.kind === 'created' ? ['delete'] : record.kind === 'restored' ? ['values', 'delete'] : ['values']
}

function isComplete(record: RolledRecord, done: ReadonlySet<RollbackStep> | undefined): boolean {
  if (done === undefined) return false
  return stepsOf(record).every((step) => done.has(step))
}

type Decision =
  | { readonly kind: 'skip'; readonly reason: SkipReason }
  /** The workspace shows the rollback of it done already (by a run cut short, or by someone else). */
  | { readonly kind: 'done'; readonly steps: RollbackStep[] }
  /** Nothing to do and nothing to count (a create the push never confirmed, not in the workspace). */
  | { readonly kind: 'nothing' }
  | { readonly kind: 'work'; readonly steps: RollbackStep[] }

/** What a record still needs, from what the workspace holds now and what both journals say. */
function decide(
  record: RolledRecord,
  match: ExistingMatch | null,
  journal: Awaited<ReturnType<typeof readRollbackJournal>>,
  options: RollbackOptions,
): Decision {
  const doneSteps = journal.done.get(record.id)?.steps ?? new Set<RollbackStep>()
  const force = options.force === true
  const current = match?.record ?? null
  const deleted = match?.deleted === true
  // The last write the push or this rollback made to it: a later updatedAt is someone else's.
  const lastWrite =
    [record.writtenAt, journal.done.get(record.id)?.at ?? null]
      .filter((t): t is string => t !== null)
      .sort()
      .pop() ?? null
  const updatedAt = typeof current?.['updatedAt'] === 'string' ? Date.parse(current['updatedAt']) : NaN
  const changedSince = (fallback: string | null): boolean | null => {
    const since = lastWrite ?? fallback
    if (since === null || Number.isNaN(updatedAt)) return null
    return updatedAt > Date.parse(since)
  }

  if (record.kind === 'created') {
    if (current === null) return record.unconfirmed ? { kind: 'nothing' } : { kind: 'done', steps: ['delete'] }
    if (deleted && !options.destroy) return { kind: 'done', steps: ['delete'] }
    // Without a journaled write time, a record untouched since its creation has updatedAt equal to createdAt.
    const changed = changedSince(typeof current['createdAt'] === 'string' ? current['createdAt'] : null)
    if (!force && changed !== false && !deleted)
      return { kind: 'skip', reason: changed === null ? 'write-unconfirmed' : 'changed-since' }
    return { kind: 'work', steps: ['delete'] }
  }

  // Updated or restored: its previous values go back (and a restored one is deleted again).
  if (current === null) return { kind: 'skip', reason: 'gone' }
  const before = record.before ?? {}
  const valuesBack = sameValues(before, current)
  // A step sent by a run cut short, or a push write never confirmed: the record's values say whether it landed.
  const uncertain = (journal.sending.get(record.id)?.size ?? 0) > 0 || record.unconfirmed
  if (deleted) {
    // A restored record deleted again once its values are back: by this rollback (a run cut short), or as it was.
    if (record.kind === 'restored' && (doneSteps.has('values') || valuesBack))
      return { kind: 'done', steps: ['values', 'delete'] }
    if (!force) return { kind: 'skip', reason: 'deleted-since' }
    return {
      kind: 'work',
      steps: record.kind === 'restored' ? ['undelete', 'values', 'delete'] : ['undelete', 'values'],
    }
  }
  const valuesDone = doneSteps.has('values') || Object.keys(before).length === 0 || (valuesBack && uncertain)
  if (!force && !(valuesBack && uncertain)) {
    const changed = changedSince(null)
    if (changed !== false) return { kind: 'skip', reason: changed === null ? 'write-unconfirmed' : 'changed-since' }
  }
  const needs: RollbackStep[] = [
    ...(valuesDone ? [] : (['values'] as const)),
    ...(record.kind === 'restored' ? (['delete'] as const) : []),
  ]
  return needs.length === 0 ? { kind: 'done', steps: ['values'] } : { kind: 'work', steps: needs }
}

function actionOf(steps: readonly RollbackStep[], destroy: boolean): RollbackAction {
  if (steps.includes('undelete')) return 'restore-then-put-back'
  if (steps.includes('values')) return steps.includes('delete') ? 'put-back-then-delete' : 'put-back'
  return destroy ? 'destroy' : 'delete'
}

function finish(
  tally: { deleted: number; restored: number },
  skippedRecords: SkippedRecord[],
  failedRecords: FailedRecord[],
  stopped: boolean,
  plan: RollbackResult['plan'],
): RollbackResult {
  return {
    deleted: tally.deleted,
    restored: tally.restored,
    skipped: skippedRecords.length,
    failed: failedRecords.length,
    skippedRecords,
    failedRecords,
    ...(plan ? { plan } : {}),
    stopped,
  }
}
