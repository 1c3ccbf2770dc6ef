// Tiers 1-3 for one header: Twenty's own labels, field labels and API names, then synonyms. Every tier that
// recognises the header contributes; the merged list is ordered by confidence and checked against the values.
import type { FieldTarget } from '../fields/targets'
import { weighByContent } from './content-match'
import type { MappingCandidate } from './mapping-suggestion'
import { matchFieldName, type NameIndex } from './name-match'
import { linkCandidates, resolveConcept, type ResolveContext } from './resolve-concept'
import { matchSynonym } from './synonym-match'
import { matchTwentyLabel, type LabelIndex } from './twenty-label-match'

const CURRENCY_EVIDENCE = 0.5

/** Indexes built once per object, shared by all columns. */
export interface HeaderIndexes {
  readonly labels: LabelIndex
  readonly names: NameIndex
}

function byConfidence(candidates: readonly MappingCandidate[]): MappingCandidate[] {
  const best = new Map<string | null, MappingCandidate>()
  for (const c of candidates) {
    const seen = best.get(c.path)
    if (!seen || c.confidence > seen.confidence) best.set(c.path, c)
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence)
}

/** Header-based candidates for one column, best first (empty when the header is not recognised). */
export function matchHeader(header: string, indexes: HeaderIndexes, ctx: ResolveContext): MappingCandidate[] {
  const found: MappingCandidate[] = []
  const label = matchTwentyLabel(header, indexes.labels)
  if (label) found.push(label)
  for (const hit of matchFieldName(header, indexes.names)) {
    if (hit.type === 'target') found.push(hit.candidate)
    else {
      const links = ctx.targets.filter((t) => t.field.name === hit.field.name && t.kind === 'relation')
      if (links.length > 0) found.push(...linkCandidates(links, 'name', hit.reason, hit.confidence, ctx))
    }
  }
  const synonym = matchSynonym(header)
  if (synonym) found.push(...resolveConcept(synonym, ctx))
  const byPath = new Map<string, FieldTarget>(ctx.targets.map((t) => [t.path, t]))
  const weighed = found.map((c) => (c.path === null ? c : weighByContent(c, byPath.get(c.path), ctx.profile)))
  // `EUR 1.200` in one cell is a whole currency, which the amount-only target would lose the currency of.
  const withCurrency = ctx.profile.shares.currency >= CURRENCY_EVIDENCE
  return byConfidence(
    weighed.map((c) =>
      withCurrency && c.path !== null && byPath.get(c.path)?.kind === 'currency'
        ? { ...c, confidence: Math.min(1, c.confidence + 0.02) }
        : c,
    ),
  )
}
