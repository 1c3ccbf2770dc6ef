// The shared string table, read from its streamed part alongside the sheet and kept compactly: every string's
// final UTF-8 bytes in one growing buffer plus end offsets (a million strings cost their text plus 4 bytes
// each), so a cell copies its bytes without ever becoming a JS string. StreamedStrings reads the part only as
// far as the cells need (a cell naming an item not read yet waits for it), so the first rows never wait for a
// million strings. Items are cut exactly where SheetJS's `parse_sst_xml` cuts them (at each `</si>`, every
// `<si>` removed, then trimmed) and read with its `parse_si`; the common `<si><t>plain text</t></si>` is copied
// straight from the part's bytes. Invariant: once the part is read to its end without `</sst>`, the table is
// empty, as SheetJS then reads no string at all (see StreamedStrings.unclosed).
import { isUtf8 } from 'node:buffer'
import { workbookCorrupt } from '../workbook-errors'
import { ByteCarry, isLocalName, isXmlSpace, nameEnd, tagEnd } from './byte-carry'
import { binaryString, itemText } from './sheetjs-text'

const LT = 0x3c
const SLASH = 0x2f
const encoder = new TextEncoder()
const ITEM_OPEN = /<(?:\w+:)?(?:si|sstItem)>/g

export class SharedStrings {
  private bytes = new Uint8Array(1 << 16)
  private length = 0
  private ends = new Uint32Array(1024)
  private size = 0
  /** Items SheetJS keeps without text (its `t` is undefined): a cell showing one is not blank yet reads as ''. */
  private readonly textless = new Set<number>()

  get count(): number {
    return this.size
  }

  /** Start of item `index`'s bytes in `buffer`. */
  start(index: number): number {
    return index === 0 ? 0 : this.ends[index - 1]!
  }

  end(index: number): number {
    return this.ends[index]!
  }

  get buffer(): Uint8Array {
    return this.bytes
  }

  hasText(index: number): boolean {
    return !this.textless.has(index)
  }

  /** Item `index` as a string (tests and header rows; cells copy bytes instead). */
  text(index: number): string {
    return Buffer.from(
      this.bytes.buffer,
      this.bytes.byteOffset + this.start(index),
      this.end(index) - this.start(index),
    ).toString('utf8')
  }

  addBytes(source: Uint8Array, start: number, end: number): void {
    const target = this.room(end - start)
    target.set(source.subarray(start, end), this.length)
    this.length += end - start
    this.close()
  }

  addText(text: string | undefined): void {
    if (text === undefined) this.textless.add(this.size)
    else if (text.length > 0) {
      const target = this.room(text.length * 3)
      this.length += encoder.encodeInto(text, target.subarray(this.length)).written
    }
    this.close()
  }

  /** Forgets every item (a table SheetJS would not read). */
  clear(): void {
    this.bytes = new Uint8Array(0)
    this.ends = new Uint32Array(1)
    this.length = 0
    this.size = 0
    this.textless.clear()
  }

  /** Frees the unused tail of the buffers once the table is complete. */
  trim(): void {
    this.bytes = this.bytes.slice(0, this.length)
    this.ends = this.ends.slice(0, this.size)
  }

  private room(extra: number): Uint8Array {
    if (this.length + extra > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.length + extra, this.bytes.length * 2))
      grown.set(this.bytes.subarray(0, this.length))
      this.bytes = grown
    }
    return this.bytes
  }

  private close(): void {
    if (this.size === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2)
      grown.set(this.ends)
      this.ends = grown
    }
    this.ends[this.size++] = this.length
  }
}

/**
 * The shared strings part, read block by block as cells need its items. `blocks` are the part's inflated
 * blocks (undefined for a package without shared strings: an empty, complete table).
 */
export class StreamedStrings {
  readonly table = new SharedStrings()
  private readonly parser: SharedStringsParser
  private readonly blocks: AsyncIterator<Uint8Array> | undefined
  private ended: boolean
  private closedRoot: boolean

  constructor(blocks: AsyncIterable<Uint8Array> | undefined, file: string) {
    this.parser = new SharedStringsParser(this.table, file)
    this.blocks = blocks?.[Symbol.asyncIterator]()
    this.ended = blocks === undefined
    this.closedRoot = blocks === undefined
  }

  /** Whether the part has been read to its end (or to `</sst>`): the table will not grow any more. */
  get complete(): boolean {
    return this.ended
  }

  /** Whether the part ended without `</sst>`, so SheetJS reads none of its strings (the table is then empty). */
  get unclosed(): boolean {
    return this.ended && !this.closedRoot
  }

  /** Whether a cell naming item `index` can be decoded now: the item is read, or never will be. */
  has(index: number): boolean {
    return this.ended || index < this.table.count
  }

  /** Reads on until item `index` is in the table or the part is complete. */
  async readPast(index: number): Promise<void> {
    while (!this.ended && index >= this.table.count) await this.readBlock()
  }

  /** Reads the rest of the part. */
  async finish(): Promise<void> {
    while (!this.ended) await this.readBlock()
  }

