// Checking a table in shares of columns on other threads (Node worker threads for main and the CLI, a web
// worker for the renderer): what a share's thread is given, the compact result it sends back (typed arrays,
// transferable; cell issues as kinds and positions, read back from the normalisers on this side), and the
// assembly of shares into the CheckResult checkTable would give. A share returns the value index of a column
// it hashed (of many values, its ids alone: the values are read again here from the same cells, only when
// read); a mostly distinct column's index (one value per row) is sliced again here only when read.
import type { ColumnContext, ColumnIssue } from '../fields/column-context'
import { indexFromIds, type ColumnIndex } from '../table/column-index'
import { ColumnarTable, type ColumnMeta } from '../table/columnar-table'
import { chunkOfSlice, columnSlices, type ColumnSlice } from '../table/column-slices'
import { overlayTable, type CellOverrides } from '../table/overlay-table'
import { CellIssueList, type CellIssueParts } from './cell-issue-list'
import {
  checkTable,
  columnResults,
  indexForCheck,
  indexIsLazy,
  issueSource,
  type CheckOptions,
  type CheckResult,
  type ColumnCheck,
  type MappedColumn,
} from './check-table'
import { rowColumnsOf, RowContextSource, rowLinksOf } from './row-contexts'

export interface CheckShareInput {
  readonly columns: readonly ColumnMeta[]
  /** Chunks with only the cells this share needs (other columns absent). */
  readonly chunks: readonly ColumnSlice[]
  readonly mapped: readonly MappedColumn[]
  readonly options: CheckOptions
  /** The user's edits, by table column index: the share checks the cells as edited. */
  readonly overrides?: readonly CellOverrides[]
}

export interface CheckedColumn {
  readonly context: ColumnContext
  readonly issues: readonly ColumnIssue[]
  /** The column's value index when the share hashed it (few values); null for one value per row. */
  readonly index: ColumnIndex | PackedIndex | null
}

/**
 * A hashed index with many values, packed for the trip between threads: its ids alone. The receiving side holds
 * the same cells, so it reads each value at the first row with its id (ids come in order of first appearance)
 * when it needs them; a million strings would cost both threads far more to copy.
 */
export interface PackedIndex {
  readonly ids: Uint32Array
  /** How many values the ids name. */
  readonly count: number
}

/** Above this many values a share packs the index it returns. */
const PACK_VALUES = 4096

function packIndex(index: ColumnIndex): ColumnIndex | PackedIndex {
  return index.values.length <= PACK_VALUES ? index : { ids: index.ids, count: index.values.length }
}

function unpackIndex(table: ColumnarTable, column: number, index: ColumnIndex | PackedIndex): ColumnIndex {
  return 'values' in index ? index : indexFromIds(table, column, index.ids, index.count)
}

export interface CheckShareOutput {
  readonly columns: readonly CheckedColumn[]
  /** The share's cell issues; their `mapped` index the input's mapped columns. */
  readonly cellIssues: CellIssueParts
  readonly rowHasError: Uint8Array
  readonly cellStates: readonly Uint8Array[]
  readonly fixedCells: number
}

/**
 * What a share's thread is sent: the columns it checks and those their rows are read with (the row countries, a
 * phone's other parts, a relation's earlier keys), nothing else; the options carry the whole mapping's row links.
 */
export function shareInput(
  table: ColumnarTable,
  mapped: readonly MappedColumn[],
  share: readonly number[],
  options: CheckOptions,
  overrides: readonly CellOverrides[] = [],
  /** The table's columns plus those operations added (their cells come from `overrides`). */
  columns: readonly ColumnMeta[] = table.columns,
): CheckShareInput {
  const rowLinks = options.rowLinks ?? rowLinksOf(mapped)
  const needed = new Set(share.map((i) => mapped[i]!.column))
  if (options.countryColumn !== undefined) needed.add(options.countryColumn)
  for (const i of share)
    for (const column of rowColumnsOf(mapped[i]!, options.countryColumn, rowLinks)) needed.add(column)
  const mine = overrides.filter((o) => needed.has(o.column))
  const shared = { ...options, rowLinks }
  return {
    columns,
    chunks: columnSlices(table, needed),
    mapped: share.map((i) => mapped[i]!),
    options: shared,
    ...(mine.length > 0 ? { overrides: mine } : {}),
  }
}

