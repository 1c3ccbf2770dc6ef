// What the bulk check needs from a cell, without the words: whether a fix applies, the value (its uniqueness
// key), and the codes and severities of its issues. A kind's verdict reader answers that for the common shapes
// without building messages, fix lists or result objects; the check reads every other cell with the normaliser.
// Invariant: a reader that answers gives exactly what the kind's normaliser's result says (tested per kind).
import type { CellResult, JsonValue, Severity } from './cell-result'
import type { ColumnContext, RowContext } from './column-context'

/** An issue's code and severity: what the check stores per cell (it rewords the issue from the normaliser). */
export interface IssueRef {
  readonly code: string
  readonly severity: Severity
}

/** A reader's answer, filled in place (one object per column, reused for every cell). */
export interface CellVerdict {
  /** The result has fixes. */
  fixed: boolean
  /** The result's value (the uniqueness key); null when there is nothing to write. */
  value: JsonValue
  /** The codes and severities of the result's issues, in order (shared lists, never changed). */
  issues: readonly IssueRef[]
}

/**
 * Reads a cell as the kind's normaliser would, only as far as the check needs: true when `out` now holds what
 * the normaliser's result says, false when the cell is not a shape the reader knows (the normaliser reads it).
 */
export type VerdictReader = (
  raw: string,
  context: ColumnContext,
  row: RowContext | undefined,
  out: CellVerdict,
) => boolean

export const NO_ISSUES: readonly IssueRef[] = Object.freeze([])

/** A one-issue list, made once per code. */
export function issueRefs(code: string, severity: Severity): readonly IssueRef[] {
  return Object.freeze([Object.freeze({ code, severity })])
}

/** Answers an empty cell (nothing to write, nothing to report, nothing fixed) into `out`; returns true. */
export function answerEmpty(out: CellVerdict): true {
  out.fixed = false
  out.value = null
  out.issues = NO_ISSUES
  return true
}

export function emptyVerdict(): CellVerdict {
  return { fixed: false, value: null, issues: NO_ISSUES }
}

/** The verdict a full result gives: what a reader must agree with (for tests). */
export function verdictOf(result: CellResult): { fixed: boolean; value: CellResult['value']; issues: IssueRef[] } {
  return {
    fixed: result.fixes.length > 0,
    value: result.value,
    issues: result.issues.map(({ code, severity }) => ({ code, severity })),
  }
}
