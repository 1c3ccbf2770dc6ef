// What each column tool asks for, worked out from what the user typed: an operation on the chosen column, a
// refusal naming the message the panel shows instead, or null when there is nothing to act on (no column, no
// search text). Plain functions: nothing here applies an operation or reads a store.
import { computeChange, OperationError } from '../../../../../shared/operations/compute-change'
import type { EditedTable } from '../../../../../shared/operations/edited-table'
import { changeSize } from '../../../../../shared/operations/history'
import type { Operation } from '../../../../../shared/operations/operation'

/** The message key a tool shows when what was typed cannot make an operation yet. */
export type ToolRefusal = 'tools.mapNeedsValue' | 'tools.mergeNeedsColumn' | 'tools.splitNeeds'

/** What a tool hands the panel: an operation to apply, a refusal to show, or null (do nothing, say nothing). */
export type ToolRequest = Operation | { readonly refused: ToolRefusal } | null

export type ChangeCaseTo = 'upper' | 'lower' | 'title'
export type MatchKind = 'not-empty' | 'empty' | 'contains' | 'equals' | 'regex'

export interface ReplaceInput {
  readonly find: string
  readonly replace: string
  readonly regex: boolean
  readonly caseSensitive: boolean
  /** Every column, not only the chosen one. */
  readonly everywhere: boolean
}

/** The replace the inputs describe; null until there is text to find. */
export function replaceOperation(column: string | null, input: ReplaceInput): Operation | null {
  if (input.find === '' || !column) return null
  return {
    op: 'replace',
    columns: input.everywhere ? null : [column],
    find: input.find,
    replace: input.replace,
    regex: input.regex,
    caseSensitive: input.caseSensitive,
  }
}

/** How many cells a replace would change (computed without applying it), or why it cannot run. */
export function previewReplace(
  table: EditedTable,
  op: Operation,
): { readonly count: number; readonly error: string | null } {
  try {
    return { count: changeSize(computeChange(table, op)), error: null }
  } catch (error) {
    return { count: 0, error: error instanceof OperationError ? error.message : String(error) }
  }
}

export function trimOperation(column: string | null): Operation | null {
  return column ? { op: 'trim', columns: [column] } : null
}

export function changeCaseOperation(column: string | null, to: ChangeCaseTo): Operation | null {
  return column ? { op: 'change-case', columns: [column], to } : null
}

export function setConstantOperation(column: string | null, value: string): Operation | null {
  return column ? { op: 'set-constant', column, value, rows: null } : null
}

/** Whether a way of matching rows compares against a typed value. */
export function matchNeedsValue(kind: MatchKind): boolean {
  return kind === 'contains' || kind === 'equals' || kind === 'regex'
}

/** Keeps the rows whose cell matches; a typed value is compared without case. */
export function keepRowsOperation(column: string | null, kind: MatchKind, value: string): Operation | null {
  if (!column) return null
  const match = kind === 'empty' || kind === 'not-empty' ? { kind } : { kind, value, caseSensitive: false }
  return { op: 'keep-rows', column, match }
}

/** The value-to-value table from what was typed beside each value; values left empty or unchanged are left out. */
export function mapValuesOperation(
  column: string | null,
  mapTo: Readonly<Record<string, string | undefined>>,
): ToolRequest {
  const map = Object.fromEntries(
    Object.entries(mapTo).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '' && entry[1] !== entry[0],
    ),
  )
  if (!column || Object.keys(map).length === 0) return { refused: 'tools.mapNeedsValue' }
  return { op: 'map-values', column, map }
}

/** A new column joining the chosen column and another, named by the user (trimmed). */
export function mergeColumnsOperation(
  column: string | null,
  other: string,
  separator: string,
  name: string,
): ToolRequest {
  if (!column || other === '' || name.trim() === '') return { refused: 'tools.mergeNeedsColumn' }
  return { op: 'merge-columns', columns: [column, other], separator, name: name.trim() }
}

/** Splits on a separator into the comma-separated part names (at least two). */
export function splitColumnOperation(column: string | null, separator: string, parts: string): ToolRequest {
  const names = parts
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
  if (!column || separator === '' || names.length < 2) return { refused: 'tools.splitNeeds' }
  return { op: 'split-column', column, separator, names }
}

/** A column's most frequent values with their counts, most frequent first, at most `limit` of them. */
export function topValues(
  table: Pick<EditedTable, 'scan'>,
  column: string,
  limit: number,
): { value: string; count: number }[] {
  const counts = new Map<string, number>()
  table.scan(column, (text) => counts.set(text, (counts.get(text) ?? 0) + 1))
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
}
