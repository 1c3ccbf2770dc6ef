// Reads a ZIP's central directory (the index at the end of an XLSX) without inflating anything, ZIP64 included.
// Invariant: it never trusts a declared count or offset before checking it against the file's bounds, and stops
// walking once more entries than `maxEntries` are declared, so a crafted directory costs no more than its bytes.

export interface ZipEntry {
  readonly name: string
  /** 0 stored, 8 deflated; anything else is left to the parser to refuse. */
  readonly method: number
  readonly compressedSize: number
  /** As the directory declares it: what the parser will allocate when it inflates the entry. */
  readonly uncompressedSize: number
  readonly localHeaderOffset: number
}

export type ZipDirectory =
  | { readonly kind: 'ok'; readonly entries: readonly ZipEntry[] }
  | { readonly kind: 'too-many-entries'; readonly count: number }
  | { readonly kind: 'corrupt'; readonly problem: string }

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL_ENTRY = 0x02014b50
const MAX16 = 0xffff
const MAX32 = 0xffffffff
const utf8 = new TextDecoder('utf-8')
const latin1 = new TextDecoder('latin1')

const corrupt = (problem: string): ZipDirectory => ({ kind: 'corrupt', problem })

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const index = locateIndex(view)
  if ('kind' in index) return index
  const { count, dirSize, dirOffset, dirEnd } = index
  if (count > maxEntries) return { kind: 'too-many-entries', count }
  if (dirOffset + dirSize > dirEnd) return corrupt('its ZIP index points past the end of the file')
  return walkEntries(view, bytes, dirOffset, dirOffset + dirSize, count)
}

/** Bytes at the end of a ZIP that hold its end records (end of directory, its comment, the ZIP64 locator). */
export const ZIP_TAIL_BYTES = 22 + MAX16 + 20

/**
 * The first byte readZipDirectory reads, told from the file's last ZIP_TAIL_BYTES alone (a file loaded range
 * by range loads from there on before reading the index); undefined when they do not tell (a damaged index,
 * or a ZIP64 record before them), and the whole file should be loaded first.
 */
export function zipIndexStart(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tailStart = Math.max(0, bytes.length - ZIP_TAIL_BYTES)
  const index = locateIndex(view, tailStart)
  if ('kind' in index) return undefined
  return Math.max(0, Math.min(index.dirOffset, index.dirEnd))
}

interface IndexLocation {
  readonly count: number
  readonly dirSize: number
  readonly dirOffset: number
  /** Where the directory must end: the ZIP64 record or the end of directory record. */
  readonly dirEnd: number
}

/** The directory's place from the end records; a ZIP64 record before `readableFrom` counts as damaged. */
function locateIndex(view: DataView, readableFrom = 0): IndexLocation | ZipDirectory {
  const eocd = findEndOfCentralDirectory(view)
  if (eocd < 0) return corrupt('it is not a complete ZIP package (the end of its index is missing)')
  let count = view.getUint16(eocd + 10, true)
  let dirSize = view.getUint32(eocd + 12, true)
  let dirOffset = view.getUint32(eocd + 16, true)
  let dirEnd = eocd
  const locator = eocd - 20
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const record = readUint64(view, locator + 8)
    if (record < readableFrom || record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD) {
      return corrupt('its ZIP64 index is damaged')
    }
    count = readUint64(view, record + 32)
    dirSize = readUint64(view, record + 40)
    dirOffset = readUint64(view, record + 48)
    dirEnd = record
  } else if (count === MAX16 || dirSize === MAX32 || dirOffset === MAX32) {
    return corrupt('its ZIP64 index is missing')
  }
  return { count, dirSize, dirOffset, dirEnd }
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22
  const first = Math.max(0, last - MAX16)
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) <= view.byteLength) return at
  }
  return -1
}

function walkEntries(view: DataView, bytes: Uint8Array, start: number, end: number, count: number): ZipDirectory {
  const entries: ZipEntry[] = []
  let at = start
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_ENTRY) return corrupt('its ZIP index is damaged')
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true)
    if (next > end) return corrupt('its ZIP index is damaged')
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength)
    const sizes = [view.getUint32(at + 24, true), view.getUint32(at + 20, true), view.getUint32(at + 42, true)]
    if (!widenZip64Sizes(view, at + 46 + nameLength, extraLength, sizes)) {
      return corrupt('its ZIP index lacks the ZIP64 sizes of an entry')
    }
    entries.push({
      // Bit 11 marks UTF-8 names; older writers use code page 437, whose ASCII part is all an XLSX needs.
      name: (view.getUint16(at + 8, true) & 0x800 ? utf8 : latin1).decode(nameBytes),
      method: view.getUint16(at + 10, true),
      uncompressedSize: sizes[0]!,
      compressedSize: sizes[1]!,
      localHeaderOffset: sizes[2]!,
    })
    at = next
  }
  return { kind: 'ok', entries }
}

/** Replaces each 32-bit size or offset saturated at 0xFFFFFFFF with its ZIP64 extra-field value, in order. */
function widenZip64Sizes(view: DataView, extraStart: number, extraLength: number, sizes: number[]): boolean {
  if (!sizes.includes(MAX32)) return true
  for (let at = extraStart; at + 4 <= extraStart + extraLength;) {
    const id = view.getUint16(at, true)
    const length = view.getUint16(at + 2, true)
    if (at + 4 + length > extraStart + extraLength) return false
    if (id === 0x0001) {
      let field = at + 4
      for (let i = 0; i < sizes.length; i++) {
        if (sizes[i] !== MAX32) continue
        if (field + 8 > at + 4 + length) return false
        sizes[i] = readUint64(view, field)
        field += 8
      }
      return true
    }
    at += 4 + length
  }
  return false
}

/** A little-endian 64-bit value as a number: exact below 2^53, and merely huge above, which is all a limit needs. */
function readUint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x1_0000_0000
}
