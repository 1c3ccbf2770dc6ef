// The cell issues of a checked table as parallel typed arrays over a small table of issue kinds, so a million
// issues cost a few megabytes, no object per issue, and nothing to copy but typed arrays between threads. An
// issue that comes from a value's own normalisation stores only its position in that value's result and is
// read back from the normaliser; a duplicate stores the earlier row and is worded when read; only issues the
// check itself raises (a required value missing) are kept as objects.
import type { CellIssue, Severity } from '../fields/cell-result'

/** One issue on one cell. `row` is the table's row id; `mapped` indexes the check's columns. */
export interface CellIssueRecord {
  readonly row: number
  readonly mapped: number
  readonly raw: string
  readonly issue: CellIssue
}

/** How to read back what the list does not store. */
export interface IssueSource {
  raw(row: number, mapped: number): string
  /** The issue at `position` in the result of normalising the cell (the same normaliser the check ran). */
  own(row: number, mapped: number, position: number): CellIssue
  duplicate(row: number, mapped: number, firstRow: number): CellIssue
}

/** What an entry's kind says about how to read it back. */
export type IssueKind =
  | { readonly how: 'own'; readonly code: string; readonly severity: Severity }
  | { readonly how: 'object'; readonly code: string; readonly severity: Severity; readonly issue: CellIssue }
  | { readonly how: 'duplicate'; readonly code: 'DUPLICATE_IN_FILE'; readonly severity: 'error' }

/** The arrays behind a list, for sending it to another thread (typed arrays are transferable). */
export interface CellIssueParts {
  readonly length: number
  readonly rows: Uint32Array
  readonly mapped: Uint16Array
  readonly kinds: Uint16Array
  /** Per entry: the position in the cell's result ('own'), or the earlier row ('duplicate'). */
  readonly extra: Uint32Array
  readonly kindTable: readonly IssueKind[]
}

const DUPLICATE_KIND: IssueKind = { how: 'duplicate', code: 'DUPLICATE_IN_FILE', severity: 'error' }

export class CellIssueList implements Iterable<CellIssueRecord> {
  private rows = new Uint32Array(1024)
  private mappedAt = new Uint16Array(1024)
  private kinds = new Uint16Array(1024)
  private extra = new Uint32Array(1024)
  private readonly kindTable: IssueKind[] = [DUPLICATE_KIND]
  /** Own kinds by code: [error kind, warning kind] (-1 until first seen). */
  private readonly ownKinds = new Map<string, [number, number]>()
  private readonly objectKinds = new Map<CellIssue, number>()
  length = 0

  constructor(private readonly source: IssueSource) {}

  /** An issue the check raised itself, kept as the object given. */
  push(row: number, mapped: number, issue: CellIssue): void {
    this.append(row, mapped, this.objectKind(issue), 0)
  }

  /** The kind number of an issue that comes from a value's own result (same code and severity, same kind). */
  ownKind(code: string, severity: Severity): number {
    let kinds = this.ownKinds.get(code)
    if (kinds === undefined) this.ownKinds.set(code, (kinds = [-1, -1]))
    const at = severity === 'error' ? 0 : 1
    if (kinds[at] === -1) kinds[at] = this.addKind({ how: 'own', code, severity })
    return kinds[at]
  }

  /** The kind number of an issue object the check raises itself. */
  objectKind(issue: CellIssue): number {
    let kind = this.objectKinds.get(issue)
    if (kind === undefined) {
      kind = this.addKind({ how: 'object', code: issue.code, severity: issue.severity, issue })
      this.objectKinds.set(issue, kind)
    }
    return kind
  }

  /** An entry of a known kind: for an 'own' kind, `position` is the issue's index in the cell's result. */
  pushKind(row: number, mapped: number, kind: number, position: number): void {
    this.append(row, mapped, kind, position)
  }

  /** A DUPLICATE_IN_FILE issue on `row`, whose value first appeared on row id `firstRow`. */
  pushDuplicate(row: number, mapped: number, firstRow: number): void {
    this.append(row, mapped, 0, firstRow)
  }

  /** Code and severity of entry `i`, without reading the issue back. */
  kindAt(i: number): IssueKind {
    return this.kindTable[this.kinds[i]!]!
  }

  /** For a duplicate, the row id of its value's first row; for an own issue, its position in the result. */
  extraAt(i: number): number {
    return this.extra[i]!
  }

  rowAt(i: number): number {
    return this.rows[i]!
  }

  columnAt(i: number): number {
    return this.mappedAt[i]!
  }

