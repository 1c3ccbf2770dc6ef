// Checks every mapped cell of a table against its target: decide each column's context from its distinct
// values (numbers that read either way settled by the file's other columns, file-decimal.ts), normalise each
// distinct value once, then walk the rows for issues, uniqueness and required values. Invariant: a row id is in rowsWithErrors iff at least one of its issues is an error.
import type { CellIssue, CellResult } from '../fields/cell-result'
import { CellIssueList } from './cell-issue-list'

export type { CellIssueRecord } from './cell-issue-list'
import type { CheckSettings, ColumnContext, ColumnIssue } from '../fields/column-context'
import type { FieldTarget } from '../fields/targets'
import type { ColumnarTable } from '../table/columnar-table'
import { indexColumn, type ColumnIndex } from '../table/column-index'
import { decodeUtf8 } from '../table/table-chunk'
import { analyzeColumn, isCleanTextBytes, scalarNormalizers } from '../fields/scalar'
import { worded } from '../fields/scalar/wording'
import { normalizerFor, valueKindOf, verdictReaderFor } from './normalizers'
import { rowLinksOf, RowContextSource, type RowContexts, type RowLinks } from './row-contexts'
import { emptyVerdict, type IssueRef } from '../fields/cell-verdict'
import { settleByFile } from './file-decimal'

/** A source column and where it goes. */
export interface MappedColumn {
  /** Index of the column in the table. */
  readonly column: number
  /** The column's header as shown. */
  readonly name: string
  readonly target: FieldTarget
}

export interface CheckOptions {
  readonly settings: CheckSettings
  /** A column holding each row's country, used to read national phone numbers. */
  readonly countryColumn?: number
  /**
   * Per PHONES field, the columns of its number, country and calling code, whose cells must agree in a row; per
   * relation, its key columns. Made from the mapped columns when absent; a share of the columns is given the
   * whole mapping's (shareInput).
   */
  readonly rowLinks?: RowLinks
  /** Row ids the user deleted (1 = deleted): they keep their ids but take no part in the check. */
  readonly deleted?: Uint8Array
}

export interface ColumnCheck {
  readonly mapped: MappedColumn
  readonly context: ColumnContext
  readonly issues: readonly ColumnIssue[]
  /** The column's distinct values and each row's value id. */
  readonly index: ColumnIndex
  /** The result for a raw value (read in its row's context when the column depends on other columns). */
  resultFor(raw: string, row: number): CellResult
  /** The result of the cell at a row id of the checked table. */
  resultAt(row: number): CellResult
}

export interface CheckResult {
  readonly columns: readonly ColumnCheck[]
  readonly cellIssues: CellIssueList
  /** 1 at a row id whose cells have at least one error. */
  readonly rowHasError: Uint8Array
  /** Per checked column, each row's cell state: CELL_OK, CELL_FIXED, CELL_WARNING or CELL_ERROR. */
  readonly cellStates: readonly Uint8Array[]
  /** Cells that a safe fix changed. */
  readonly fixedCells: number
}

/** Targets whose values must be unique within a file (and in the workspace): id and unique (sub)fields. */
export function isUniqueTarget(target: FieldTarget): boolean {
  if (target.kind === 'relation') return false
  if (target.field.name === 'id') return true
  if (!target.field.isUnique) return false
  return target.subfield === null || ['primaryEmail', 'primaryLinkUrl', 'primaryPhoneNumber'].includes(target.subfield)
}

/** A cell's state for the grid, worst first wins: an error, a warning, a safe fix applied, or nothing. */
export const CELL_OK = 0
export const CELL_FIXED = 1
export const CELL_WARNING = 2
export const CELL_ERROR = 3

