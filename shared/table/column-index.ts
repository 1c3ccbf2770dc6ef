// A column as values plus, per row, the id of its value. A column that repeats itself is hashed: each cell's
// bytes are hashed, so a repeated value costs a hash and a byte compare (against its first cell, in place: the
// table's chunks never change), and only a new value is decoded. A
// column whose first rows are mostly distinct (ids, emails, notes) is not: hashing would find almost nothing
// to share and costs cache misses per row, so each row keeps its own value, sliced from its chunk's text.
// Invariant: values[ids[row]] === table.cell(row, column) for every row.
import type { ColumnarTable } from './columnar-table'
import { decodeUtf8, type ColumnCells } from './table-chunk'

export interface ColumnIndex {
  /** Per row id: the index of its value in `values`. */
  readonly ids: Uint32Array
  /** Values in order of first appearance: distinct when `distinct`, else one per row (ids[row] === row). */
  readonly values: readonly string[]
  readonly distinct: boolean
}

/** Rows hashed before deciding whether hashing pays off. */
export const SAMPLE_ROWS = 32_768
/** Above this share of distinct values in the sample, a column keeps one value per row (by default). */
export const MOSTLY_DISTINCT = 0.5

const EMPTY_BYTES = new Uint8Array(0)
const decoder = new TextDecoder('utf-8')

/**
 * `dedupe`: 'always' hashes every column; 'auto' gives a column one value per row when more than
 * `mostlyDistinct` of its sampled values are distinct.
 */
export function indexColumn(
  table: ColumnarTable,
  column: number,
  dedupe: 'auto' | 'always' = 'auto',
  mostlyDistinct = MOSTLY_DISTINCT,
): ColumnIndex {
  if (table.rowCount > SAMPLE_ROWS) {
    // The sample's hashing goes on over the whole column when it is kept; a column expected distinct (as
    // sampled) gets tables sized for a value per row at once, so they never grow and rehash.
    const hasher = new ColumnHasher(table, column)
    const distinctShare = hasher.run(SAMPLE_ROWS).values.length / SAMPLE_ROWS
    if (distinctShare > mostlyDistinct) {
      if (dedupe === 'auto') return perRow(table, column)
      hasher.reserve(Math.ceil(table.rowCount * distinctShare))
    }
    return hasher.run(table.rowCount)
  }
  return new ColumnHasher(table, column).run(table.rowCount)
}

/**
 * The hashed index of a column from its ids alone (as another thread hashed the same cells): ids are given in
 * order of first appearance, so each value is read at the first row with its id. Decodes only the chunks that
 * bring a new value.
 */
export function indexFromIds(table: ColumnarTable, column: number, ids: Uint32Array, count: number): ColumnIndex {
  const values = new Array<string>(count)
  let next = 0
  table.forEachColumnChunk(column, (cells, firstRow, rows) => {
    if (next === count) return
    let text: string | null | undefined
    let start = 0
    for (let r = 0; r < rows; r++) {
      const end = cells === undefined ? 0 : cells.ends[r]!
      if (ids[firstRow + r] === next) {
        if (cells === undefined || end === start) values[next++] = ''
        else {
          if (text === undefined) {
            const whole = decoder.decode(cells.bytes)
            text = whole.length === cells.bytes.length ? whole : null
          }
          values[next++] = text === null ? decodeUtf8(cells.bytes, start, end) : text.slice(start, end)
        }
      }
      start = end
    }
  })
  if (next !== count) throw new Error(`column ${column} holds ${next} of the ${count} values its ids name`)
  return { ids, values, distinct: true }
}

function perRow(table: ColumnarTable, column: number): ColumnIndex {
  const ids = new Uint32Array(table.rowCount)
  for (let row = 0; row < ids.length; row++) ids[row] = row
  const values: string[] = []
  table.forEachColumnChunk(column, (cells, _firstRow, rows) => {
    if (!cells) for (let r = 0; r < rows; r++) values.push('')
    else pushRowTexts(cells.bytes, cells.ends, rows, values)
  })
  return { ids, values, distinct: false }
}

/** Appends each row's text: the chunk is decoded once and sliced by character offsets. */
function pushRowTexts(bytes: Uint8Array, ends: Uint32Array, rows: number, values: string[]): void {
  const whole = decoder.decode(bytes)
  const at = values.length
  let start = 0
  if (whole.length === bytes.length) {
    for (let r = 0; r < rows; r++) {
      const end = ends[r]!
      values.push(whole.slice(start, end))
      start = end
    }
    return
  }
  // Character offsets from bytes: every byte but a continuation byte starts a character, and a 4-byte
  // sequence is two UTF-16 units.
  let char = 0
  for (let r = 0; r < rows; r++) {
    const end = ends[r]!
    const from = char
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!
      if ((byte & 0xc0) !== 0x80) char += byte >= 0xf0 ? 2 : 1
    }
    values.push(whole.slice(from, char))
    start = end
  }
  if (char !== whole.length) {
    // Not well-formed UTF-8 (the decoder replaced something): decode cell by cell instead.
    values.length = at
    start = 0
    for (let r = 0; r < rows; r++) {
      values.push(decodeUtf8(bytes, start, ends[r]!))
      start = ends[r]!
    }
  }
}

/**
 * Hashes a column's cells into ids, from where it stopped up to `limit` rows, so the sample `indexColumn` hashes
 * first is kept when the whole column is hashed. A value's bytes are not copied: the table's chunks are kept
 * and never change, so a value is compared in place, at the cell where it first appeared.
 */
