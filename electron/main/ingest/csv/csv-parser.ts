// RFC 4180 parser over UTF-8 bytes that writes cells straight into a ChunkBuilder's column buffers.
// Invariants: all state lives on the instance, so a field, a quote or a CRLF may be split across any two
// pushes; cell bytes are copied verbatim (only the quoting is removed); `record` counts every record, empty
// lines included, as the 1-based row number a spreadsheet shows.
import type { ChunkBuilder, GrowableColumn } from '../chunk-builder'

const QUOTE = 0x22
const LF = 0x0a
const CR = 0x0d

const RECORD_START = 0
const FIELD_START = 1
const UNQUOTED = 2
const QUOTED = 3
/** A quote inside a quoted field: either the first of `""` or the closing quote. */
const QUOTE_SEEN = 4
/** After a CR that ended a record: an LF right after it belongs to the same line end. */
const AFTER_CR = 5

/** Cells longer than this are copied with a native `set`; shorter ones with a loop, which is cheaper for them. */
const NATIVE_COPY_FROM = 48

export class CsvParser {
  /** Where rows go; may be swapped between records (the reader swaps it once the header has been read). */
  builder: ChunkBuilder
  /** Number of the record being parsed (1-based, empty lines counted). */
  record = 1
  /** Fields a record should have; records with another count are reported to `onRagged`. -1: no check. */
  expectedFields = -1
  /** Record whose end is reported to `onWatchedRecord`. */
  watchRecord = 0
  onWatchedRecord: (fields: number) => void = () => {}
  onRagged: (record: number, fields: number) => void = () => {}
  /** Record in which a quote was still open at the end of input, or 0. */
  unclosedQuoteRecord = 0
  /** The 0-based field of that record whose quote was left open. */
  unclosedQuoteField = 0
  /** The lines of the file read into that field after its first. */
  unclosedQuoteLines = 0

  private readonly delimiter: number
  /** 1 for the bytes that end an unquoted field. */
  private readonly stops = new Uint8Array(256)
  private state = RECORD_START
  private field = 0
  private flushRequested = false

  constructor(delimiter: string, builder: ChunkBuilder) {
    this.delimiter = delimiter.charCodeAt(0)
    this.builder = builder
    this.stops[this.delimiter] = 1
    this.stops[CR] = 1
    this.stops[LF] = 1
  }

  /** Parses `bytes[start, end)`, continuing whatever record the previous push left open. */
  // eslint-disable-next-line max-lines-per-function -- the per-byte hot loop: its state stays in locals of one function
  parse(bytes: Uint8Array, start = 0, end = bytes.length): void {
    const stops = this.stops
    const delimiter = this.delimiter
    let state = this.state
    let field = this.field
    let i = start
    while (i < end) {
      if (state === UNQUOTED) {
        const col = this.cell(field)
        const from = i
        while (i < end && stops[bytes[i]!] === 0) i++
        if (i > from) append(col, bytes, from, i)
        if (i === end) break
        const b = bytes[i++]!
        col.endCell()
        field++
        if (b === delimiter) {
          state = FIELD_START
        } else {
          this.endRecord(field)
          state = b === CR ? AFTER_CR : RECORD_START
        }
      } else if (state === FIELD_START) {
        if (bytes[i] === QUOTE) {
          i++
          state = QUOTED
        } else {
          state = UNQUOTED
        }
      } else if (state === QUOTED) {
        const col = this.cell(field)
        const from = i
        while (i < end && bytes[i] !== QUOTE) i++
        if (i > from) append(col, bytes, from, i)
        if (i === end) break
        i++
        state = QUOTE_SEEN
      } else if (state === RECORD_START) {
        const b = bytes[i]!
        if (b === LF || b === CR) {
          i++
          this.endRecord(0)
          state = b === CR ? AFTER_CR : RECORD_START
        } else {
          this.builder.beginRow(this.record)
          field = 0
          state = FIELD_START
        }
      } else if (state === QUOTE_SEEN) {
        const b = bytes[i]!
        if (b === QUOTE) {
          const col = this.cell(field)
          col.ensure(1)[col.length++] = QUOTE
          i++
          state = QUOTED
        } else if (b === delimiter || b === CR || b === LF) {
          this.cell(field).endCell()
          field++
          i++
          if (b === delimiter) {
            state = FIELD_START
          } else {
            this.endRecord(field)
            state = b === CR ? AFTER_CR : RECORD_START
          }
        } else {
          // Text after a closing quote (`"abc"def`) joins the cell, as spreadsheet apps read it.
          state = UNQUOTED
        }
      } else {
        if (bytes[i] === LF) i++
        state = RECORD_START
      }
    }
    this.state = state
    this.field = field
  }

  /** Ends the input: closes a last record that had no line end and notes a quote left open. */
  finish(): void {
    const state = this.state
    if (state === RECORD_START || state === AFTER_CR) return
    const col = this.cell(this.field)
    if (state === QUOTED) {
      this.unclosedQuoteRecord = this.record
      this.unclosedQuoteField = this.field
      this.unclosedQuoteLines = countLineFeeds(col.bytes, col.count > 0 ? col.ends[col.count - 1]! : 0, col.length)
    }
    col.endCell()
    this.field++
    this.endRecord(this.field)
    this.state = RECORD_START
  }

  /** Flushes the builder now if no record is half-parsed, else right after the current record ends. */
  requestFlush(): void {
    if (this.state === RECORD_START || this.state === AFTER_CR) this.builder.flush()
    else this.flushRequested = true
  }

  private cell(field: number): GrowableColumn {
    const columns = this.builder.columns
    return field < columns.length ? columns[field]! : this.builder.column(field)
  }

  private endRecord(fields: number): void {
    if (fields > 0) {
      if (this.expectedFields >= 0 && fields !== this.expectedFields) this.onRagged(this.record, fields)
      this.builder.endRow()
    }
    if (this.record === this.watchRecord) this.onWatchedRecord(fields)
    this.record++
    if (this.flushRequested) {
      this.flushRequested = false
      this.builder.flush()
    }
  }
}

/** Line breaks in `bytes[from, to)`, a last one ending the file not counted (it starts no line). */
function countLineFeeds(bytes: Uint8Array, from: number, to: number): number {
  let lines = 0
  for (let i = from; i < to; i++) if (bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] !== LF)) lines++
  const last = to > from ? bytes[to - 1] : undefined
  return last === LF || last === CR ? lines - 1 : lines
}

function append(col: GrowableColumn, src: Uint8Array, from: number, to: number): void {
  const n = to - from
  const out = col.ensure(n)
  let o = col.length
  if (n >= NATIVE_COPY_FROM) {
    out.set(src.subarray(from, to), o)
    o += n
  } else {
    for (let k = from; k < to; k++) out[o++] = src[k]!
  }
  col.length = o
}