export function checkTable(
  table: ColumnarTable,
  mappedColumns: readonly MappedColumn[],
  options: CheckOptions,
): CheckResult {
  const rowHasError = new Uint8Array(table.rowCount)
  const cellStates: Uint8Array[] = []
  let fixedCells = 0
  const rowSource = new RowContextSource(table, options.countryColumn, options.rowLinks ?? rowLinksOf(mappedColumns))
  const columns: ColumnCheck[] = []
  const cellIssues = new CellIssueList(issueSource(table, columns))

  // What each column's values say first: a column whose numbers read either way may then be settled by the
  // file's other columns (file-decimal.ts) before any cell is read.
  const analysed = mappedColumns.map((mapped) => {
    if (readsAsPlainText(mapped)) return undefined
    const columnIndex = indexForCheck(table, mapped)
    return {
      columnIndex,
      ...analyzeColumn(valueKindOf(mapped.target), columnIndex.values, mapped.target.field.options, options.settings),
    }
  })
  const settle = settleByFile(
    analysed.map((a) => a?.context),
    options.settings,
  )
  for (const at of settle?.columns ?? []) {
    const { target } = mappedColumns[at]!
    const { columnIndex } = analysed[at]!
    analysed[at] = {
      columnIndex,
      ...analyzeColumn(valueKindOf(target), columnIndex.values, target.field.options, settle!.settings),
    }
  }

  mappedColumns.forEach((mapped, index) => {
    const { target } = mapped
    const column = analysed[index]
    if (column === undefined) {
      // Plain text needs no column evidence and no value per cell: its cells are judged from their bytes.
      const { context, issues } = analyzeColumn(valueKindOf(target), [], target.field.options, options.settings)
      const states = new Uint8Array(table.rowCount)
      cellStates.push(states)
      fixedCells += checkTextCells(table, mapped, index, context, cellIssues, rowHasError, states, options.deleted)
      columns.push(lazyColumnCheck(table, mapped, context, issues, rowSource.contextsFor(mapped)))
      return
    }
    // Each row has the id of its distinct value (found by hashing bytes); later passes touch only ids.
    const { columnIndex, context, issues } = column
    const states = new Uint8Array(table.rowCount)
    cellStates.push(states)
    const rows = rowSource.contextsFor(mapped)
    fixedCells += checkColumnCells(
      mapped,
      index,
      columnIndex,
      context,
      rows,
      cellIssues,
      rowHasError,
      states,
      options.deleted,
    )
    // Results for the grid and export are made again on demand: the check keeps none of them.
    const results = columnResults(target, columnIndex, context, rows)
    columns.push({
      mapped,
      context,
      issues,
      index: columnIndex,
      resultFor: results.resultFor,
      resultAt: results.resultAt,
    })
  })
  return { columns, cellIssues, rowHasError, cellStates, fixedCells }
}

/** Columns checked without a value index (checkTextCells): their index is made only when something reads it. */
const LAZY_INDEX = new WeakSet<ColumnCheck>()

/** Whether a checked column's index is yet to be made (then a thread checking it has none to send back). */
export function indexIsLazy(column: ColumnCheck): boolean {
  return LAZY_INDEX.has(column)
}

/** A text column not unique: normalizeText reads each cell alone, and no cell's value is compared to another's. */
function readsAsPlainText(mapped: MappedColumn): boolean {
  const kind = valueKindOf(mapped.target)
  return (
    (kind === 'text' || kind === 'richText') &&
    !isUniqueTarget(mapped.target) &&
    normalizerFor(mapped.target) === scalarNormalizers.text
  )
}

function lazyColumnCheck(
  table: ColumnarTable,
  mapped: MappedColumn,
  context: ColumnContext,
  issues: readonly ColumnIssue[],
  rows: RowContexts | undefined,
): ColumnCheck {
  let index: ColumnIndex | undefined
  let results: ReturnType<typeof columnResults> | undefined
  const indexOnce = () => (index ??= indexForCheck(table, mapped))
  const resultsOnce = () => (results ??= columnResults(mapped.target, indexOnce(), context, rows))
  const column: ColumnCheck = {
    mapped,
    context,
    issues,
    get index() {
      return indexOnce()
    },
    resultFor: (raw, row) => resultsOnce().resultFor(raw, row),
    resultAt: (row) => resultsOnce().resultAt(row),
  }
  LAZY_INDEX.add(column)
  return column
}

/** The kind of REQUIRED_VALUE_MISSING for a column: an empty cell where Twenty needs a value. */
function requiredMissingKind(cellIssues: CellIssueList, mapped: MappedColumn): number {
  return cellIssues.objectKind(
    worded('error', 'REQUIRED_VALUE_MISSING', { field: mapped.target.label, column: mapped.name }),
  )
}

/**
 * The check's pass over a plain text column, from the cells' bytes: a cell that is certainly clean is its own
 * value with nothing to report, so it is never decoded; any other cell is decoded and normalised. Returns the
 * number of fixed cells.
 */
