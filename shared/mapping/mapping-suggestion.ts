// The types auto-mapping speaks: what it is given (headers, samples, targets) and what it proposes per column.
// Invariant: a suggestion's path is null or the path of one of the given targets; no two suggestions share a field.
import type { FieldTarget } from '../fields/targets'

/** What `suggestMapping` needs to know about one sheet and the object it is imported into. */
export interface SuggestMappingInput {
  /** Header text per column, as shown to the user (`Column C` for an empty header is fine). */
  readonly headers: readonly string[]
  /** Per column, up to about 200 sample values; a missing or empty list means "no evidence". */
  readonly samples: readonly (readonly string[])[]
  /** The importable targets of the object (listTargets), in the order the user sees them. */
  readonly targets: readonly FieldTarget[]
  /** The object the file is imported into: `people`, `person`, `companies`, a custom object's name... */
  readonly objectName: string
  /**
   * Paths already decided elsewhere (a saved mapping file), given with the full `targets`: no column is
   * suggested for them, nor for a field overlapping them (`name` when `name.firstName` is reserved).
   */
  readonly reserved?: readonly string[]
}

/** One possible destination for a column, with how sure the matcher is and why, in plain language. */
export interface MappingCandidate {
  /** A target path, or null for "do not import". */
  readonly path: string | null
  /** 0..1: exact Twenty label ~1.0, normalised label ~0.9, synonym ~0.8, content 0.5-0.7. */
  readonly confidence: number
  /** e.g. `Header matches Twenty's import label "Emails / Primary Email"`. */
  readonly reason: string
}

/** The proposal for one column: where it goes (or null), and the other places it could go. */
export interface MappingSuggestion extends MappingCandidate {
  /** 0-based column index into the input headers. */
  readonly column: number
  /** Other targets worth offering, best first; never the chosen path, never null. */
  readonly alternatives: readonly MappingCandidate[]
}
