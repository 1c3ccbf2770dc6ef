// A source table plus the user's edits: cell values that differ from the file, deleted rows and columns
// that operations added. The source table is never changed, so undo, replay and "restore the original" are
// all cheap. Rows and columns keep the ids of the source (added columns get `x1`, `x2`...).
// Invariant: an override never equals what the cell would be without it (it is dropped instead).
import { ColumnarTable, type ColumnMeta } from '../table/columnar-table'
import { chunkFromRows } from '../table/table-from-rows'

/** What one change did to one column: only the touched cells, before and after. */
export interface ColumnChange {
  readonly column: string
  readonly rows: Uint32Array
  readonly before: readonly string[]
  readonly after: readonly string[]
}

/** The effect of one operation: undo and redo swap it. */
export interface Change {
  readonly cells: readonly ColumnChange[]
  /** Rows the operation deleted (live before it). */
  readonly deleted: Uint32Array
  /** Columns the operation added (their cells are in `cells`). */
  readonly added: readonly ColumnMeta[]
}

const EMPTY_EDITS: ReadonlyMap<number, string> = new Map()

export class EditedTable {
  private readonly added: ColumnMeta[] = []
  private readonly overrides = new Map<string, Map<number, string>>()
  private readonly deletedFlagsArray: Uint8Array
  private deletedCount = 0
  private nextAdded = 1

  constructor(readonly base: ColumnarTable) {
    this.deletedFlagsArray = new Uint8Array(base.rowCount)
  }

  get columns(): readonly ColumnMeta[] {
    return this.added.length === 0 ? this.base.columns : [...this.base.columns, ...this.added]
  }

  /** Row ids, deleted ones included: ids run 0..rowCount-1. */
  get rowCount(): number {
    return this.base.rowCount
  }

  get liveRowCount(): number {
    return this.base.rowCount - this.deletedCount
  }

  hasColumn(id: string): boolean {
    return this.base.columns.some((c) => c.id === id) || this.added.some((c) => c.id === id)
  }

  columnName(id: string): string {
    return this.columns.find((c) => c.id === id)?.name ?? id
  }

  /** A fresh id for a column an operation adds. */
  newColumnId(): string {
    while (this.hasColumn(`x${this.nextAdded}`)) this.nextAdded++
    return `x${this.nextAdded++}`
  }

  /** 1 at each deleted row id (a copy, for the check). */
  deletedFlags(): Uint8Array {
    return this.deletedFlagsArray.slice()
  }

  get deletedRowCount(): number {
    return this.deletedCount
  }

  /** Live row ids in order (all rows when none is deleted: null). */
  liveRows(): Uint32Array | null {
    if (this.deletedCount === 0) return null
    const rows = new Uint32Array(this.liveRowCount)
    let n = 0
    for (let row = 0; row < this.deletedFlagsArray.length; row++) if (this.deletedFlagsArray[row] === 0) rows[n++] = row
    return rows
  }

  isDeleted(row: number): boolean {
    return this.deletedFlagsArray[row] === 1
  }

  /** The cell as the file has it ('' for an added column). */
  original(row: number, column: string): string {
    const index = this.base.columns.findIndex((c) => c.id === column)
    return index === -1 ? '' : this.base.cell(row, index)
  }

  cell(row: number, column: string): string {
    const override = this.overrides.get(column)?.get(row)
    return override ?? this.original(row, column)
  }

  /** Whether a cell holds something other than the file's value. */
  isEdited(row: number, column: string): boolean {
    return this.overrides.get(column)?.has(row) ?? false
  }

  /** A column's edited cells: row id -> text (read-only view). */
  editsOf(column: string): ReadonlyMap<number, string> {
    return this.overrides.get(column) ?? EMPTY_EDITS
  }

  editedCount(): number {
    let count = 0
    for (const map of this.overrides.values()) count += map.size
    return count
  }

  /** Visits every live row's cell of a column in row order. */
  scan(column: string, visit: (text: string, row: number) => void): void {
    const map = this.overrides.get(column)
    const flags = this.deletedFlagsArray
    const index = this.base.columns.findIndex((c) => c.id === column)
    if (index === -1) {
      if (!this.added.some((c) => c.id === column)) throw new Error(`no column ${column}`)
      for (let row = 0; row < flags.length; row++) if (flags[row] === 0) visit(map?.get(row) ?? '', row)
      return
    }
    const edited = map !== undefined && map.size > 0
    this.base.scanColumn(index, (text, row) => {
      if (flags[row] === 1) return
      visit(edited ? (map.get(row) ?? text) : text, row)
    })
  }

  apply(change: Change): void {
    this.run(change, 'after')
  }

  revert(change: Change): void {
    this.run(change, 'before')
  }

  private run(change: Change, side: 'before' | 'after'): void {
    const forward = side === 'after'
    if (forward) for (const column of change.added) this.added.push(column)
    for (const cells of change.cells) {
      const values = cells[side]
      cells.rows.forEach((row, i) => this.set(row, cells.column, values[i]!))
    }
    for (const row of change.deleted) {
      const flag = forward ? 1 : 0
      if (this.deletedFlagsArray[row] !== flag) this.deletedCount += forward ? 1 : -1
      this.deletedFlagsArray[row] = flag
    }
    if (!forward) {
      for (const column of change.added) {
        const at = this.added.findIndex((c) => c.id === column.id)
        if (at !== -1) this.added.splice(at, 1)
        this.overrides.delete(column.id)
      }
    }
  }

  private set(row: number, column: string, value: string): void {
    let map = this.overrides.get(column)
    if (value === this.original(row, column)) {
      map?.delete(row)
      return
    }
    if (!map) this.overrides.set(column, (map = new Map<number, string>()))
    map.set(row, value)
  }

  /**
   * The table as it now stands, as a plain ColumnarTable (live rows only, added columns last), for the
   * check, export and push. `rowIds[i]` is the row id of its row i; spreadsheet row numbers are kept.
   */
  materialize(chunkRows = 16_384): { table: ColumnarTable; rowIds: Uint32Array } {
    const columns = this.columns
    const rowIds = new Uint32Array(this.liveRowCount)
    let n = 0
    for (let row = 0; row < this.rowCount; row++) if (this.deletedFlagsArray[row] === 0) rowIds[n++] = row
    const cellsByColumn = columns.map(() => new Array<string>(rowIds.length))
    columns.forEach((column, c) => {
      let i = 0
      this.scan(column.id, (text) => (cellsByColumn[c]![i++] = text))
    })
    const table = new ColumnarTable(columns.map((c) => ({ ...c })))
    for (let first = 0; first < rowIds.length; first += chunkRows) {
      const count = Math.min(chunkRows, rowIds.length - first)
      const rows = Array.from({ length: count }, (_, r) => columns.map((_, c) => cellsByColumn[c]![first + r]!))
      const chunk = chunkFromRows(first, rows, columns.length)
      const sourceRows = Uint32Array.from({ length: count }, (_, r) => this.base.sourceRow(rowIds[first + r]!))
      table.append({ ...chunk, sourceRows })
    }
    return { table, rowIds }
  }
}
