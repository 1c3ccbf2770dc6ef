// Inflates single parts of an XLSX whose ZIP index zip-guard has already accepted: a small part whole, or only
// the first bytes of a large one (stream/inflate-part.ts streams a large one). Any damage yields undefined:
// callers then fall back to the full parser.
import { constants, inflateRawSync } from 'node:zlib'
import type { ZipEntry } from './zip-directory'

const LOCAL_HEADER = 0x04034b50
const utf8 = new TextDecoder('utf-8')

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
  const data = compressedData(bytes, entry)?.subarray(0, compressedBytes)
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

/** The entry's stored (possibly deflated) bytes, found through its local header; undefined when they are not all there. */
export function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const at = entry.localHeaderOffset
  if (at + 30 > bytes.length) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 30)
  if (view.getUint32(0, true) !== LOCAL_HEADER) return undefined
  const start = at + 30 + view.getUint16(26, true) + view.getUint16(28, true)
  const end = start + entry.compressedSize
  return end <= bytes.length ? bytes.subarray(start, end) : undefined
}
