// Tier 2: headers that name a field by its label or API name, compared without case, accents, punctuation or
// spacing (`job_title`, `JobTitle`, `Job-Title` -> jobTitle; custom fields by their labels). A header naming a
// relation field (`Company`) is returned as such: what it can link by depends on the column's values.
import type { FieldTarget } from '../fields/targets'
import type { FieldModel } from '../model/workspace-model'
import { compactKey } from './header-key'
import type { MappingCandidate } from './mapping-suggestion'
import { isWholeComposite, primarySubfield, subfieldLabel } from './subfield-labels'

/** Confidence of a header naming a field by its label or API name. */
export const NAME_CONFIDENCE = 0.9
const PART_CONFIDENCE = 0.85
const LOOSE_PENALTY = 0.03
const AMBIGUITY_PENALTY = 0.1

/** A tier 2 hit: a target, or a relation field whose link depends on the values. */
export type NameHit =
  | { readonly type: 'target'; readonly field: string; readonly candidate: MappingCandidate }
  | { readonly type: 'relation'; readonly field: FieldModel; readonly confidence: number; readonly reason: string }

/** Compact key -> hits, for one object's targets. */
export type NameIndex = ReadonlyMap<string, readonly NameHit[]>

function singular(key: string): string {
  return key.length > 3 && key.endsWith('s') ? key.slice(0, -1) : key
}

/** Builds the tier 2 index of one object's targets. */
export function buildNameIndex(targets: readonly FieldTarget[]): NameIndex {
  const index = new Map<string, NameHit[]>()
  const add = (text: string, hit: NameHit): void => {
    const key = compactKey(text)
    if (key === '') return
    for (const k of new Set([key, singular(key)])) {
      const hits = index.get(k) ?? []
      const pathOf = (h: NameHit) => (h.type === 'target' ? h.candidate.path : `relation:${h.field.name}`)
      const entry = k === key ? hit : loosen(hit)
      const same = hits.findIndex((h) => pathOf(h) === pathOf(entry))
      if (same < 0) index.set(k, [...hits, entry])
      else if (confidenceOf(hits[same]!) < confidenceOf(entry))
        index.set(
          k,
          hits.map((h, i) => (i === same ? entry : h)),
        )
    }
  }
  const target = (t: FieldTarget, confidence: number, reason: string): NameHit => ({
    type: 'target',
    field: t.field.name,
    candidate: { path: t.path, confidence, reason },
  })
  const byPath = new Map(targets.map((t) => [t.path, t]))
  for (const t of targets) {
    if (isWholeComposite(t, targets)) continue
    add(
      t.label,
      target(t, NAME_CONFIDENCE, `Header matches the field "${t.label}" (ignoring case, accents and punctuation)`),
    )
    add(t.path, target(t, NAME_CONFIDENCE, `Header matches the API name "${t.path}"`))
    if (t.kind === 'relation' && t.relation?.targetField.name === 'id' && t.field.relation) {
      add(
        t.field.relation.joinColumn,
        target(t, NAME_CONFIDENCE, `Header matches the join column "${t.field.relation.joinColumn}"`),
      )
      add(`${t.field.label} id`, target(t, NAME_CONFIDENCE, `Header names the id of "${t.field.label}"`))
    }
    if (t.subfield !== null && t.kind !== 'relation') {
      const label = subfieldLabel(t.field, t.subfield)
      const reason = `Header matches "${label}", part of the field "${t.field.label}"`
      add(
        `${t.field.label} ${label}`,
        target(t, NAME_CONFIDENCE, `Header matches the field "${t.label}" (ignoring case, accents and punctuation)`),
      )
      add(label, target(t, PART_CONFIDENCE, reason))
      add(t.subfield, target(t, PART_CONFIDENCE, reason))
    }
  }
  for (const field of distinctFields(targets)) {
    if (field.type === 'RELATION' || targets.some((t) => t.field.name === field.name && t.kind === 'relation')) {
      const hit: NameHit = {
        type: 'relation',
        field,
        confidence: NAME_CONFIDENCE,
        reason: `Header names the relation "${field.label}"`,
      }
      add(field.label, hit)
      add(field.name, hit)
      continue
    }
    // A header naming a composite field means its main part (`Emails` -> primary email), else the whole of it.
    const primary = primarySubfield(field)
    const ordered = [primary === null ? null : `${field.name}.${primary}`, field.name].flatMap((p) => {
      const t = p === null ? undefined : byPath.get(p)
      return t ? [t] : []
    })
    ordered.forEach((t, i) => {
      const reason = `Header matches the field "${field.label}" (ignoring case, accents and punctuation)`
      add(field.label, target(t, NAME_CONFIDENCE - i * 0.01, reason))
      add(field.name, target(t, NAME_CONFIDENCE - i * 0.01, reason))
    })
  }
  return index
}

function confidenceOf(hit: NameHit): number {
  return hit.type === 'target' ? hit.candidate.confidence : hit.confidence
}

function loosen(hit: NameHit): NameHit {
  if (hit.type === 'relation') return { ...hit, confidence: hit.confidence - LOOSE_PENALTY }
  return { ...hit, candidate: { ...hit.candidate, confidence: hit.candidate.confidence - LOOSE_PENALTY } }
}

function distinctFields(targets: readonly FieldTarget[]): FieldModel[] {
  const seen = new Map<string, FieldModel>()
  for (const t of targets) if (!seen.has(t.field.name)) seen.set(t.field.name, t.field)
  return [...seen.values()]
}

/**
 * Tier 2 hits for a header, best first. Several fields sharing a name (`Link URL` in a file with two LINKS
 * fields) are all returned, each less sure.
 */
export function matchFieldName(header: string, index: NameIndex): readonly NameHit[] {
  const key = compactKey(header)
  const hits = index.get(key) ?? index.get(singular(key)) ?? []
  const fields = new Set(hits.map((h) => (h.type === 'target' ? h.field : h.field.name)))
  if (fields.size <= 1) return hits
  return hits.map((h) =>
    h.type === 'target'
      ? { ...h, candidate: { ...h.candidate, confidence: h.candidate.confidence - AMBIGUITY_PENALTY } }
      : { ...h, confidence: h.confidence - AMBIGUITY_PENALTY },
  )
}
