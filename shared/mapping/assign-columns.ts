// Settles which column gets which field: no two columns silently share a field. Claims are granted by confidence
// (ties: the earlier column); a column that loses falls back to its next candidate, or to null, and its reason
// names the column that took the field. A whole-field target (a full name, a full address) yields to columns
// holding its parts (first and last name, street and city).
import type { FieldTarget } from '../fields/targets'
import type { MappingCandidate, MappingSuggestion } from './mapping-suggestion'
import { isWholeComposite } from './subfield-labels'

const MAX_ALTERNATIVES = 5

/** What the matchers propose for one column, before columns are weighed against each other. */
export interface ColumnProposal {
  readonly column: number
  readonly header: string
  /** Candidates in the order the column would take them; a null candidate ends the list ("do not import"). */
  readonly candidates: readonly MappingCandidate[]
  /** Shown as alternatives only, never taken (what the values suggest for a column whose header was understood). */
  readonly extras: readonly MappingCandidate[]
}

function overlaps(a: FieldTarget, b: FieldTarget): boolean {
  if (a.path === b.path) return true
  if (a.field.name !== b.field.name) return false
  return a.subfield === null || b.subfield === null || (a.kind === 'relation' && b.kind === 'relation')
}

function quote(header: string): string {
  return `"${header}"`
}

const SAVED = 'the saved mapping'

/**
 * One suggestion per proposal, in column order. `reserved` paths are already decided elsewhere (a saved mapping):
 * no column gets them, nor a field overlapping them.
 */
export function assignColumns(
  proposals: readonly ColumnProposal[],
  targets: readonly FieldTarget[],
  reserved: readonly string[] = [],
): MappingSuggestion[] {
  const byPath = new Map(targets.map((t) => [t.path, t]))
  const reservedTargets = reserved.flatMap((path) => byPath.get(path) ?? [])
  const taken: { target: FieldTarget; by: string }[] = reservedTargets.map((target) => ({ target, by: SAVED }))
  // Who holds a part of a composite field (a column's best guess, or a saved mapping): the whole field stays free.
  const partHolders = new Map<string, { column: number | null; by: string }[]>()
  const holdPart = (t: FieldTarget | undefined, column: number | null, by: string) => {
    if (t && t.subfield !== null && t.kind !== 'relation')
      partHolders.set(t.field.name, [...(partHolders.get(t.field.name) ?? []), { column, by }])
  }
  reservedTargets.forEach((t) => holdPart(t, null, SAVED))
  for (const p of proposals) {
    const top = p.candidates[0]?.path
    holdPart(top ? byPath.get(top) : undefined, p.column, quote(p.header))
  }
  const cursor = new Map(proposals.map((p) => [p.column, 0]))
  const notes = new Map<number, string[]>(proposals.map((p) => [p.column, []]))
  const chosen = new Map<number, MappingCandidate>()
  const pending = new Set(proposals.map((p) => p.column))
  const current = (p: ColumnProposal) => p.candidates[cursor.get(p.column)!]

  while (pending.size > 0) {
    let next: ColumnProposal | undefined
    for (const p of proposals) {
      if (!pending.has(p.column)) continue
      if (!next || (current(p)?.confidence ?? -1) > (current(next)?.confidence ?? -1)) next = p
    }
    const p = next!
    const candidate = current(p)
    const columnNotes = notes.get(p.column)!
    if (!candidate) {
      chosen.set(p.column, exhausted(p, columnNotes))
      pending.delete(p.column)
      continue
    }
    const target = candidate.path === null ? undefined : byPath.get(candidate.path)
    const note = target ? blockedBecause(target, p.column, taken, partHolders, targets) : undefined
    if (candidate.path !== null && (!target || note !== undefined)) {
      if (note !== undefined && !columnNotes.includes(note)) columnNotes.push(note)
      cursor.set(p.column, cursor.get(p.column)! + 1)
      continue
    }
    if (target) taken.push({ target, by: `column ${quote(p.header)}` })
    const reason = columnNotes.length === 0 ? candidate.reason : `${candidate.reason}; ${columnNotes.join('; ')}`
    chosen.set(p.column, { ...candidate, reason })
    pending.delete(p.column)
  }

  return proposals.map((p) => {
    const pick = chosen.get(p.column)!
    const others = [...p.candidates, ...p.extras]
      .filter((c): c is MappingCandidate & { path: string } => c.path !== null && c.path !== pick.path)
      .filter((c, i, all) => all.findIndex((o) => o.path === c.path) === i)
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, MAX_ALTERNATIVES)
    return { column: p.column, path: pick.path, confidence: pick.confidence, reason: pick.reason, alternatives: others }
  })
}

/** Why `column` cannot have `target` now, or undefined when it can. */
function blockedBecause(
  target: FieldTarget,
  column: number,
  taken: readonly { target: FieldTarget; by: string }[],
  partHolders: ReadonlyMap<string, readonly { column: number | null; by: string }[]>,
  targets: readonly FieldTarget[],
): string | undefined {
  const blocker = taken.find((k) => overlaps(k.target, target))
  if (blocker) return `${blocker.by} took "${blocker.target.label}"`
  if (!isWholeComposite(target, targets)) return undefined
  const holders = (partHolders.get(target.field.name) ?? []).filter((h) => h.column !== column)
  if (holders.length === 0) return undefined
  return `the parts of "${target.field.label}" are in ${holders.map((h) => h.by).join(' and ')}`
}

function exhausted(p: ColumnProposal, notes: readonly string[]): MappingCandidate {
  const wanted = p.candidates[0]
  if (!wanted)
    return {
      path: null,
      confidence: 0,
      reason: `No field matches header ${quote(p.header)}, and its values show no known pattern`,
    }
  return { path: null, confidence: 0, reason: `${wanted.reason}, but ${notes.join('; ')}` }
}