/** The thread's side: checks its share and packs the result, with the buffers to transfer. */
export function checkShare(input: CheckShareInput): { output: CheckShareOutput; transfer: ArrayBuffer[] } {
  const sliced = new ColumnarTable(input.columns)
  for (const chunk of input.chunks) sliced.append(chunkOfSlice(chunk))
  const table = overlayTable(sliced, input.overrides ?? [])
  const result = checkTable(table, input.mapped, input.options)
  const cellIssues = result.cellIssues.toParts()
  const output: CheckShareOutput = {
    columns: result.columns.map((c) => ({
      context: c.context,
      issues: c.issues,
      index: !indexIsLazy(c) && c.index.distinct ? packIndex(c.index) : null,
    })),
    cellIssues,
    rowHasError: result.rowHasError,
    cellStates: result.cellStates,
    fixedCells: result.fixedCells,
  }
  const buffers = [
    cellIssues.rows,
    cellIssues.mapped,
    cellIssues.kinds,
    cellIssues.extra,
    result.rowHasError,
    ...result.cellStates,
  ]
  const packed = output.columns.flatMap((c) => (c.index === null ? [] : [c.index.ids]))
  return { output, transfer: [...buffers, ...packed].map((array) => array.buffer as ArrayBuffer) }
}

/** One share's result, with the caller's indexes of the columns it checked. */
export interface CheckedShare {
  readonly global: readonly number[]
  readonly output: CheckShareOutput
}

export function assembleShares(
  table: ColumnarTable,
  mapped: readonly MappedColumn[],
  options: CheckOptions,
  results: readonly CheckedShare[],
): CheckResult {
  let rowSource: RowContextSource | undefined
  const rowSourceOnce = () =>
    (rowSource ??= new RowContextSource(table, options.countryColumn, options.rowLinks ?? rowLinksOf(mapped)))
  const columns: ColumnCheck[] = new Array<ColumnCheck>(mapped.length)
  for (const { global, output } of results) {
    global.forEach((g, i) => {
      const checked = output.columns[i]!
      const column = mapped[g]!
      const sent = checked.index
      let index: ColumnIndex | undefined
      let results: ReturnType<typeof columnResults> | undefined
      const indexOnce = () =>
        (index ??= sent === null ? indexForCheck(table, column) : unpackIndex(table, column.column, sent))
      const resultsOnce = () =>
        (results ??= columnResults(column.target, indexOnce(), checked.context, rowSourceOnce().contextsFor(column)))
      columns[g] = {
        mapped: column,
        context: checked.context,
        issues: checked.issues,
        get index() {
          return indexOnce()
        },
        resultFor: (raw, row) => resultsOnce().resultFor(raw, row),
        resultAt: (row) => resultsOnce().resultAt(row),
      }
    })
  }

  const cellIssues = new CellIssueList(issueSource(table, columns))
  const rowHasError = new Uint8Array(table.rowCount)
  const cellStates: Uint8Array[] = new Array<Uint8Array>(mapped.length)
  let fixedCells = 0
  for (const { global, output } of results) {
    global.forEach((g, i) => (cellStates[g] = output.cellStates[i]!))
    cellIssues.appendParts(output.cellIssues, global)
    // A row has an error only with an issue on it: a share without issues has none to merge.
    if (output.cellIssues.length > 0) {
      const theirs = output.rowHasError
      for (let row = 0; row < rowHasError.length; row++) rowHasError[row] = rowHasError[row]! | theirs[row]!
    }
    fixedCells += output.fixedCells
  }
  return { columns, cellIssues, rowHasError, cellStates, fixedCells }
}
