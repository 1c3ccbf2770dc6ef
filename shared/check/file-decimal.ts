// The decimal separator decided from the whole file. A column whose own values read either way (`1.250`
// employees: 1250 or 1.25) takes the separator the file's other number and amount columns prove (a Dutch file's
// `2.500.000,00`), when those agree; when none proves one, or they disagree, the column keeps its own decision
// and its NUMBER_SEPARATOR_AMBIGUOUS warning: never decided silently.
// Invariant: only columns with decimalEvidence 'ambiguous' are ever read again, and only with the separator
// every proving column of the file shares.
import type { CheckSettings, ColumnContext } from '../fields/column-context'

/** The separator the file's columns prove, when at least one proves one and none proves the other; else null. */
export function fileDecimalSeparator(contexts: readonly (ColumnContext | undefined)[]): '.' | ',' | null {
  let dot = false
  let comma = false
  for (const context of contexts) {
    const evidence = context?.decimalEvidence
    if (evidence === 'dot') dot = true
    else if (evidence === 'comma') comma = true
    else if (evidence === 'mixed') return null
  }
  return dot === comma ? null : dot ? '.' : ','
}

/**
 * The columns (by position in `contexts`; undefined for a column without a context yet) to read again with the file's separator, and the settings to read
 * them with; null when there is nothing to settle.
 */
export function settleByFile(
  contexts: readonly (ColumnContext | undefined)[],
  settings: CheckSettings,
): { columns: number[]; settings: CheckSettings } | null {
  if (settings.fileDecimalSeparator !== undefined) return null
  const columns = contexts.flatMap((context, i) => (context?.decimalEvidence === 'ambiguous' ? [i] : []))
  if (columns.length === 0) return null
  const separator = fileDecimalSeparator(contexts)
  return separator === null ? null : { columns, settings: { ...settings, fileDecimalSeparator: separator } }
}