  /** Stops reading (the inflater is released). Call once the table is no longer needed. */
  async close(): Promise<void> {
    if (!this.ended) await this.blocks?.return?.()
  }

  private async readBlock(): Promise<void> {
    const next = await this.blocks!.next()
    if (next.done) this.end()
    else if (this.parser.push(next.value)) {
      this.end()
      await this.blocks!.return?.()
    }
  }

  private end(): void {
    this.ended = true
    this.closedRoot = this.parser.closed
    if (this.parser.closed) this.table.trim()
    else this.table.clear()
  }
}

class SharedStringsParser {
  private readonly carry = new ByteCarry()
  private inside = false
  closed = false

  constructor(
    private readonly strings: SharedStrings,
    private readonly file: string,
  ) {}

  /** Scans one more block; true once `</sst>` was seen. */
  push(block: Uint8Array): boolean {
    const bytes = this.carry.join(block)
    let piece = 0
    let at = 0
    if (!this.inside) {
      const opened = this.findRoot(bytes)
      if (opened < 0) return this.keep(bytes, 0)
      this.inside = true
      piece = at = opened
    }
    for (;;) {
      const lt = bytes.indexOf(LT, at)
      if (lt < 0 || lt + 1 >= bytes.length) break
      if (bytes[lt + 1] !== SLASH) {
        at = lt + 1
        continue
      }
      const gt = tagEnd(bytes, lt + 2)
      if (gt < 0) break
      if (isLocalName(bytes, lt + 2, gt, 'si') || isLocalName(bytes, lt + 2, gt, 'sstItem')) {
        this.item(bytes, piece, lt)
        piece = at = gt + 1
      } else if (isLocalName(bytes, lt + 2, gt, 'sst')) {
        this.item(bytes, piece, lt)
        this.closed = true
        return true
      } else at = gt + 1
    }
    return this.keep(bytes, piece)
  }

  private keep(bytes: Uint8Array, from: number): boolean {
    if (!this.carry.keep(bytes, from))
      throw workbookCorrupt(this.file, 'its shared strings hold an item too long to be a cell text')
    return false
  }

  /** Index just past the `<sst ...>` start tag, or -1 when it is not in `bytes` yet. */
  private findRoot(bytes: Uint8Array): number {
    for (let at = bytes.indexOf(LT); at >= 0; at = bytes.indexOf(LT, at + 1)) {
      const end = nameEnd(bytes, at + 1, bytes.length)
      if (end >= bytes.length) return -1
      if (isLocalName(bytes, at + 1, end, 'sst')) {
        const gt = tagEnd(bytes, end)
        return gt < 0 ? -1 : gt + 1
      }
    }
    return -1
  }

  /** One item: the bytes between two `</si>`. */
  private item(bytes: Uint8Array, start: number, end: number): void {
    if (!this.plainItem(bytes, start, end)) {
      const text = itemText(binaryString(bytes, start, end).replace(ITEM_OPEN, '').trim())
      if (text !== null) this.strings.addText(text)
    }
  }

  /**
   * The fast path: `<si><t>text</t></si>` (any `<t>` attributes, surrounding whitespace) whose text needs no
   * unescaping and is valid UTF-8, stored as it is. False leaves the item to the exact path.
   */
  private plainItem(bytes: Uint8Array, start: number, end: number): boolean {
    let i = start
    while (i < end && isXmlSpace(bytes[i]!)) i++
    if (i >= end || bytes[i] !== LT || bytes[i + 1] === SLASH) return false
    let close = tagEnd(bytes, i)
    if (close < 0 || close >= end) return false
    if (isLocalName(bytes, i + 1, close, 'si')) {
      i = close + 1
      while (i < end && isXmlSpace(bytes[i]!)) i++
      if (i >= end || bytes[i] !== LT) return false
      close = tagEnd(bytes, i)
      if (close < 0 || close >= end) return false
    }
    // `<t>` or `<t attrs>`, never `<t/>`.
    if (bytes[i + 1] !== 0x74 || bytes[close - 1] === SLASH) return false
    const next = bytes[i + 2]!
    if (next !== 0x3e && !isXmlSpace(next)) return false
    const textStart = close + 1
    const textEnd = bytes.indexOf(LT, textStart)
    if (textEnd < 0 || textEnd + 4 > end) return false
    if (bytes[textEnd + 1] !== SLASH || bytes[textEnd + 2] !== 0x74 || bytes[textEnd + 3] !== 0x3e) return false
    for (let k = textEnd + 4; k < end; k++) if (!isXmlSpace(bytes[k]!)) return false
    let ascii = true
    for (let k = textStart; k < textEnd; k++) {
      const b = bytes[k]!
      if (b === 0x26 || b === 0x5f) return false
      if (b >= 0x80) ascii = false
    }
    if (!ascii && !isUtf8(bytes.subarray(textStart, textEnd))) return false
    this.strings.addBytes(bytes, textStart, textEnd)
    return true
  }
}
