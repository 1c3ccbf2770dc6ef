// Streams a CSV/TSV/TXT file into TableChunks: sniff the head, then read blocks, transcode them to UTF-8 and
// parse them straight into column buffers. Never holds the whole file; the first chunk (with the SourceMeta)
// is sent right after the first block so the grid fills while the rest loads.
import type { FileHandle } from 'node:fs/promises'
import type { OpenOptions, ReadSummary } from '../../../../shared/files/open-file'
import { DEFAULT_CHUNK_ROWS } from '../chunk-builder'
import { fileIssue } from '../file-issue'
import type { IngestLimits, IngestSink } from '../worker-protocol'
import type { CsvParser } from './csv-parser'
import { detectFormat, type CsvFormat } from './detect-format'
import { NoticeLog } from './notices'
import { SNIFF_BYTES } from './sniff'
import { openTextSource } from './source-file'
import { TableWriter } from './table-writer'
import { createTranscoder, type TranscodedBlock } from './transcode'

export const BLOCK_BYTES = 4 * 1024 * 1024
/** The first read is small so the first rows (and the header) reach the grid within milliseconds. */
export const FIRST_BLOCK_BYTES = 256 * 1024

/** Knobs for tests and benchmarks; production uses the defaults. */
export interface ReadTuning {
  readonly blockBytes?: number
  readonly chunkRows?: number
}

/** Reads the delimited text file at `path` into `sink`; throws IngestError for files it cannot open. */
export async function readCsvFile(
  path: string,
  options: OpenOptions,
  sink: IngestSink,
  limits: IngestLimits,
  tuning: ReadTuning = {},
): Promise<ReadSummary> {
  const source = await openTextSource(path, limits)
  try {
    const head = await readHead(source.handle, Math.min(SNIFF_BYTES, source.size))
    const format = detectFormat(source.name, head, head.length >= source.size, options)
    return await streamRows(source.handle, source.size, format, sink, tuning, source.name)
  } finally {
    await source.handle.close()
  }
}

async function readHead(handle: FileHandle, length: number): Promise<Uint8Array> {
  const head = new Uint8Array(length)
  let filled = 0
  while (filled < length) {
    const { bytesRead } = await handle.read(head, filled, length - filled, filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return head.subarray(0, filled)
}

async function streamRows(
  handle: FileHandle,
  size: number,
  format: CsvFormat,
  sink: IngestSink,
  tuning: ReadTuning,
  file: string,
): Promise<ReadSummary> {
  const notices = new NoticeLog()
  const table = new TableWriter(format, sink, notices, tuning.chunkRows ?? DEFAULT_CHUNK_ROWS, file)
  const parser = table.parser
  const transcoder = createTranscoder(format.encoding.used, format.bomLength)
  const blockBytes = tuning.blockBytes ?? BLOCK_BYTES
  // Two buffers: the next block is read from disk while the current one is parsed.
  const buffers = [new Uint8Array(blockBytes), new Uint8Array(blockBytes)] as const
  let turn = 0
  let position = 0
  let pending = handle.read(buffers[0], 0, Math.min(blockBytes, FIRST_BLOCK_BYTES), 0)
  let firstFlushRequested = false
  for (;;) {
    const { bytesRead } = await pending
    const block = buffers[turn]!.subarray(0, bytesRead)
    position += bytesRead
    const final = bytesRead === 0 || position >= size
    if (!final) {
      turn ^= 1
      pending = handle.read(buffers[turn]!, 0, blockBytes, position)
    }
    parseBlock(parser, transcoder.push(block, final), notices)
    if (final) {
      parser.finish()
    } else if (!firstFlushRequested && table.headerDone) {
      parser.requestFlush()
      firstFlushRequested = true
    }
    sink.progress({ bytesRead: position, totalBytes: size, rowsRead: table.rowCount })
    if (final) break
  }
  table.finish()
  return notices.summary(table.rowCount)
}

/** Parses a transcoded block, noting the row of the first invalid byte (the parse is split there to learn it). */
function parseBlock(parser: CsvParser, block: TranscodedBlock, notices: NoticeLog): void {
  if (block.invalidAt < 0 || notices.has('INVALID_UTF8')) {
    parser.parse(block.bytes)
    return
  }
  parser.parse(block.bytes, 0, block.invalidAt)
  notices.add({ code: 'INVALID_UTF8', row: parser.record, ...fileIssue('INVALID_UTF8', { row: parser.record }) })
  parser.parse(block.bytes, block.invalidAt)
}
