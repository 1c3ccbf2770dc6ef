// What a push journal says a rollback must undo, record by record: each record the push created (to delete), and
// each existing record it updated or restored (to put back, a restored one deleted again), with the previous values
// journaled before its first write and the time of the push's last write of it.
// Invariants: pure; a record is followed by the id it has in the workspace (the server's answer, else the id sent);
// its first journaled write decides what it was (a record the push created stays created whatever reruns did to
// it), and for each field the earliest journaled previous value wins (later runs saw the push's own values).
import type { JournalState, RowAction } from '../journal/push-journal'

type Json = Readonly<Record<string, unknown>>

/** What the push did to a record, so what its rollback does. */
export type RolledKind =
  /** Created by the push: deleted by the rollback. */
  | 'created'
  /** An existing live record the push updated: its previous values are put back. */
  | 'updated'
  /** A soft-deleted record the push's upsert restored: its previous values are put back, then it is deleted again. */
  | 'restored'
  /** Sent as a create but matched an existing record by a unique field: not the push's to delete, values unknown. */
  | 'matched'
  /** A journal from before actions were journaled, with no answered id: whether the push created it is unknown. */
  | 'unknown'

export interface RolledRecord {
  readonly id: string
  readonly object: string
  readonly kind: RolledKind
  /** The previous values of the fields the push changed (null: none were journaled, an older journal). */
  readonly before: Json | null
  /** When the push's last write of it was answered (ISO 8601), null when the journal does not say. */
  readonly writtenAt: string | null
  /** No batch that wrote it was confirmed: it may or may not have landed. */
  readonly unconfirmed: boolean
}

/** Every record the journal shows the push wrote (or may have written), in the order it first wrote them. */
export function rolledRecords(state: JournalState): RolledRecord[] {
  const records = new Map<
    string,
    {
      id: string
      object: string
      action: RowAction | null
      matched: boolean
      before: Record<string, unknown>
      journaled: boolean
      writtenAt: string | null
      confirmed: boolean
    }
  >()
  for (const batch of state.batches) {
    batch.rows.forEach((row, i) => {
      if (batch.done && batch.failed.has(row)) return
      const sentId = batch.recordIds[i]!
      const answered = batch.answeredIds?.[i] ?? null
      const id = answered ?? sentId
      // Before actions were journaled, only an answered id equal to the id sent shows the push created the record.
      const action = batch.actions?.[i] ?? (answered !== null && answered === sentId ? 'create' : null)
      const before = batch.befores?.[i] ?? null
      // A rerun journals the record under the id the server answered, which may be another than the id first sent.
      const known = records.get(id) ?? records.get(sentId)
      if (known === undefined) {
        records.set(id, {
          id,
          object: batch.object,
          action,
          matched: action === 'create' && answered !== null && answered !== sentId,
          before: { ...(before ?? {}) },
          journaled: before !== null,
          writtenAt: batch.done ? batch.doneAt : null,
          confirmed: batch.done,
        })
        return
      }
      if (known.id !== id) {
        records.delete(known.id)
        known.id = id
        records.set(id, known)
      }
      if (before !== null) {
        for (const [field, value] of Object.entries(before)) if (!(field in known.before)) known.before[field] = value
        known.journaled = true
      }
      if (batch.done) {
        known.confirmed = true
        if (batch.doneAt !== null && (known.writtenAt === null || batch.doneAt > known.writtenAt))
          known.writtenAt = batch.doneAt
      }
    })
  }
  return [...records.values()].map((r) => ({
    id: r.id,
    object: r.object,
    kind:
      r.action === null
        ? 'unknown'
        : r.matched
          ? 'matched'
          : r.action === 'create'
            ? 'created'
            : r.action === 'restore'
              ? 'restored'
              : 'updated',
    before: r.journaled ? r.before : null,
    writtenAt: r.writtenAt,
    unconfirmed: !r.confirmed,
  }))
}

/**
 * The order objects are rolled back in. One journal holds one object today; when pushes write notes and tasks with
 * their targets, targets (noteTargets, taskTargets) must go before what they point at: this is the place.
 */
export function rollbackOrder<T extends { readonly object: string }>(groups: readonly T[]): T[] {
  return [...groups]
}
