// What a push does with each row, decided from its row key against the journal of earlier runs: a key that
// landed and whose content is unchanged is left alone, a changed one updates the record it made (by the id the
// server answered), a key planned but never confirmed is resent on its journaled id, a key the server refused is
// resent only once its content changed, and a key never seen is new (a lookup then says create or update).
// A row whose key is not in the journal may still be one it followed, edited: in the same file version by its
// row id, or, for a row without a unique value, by its name (row-keys.ts `alt`) among the journal's rows that no
// row of the file claims. (A row's line, its spreadsheet row number, names it in a file version whatever
// edits or recipe steps did to the table's row ids.)
// Invariants: pure (the journal is read by the caller); a journal entry is claimed by at most one row, rows that
// claim one by their own key first; a row is always journaled under its own key, and a later entry for the same
// record id supersedes the earlier key.
import type { RowIdentity } from '../../../../shared/push/row-keys'
import type { JournalState, RowAction, RowId } from '../journal/push-journal'

/** One key's latest state in the journal. */
export interface JournaledRow {
  readonly key: string
  readonly hash: string
  /** The id to send it under: the server's answer when known, else the id journaled for it. */
  readonly id: string
  readonly action: RowAction
  readonly status: 'landed' | 'pending' | 'refused'
  /** The server's message for a refused row. */
  readonly message: string | null
  readonly row: RowId
  readonly source: string | null
  /** Its line in that source version, when known. */
  readonly line: number | null
  readonly alt: string | null
}

export type RowDecision =
  /** Landed before with the same content: nothing to send. */
  | { readonly kind: 'unchanged'; readonly key: string; readonly id: string }
  /** Landed before; its content changed: an update of the same record. */
  | { readonly kind: 'changed'; readonly key: string; readonly id: string }
  /** Planned (maybe sent) but never confirmed: sent again on the same id, so it lands once. */
  | { readonly kind: 'resend'; readonly key: string; readonly id: string; readonly action: RowAction }
  /** Refused by the server before, content unchanged: not sent again (the message stands). */
  | { readonly kind: 'refused'; readonly key: string; readonly id: string; readonly message: string }
  /** Not in the journal: a lookup decides create or update. */
  | { readonly kind: 'new'; readonly key: string }

/** The latest state of every key the journal holds (a key planned again in a later batch takes that batch's state). */
export function journaledRows(state: JournalState): Map<string, JournaledRow> {
  const rows = new Map<string, JournaledRow>()
  const keyOfId = new Map<string, string>()
  for (const batch of state.batches) {
    if (batch.keys === null || batch.hashes === null) continue
    batch.rows.forEach((row, i) => {
      const key = batch.keys![i]!
      const failed = batch.failed.get(row)
      const status = !batch.done ? 'pending' : failed === undefined ? 'landed' : 'refused'
      const sentId = batch.recordIds[i]!
      const id = batch.answeredIds?.[i] ?? sentId
      // The record now follows this key: an earlier key that named it (the row before an edit) is gone.
      for (const known of [sentId, id]) {
        const earlier = keyOfId.get(known)
        if (earlier !== undefined && earlier !== key) rows.delete(earlier)
        keyOfId.set(known, key)
      }
      rows.delete(key)
      rows.set(key, {
        key,
        hash: batch.hashes![i]!,
        id,
        action: batch.actions?.[i] ?? 'create',
        status,
        message: failed ?? null,
        row,
        source: batch.source,
        line: batch.lines?.[i] ?? null,
        alt: batch.alts?.[i] ?? null,
      })
    })
  }
  return rows
}

/** True when the journal was written before row keys (it cannot say which row is which). */
export function isLegacyJournal(state: JournalState): boolean {
  return state.batches.some((batch) => batch.keys === null || batch.hashes === null)
}

export interface PlannedRow {
  readonly row: RowId
  /** Its key is always the row's own; its id is the record the journal followed the row to, if any. */
  readonly decision: RowDecision
  readonly hash: string
  readonly alt: string | null
}

/**
 * Decides each row's fate. `rows` are the rows to push with their identities; `source` the sha-256 of the file
 * version they come from (null when unknown).
 */
export function planRows(
  state: JournalState,
  rows: readonly { readonly row: RowId; readonly line?: number | null; readonly identity: RowIdentity }[],
  source: string | null,
): PlannedRow[] {
  const journaled = journaledRows(state)
  const claimed = new Set<string>()
  for (const { identity } of rows) if (journaled.has(identity.key)) claimed.add(identity.key)
  // Entries no row claims by its own key, by row id (same file version) and by name (rows without a unique value).
  const bySourceLine = new Map<number, JournaledRow>()
  const byAlt = new Map<string, JournaledRow>()
  for (const entry of journaled.values()) {
    if (claimed.has(entry.key)) continue
    if (source !== null && entry.source === source && entry.line !== null) bySourceLine.set(entry.line, entry)
    if (entry.alt !== null) byAlt.set(entry.alt, entry)
  }
  const follow = (entry: JournaledRow | undefined): JournaledRow | undefined => {
    if (entry === undefined || claimed.has(entry.key)) return undefined
    claimed.add(entry.key)
    return entry
  }
  return rows.map(({ row, line, identity }) => {
    const entry =
      journaled.get(identity.key) ??
      follow(line == null ? undefined : bySourceLine.get(line)) ??
      (identity.alt === null ? undefined : follow(byAlt.get(identity.alt)))
    return { row, hash: identity.hash, alt: identity.alt, decision: decide(entry, identity) }
  })
}

function decide(entry: JournaledRow | undefined, identity: RowIdentity): RowDecision {
  const { key } = identity
  if (entry === undefined) return { kind: 'new', key }
  const { id } = entry
  const same = entry.hash === identity.hash
  switch (entry.status) {
    case 'landed':
      return same ? { kind: 'unchanged', key, id } : { kind: 'changed', key, id }
    case 'pending':
      return { kind: 'resend', key, id, action: entry.action }
    case 'refused':
      return same
        ? { kind: 'refused', key, id, message: entry.message ?? 'The workspace refused the record.' }
        : { kind: 'resend', key, id, action: entry.action }
  }
}