class ColumnHasher {
  readonly ids: Uint32Array
  readonly values: string[] = []
  /** Rows hashed so far. */
  private done = 0
  /** Per id: which chunk's bytes its first cell is in (an index into `chunkBytes`) and where it starts and ends. */
  private chunkOf = new Uint32Array(1024)
  private starts = new Uint32Array(1024)
  private ends = new Uint32Array(1024)
  private readonly chunkBytes: Uint8Array[] = []
  // Open addressing, kept at most half full: slot s holds id + 1 at 2s (0 when free) and the value's hash at
  // 2s + 1, so a probe reads one place in memory.
  private slots: Uint32Array
  private mask: number

  constructor(
    private readonly table: ColumnarTable,
    private readonly column: number,
  ) {
    this.ids = new Uint32Array(table.rowCount)
    this.slots = new Uint32Array(2048 * 2)
    this.mask = 2047
  }

  /** Hashes rows up to `limit` (the rows before it already hashed stay as they are). */
  run(limit: number): ColumnIndex {
    const from = this.done
    const to = Math.min(limit, this.table.rowCount)
    this.done = Math.max(from, to)
    if (to > from) {
      this.table.forEachColumnChunk(this.column, (cells, firstRow, chunkRows) => {
        const begin = Math.max(from, firstRow)
        const end = Math.min(to, firstRow + chunkRows)
        if (begin < end) this.hashRows(cells, firstRow, begin - firstRow, end - firstRow)
      })
    }
    return { ids: this.ids, values: this.values, distinct: true }
  }

  private hashRows(cells: ColumnCells | undefined, firstRow: number, fromRow: number, toRow: number): void {
    const { ids } = this
    if (!cells) {
      let empty = this.find(EMPTY_BYTES, 0, 0)
      if (empty < 0) empty = this.add(0, 0, -1, '')
      ids.fill(empty, firstRow + fromRow, firstRow + toRow)
      return
    }
    const { bytes, ends } = cells
    // The chunk's bytes get a number once (when a value first comes from it), and its text, when it is all
    // ASCII, is decoded at once and sliced (lazily, so a chunk that brings no new value is never decoded).
    let chunk = -1
    let text: string | null | undefined
    const textOf = (start: number, end: number): string => {
      if (text === undefined) {
        const whole = decoder.decode(bytes)
        text = whole.length === bytes.length ? whole : null
      }
      return text === null ? decodeUtf8(bytes, start, end) : text.slice(start, end)
    }
    const numberOfChunk = (): number => {
      if (chunk < 0) {
        chunk = this.chunkBytes.length
        this.chunkBytes.push(bytes)
      }
      return chunk
    }
    let start = fromRow === 0 ? 0 : ends[fromRow - 1]!
    for (let r = fromRow; r < toRow; r++) {
      const end = ends[r]!
      let id = this.find(bytes, start, end)
      if (id < 0) id = this.add(start, end, numberOfChunk(), textOf(start, end))
      ids[firstRow + r] = id
      start = end
    }
  }

  // Where `find` stopped for a value it did not find: its hash and the free slot `add` puts it in.
  private pendingHash = 0
  private pendingSlot = 0

  /** The id of the value in bytes [start, end), or -1 when it is new (then `add` it next). */
  private find(bytes: Uint8Array, start: number, end: number): number {
    let hash = 0x811c9dc5
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193)
    hash >>>= 0
    const length = end - start
    const { slots, mask } = this
    let slot = hash & mask
    for (;;) {
      const entry = slots[slot * 2]!
      if (entry === 0) break
      if (slots[slot * 2 + 1] === hash) {
        const id = entry - 1
        const from = this.starts[id]!
        if (this.ends[id]! - from === length) {
          const stored = this.chunkBytes[this.chunkOf[id]!]!
          let same = true
          for (let i = 0; i < length; i++) {
            if (stored[from + i] !== bytes[start + i]) {
              same = false
              break
            }
          }
          if (same) return id
        }
      }
      slot = (slot + 1) & mask
    }
    this.pendingHash = hash
    this.pendingSlot = slot
    return -1
  }

  /** Adds the value `find` did not find (its hash and free slot are still pending). */
  private add(start: number, end: number, chunk: number, text: string): number {
    const id = this.values.length
    // The spans only: the slots are rehashed after the value is in its pending slot.
    if (id === this.starts.length) this.growSpans(id * 2)
    // The empty value has no chunk: it is compared by length alone.
    this.chunkOf[id] = chunk < 0 ? 0 : chunk
    this.starts[id] = start
    this.ends[id] = end
    this.values.push(text)
    this.slots[this.pendingSlot * 2] = id + 1
    this.slots[this.pendingSlot * 2 + 1] = this.pendingHash
    if ((id + 1) * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2)
    return id
  }

  /** Makes room for `count` values at least, so the tables do not grow again before that. */
  reserve(count: number): void {
    if (count > this.starts.length) this.growSpans(count)
    let size = this.mask + 1
    while (size < count * 2) size *= 2
    if (size > this.mask + 1) this.rehash(size)
  }

  private growSpans(count: number): void {
    const grow = (array: Uint32Array) => {
      const next = new Uint32Array(count)
      next.set(array)
      return next
    }
    this.chunkOf = grow(this.chunkOf)
    this.starts = grow(this.starts)
    this.ends = grow(this.ends)
  }

  private rehash(size: number): void {
    const old = this.slots
    const slots = new Uint32Array(size * 2)
    const mask = size - 1
    for (let s = 0; s < old.length; s += 2) {
      const entry = old[s]!
      if (entry === 0) continue
      const hash = old[s + 1]!
      let slot = hash & mask
      while (slots[slot * 2] !== 0) slot = (slot + 1) & mask
      slots[slot * 2] = entry
      slots[slot * 2 + 1] = hash
    }
    this.slots = slots
    this.mask = mask
  }
}
