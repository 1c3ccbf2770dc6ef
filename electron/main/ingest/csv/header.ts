// Finds the header record among the first records of a sample and names the columns it defines.
// Row numbers are the 1-based record numbers a spreadsheet shows, blank lines counted.
import type { Delimiter } from '../../../../shared/files/open-file'
import { columnIdAt, type ColumnMeta } from '../../../../shared/table/columnar-table'
import { detectHeaderRow, uniqueHeaderNames } from '../../../../shared/table/headers'
import { readChunkCell, type TableChunk } from '../../../../shared/table/table-chunk'
import { ChunkBuilder } from '../chunk-builder'
import { CsvParser } from './csv-parser'

/** Records scanned for the header, matching what detectHeaderRow looks at. */
export const HEADER_SCAN_RECORDS = 30

export interface SampledRecord {
  readonly row: number
  readonly cells: readonly string[]
}

/** The first `max` non-empty records of a UTF-8 sample (`complete` when the sample is the whole file). */
export function sampleRecords(
  sample: Uint8Array,
  delimiter: Delimiter,
  complete: boolean,
  max = HEADER_SCAN_RECORDS,
): SampledRecord[] {
  let first: TableChunk | undefined
  const builder = new ChunkBuilder((chunk) => {
    first ??= chunk
  }, max)
  const widths: number[] = []
  const parser = new CsvParser(delimiter, builder)
  // Expecting zero fields makes the parser report the width of every non-empty record.
  parser.expectedFields = 0
  parser.onRagged = (_row, fields) => {
    widths.push(fields)
  }
  parser.parse(sample)
  // A record cut off by the end of a partial sample is left unfinished, so it never reaches the builder.
  if (complete) parser.finish()
  builder.flush()
  if (!first) return []
  const chunk = first
  return Array.from(chunk.sourceRows, (row, r) => ({
    row,
    cells: Array.from({ length: widths[r]! }, (_, c) => readChunkCell(chunk, r, c)),
  }))
}

/** The row number of the header among sampled records (1 when there are none). */
export function detectHeaderRecord(records: readonly SampledRecord[]): number {
  if (records.length === 0) return 1
  return records[detectHeaderRow(records.map((record) => record.cells))]!.row
}

/** Column metadata for header cells; `width` beyond the header adds `Column X` columns for ragged rows. */
export function headerColumns(header: readonly string[], width = header.length): ColumnMeta[] {
  const raw = Array.from({ length: Math.max(width, header.length) }, (_, i) => header[i] ?? '')
  return uniqueHeaderNames(raw).map((name, i) => ({ id: columnIdAt(i), name, sourceName: raw[i]! }))
}
