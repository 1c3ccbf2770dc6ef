// Auto-mapping: proposes, for every column of a sheet, the target it should be imported into (or none), how sure
// that is and why, with alternatives. Invariant: one suggestion per column, in column order; no two columns
// share a field (see assign-columns.ts).
import { assignColumns, type ColumnProposal } from './assign-columns'
import { matchContent } from './content-match'
import { profileContent } from './content-profile'
import { isPlaceholderHeader } from './header-key'
import { matchHeader, type HeaderIndexes } from './match-header'
import type { MappingSuggestion, SuggestMappingInput } from './mapping-suggestion'
import { buildNameIndex } from './name-match'
import { pluralName, roleOf } from './object-role'
import { buildLabelIndex } from './twenty-label-match'

const EMPTY_FACTOR = 0.5

/**
 * Suggests a mapping for every column, matching in this order: Twenty's own import and export headers
 * (confidence ~1.0), field labels and API names ignoring case, accents and punctuation (~0.9), synonyms in nine
 * languages and CRM export headers (~0.8), then the column's values (0.5-0.7, by the share that fits) when the
 * header says nothing. A column whose field another column took with more confidence falls back to its next
 * candidate or to null, and its reason names that column. Pure and deterministic.
 */
export function suggestMapping(input: SuggestMappingInput): MappingSuggestion[] {
  const role = roleOf(input.objectName)
  const objects = pluralName(role, input.objectName)
  const indexes: HeaderIndexes = { labels: buildLabelIndex(input.targets), names: buildNameIndex(input.targets) }
  const proposals: ColumnProposal[] = input.headers.map((header, column) => {
    const profile = profileContent(input.samples[column])
    const ctx = { role, objectName: input.objectName, targets: input.targets, profile }
    const fromValues = matchContent(profile, input.targets, objects)
    const empty = (input.samples[column]?.length ?? 0) > 0 && profile.total === 0
    const fromHeader = (isPlaceholderHeader(header) ? [] : matchHeader(header, indexes, ctx)).map((c) =>
      // An empty column should not keep a field from a column that has values (Google's `Occupation`).
      empty && c.path !== null
        ? { ...c, confidence: c.confidence * EMPTY_FACTOR, reason: `${c.reason}; the column is empty` }
        : c,
    )
    return fromHeader.length > 0
      ? { column, header, candidates: fromHeader, extras: fromValues }
      : { column, header, candidates: fromValues, extras: [] }
  })
  return assignColumns(proposals, input.targets, input.reserved)
}
