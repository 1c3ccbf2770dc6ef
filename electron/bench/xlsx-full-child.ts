// Runs one open of the full-height workbook in a process of its own, so its peak resident memory (maxRSS, the
// parse worker thread included) is the open's alone: `preflight` opens it as the app does (FileJobs and the
// built parse worker), `sheetjs` runs a plain dense XLSX.read. Prints one JSON line.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { ingestWithFileJobs } from './ingest-with-file-jobs'
import { nowMs } from './measure'

interface SheetJsRead {
  read(
    data: Uint8Array,
    options: { dense: boolean },
  ): { SheetNames: string[]; Sheets: Record<string, unknown[] & { '!ref'?: string }> }
}

async function main(): Promise<void> {
  const [mode, path, workerPath, workDir] = process.argv.slice(2)
  if (!path || !workerPath || !workDir)
    throw new Error('usage: xlsx-full-child preflight|sheetjs <path> <worker> <dir>')
  if (mode === 'preflight') {
    const run = await ingestWithFileJobs(path, workerPath, workDir)
    const { table } = run
    const lastId = table.rowCount > 0 ? table.cell(table.rowCount - 1, 0) : ''
    report({
      ms: run.totalMs,
      firstRowsMs: run.firstRowsMs,
      rows: table.rowCount,
      columns: table.columns.length,
      firstId: table.cell(0, 0),
      lastId,
    })
  } else {
    const XLSX = createRequire(import.meta.url)('sheetjs-style') as SheetJsRead
    const started = nowMs()
    const book = XLSX.read(readFileSync(path), { dense: true })
    const ms = nowMs() - started
    const sheet = book.Sheets[book.SheetNames[0]!]!
    report({ ms, rows: sheet.length - 1, ref: sheet['!ref'] ?? '' })
  }
}

function report(result: Record<string, number | string>): void {
  console.log(JSON.stringify({ ...result, maxRssMB: process.resourceUsage().maxRSS / 1024 }))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
