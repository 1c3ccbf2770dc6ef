// The built parse worker (out/main/parse-worker.js, from `npm run build`) driven through FileJobs, as the
// app drives it: real files, a real worker thread, transferred chunks assembled into a ColumnarTable.
import { existsSync } from 'node:fs'
import { copyFile, mkdtemp, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OpenOptions, ReadSummary, SourceMeta } from '../../../shared/files/open-file'
import type { ColumnarTable } from '../../../shared/table/columnar-table'
import { loadTable } from '../files/load-table'

const ROOT = resolve(__dirname, '../../..')
const WORKER = join(ROOT, 'out/main/parse-worker.js')
const data = (name: string) => join(ROOT, 'e2e/data', name)

interface Opened {
  table: ColumnarTable
  meta: SourceMeta
  summary: ReadSummary
}

async function openThroughWorker(
  path: string,
  options: OpenOptions = {},
  onChunk?: (table: ColumnarTable) => void,
): Promise<Opened> {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build\` first`)
  return loadTable(path, { workerPath: WORKER, options, onChunk })
}

describe('the parse worker', () => {
  it('opens every sample client file with the right shape', async () => {
    const people = await openThroughWorker(data('people-us.csv'))
    expect([people.table.rowCount, people.table.columns.length, people.meta.encoding?.used]).toEqual([10, 13, 'utf-8'])
    const companies = await openThroughWorker(data('companies-eu.csv'))
    expect([companies.table.rowCount, companies.meta.delimiter?.used, companies.table.cell(0, 6)]).toEqual([
      6,
      ';',
      'Düsseldorf',
    ])
    const deals = await openThroughWorker(data('opportunities.xlsx'))
    expect([deals.meta.sheet, deals.meta.headerRow.used, deals.table.rowCount, deals.table.cell(0, 3)]).toEqual([
      'Deals',
      3,
      5,
      '2026-09-30',
    ])
    const legacy = await openThroughWorker(data('legacy-contacts.xls'))
    expect([legacy.meta.kind, legacy.table.rowCount, legacy.table.cell(1, 2)]).toEqual(['xls', 4, '020 7946 0001'])
  })

  it('streams: the first rows arrive before the file is read to the end', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-stream-'))
    const path = join(dir, 'many.csv')
    const lines = ['id,email,city']
    for (let i = 0; i < 300_000; i++) lines.push(`${i},person${i}@example.com,"Paris, FR"`)
    await writeFile(path, lines.join('\n'))
    let rowsAtFirstChunk = -1
    let chunks = 0
    const opened = await openThroughWorker(path, {}, (table) => {
      chunks++
      if (rowsAtFirstChunk < 0) rowsAtFirstChunk = table.rowCount
    })
    expect(opened.summary.rowCount).toBe(300_000)
    expect(chunks).toBeGreaterThan(2)
    expect(rowsAtFirstChunk).toBeGreaterThan(0)
    expect(rowsAtFirstChunk).toBeLessThan(20_000)
    expect(opened.table.cell(299_999, 1)).toBe('person299999@example.com')
    expect(opened.table.sourceRow(299_999)).toBe(300_001)
  })

  it('opens a workbook renamed .csv as a workbook and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-renamed-'))
    const path = join(dir, 'deals.csv')
    await copyFile(data('opportunities.xlsx'), path)
    const opened = await openThroughWorker(path)
    expect(opened.meta.kind).toBe('xlsx')
    expect(opened.summary.notices[0]).toMatchObject({ code: 'EXTENSION_MISMATCH' })
  })

  it('finishes a file deleted while it is being read, from the handle it already holds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-gone-'))
    const path = join(dir, 'gone.csv')
    const lines = ['id,email']
    for (let i = 0; i < 200_000; i++) lines.push(`${i},person${i}@example.com`)
    await writeFile(path, lines.join('\n'))
    let removal: Promise<void> | undefined
    const opened = await openThroughWorker(path, {}, () => {
      removal ??= unlink(path)
    })
    await removal
    expect(existsSync(path)).toBe(false)
    expect(opened.table.rowCount).toBe(200_000)
    expect(opened.table.cell(199_999, 1)).toBe('person199999@example.com')
  })
})
