// The cells of the row being read, as UTF-8 byte ranges: filled by the cell decoder, read once when the row
// ends. A cell whose bytes already exist (a shared string, a number as written) only refers to them; text the
// decoder computes goes into one reused buffer. Invariants: a referred buffer's bytes never change while the row
// is read (the part's blocks and the strings table only ever grow into new buffers), and after `ordered()` the
// cells are in column order with one cell per column (a later cell at the same position replaces the earlier
// one, as it does in SheetJS's sheet array).

const encoder = new TextEncoder()
/** Below this many bytes a loop copies faster than subarray + set (which allocate a view per cell). */
const LOOP_COPY_BYTES = 64

/** Copies source[start..end) to target at `at` (room already made); returns the end of the copy in target. */
export function copyBytes(source: Uint8Array, start: number, end: number, target: Uint8Array, at: number): number {
  if (end - start < LOOP_COPY_BYTES) {
    for (let i = start; i < end; i++) target[at++] = source[i]!
    return at
  }
  target.set(source.subarray(start, end), at)
  return at + end - start
}

export class RowCells {
  bytes = new Uint8Array(4096)
  length = 0
  columns = new Int32Array(64)
  /** The buffer each cell's bytes are in: `bytes` (as it was when the cell was written) or a referred one. */
  sources: Uint8Array[] = []
  starts = new Uint32Array(64)
  ends = new Uint32Array(64)
  /** 1 when the cell is not blank in SheetJS's sense (it extends the used range), else 0. */
  nonBlank = new Uint8Array(64)
  count = 0

  reset(): void {
    this.length = 0
    this.count = 0
  }

  /** Adds a cell whose text is source[start..end), without copying it. */
  refer(column: number, source: Uint8Array, start: number, end: number, nonBlank: boolean): void {
    if (this.count === this.columns.length) this.grow()
    const i = this.count++
    this.columns[i] = column
    this.sources[i] = source
    this.starts[i] = start
    this.ends[i] = end
    this.nonBlank[i] = nonBlank ? 1 : 0
  }

  writeBytes(source: Uint8Array, start: number, end: number): void {
    const target = this.room(end - start)
    this.length = copyBytes(source, start, end, target, this.length)
  }

  writeString(text: string): void {
    if (text.length === 0) return
    const target = this.room(text.length * 3)
    this.length += encoder.encodeInto(text, target.subarray(this.length)).written
  }

  /** Closes a cell whose text was written since `start`. */
  add(column: number, start: number, nonBlank: boolean): void {
    if (this.count === this.columns.length) this.grow()
    const i = this.count++
    this.columns[i] = column
    this.sources[i] = this.bytes
    this.starts[i] = start
    this.ends[i] = this.length
    this.nonBlank[i] = nonBlank ? 1 : 0
  }

  /** Indexes of the cells in column order, one per column (the last written wins). */
  ordered(): readonly number[] | undefined {
    let sorted = true
    for (let i = 1; i < this.count; i++) {
      if (this.columns[i]! <= this.columns[i - 1]!) {
        sorted = false
        break
      }
    }
    if (sorted) return undefined
    const last = new Map<number, number>()
    for (let i = 0; i < this.count; i++) last.set(this.columns[i]!, i)
    return [...last.values()].sort((a, b) => this.columns[a]! - this.columns[b]!)
  }

  text(i: number): string {
    const source = this.sources[i]!
    return Buffer.from(source.buffer, source.byteOffset + this.starts[i]!, this.ends[i]! - this.starts[i]!).toString(
      'utf8',
    )
  }

  private room(extra: number): Uint8Array {
    if (this.length + extra > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.length + extra, this.bytes.length * 2))
      grown.set(this.bytes.subarray(0, this.length))
      this.bytes = grown
    }
    return this.bytes
  }

  private grow(): void {
    const size = this.columns.length * 2
    const columns = new Int32Array(size)
    columns.set(this.columns)
    this.columns = columns
    const starts = new Uint32Array(size)
    starts.set(this.starts)
    this.starts = starts
    const ends = new Uint32Array(size)
    ends.set(this.ends)
    this.ends = ends
    const nonBlank = new Uint8Array(size)
    nonBlank.set(this.nonBlank)
    this.nonBlank = nonBlank
  }
}
