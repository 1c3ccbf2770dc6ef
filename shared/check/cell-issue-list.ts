// The cell issues of a checked table as parallel typed arrays over a table of distinct issue objects, so a
// million issues cost a few megabytes and no object per issue until one is read. A duplicate-value issue
// stores the earlier row and is worded only when read.
import type { CellIssue } from '../fields/cell-result'

/** One issue on one cell. `row` is the table's row id; `mapped` indexes the check's columns. */
export interface CellIssueRecord {
  readonly row: number
  readonly mapped: number
  readonly raw: string
  readonly issue: CellIssue
}

/** How to read back what the list does not store: a cell's text, and the wording of a duplicate. */
export interface IssueSource {
  raw(row: number, mapped: number): string
  duplicate(row: number, mapped: number, firstRow: number): CellIssue
}

/** The arrays behind a list, for sending it to another thread (typed arrays are transferable). */
export interface CellIssueParts {
  readonly length: number
  readonly rows: Uint32Array
  readonly mapped: Uint16Array
  readonly refs: Uint32Array
  readonly firstRows: Uint32Array
  readonly issues: readonly CellIssue[]
}

const DUPLICATE = 0xffffffff

export class CellIssueList implements Iterable<CellIssueRecord> {
  private rows = new Uint32Array(1024)
  private mappedAt = new Uint16Array(1024)
  private refs = new Uint32Array(1024)
  private firstRows = new Uint32Array(1024)
  private readonly issues: CellIssue[] = []
  private readonly refOf = new Map<CellIssue, number>()
  length = 0

  constructor(private readonly source: IssueSource) {}

  push(row: number, mapped: number, issue: CellIssue): void {
    let ref = this.refOf.get(issue)
    if (ref === undefined) {
      ref = this.issues.length
      this.issues.push(issue)
      this.refOf.set(issue, ref)
    }
    this.append(row, mapped, ref, 0)
  }

  /** A DUPLICATE_IN_FILE issue on `row`, whose value first appeared on row id `firstRow`. */
  pushDuplicate(row: number, mapped: number, firstRow: number): void {
    this.append(row, mapped, DUPLICATE, firstRow)
  }

  at(i: number): CellIssueRecord {
    const row = this.rows[i]!
    const mapped = this.mappedAt[i]!
    const ref = this.refs[i]!
    const issue = ref === DUPLICATE ? this.source.duplicate(row, mapped, this.firstRows[i]!) : this.issues[ref]!
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
      refs: this.refs.slice(0, n),
      firstRows: this.firstRows.slice(0, n),
      issues: this.issues,
    }
  }

  /** Adds another list's issues (from its parts), renumbering its columns through `mappedTo`. */
  appendParts(parts: CellIssueParts, mappedTo: readonly number[]): void {
    for (let i = 0; i < parts.length; i++) {
      const mapped = mappedTo[parts.mapped[i]!]!
      const ref = parts.refs[i]!
      if (ref === DUPLICATE) this.pushDuplicate(parts.rows[i]!, mapped, parts.firstRows[i]!)
      else this.push(parts.rows[i]!, mapped, parts.issues[ref]!)
    }
  }

  private append(row: number, mapped: number, ref: number, firstRow: number): void {
    if (this.length === this.rows.length) this.grow()
    const i = this.length++
    this.rows[i] = row
    this.mappedAt[i] = mapped
    this.refs[i] = ref
    this.firstRows[i] = firstRow
  }

  private grow(): void {
    const size = this.rows.length * 2
    const rows = new Uint32Array(size)
    rows.set(this.rows)
    this.rows = rows
    const mapped = new Uint16Array(size)
    mapped.set(this.mappedAt)
    this.mappedAt = mapped
    const refs = new Uint32Array(size)
    refs.set(this.refs)
    this.refs = refs
    const firstRows = new Uint32Array(size)
    firstRows.set(this.firstRows)
    this.firstRows = firstRows
  }
}
