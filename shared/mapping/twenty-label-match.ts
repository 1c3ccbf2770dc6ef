// Tier 1: headers Twenty itself writes. The import labels of the targets, the 2024 import labels, and every
// column of a Twenty CSV export (`Id`, `<Label>`, `<Field> / <Subfield>`, `<Relation> Id`), ignoring case and
// spacing. Export columns the import cannot write (Latitude, Created by...) match to null, never to a neighbour.
import type { FieldTarget } from '../fields/targets'
import type { FieldModel } from '../model/workspace-model'
import { exactKey } from './header-key'
import type { MappingCandidate } from './mapping-suggestion'
import { ACTOR_SUBFIELD_LABELS, isWholeComposite, OLD_SUBFIELD_LABELS, subfieldsOf } from './subfield-labels'

/** Confidences of Twenty's own import labels and export columns. */
export const IMPORT_LABEL_CONFIDENCE = 1
export const EXPORT_LABEL_CONFIDENCE = 0.97

/** Export columns of fields Twenty fills itself; they are in every full export and never importable. */
// `Position` is left out on purpose: as a client header it is a job title far more often than Twenty's sort key.
const SYSTEM_EXPORT_COLUMNS = ['Creation date', 'Last update', 'Deleted', 'Deleted at']
const ACTOR_FIELDS = ['Created by', 'Updated by']

/** Exact-key -> candidate, for one object's targets. */
export type LabelIndex = ReadonlyMap<string, MappingCandidate>

function isComposite(field: FieldModel, targets: readonly FieldTarget[]): boolean {
  if (targets.some((t) => t.field.name === field.name && t.subfield !== null)) return true
  return ['CURRENCY', 'FULL_NAME', 'EMAILS', 'PHONES', 'LINKS', 'ADDRESS', 'RICH_TEXT_V2'].includes(field.type)
}

/** Builds the tier 1 index; import labels win over export columns that happen to read the same. */
export function buildLabelIndex(targets: readonly FieldTarget[]): LabelIndex {
  const index = new Map<string, MappingCandidate>()
  const add = (header: string, candidate: MappingCandidate): void => {
    if (!index.has(exactKey(header))) index.set(exactKey(header), candidate)
  }
  const byPath = new Map(targets.map((t) => [t.path, t]))
  for (const t of targets) {
    // A whole-field target (a full name in one cell) is Preflight's own; Twenty's import has no such header.
    if (isWholeComposite(t, targets)) continue
    add(t.label, {
      path: t.path,
      confidence: IMPORT_LABEL_CONFIDENCE,
      reason: `Header matches Twenty's import label "${t.label}"`,
    })
  }
  const exported = (header: string, path: string | null): void => {
    const reason =
      path === null
        ? `Twenty exports "${header}", but its import cannot write it`
        : `Header matches Twenty's export column "${header}"`
    add(header, { path, confidence: EXPORT_LABEL_CONFIDENCE, reason })
  }
  if (byPath.has('id')) exported('Id', 'id')
  const seen = new Set<string>()
  for (const t of targets) {
    const field = t.field
    if (seen.has(field.name)) continue
    seen.add(field.name)
    if (t.kind === 'relation' || field.type === 'RELATION') {
      const idPath = `${field.name}.id`
      exported(`${field.label} Id`, byPath.has(idPath) ? idPath : null)
      exported(`${field.label} (ID)`, byPath.has(idPath) ? idPath : null)
      continue
    }
    if (!isComposite(field, targets)) {
      exported(field.label, t.path)
      continue
    }
    for (const { name: subfield, label } of subfieldsOf(field)) {
      const path = `${field.name}.${subfield}`
      exported(`${field.label} / ${label}`, byPath.has(path) ? path : null)
      if (byPath.has(path)) {
        const old = OLD_SUBFIELD_LABELS[subfield] ?? label
        add(`${old} (${field.name})`, {
          path,
          confidence: EXPORT_LABEL_CONFIDENCE,
          reason: `Header matches the label of Twenty's older import "${old} (${field.name})"`,
        })
      }
    }
  }
  for (const header of SYSTEM_EXPORT_COLUMNS) {
    add(header, {
      path: null,
      confidence: EXPORT_LABEL_CONFIDENCE,
      reason: `Twenty exports "${header}", but sets it itself`,
    })
  }
  for (const actor of ACTOR_FIELDS) {
    for (const label of ACTOR_SUBFIELD_LABELS) {
      const header = `${actor} / ${label}`
      add(header, {
        path: null,
        confidence: EXPORT_LABEL_CONFIDENCE,
        reason: `Twenty exports "${header}", but sets it itself`,
      })
    }
  }
  return index
}

/** The tier 1 candidate for a header, if Twenty itself would have written it. */
export function matchTwentyLabel(header: string, index: LabelIndex): MappingCandidate | undefined {
  return index.get(exactKey(header))
}
