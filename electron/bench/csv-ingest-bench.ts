// The 1M-row people CSV opened by Preflight (FileJobs + parse worker into a ColumnarTable) against
// Papa.parse on the already-decoded text: speed ratio, retained bytes per cell, time to the first rows.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import Papa from 'papaparse'
import type { BenchContext, BenchSection, SectionResult } from './bench-section'
import { writePeopleCsv } from './generate-people-csv'
import { FIRST_ROWS, ingestWithFileJobs } from './ingest-with-file-jobs'
import { formatBytes, formatMs, median, nowMs, retainedBetween, snapshotMemory } from './measure'
import { countMatchingCells, describeSpotCheck, sampleRows, type RowSample } from './spot-check'

const FULL_ROWS = 1_000_000
const RUNS = 3

interface PapaRun {
  readonly ms: number
  readonly bytesPerCell: number
  readonly rows: number
  readonly sample: RowSample
}

async function runPapa(path: string): Promise<PapaRun> {
  const before = await snapshotMemory()
  let text: string | undefined = new TextDecoder('utf-8').decode(await readFile(path))
  const started = nowMs()
  const result = Papa.parse<string[]>(text)
  const ms = nowMs() - started
  // eslint-disable-next-line no-useless-assignment -- drops the file's text so the collector can free it before the next timing
  text = undefined
  const after = await snapshotMemory()
  const header = result.data[0] ?? []
  const last = result.data.at(-1)
  const trailingBlank = last !== undefined && last.length === 1 && last[0] === ''
  const rows = Math.max(0, result.data.length - 1 - (trailingBlank ? 1 : 0))
  const bytesPerCell = retainedBetween(before, after).heapPlusExternal / (rows * header.length)
  return { ms, bytesPerCell, rows, sample: sampleRows(result.data, 1, rows) }
}

interface PreflightRun {
  readonly ms: number
  readonly firstRowsMs: number
  readonly bytesPerCell: number
  readonly arrayBuffersOnlyPerCell: number
  readonly chunkBytesPerCell: number
  readonly description: string
}

// Its own function so the table is unreachable once the figures are taken: an async caller's locals can
// outlive their block and would hold one run's table through the next run's baseline.
async function runPreflight(path: string, context: BenchContext, reference: PapaRun): Promise<PreflightRun> {
  const before = await snapshotMemory()
  const ours = await ingestWithFileJobs(path, context.workerPath, context.workDir)
  const retained = retainedBetween(before, await snapshotMemory())
  const { table, summary } = ours
  const cells = table.rowCount * table.columns.length
  const check = countMatchingCells(reference.sample, table)
  const description =
    `${table.rowCount.toLocaleString('en-US')} rows x ${table.columns.length} columns in ${table.chunkCount} chunks, ` +
    `${summary.notices.length + summary.noticesOmitted} notices; row count ${table.rowCount === reference.rows ? 'same as' : 'DIFFERS from'} ` +
    `papaparse, ${describeSpotCheck(check, 'papaparse')}`
  return {
    ms: ours.totalMs,
    firstRowsMs: ours.firstRowsMs,
    bytesPerCell: retained.heapPlusExternal / cells,
    arrayBuffersOnlyPerCell: retained.heapPlusArrayBuffers / cells,
    chunkBytesPerCell: ours.chunkBytes / cells,
    description,
  }
}

async function runCsv(context: BenchContext): Promise<SectionResult> {
  const path = join(context.workDir, 'people.csv')
  const rows = Math.max(FIRST_ROWS, Math.round(FULL_ROWS * context.scale))
  const generateStarted = nowMs()
  const size = await writePeopleCsv(path, rows)
  context.log(
    `csv: generated ${rows.toLocaleString('en-US')} rows x 15 columns, ${formatBytes(size)} in ${formatMs(nowMs() - generateStarted)}`,
  )

  const papaRuns: PapaRun[] = []
  const ourRuns: PreflightRun[] = []
  for (let run = 1; run <= RUNS; run++) {
    const papa = await runPapa(path)
    papaRuns.push(papa)
    context.log(
      `csv run ${run}/${RUNS} papaparse: ${formatMs(papa.ms)}, ${papa.rows.toLocaleString('en-US')} rows, retains ${papa.bytesPerCell.toFixed(1)} B/cell`,
    )
    const ours = await runPreflight(path, context, papa)
    ourRuns.push(ours)
    context.log(
      `csv run ${run}/${RUNS} preflight: ${formatMs(ours.ms)}, first ${FIRST_ROWS} rows at ${formatMs(ours.firstRowsMs)}, ` +
        `retains ${ours.bytesPerCell.toFixed(1)} B/cell (chunk buffers alone ${ours.chunkBytesPerCell.toFixed(1)}, ` +
        `heap+arrayBuffers ${ours.arrayBuffersOnlyPerCell.toFixed(1)}); ${ours.description}`,
    )
  }
  const preflightMs = ourRuns.map((r) => r.ms)
  const papaMs = papaRuns.map((r) => r.ms)
  const firstRowsMs = ourRuns.map((r) => r.firstRowsMs)
  const bytesPerCell = ourRuns.map((r) => r.bytesPerCell)

  return {
    metrics: [
      { key: 'csvIngestRatio', value: median(preflightMs) / median(papaMs), max: 1.3 },
      { key: 'bytesPerCell', value: median(bytesPerCell), max: 45, unit: 'B' },
      { key: 'firstRowsSeconds', value: median(firstRowsMs) / 1000, max: 0.5, unit: 's' },
    ],
    details: {
      csvRows: rows,
      csvFileBytes: size,
      csvPreflightMs: preflightMs,
      csvPapaMs: papaMs,
      csvFirstRowsMs: firstRowsMs,
      csvBytesPerCellRuns: bytesPerCell,
      csvChunkBytesPerCell: median(ourRuns.map((r) => r.chunkBytesPerCell)),
      csvHeapPlusArrayBuffersPerCell: median(ourRuns.map((r) => r.arrayBuffersOnlyPerCell)),
      papaBytesPerCell: median(papaRuns.map((r) => r.bytesPerCell)),
    },
  }
}

export const csvIngestBench: BenchSection = { key: 'csv', name: 'CSV ingest', run: runCsv }