  /** The entries on one cell (by entry index), found through an index by column built on first use. */
  entriesOf(row: number, mapped: number): number[] {
    const byColumn = (this.byColumn ??= this.indexByColumn())
    const entries = byColumn.get(mapped)
    if (!entries) return []
    // Entries are in row order: search their rows.
    let lo = 0
    let hi = entries.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.rows[entries[mid]!]! < row) lo = mid + 1
      else hi = mid
    }
    const found: number[] = []
    for (let k = lo; k < entries.length && this.rows[entries[k]!] === row; k++) found.push(entries[k]!)
    return found
  }

  private byColumn: Map<number, Uint32Array> | undefined

  private indexByColumn(): Map<number, Uint32Array> {
    const counts = new Map<number, number>()
    for (let i = 0; i < this.length; i++) counts.set(this.mappedAt[i]!, (counts.get(this.mappedAt[i]!) ?? 0) + 1)
    const lists = new Map<number, Uint32Array>()
    const fill = new Map<number, number>()
    for (const [mapped, count] of counts) {
      lists.set(mapped, new Uint32Array(count))
      fill.set(mapped, 0)
    }
    for (let i = 0; i < this.length; i++) {
      const mapped = this.mappedAt[i]!
      const at = fill.get(mapped)!
      lists.get(mapped)![at] = i
      fill.set(mapped, at + 1)
    }
    // Entries come in row order within a column; sort only if a merge interleaved them.
    for (const list of lists.values()) {
      let sorted = true
      for (let k = 1; k < list.length && sorted; k++) sorted = this.rows[list[k - 1]!]! <= this.rows[list[k]!]!
      if (!sorted) list.sort((a, b) => this.rows[a]! - this.rows[b]! || a - b)
    }
    return lists
  }

  at(i: number): CellIssueRecord {
    const row = this.rows[i]!
    const mapped = this.mappedAt[i]!
    const kind = this.kindTable[this.kinds[i]!]!
    const extra = this.extra[i]!
    const issue =
      kind.how === 'duplicate'
        ? this.source.duplicate(row, mapped, extra)
        : kind.how === 'own'
          ? this.source.own(row, mapped, extra)
          : kind.issue
    return { row, mapped, raw: this.source.raw(row, mapped), issue }
  }

  *[Symbol.iterator](): Iterator<CellIssueRecord> {
    for (let i = 0; i < this.length; i++) yield this.at(i)
  }

  /** Index order sorted by row, then column: the order reports list issues in. */
  sortedOrder(): Uint32Array {
    const order = new Uint32Array(this.length)
    for (let i = 0; i < order.length; i++) order[i] = i
    return order.sort((a, b) => this.rows[a]! - this.rows[b]! || this.mappedAt[a]! - this.mappedAt[b]! || a - b)
  }

  toParts(): CellIssueParts {
    const n = this.length
    return {
      length: n,
      rows: this.rows.slice(0, n),
      mapped: this.mappedAt.slice(0, n),
      kinds: this.kinds.slice(0, n),
      extra: this.extra.slice(0, n),
      kindTable: this.kindTable,
    }
  }

  /** Adds another list's entries (from its parts), renumbering its columns through `mappedTo`. */
  appendParts(parts: CellIssueParts, mappedTo: readonly number[]): void {
    const kindTo = parts.kindTable.map((kind) =>
      kind.how === 'duplicate'
        ? 0
        : kind.how === 'own'
          ? this.ownKind(kind.code, kind.severity)
          : this.objectKind(kind.issue),
    )
    this.reserve(this.length + parts.length)
    const at = this.length
    this.rows.set(parts.rows.subarray(0, parts.length), at)
    this.extra.set(parts.extra.subarray(0, parts.length), at)
    for (let i = 0; i < parts.length; i++) {
      this.mappedAt[at + i] = mappedTo[parts.mapped[i]!]!
      this.kinds[at + i] = kindTo[parts.kinds[i]!]!
    }
    this.length += parts.length
    this.byColumn = undefined
  }

  private addKind(kind: IssueKind): number {
    if (this.kindTable.length === 0xffff) throw new Error('too many kinds of cell issue in one check')
    this.kindTable.push(kind)
    return this.kindTable.length - 1
  }

  private append(row: number, mapped: number, kind: number, extra: number): void {
    this.byColumn = undefined
    if (this.length === this.rows.length) this.reserve(this.length + 1)
    const i = this.length++
    this.rows[i] = row
    this.mappedAt[i] = mapped
    this.kinds[i] = kind
    this.extra[i] = extra
  }

  private reserve(size: number): void {
    if (size <= this.rows.length) return
    const capacity = Math.max(size, this.rows.length * 2)
    const rows = new Uint32Array(capacity)
    rows.set(this.rows)
    this.rows = rows
    const mapped = new Uint16Array(capacity)
    mapped.set(this.mappedAt)
    this.mappedAt = mapped
    const kinds = new Uint16Array(capacity)
    kinds.set(this.kinds)
    this.kinds = kinds
    const extra = new Uint32Array(capacity)
    extra.set(this.extra)
    this.extra = extra
  }
}
