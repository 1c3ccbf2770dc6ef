// Inflates single parts of an XLSX whose ZIP index zip-guard has already accepted: a small part whole, or only
// the first bytes of a large one (stream/inflate-part.ts streams a large one). Any damage yields undefined:
// callers then fall back to the full parser. A file loaded range by range (file-bytes.ts) registers which bytes
// it holds: a part whose bytes are not loaded yet reads as missing too, never as the zeros in their place.
import { constants, inflateRawSync } from 'node:zlib'
import type { ZipEntry } from './zip-directory'

const LOCAL_HEADER = 0x04034b50
const utf8 = new TextDecoder('utf-8')
/** For a file's bytes still being loaded: whether bytes[start..end) are loaded. */
const loadedRanges = new WeakMap<Uint8Array, (start: number, end: number) => boolean>()

/** Registers `bytes` as loaded only where `isLoaded` says (see FileBytes). */
export function registerPartialBytes(bytes: Uint8Array, isLoaded: (start: number, end: number) => boolean): void {
  loadedRanges.set(bytes, isLoaded)
}

const isLoaded = (bytes: Uint8Array, start: number, end: number): boolean =>
  loadedRanges.get(bytes)?.(start, end) ?? true

/** The entry named `name`; ZIP names are case-sensitive, but some writers disagree with their own relationships. */
export function findZipEntry(entries: readonly ZipEntry[], name: string): ZipEntry | undefined {
  const lower = name.toLowerCase()
  return entries.find((entry) => entry.name === name) ?? entries.find((entry) => entry.name.toLowerCase() === lower)
}

/** A whole part as text, refused above `maxBytes` once inflated. */
export function readZipPart(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): string | undefined {
  const data = readZipPartBytes(bytes, entry, maxBytes)
  return data && utf8.decode(data)
}

/** A whole part's bytes, refused above `maxBytes` once inflated. */
export function readZipPartBytes(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array | undefined {
  const data = compressedData(bytes, entry)
  if (!data) return undefined
  try {
    if (entry.method === 0) return data.length <= maxBytes ? data : undefined
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes })
  } catch {
    return undefined
  }
  return undefined
}

/** The start of a part as text: inflates only its first `compressedBytes`, however large the part is. */
export function readZipPartHead(bytes: Uint8Array, entry: ZipEntry, compressedBytes: number): string | undefined {
  const data = compressedData(bytes, entry, compressedBytes)?.subarray(0, compressedBytes)
  if (!data) return undefined
  try {
    if (entry.method === 0) return utf8.decode(data)
    // A sync flush returns what the truncated stream holds so far instead of failing on its missing end.
    const options = { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: compressedBytes * 1100 }
    if (entry.method === 8) return utf8.decode(inflateRawSync(data, options))
  } catch {
    return undefined
  }
  return undefined
}

/**
 * The entry's stored (possibly deflated) bytes, found through its local header; undefined when they are not all
 * there, or when the first `loaded` of them (all by default) are not loaded yet.
 */
export function compressedData(
  bytes: Uint8Array,
  entry: ZipEntry,
  loaded = entry.compressedSize,
): Uint8Array | undefined {
  const at = entry.localHeaderOffset
  if (at + 30 > bytes.length || !isLoaded(bytes, at, at + 30)) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 30)
  if (view.getUint32(0, true) !== LOCAL_HEADER) return undefined
  const start = at + 30 + view.getUint16(26, true) + view.getUint16(28, true)
  const end = start + entry.compressedSize
  if (end > bytes.length || !isLoaded(bytes, start, start + Math.min(loaded, entry.compressedSize))) return undefined
  return bytes.subarray(start, end)
}

/** Where an entry's local header says its stored bytes start, or undefined when the header is not there. */
export function dataStart(bytes: Uint8Array, entry: ZipEntry): number | undefined {
  const at = entry.localHeaderOffset
  if (at + 30 > bytes.length || !isLoaded(bytes, at, at + 30)) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 30)
  return at + 30 + view.getUint16(26, true) + view.getUint16(28, true)
}
