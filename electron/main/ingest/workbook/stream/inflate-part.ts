// Streams one part of an XLSX (already in memory, its ZIP index checked by zip-guard) as inflated blocks:
// node:zlib inflates on the thread pool while the caller parses the previous block, so the whole part never
// exists at once. Guards: a part that inflates past what the ZIP index declared is refused (the index is what
// zip-guard held against the unzipped limit), and so is any read past the workbook time limit. For a file loaded
// range by range (file-bytes.ts) the part's stored bytes are loaded just before they are fed to the inflater.
import { Readable } from 'node:stream'
import { createInflateRaw, type ZlibOptions } from 'node:zlib'
import { ingestError } from '../../file-issue'
import { IngestError } from '../../worker-protocol'
import { workbookCorrupt } from '../workbook-errors'
import type { ZipEntry } from '../zip-directory'
import { compressedData } from '../zip-part'

/** Inflated block size: large enough that per-block overhead vanishes, small enough to keep memory flat. */
const BLOCK_BYTES = 256 * 1024
const FEED_BYTES = 64 * 1024

export interface PartGuard {
  /** Names the file in messages. */
  readonly file: string
  /** performance.now() past which reading stops with PARSE_TIMEOUT. */
  readonly deadline: number
  /** The time limit in milliseconds, for the message. */
  readonly limitMs: number
  /** Loads bytes[start..end) of a file loaded range by range (and reads ahead); absent when all are loaded. */
  readonly load?: (start: number, end: number) => Promise<void>
}

/** Progress through a part: compressed bytes consumed so far, for byte-based progress. */
export interface PartPosition {
  compressedRead: number
}

/** The part's inflated bytes, block by block. `position` (if given) tracks how much of the part was consumed. */
export async function* inflatePart(
  bytes: Uint8Array,
  entry: ZipEntry,
  guard: PartGuard,
  position: PartPosition = { compressedRead: 0 },
): AsyncGenerator<Uint8Array> {
  const data = compressedData(bytes, entry, 0)
  if (!data) throw workbookCorrupt(guard.file, `its part ${entry.name} is missing or cut short`)
  const offset = data.byteOffset - bytes.byteOffset
  const load = guard.load ?? (async () => {})
  if (entry.method !== 0 && entry.method !== 8) {
    throw workbookCorrupt(
      guard.file,
      `its part ${entry.name} is compressed with an unsupported method (${entry.method})`,
    )
  }
  let inflated = 0
  const check = (length: number) => {
    inflated += length
    if (inflated > entry.uncompressedSize) {
      throw workbookCorrupt(guard.file, `its part ${entry.name} unpacks to more than its ZIP index declares`)
    }
    if (performance.now() > guard.deadline) throw timedOut(guard)
  }
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += BLOCK_BYTES) {
      const block = data.subarray(at, Math.min(data.length, at + BLOCK_BYTES))
      await load(offset + at, offset + at + block.length)
      check(block.length)
      position.compressedRead = at + block.length
      yield block
    }
    return
  }
  const source = Readable.from(
    feed(data, position, (start, end) => load(offset + start, offset + end)),
    { objectMode: false },
  )
  // ZlibOptions omits the stream options it passes on; a high-water mark of a few blocks lets the thread pool
  // inflate ahead while the caller parses.
  const inflater = createInflateRaw({ chunkSize: BLOCK_BYTES, highWaterMark: 4 * BLOCK_BYTES } as ZlibOptions)
  source.pipe(inflater)
  // pipe() does not pass on the source's errors (a failed disk read): the inflater must fail with them.
  source.on('error', (error) => inflater.destroy(error))
  try {
    for await (const block of inflater as AsyncIterable<Buffer>) {
      check(block.length)
      yield block
    }
  } catch (error) {
    if (error instanceof IngestError) throw error
    const detail = error instanceof Error ? error.message : String(error)
    throw workbookCorrupt(guard.file, `its part ${entry.name} is damaged (${detail})`)
  } finally {
    source.destroy()
    inflater.destroy()
  }
}

async function* feed(
  data: Uint8Array,
  position: PartPosition,
  load: (start: number, end: number) => Promise<void>,
): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < data.length; at += FEED_BYTES) {
    const end = Math.min(data.length, at + FEED_BYTES)
    await load(at, end)
    position.compressedRead = end
    yield data.subarray(at, end)
  }
}

export function timedOut(guard: PartGuard): IngestError {
  const seconds = Math.round(guard.limitMs / 1000)
  return ingestError('PARSE_TIMEOUT', 'PARSE_TIMEOUT', { file: guard.file, seconds })
}
