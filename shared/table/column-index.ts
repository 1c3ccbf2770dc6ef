// A column as values plus, per row, the id of its value. A column that repeats itself is hashed: each cell's
// bytes are hashed, so a repeated value costs a hash and a byte compare, and only a new value is decoded. A
// column whose first rows are mostly distinct (ids, emails, notes) is not: hashing would find almost nothing
// to share and costs cache misses per row, so each row keeps its own value, sliced from its chunk's text.
// Invariant: values[ids[row]] === table.cell(row, column) for every row.
import type { ColumnarTable } from './columnar-table'
import { decodeUtf8 } from './table-chunk'

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
export function indexColumn(table: ColumnarTable, column: number, dedupe: 'auto' | 'always' = 'auto', mostlyDistinct = MOSTLY_DISTINCT): ColumnIndex {
  if (dedupe === 'auto' && table.rowCount > SAMPLE_ROWS) {
    const sample = hashColumn(table, column, SAMPLE_ROWS)
    if (sample.values.length > SAMPLE_ROWS * mostlyDistinct) return perRow(table, column)
  }
  return hashColumn(table, column, table.rowCount)
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

function hashColumn(table: ColumnarTable, column: number, limit: number): ColumnIndex {
  const ids = new Uint32Array(table.rowCount)
  const values: string[] = []
  // Bytes of every distinct value, back to back, with their spans and hashes by id.
  let store = new Uint8Array(1 << 16)
  let storeLength = 0
  let starts = new Uint32Array(1024)
  let hashes = new Uint32Array(1024)
  // Open addressing: slot holds id + 1, 0 when free. Kept at most half full.
  let slots = new Uint32Array(2048)
  let mask = slots.length - 1

  const insert = (id: number) => {
    let slot = hashes[id]! & mask
    while (slots[slot] !== 0) slot = (slot + 1) & mask
    slots[slot] = id + 1
  }

  // The text of a new value: sliced from the chunk's column decoded at once when that is all ASCII (decoded
  // lazily, so a chunk that brings no new value is never decoded), else decoded on its own.
  let chunkText: string | null | undefined
  let chunkBytes: Uint8Array = EMPTY_BYTES
  const textOf = (bytes: Uint8Array, start: number, end: number): string => {
    if (bytes !== chunkBytes) return decodeUtf8(bytes, start, end)
    if (chunkText === undefined) {
      const whole = decoder.decode(bytes)
      chunkText = whole.length === bytes.length ? whole : null
    }
    return chunkText === null ? decodeUtf8(bytes, start, end) : chunkText.slice(start, end)
  }

  const add = (bytes: Uint8Array, start: number, end: number, hash: number): number => {
    const id = values.length
    const length = end - start
    if (storeLength + length > store.length) {
      const next = new Uint8Array(Math.max(store.length * 2, storeLength + length))
      next.set(store.subarray(0, storeLength))
      store = next
    }
    for (let i = 0; i < length; i++) store[storeLength + i] = bytes[start + i]!
    if (id + 1 >= starts.length) {
      const grownStarts = new Uint32Array(starts.length * 2)
      grownStarts.set(starts)
      starts = grownStarts
      const grownHashes = new Uint32Array(hashes.length * 2)
      grownHashes.set(hashes)
      hashes = grownHashes
    }
    starts[id] = storeLength
    storeLength += length
    starts[id + 1] = storeLength
    hashes[id] = hash
    values.push(textOf(bytes, start, end))
    if ((id + 1) * 2 > slots.length) {
      slots = new Uint32Array(slots.length * 2)
      mask = slots.length - 1
      for (let i = 0; i <= id; i++) insert(i)
    } else insert(id)
    return id
  }

  const find = (bytes: Uint8Array, start: number, end: number): number => {
    let hash = 0x811c9dc5
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193)
    hash >>>= 0
    const length = end - start
    let slot = hash & mask
    for (;;) {
      const entry = slots[slot]!
      if (entry === 0) return add(bytes, start, end, hash)
      const id = entry - 1
      if (hashes[id] === hash) {
        const from = starts[id]!
        if (starts[id + 1]! - from === length) {
          let same = true
          for (let i = 0; i < length; i++) {
            if (store[from + i] !== bytes[start + i]) {
              same = false
              break
            }
          }
          if (same) return id
        }
      }
      slot = (slot + 1) & mask
    }
  }

  table.forEachColumnChunk(column, (cells, firstRow, chunkRows) => {
    if (firstRow >= limit) return
    const rows = Math.min(chunkRows, limit - firstRow)
    if (!cells) {
      const empty = find(EMPTY_BYTES, 0, 0)
      ids.fill(empty, firstRow, firstRow + rows)
      return
    }
    const { bytes, ends } = cells
    chunkBytes = bytes
    chunkText = undefined
    let start = 0
    for (let r = 0; r < rows; r++) {
      const end = ends[r]!
      ids[firstRow + r] = find(bytes, start, end)
      start = end
    }
  })
  return { ids, values, distinct: true }
}
