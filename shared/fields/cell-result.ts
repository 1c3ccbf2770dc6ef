// What checking one value produces: the value Twenty will store, and the issues found on the way.
// Invariant: a result with an error issue has value null unless the error is about context (duplicates).

export type Severity = 'error' | 'warning'

/**
 * A problem with a value. `code` is SCREAMING_SNAKE and stable (users filter on it). `error`: Twenty would
 * reject it or store something wrong. `warning`: it imports, but probably is not what the client meant.
 */
export interface CellIssue {
  readonly code: string
  readonly severity: Severity
  readonly message: string
  /** A replacement the user can accept; never applied silently. */
  readonly suggestion?: string
  /**
   * The message key (`cellIssue.<key>` of the message files: the code, or code.variant) and the values `message`
   * is worded from, when the issue can be worded again in another language: the app, the fix sheet and the CLI
   * render it in the user's language from these (shared/messages). Absent: only the English `message` exists.
   */
  readonly key?: string
  readonly params?: Readonly<Record<string, string | number>>
}

/** A safe fix that was applied: the original value is kept by the caller and can be restored. */
export interface CellFix {
  readonly code: string
  readonly message: string
  /** As CellIssue's: `cellFix.<key>` of the message files and the values it is worded from. */
  readonly key?: string
  readonly params?: Readonly<Record<string, string | number>>
}

/** A JSON value as Twenty's API takes it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue }

export interface CellResult {
  /**
   * The normalised value for the target, in API terms (number for NUMBER, boolean for BOOLEAN,
   * 'YYYY-MM-DD' for DATE, option value for SELECT, string[] for MULTI_SELECT/ARRAY...). null: nothing to
   * write (an empty cell, or a value that could not be understood).
   */
  readonly value: JsonValue
  /** For a target that fills several subfields from one cell (full name, phone): subfield -> value. */
  readonly parts?: Readonly<Record<string, JsonValue>>
  readonly issues: readonly CellIssue[]
  readonly fixes: readonly CellFix[]
}

export const EMPTY_RESULT: CellResult = Object.freeze({ value: null, issues: [], fixes: [] })

export function resultOf(
  value: JsonValue,
  fixes: readonly CellFix[] = [],
  issues: readonly CellIssue[] = [],
): CellResult {
  return { value, issues, fixes }
}

export function errorResult(code: string, message: string, suggestion?: string): CellResult {
  return {
    value: null,
    issues: [
      suggestion === undefined
        ? { code, severity: 'error', message }
        : { code, severity: 'error', message, suggestion },
    ],
    fixes: [],
  }
}
