// A workbook file's bytes, loaded range by range as the reader asks for them instead of all before the first
// row: the ZIP index, the small parts and the first blocks of the sheet and its strings are all the first rows
// need, and the rest of a large part is read from disk a few pages ahead of its inflater. Invariants: a page is
// read once, in full, and never changes afterwards; the bytes are registered with zip-part.ts, so a part whose
// bytes are not loaded reads as missing (the caller then falls back to a whole read), never as zeros.
import { open, type FileHandle } from 'node:fs/promises'
import { workbookCorrupt } from './workbook-errors'
import { registerPartialBytes } from './zip-part'

export const PAGE_BYTES = 1 << 20
/** Pages a sequential reader asks to be read beyond what it needs now, so the disk stays ahead of it. */
const READ_AHEAD_PAGES = 4

export class FileBytes {
  /** The whole file's size; only the loaded pages hold its bytes. */
  readonly bytes: Buffer
  private readonly loaded: Uint8Array
  private readonly reading = new Map<number, Promise<void>>()

  private constructor(
    private readonly handle: FileHandle,
    size: number,
    private readonly file: string,
  ) {
    this.bytes = Buffer.allocUnsafeSlow(size)
    this.loaded = new Uint8Array(Math.ceil(size / PAGE_BYTES))
    registerPartialBytes(this.bytes, (start, end) => this.isLoaded(start, end))
  }

  /** Opens `path` (`file` names it in messages) without reading anything yet. */
  static async open(path: string, file: string): Promise<FileBytes> {
    const handle = await open(path, 'r')
    try {
      return new FileBytes(handle, (await handle.stat()).size, file)
    } catch (error) {
      await handle.close()
      throw error
    }
  }

  get size(): number {
    return this.bytes.length
  }

  /** Whether bytes[start..end) are loaded (an empty range always is). */
  isLoaded(start: number, end: number): boolean {
    if (end <= start) return true
    const last = Math.ceil(Math.min(end, this.size) / PAGE_BYTES)
    for (let page = Math.floor(start / PAGE_BYTES); page < last; page++) if (this.loaded[page] !== 1) return false
    return true
  }

  /** Loads bytes[start..end); with `readAhead`, also starts reading the few pages after them. */
  async ensure(start: number, end: number, readAhead = false): Promise<void> {
    const pages = this.loaded.length
    const first = Math.max(0, Math.floor(start / PAGE_BYTES))
    const last = Math.min(pages, Math.ceil(end / PAGE_BYTES))
    const waits: Promise<void>[] = []
    for (let page = first; page < last; page++) {
      const reading = this.page(page)
      if (reading) waits.push(reading)
    }
    if (readAhead) {
      // Its failure, if any, is met again by the ensure that needs the page.
      for (let page = last; page < Math.min(pages, last + READ_AHEAD_PAGES); page++) this.page(page)?.catch(() => {})
    }
    await Promise.all(waits)
  }

  /** The whole file, loaded. */
  async whole(): Promise<Buffer> {
    await this.ensure(0, this.size)
    return this.bytes
  }

  /** Waits for reads in flight, then closes the file. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.reading.values()])
    await this.handle.close()
  }

  private page(page: number): Promise<void> | undefined {
    if (this.loaded[page] === 1) return undefined
    let reading = this.reading.get(page)
    if (!reading) {
      reading = this.read(page)
      this.reading.set(page, reading)
    }
    return reading
  }

  private async read(page: number): Promise<void> {
    const start = page * PAGE_BYTES
    const end = Math.min(this.size, start + PAGE_BYTES)
    for (let at = start; at < end;) {
      const { bytesRead } = await this.handle.read(this.bytes, at, end - at, at)
      if (bytesRead === 0) throw workbookCorrupt(this.file, 'it was cut short while it was being read')
      at += bytesRead
    }
    this.loaded[page] = 1
    this.reading.delete(page)
  }
}
