// Rechecks edited cells against a finished check without checking the table again: the cell's own
// state from its column's normaliser and context, and, in a unique column, the duplicate status of every
// row that shares its old or new value (a UniqueIndex built on the column's first edit). The full re-check
// that follows settles column-wide evidence and the issue counts.
import type { CellResult } from '../fields/cell-result'
import {
  CELL_ERROR,
  CELL_FIXED,
  CELL_OK,
  CELL_WARNING,
  isUniqueTarget,
  uniqueKey,
  type CheckResult,
} from './check-table'
import type { Change, EditedTable } from '../operations/edited-table'
import { normalizerFor } from './normalizers'
import { UniqueIndex } from './unique-index'

export function cellState(result: CellResult): number {
  if (result.issues.some((i) => i.severity === 'error')) return CELL_ERROR
  if (result.issues.length > 0) return CELL_WARNING
  return result.fixes.length > 0 ? CELL_FIXED : CELL_OK
}

/** The uniqueness key of a result, or null when it takes no part (empty, or an error). */
function keyOf(result: CellResult): string | null {
  if (result.value === null || result.issues.some((i) => i.severity === 'error')) return null
  return uniqueKey(result)
}

export class LiveCheck {
  private readonly unique = new Map<number, UniqueIndex>()

  /**
   * `cellOf(row, column)`: a cell's current text by table column index (edits included); `isDeleted(row)`:
   * whether the user deleted the row (it then takes no part in duplicates).
   */
  constructor(
    readonly check: CheckResult,
    private readonly cellOf: (row: number, column: number) => string,
    private readonly isDeleted: (row: number) => boolean = () => false,
  ) {}

  /** Rechecks one cell of checked column `mapped` now holding `text`; returns the rows whose state was set. */
  edit(mapped: number, row: number, text: string): number[] {
    const column = this.check.columns[mapped]!
    const normalize = normalizerFor(column.mapped.target)
    const states = this.check.cellStates[mapped]!
    const own = normalize(text, column.context)
    if (!isUniqueTarget(column.mapped.target)) {
      states[row] = cellState(own)
      this.updateRowError(row)
      return [row]
    }
    const index = this.uniqueIndex(mapped)
    const touched = index.update(row, keyOf(own))
    for (const r of touched) {
      const state =
        r === row ? cellState(own) : cellState(normalize(this.cellOf(r, column.mapped.column), column.context))
      states[r] = index.firstOf(r) !== null ? CELL_ERROR : state
      this.updateRowError(r)
    }
    return touched
  }

  /**
   * Rechecks what a change touched, once it has been applied to (or reverted on) `table`: each changed cell
   * in a checked column (`mappedOf` gives a table column id's checked column, if any), and each row it
   * deleted or brought back.
   */
  settle(change: Change, table: EditedTable, mappedOf: (columnId: string) => number | undefined): void {
    for (const cells of change.cells) {
      const mapped = mappedOf(cells.column)
      if (mapped === undefined) continue
      for (const row of cells.rows) this.edit(mapped, row, table.cell(row, cells.column))
    }
    for (const row of change.deleted) this.setDeleted(row, table.isDeleted(row))
  }

  /**
   * A row deleted (it leaves every column: no state, no part in duplicates) or brought back (each of its
   * cells rechecked as it is now). Returns the rows whose state was set, per checked column.
   */
  setDeleted(row: number, deleted: boolean): void {
    this.check.columns.forEach((column, mapped) => {
      if (!deleted) {
        this.edit(mapped, row, this.cellOf(row, column.mapped.column))
        return
      }
      this.check.cellStates[mapped]![row] = CELL_OK
      if (!isUniqueTarget(column.mapped.target)) return
      const index = this.uniqueIndex(mapped)
      const normalize = normalizerFor(column.mapped.target)
      const states = this.check.cellStates[mapped]!
      // The rows that shared its value (the index may have been built without it, the row being gone already).
      const key = keyOf(normalize(this.cellOf(row, column.mapped.column), column.context))
      const touched = new Set([...index.update(row, null), ...(key === null ? [] : index.rowsOf(key))])
      for (const r of touched) {
        if (r === row) continue
        const state = cellState(normalize(this.cellOf(r, column.mapped.column), column.context))
        states[r] = index.firstOf(r) !== null ? CELL_ERROR : state
        this.updateRowError(r)
      }
    })
    if (deleted) this.check.rowHasError[row] = 0
  }

  private uniqueIndex(mapped: number): UniqueIndex {
    let index = this.unique.get(mapped)
    if (!index) {
      const column = this.check.columns[mapped]!
      index = UniqueIndex.build(this.check.rowHasError.length, (row) =>
        this.isDeleted(row) ? null : keyOf(column.resultAt(row)),
      )
      this.unique.set(mapped, index)
    }
    return index
  }

  private updateRowError(row: number): void {
    this.check.rowHasError[row] = this.check.cellStates.some((states) => states[row] === CELL_ERROR) ? 1 : 0
  }
}
