// What main sends a check worker (the columns it checks, with their cells) and what comes back: per column
// its context, column issues and value index; cell issues as parallel arrays over a table of issue objects.
import type { CheckOptions, MappedColumn } from '../../../shared/check/check-table'
import type { CellIssueParts } from '../../../shared/check/cell-issue-list'
import type { ColumnContext, ColumnIssue } from '../../../shared/fields/column-context'
import type { ColumnIndex } from '../../../shared/table/column-index'
import type { ColumnMeta } from '../../../shared/table/columnar-table'
import type { ColumnSlice } from '../../../shared/table/column-slices'

export interface CheckWorkerInput {
  readonly columns: readonly ColumnMeta[]
  /** Chunks with only the cells this worker needs (other columns absent). */
  readonly chunks: readonly ColumnSlice[]
  readonly mapped: readonly MappedColumn[]
  readonly options: CheckOptions
}

export interface CheckedColumn {
  readonly context: ColumnContext
  readonly issues: readonly ColumnIssue[]
  /** The column's value index when the worker hashed it (few values); null for one value per row. */
  readonly index: ColumnIndex | null
}

export interface CheckWorkerOutput {
  readonly columns: readonly CheckedColumn[]
  /** The worker's cell issues; their `mapped` index the input's mapped columns. */
  readonly cellIssues: CellIssueParts
  readonly rowHasError: Uint8Array
  readonly cellStates: readonly Uint8Array[]
  readonly fixedCells: number
}
