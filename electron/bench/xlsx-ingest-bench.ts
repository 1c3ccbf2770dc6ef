// The 100k-row people workbook opened by Preflight (FileJobs + parse worker into a ColumnarTable) against a
// plain dense XLSX.read of the same file with sheetjs-style.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BenchContext, BenchSection, SectionResult } from './bench-section'
import { writePeopleXlsx, XLSX } from './generate-xlsx'
import { ingestWithFileJobs } from './ingest-with-file-jobs'
import { collectGarbage, formatBytes, formatMs, median, nowMs } from './measure'
import { countMatchingCells, describeSpotCheck, sampleRows, type RowSample } from './spot-check'

const FULL_ROWS = 100_000
const RUNS = 3

interface SheetRun {
  readonly ms: number
  readonly rows: number
  readonly sample: RowSample | undefined
}

async function runSheetjs(path: string, takeSample: boolean): Promise<SheetRun> {
  await collectGarbage()
  const started = nowMs()
  const book = XLSX.read(readFileSync(path), { dense: true })
  const ms = nowMs() - started
  const sheet = book.Sheets[book.SheetNames[0]!]!
  const rows = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1').e.r
  // Formatted text (raw: false) is what a user sees in Excel, so it is what Preflight's cells should hold.
  const sample = takeSample
    ? sampleRows(XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '' }), 1, rows)
    : undefined
  return { ms, rows, sample }
}

async function runXlsx(context: BenchContext): Promise<SectionResult> {
  const { log, workDir, workerPath } = context
  const path = join(workDir, 'people.xlsx')
  const rows = Math.max(100, Math.round(FULL_ROWS * context.scale))
  const generateStarted = nowMs()
  const size = await writePeopleXlsx(path, rows)
  log(
    `xlsx: generated ${rows.toLocaleString('en-US')} rows x 10 columns, ${formatBytes(size)} in ${formatMs(nowMs() - generateStarted)}`,
  )

  const sheetjsMs: number[] = []
  const preflightMs: number[] = []
  for (let run = 1; run <= RUNS; run++) {
    const sheetjs = await runSheetjs(path, run === RUNS)
    sheetjsMs.push(sheetjs.ms)
    log(
      `xlsx run ${run}/${RUNS} XLSX.read dense: ${formatMs(sheetjs.ms)}, ${sheetjs.rows.toLocaleString('en-US')} rows`,
    )

    await collectGarbage()
    const ours = await ingestWithFileJobs(path, workerPath, workDir)
    preflightMs.push(ours.totalMs)
    log(
      `xlsx run ${run}/${RUNS} preflight: ${formatMs(ours.totalMs)}, ${ours.table.rowCount.toLocaleString('en-US')} rows x ${ours.table.columns.length} columns, first rows at ${formatMs(ours.firstRowsMs)}`,
    )
    if (sheetjs.sample) {
      const check = countMatchingCells(sheetjs.sample, ours.table)
      log(
        `xlsx check: ${ours.table.rowCount === sheetjs.rows ? 'same' : 'DIFFERENT'} row count as XLSX.read; ` +
          describeSpotCheck(check, "sheetjs's formatted text"),
      )
    }
  }

  return {
    metrics: [{ key: 'xlsxIngestRatio', value: median(preflightMs) / median(sheetjsMs), max: 0.5 }],
    details: { xlsxRows: rows, xlsxFileBytes: size, xlsxPreflightMs: preflightMs, xlsxSheetjsMs: sheetjsMs },
  }
}

export const xlsxIngestBench: BenchSection = { key: 'xlsx', name: 'XLSX ingest', run: runXlsx }
