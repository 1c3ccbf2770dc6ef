// `npm run bench`: generates the bench files in a fresh temporary folder, runs every section in turn, prints
// each target, and ends with exactly one JSON line. It reports and never gates: it exits 1 only on a crash.
import { access, mkdtemp, rm } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchSection, SectionResult } from './bench-section'
import { checkBench } from './check-bench'
import { csvIngestBench } from './csv-ingest-bench'
import { editBench } from './edit-bench'
import { migrateBench } from './migrate-bench'
import { assertGcExposed, formatMs, nowMs } from './measure'
import { pushBench } from './push-bench'
import { describeMetric, mergeResults } from './report'
import { xlsxFullBench } from './xlsx-full-bench'
import { xlsxIngestBench } from './xlsx-ingest-bench'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Every measurement, in the order it runs and its metrics appear in the final JSON. */
const SECTIONS: readonly BenchSection[] = [
  csvIngestBench,
  xlsxIngestBench,
  xlsxFullBench,
  checkBench,
  editBench,
  pushBench,
  migrateBench,
]

function readScale(): number {
  const raw = process.env.PREFLIGHT_BENCH_SCALE
  if (raw === undefined || raw === '') return 1
  const scale = Number(raw)
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error(`PREFLIGHT_BENCH_SCALE must be a positive number, got ${raw}`)
  return scale
}

/** PREFLIGHT_BENCH_ONLY=check (comma-separated keys) runs some sections; the JSON line then holds only theirs. */
function readSections(): readonly BenchSection[] {
  const raw = process.env.PREFLIGHT_BENCH_ONLY
  if (raw === undefined || raw === '') return SECTIONS
  const keys = raw.split(',').map((key) => key.trim())
  const unknown = keys.filter((key) => !SECTIONS.some((section) => section.key === key))
  if (unknown.length > 0)
    throw new Error(
      `PREFLIGHT_BENCH_ONLY names no section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.key).join(', ')}`,
    )
  return SECTIONS.filter((section) => keys.includes(section.key))
}

async function main(): Promise<void> {
  assertGcExposed()
  const scale = readScale()
  const sections = readSections()
  const workerPath = join(ROOT, 'out/main/parse-worker.js')
  await access(workerPath).catch(() => {
    throw new Error(`${workerPath} is missing: build first (npm run bench does)`)
  })
  const log = (line: string) => console.log(line)
  const workDir = await mkdtemp(join(tmpdir(), 'preflight-bench-'))
  log(`preflight bench: scale ${scale}, node ${process.version}, ${cpus().length} CPUs, files in ${workDir}`)

  const results: SectionResult[] = []
  try {
    for (const section of sections) {
      log(`== ${section.name}`)
      const started = nowMs()
      results.push(await section.run({ workDir, scale, workerPath, log }))
      log(`   (${section.name} took ${formatMs(nowMs() - started)})`)
    }
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }

  log('== targets')
  for (const result of results) for (const metric of result.metrics) log(describeMetric(metric))
  console.log(JSON.stringify({ ...mergeResults(results), scale }))
}

main().catch((error: unknown) => {
  console.error('bench crashed:', error)
  process.exitCode = 1
})