function checkTextCells(
  table: ColumnarTable,
  mapped: MappedColumn,
  mappedIndex: number,
  context: ColumnContext,
  cellIssues: CellIssueList,
  rowHasError: Uint8Array,
  states: Uint8Array,
  deleted: Uint8Array | undefined,
): number {
  const { target } = mapped
  const required = target.required
  const normalize = normalizerFor(target)
  const missingKind = requiredMissingKind(cellIssues, mapped)
  let fixed = 0
  const empty = (row: number) => {
    if (!required) return
    cellIssues.pushKind(row, mappedIndex, missingKind, 0)
    rowHasError[row] = 1
    states[row] = CELL_ERROR
  }
  table.forEachColumnChunk(mapped.column, (cells, firstRow, rows) => {
    let start = 0
    for (let r = 0; r < rows; r++) {
      const row = firstRow + r
      const end = cells === undefined ? 0 : cells.ends[r]!
      const from = start
      start = end
      if (deleted !== undefined && deleted[row] === 1) continue
      if (end === from) {
        empty(row)
        continue
      }
      if (isCleanTextBytes(cells!.bytes, from, end)) continue
      const result = normalize(decodeUtf8(cells!.bytes, from, end), context)
      let bits = 0
      result.issues.forEach((issue, i) => {
        bits |= issue.severity === 'error' ? HAS_ERROR : HAS_WARNING
        cellIssues.pushKind(row, mappedIndex, cellIssues.ownKind(issue.code, issue.severity), i)
      })
      if (bits & HAS_ERROR) rowHasError[row] = 1
      if (result.fixes.length > 0) {
        bits |= FIXED
        fixed++
      }
      states[row] =
        bits & HAS_ERROR ? CELL_ERROR : bits & HAS_WARNING ? CELL_WARNING : bits & FIXED ? CELL_FIXED : CELL_OK
      if (result.value === null && !(bits & HAS_ERROR)) empty(row)
    }
  })
  return fixed
}

/**
 * The value index the check uses for a column. A unique column is always hashed: its values are then
 * distinct, so a value that normalises to itself is its own uniqueness key and needs no string map.
 */
export function indexForCheck(table: ColumnarTable, mapped: MappedColumn): ColumnIndex {
  return indexColumn(table, mapped.column, isUniqueTarget(mapped.target) ? 'always' : 'auto')
}

const FIXED = 1
const EMPTY = 2
const HAS_ERROR = 4
const DONE = 8
const HAS_WARNING = 16

/**
 * The check's pass over one column: normalises each distinct value (per row context where the column reads
 * it) once, keeps only flags, issue refs and a uniqueness key per value, and walks the rows with those. No
 * CellResult outlives its value, so a million-row check leaves no million objects for the collector to
 * trace. Returns the number of fixed cells.
 */
