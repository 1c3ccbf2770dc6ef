// The full-height workbook (1,048,575 data rows x 10 columns, shared strings, a date column) written by a
// streaming writer, opened by Preflight (FileJobs + the built parse worker) and by SheetJS's XLSX.read, each in
// a child process of its own: time side by side, the open's peak resident memory, and the time to first rows.
// SheetJS needs about a minute and 2+ GB on this file, so it runs once, with a generous heap.
import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import type { BenchContext, BenchSection, SectionResult } from './bench-section'
import { FIRST_ROWS } from './ingest-with-file-jobs'
import { formatBytes, formatMs, median, nowMs } from './measure'
import { writeFullHeightXlsx } from './xlsx-stream-writer'

const FULL_ROWS = 1_048_575
const PREFLIGHT_RUNS = 3
const CHILD = resolve(fileURLToPath(new URL('.', import.meta.url)), 'xlsx-full-child.ts')
const run = promisify(execFile)

interface ChildReport {
  readonly ms: number
  readonly maxRssMB: number
  readonly firstRowsMs?: number
  readonly rows: number
  readonly firstId?: string
  readonly lastId?: string
}

async function child(mode: 'preflight' | 'sheetjs', path: string, context: BenchContext): Promise<ChildReport> {
  const heap = mode === 'sheetjs' ? ['--max-old-space-size=12288'] : []
  const { stdout } = await run(
    process.execPath,
    [...heap, '--import', 'tsx', CHILD, mode, path, context.workerPath, context.workDir],
    {
      maxBuffer: 1 << 20,
    },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildReport
}

async function runFull(context: BenchContext): Promise<SectionResult> {
  const { log, workDir } = context
  const path = join(workDir, 'people-full.xlsx')
  const rows = Math.max(FIRST_ROWS, Math.round(FULL_ROWS * context.scale))
  const generateStarted = nowMs()
  const size = await writeFullHeightXlsx(path, rows)
  log(
    `xlsx-full: generated ${rows.toLocaleString('en-US')} rows x 10 columns, ${formatBytes(size)} in ${formatMs(nowMs() - generateStarted)}`,
  )

  const ours: ChildReport[] = []
  for (let i = 1; i <= PREFLIGHT_RUNS; i++) {
    const report = await child('preflight', path, context)
    ours.push(report)
    const shape =
      report.rows === rows && report.firstId === '1' && report.lastId === String(rows)
        ? 'all rows, ids 1..n'
        : 'WRONG ROWS'
    log(
      `xlsx-full run ${i}/${PREFLIGHT_RUNS} preflight: ${formatMs(report.ms)}, first ${FIRST_ROWS} rows at ${formatMs(report.firstRowsMs ?? 0)}, ` +
        `peak RSS ${report.maxRssMB.toFixed(0)} MB, ${report.rows.toLocaleString('en-US')} rows (${shape})`,
    )
  }
  const sheetjs = await child('sheetjs', path, context)
  log(
    `xlsx-full XLSX.read dense: ${formatMs(sheetjs.ms)}, peak RSS ${sheetjs.maxRssMB.toFixed(0)} MB, ${sheetjs.rows.toLocaleString('en-US')} rows`,
  )

  const preflightMs = ours.map((r) => r.ms)
  return {
    metrics: [
      { key: 'xlsxFullRatio', value: median(preflightMs) / sheetjs.ms, max: 0.25 },
      { key: 'xlsxFullPeakMB', value: median(ours.map((r) => r.maxRssMB)), max: 1000, unit: 'MB' },
      {
        key: 'xlsxFirstRowsSeconds',
        value: median(ours.map((r) => r.firstRowsMs ?? r.ms)) / 1000,
        max: 1.0,
        unit: 's',
      },
    ],
    details: {
      xlsxFullRows: rows,
      xlsxFullFileBytes: size,
      xlsxFullPreflightMs: preflightMs,
      xlsxFullSheetjsMs: sheetjs.ms,
      xlsxFullSheetjsPeakMB: sheetjs.maxRssMB,
    },
  }
}

export const xlsxFullBench: BenchSection = { key: 'xlsx-full', name: 'XLSX full height', run: runFull }