// eslint-disable-next-line max-lines-per-function -- the per-row hot loop of the check: its state stays in locals
function checkColumnCells(
  mapped: MappedColumn,
  mappedIndex: number,
  columnIndex: ColumnIndex,
  context: ColumnContext,
  rows: RowContexts | undefined,
  cellIssues: CellIssueList,
  rowHasError: Uint8Array,
  states: Uint8Array,
  deleted: Uint8Array | undefined,
): number {
  const { target } = mapped
  const { ids, values } = columnIndex
  const normalize = normalizerFor(target)
  const byRow = rows !== undefined
  const unique = isUniqueTarget(target)
  const required = target.required
  const missingKind = requiredMissingKind(cellIssues, mapped)

  // One slot per distinct value; for a column read in row contexts (the row's country, a phone's other parts),
  // a value met again in another context gets a slot of its own (its first context keeps the value's own slot).
  let capacity = Math.max(16, values.length)
  let flags = new Uint8Array(capacity)
  let issueStart = new Uint32Array(capacity)
  let issueCount = new Uint8Array(capacity)
  let keyOf = unique ? new Int32Array(capacity) : undefined
  let slots = values.length
  const firstCountry = byRow ? new Int32Array(values.length).fill(-1) : undefined
  const extraSlots = byRow ? new Map<number, number>() : undefined
  // Per slot, the kinds of its own issues (their positions in the result are their order here).
  let refs = new Uint32Array(1024)
  let refCount = 0
  // Uniqueness keys: key k < values.length means "normalises to values[k]" (the index is distinct for a
  // unique column); other normalised values get keys from values.length up. While every value so far
  // normalises to its own text, its id is its key and no table is needed; at the first that does not, the
  // values keyed so far enter a table of key strings, and from then on every key is found there.
  let keys: StringKeys | undefined
  let nextKey = values.length
  const keyFor = (value: CellResult['value'], id: number, slot: number): number => {
    const self = typeof value === 'string' && value === values[id]
    if (keys === undefined) {
      if (self) return id
      keys = new StringKeys(values.length)
      for (let s = 0; s < slots; s++) {
        if (s !== slot && (flags[s]! & (DONE | EMPTY)) === DONE) keys.keyOf(values[keyOf![s]!]!, keyOf![s]!)
      }
    }
    if (self) return keys.keyOf(value, id)
    const key = keys.keyOf(typeof value === 'string' ? value : `\u0000${JSON.stringify(value)}`, nextKey)
    if (key === nextKey) nextKey++
    return key
  }

  const grow = () => {
    capacity *= 2
    const f = new Uint8Array(capacity)
    f.set(flags)
    flags = f
    const s = new Uint32Array(capacity)
    s.set(issueStart)
    issueStart = s
    const c = new Uint8Array(capacity)
    c.set(issueCount)
    issueCount = c
    if (keyOf) {
      const k = new Int32Array(capacity)
      k.set(keyOf)
      keyOf = k
    }
  }

  // The verdict reader answers common cells without messages; the normaliser reads the rest.
  const read = verdictReaderFor(target)
  const verdict = emptyVerdict()
  const compute = (slot: number, id: number, contextId: number) => {
    const row = contextId < 0 ? undefined : rows!.contexts[contextId]!
    const raw = values[id]!
    if (read !== undefined && read(raw, context, row, verdict)) {
      const value = verdict.value
      record(slot, (verdict.fixed ? FIXED : 0) | (value === null ? EMPTY : 0), verdict.issues)
      if (keyOf && value !== null) keyOf[slot] = keyFor(value, id, slot)
      return
    }
    const result = normalize(raw, context, row)
    record(slot, (result.fixes.length > 0 ? FIXED : 0) | (result.value === null ? EMPTY : 0), result.issues)
    if (keyOf && result.value !== null) keyOf[slot] = keyFor(result.value, id, slot)
  }
  const record = (slot: number, flagBits: number, found: readonly IssueRef[]) => {
    let bits = DONE | flagBits
    issueStart[slot] = refCount
    issueCount[slot] = Math.min(found.length, 255)
    for (let i = 0; i < found.length && i < 255; i++) {
      const issue = found[i]!
      bits |= issue.severity === 'error' ? HAS_ERROR : HAS_WARNING
      if (refCount === refs.length) {
        const r = new Uint32Array(refs.length * 2)
        r.set(refs)
        refs = r
      }
      refs[refCount++] = cellIssues.ownKind(issue.code, issue.severity)
    }
    flags[slot] = bits
  }

  const firstRowOfKey = unique ? new Int32Array(Math.max(16, values.length)).fill(-1) : undefined
  let firstRows = firstRowOfKey
  let fixed = 0
  for (let row = 0; row < ids.length; row++) {
    if (deleted !== undefined && deleted[row] === 1) continue
    const id = ids[row]!
    let slot = id
    if (byRow) {
      const countryId = rows.ids[row]!
      const first = firstCountry![id]!
      if (first === -1) firstCountry![id] = countryId
      else if (first !== countryId) {
        const key = id * rows.contexts.length + countryId
        let extra = extraSlots!.get(key)
        if (extra === undefined) {
          if (slots === capacity) grow()
          extra = slots++
          extraSlots!.set(key, extra)
        }
        slot = extra
      }
      if (flags[slot] === 0) compute(slot, id, countryId)
    } else if (flags[slot] === 0) compute(slot, id, -1)

    const bits = flags[slot]!
    if (bits & FIXED) fixed++
    states[row] =
      bits & HAS_ERROR ? CELL_ERROR : bits & HAS_WARNING ? CELL_WARNING : bits & FIXED ? CELL_FIXED : CELL_OK
    const count = issueCount[slot]!
    if (count > 0) {
      const from = issueStart[slot]!
      for (let i = 0; i < count; i++) cellIssues.pushKind(row, mappedIndex, refs[from + i]!, i)
      if (bits & HAS_ERROR) rowHasError[row] = 1
    }
    if (bits & EMPTY) {
      if (required && !(bits & HAS_ERROR)) {
        cellIssues.pushKind(row, mappedIndex, missingKind, 0)
        rowHasError[row] = 1
        states[row] = CELL_ERROR
      }
      continue
    }
    if (firstRows) {
      const key = keyOf![slot]!
      if (key >= firstRows.length) {
        const next = new Int32Array(Math.max(key + 1, firstRows.length * 2)).fill(-1)
        next.set(firstRows)
        firstRows = next
      }
      const first = firstRows[key]!
      if (first === -1) firstRows[key] = row
      else {
        cellIssues.pushDuplicate(row, mappedIndex, first)
        rowHasError[row] = 1
        states[row] = CELL_ERROR
      }
    }
  }
  return fixed
}

/**
 * Keys for strings: an open-addressing table over a string hash. A million keys cost a Map several times more
 * (its growth and per-entry objects).
 */
class StringKeys {
  private readonly strings: string[] = []
  private hashes = new Uint32Array(1024)
  private keys = new Int32Array(1024)
  private slots: Int32Array
  private mask: number

  constructor(expected: number) {
    let size = 1024
    while (size < expected * 2) size *= 2
    this.slots = new Int32Array(size).fill(-1)
    this.mask = size - 1
  }

  /** The key of `text`: the one it was given, or `key` when it is new. */
  keyOf(text: string, key: number): number {
    let hash = 0x811c9dc5
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
    hash >>>= 0
    const { slots, hashes, strings, mask } = this
    let slot = hash & mask
    for (;;) {
      const entry = slots[slot]!
      if (entry === -1) break
      if (hashes[entry] === hash && strings[entry] === text) return this.keys[entry]!
      slot = (slot + 1) & mask
    }
    const entry = strings.length
    strings.push(text)
    if (entry === this.hashes.length) {
      const hashesGrown = new Uint32Array(entry * 2)
      hashesGrown.set(this.hashes)
      this.hashes = hashesGrown
      const keysGrown = new Int32Array(entry * 2)
      keysGrown.set(this.keys)
      this.keys = keysGrown
    }
    this.hashes[entry] = hash
    this.keys[entry] = key
    slots[slot] = entry
    if (strings.length * 2 > slots.length) this.grow()
    return key
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1)
    const mask = slots.length - 1
    for (let entry = 0; entry < this.strings.length; entry++) {
      let slot = this.hashes[entry]! & mask
      while (slots[slot] !== -1) slot = (slot + 1) & mask
      slots[slot] = entry
    }
    this.slots = slots
    this.mask = mask
  }
}

/** How a result's value is compared for uniqueness: the string itself, or a composite as JSON. */
export function uniqueKey(result: CellResult): string {
  return typeof result.value === 'string' ? result.value : JSON.stringify(result.value)
}

/** Reads back a cell's text and words a duplicate, for the issue list of a check over these columns. */
export function issueSource(table: ColumnarTable, columns: readonly ColumnCheck[]) {
  return {
    raw: (row: number, mapped: number) => {
      const { index } = columns[mapped]!
      return index.values[index.ids[row]!]!
    },
    own: (row: number, mapped: number, position: number): CellIssue => {
      const issue = columns[mapped]!.resultAt(row).issues[position]
      if (issue === undefined) throw new Error(`no issue ${position} in the result of row ${row}, column ${mapped}`)
      return issue
    },
    duplicate: (row: number, mapped: number, firstRow: number): CellIssue => {
      const column = columns[mapped]!
      const value = uniqueKey(column.resultAt(row))
      const other = table.sourceRow(firstRow)
      const field = column.mapped.target.label
      return worded('error', 'DUPLICATE_IN_FILE', { value, row: other, field })
    },
  }
}

/**
 * Normalises a column's cells on demand, once per distinct value (per value and row context for columns read
 * in one: `rows`, from RowContextSource). Shared by checkTable and by callers that checked the column elsewhere (another thread).
 */
export function columnResults(
  target: FieldTarget,
  columnIndex: ColumnIndex,
  context: ColumnContext,
  rows: RowContexts | undefined,
): {
  readonly resultOfId: (id: number, row: number) => CellResult
  readonly resultAt: (row: number) => CellResult
  readonly resultFor: (raw: string, row: number) => CellResult
} {
  const { ids, values: distinct } = columnIndex
  const normalize = normalizerFor(target)
  const byRow = rows !== undefined
  // Made on first use: a check on another thread never reads results, and a million slots cost 8 MB.
  let byValue: (CellResult | undefined)[] | undefined
  const byCountry = new Map<number, CellResult>()
  let idOf: Map<string, number> | undefined
  const resultOfId = (id: number, row: number): CellResult => {
    const raw = distinct[id]!
    if (byRow) {
      const contextId = rows.ids[row]!
      const key = id * rows.contexts.length + contextId
      let result = byCountry.get(key)
      if (result === undefined) {
        result = normalize(raw, context, rows.contexts[contextId])
        byCountry.set(key, result)
      }
      return result
    }
    byValue ??= new Array<CellResult | undefined>(distinct.length)
    return (byValue[id] ??= normalize(raw, context))
  }
  return {
    resultOfId,
    resultAt: (row) => resultOfId(ids[row]!, row),
    resultFor: (raw, row) => {
      if (!idOf) {
        idOf = new Map()
        distinct.forEach((value, id) => idOf!.set(value, id))
      }
      const id = idOf.get(raw)
      if (id !== undefined) return resultOfId(id, row)
      return normalize(raw, context, byRow ? rows.contexts[rows.ids[row]!]! : undefined)
    },
  }
}
