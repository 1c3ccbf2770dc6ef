import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { buildWorkbook, fixturePath, readTable, sheetJs, writeTempFile } from './workbook.test-support'

interface WorkerReport {
  readonly frozenBefore: boolean
  readonly frozen: readonly boolean[]
  readonly pollution: string
  readonly override: string
  readonly results: readonly Record<string, unknown>[]
}

/** Runs readWorkbookFile with the real loadSheetJs in a worker thread, so only that thread gets frozen. */
async function readInFrozenWorker(paths: readonly string[]): Promise<WorkerReport> {
  const worker = new Worker(new URL('./__fixtures__/frozen-read.mjs', import.meta.url), { workerData: { paths } })
  try {
    const [report] = (await once(worker, 'message')) as [WorkerReport]
    return report
  } finally {
    await worker.terminate()
  }
}

describe('loadSheetJs in the parse worker', () => {
  it('freezes the prototypes before SheetJS runs, and SheetJS still reads XLSX and XLS alike', async () => {
    const generated = writeTempFile(
      'frozen.xlsx',
      buildWorkbook(
        {
          Cover: [['Read me']],
          Data: [
            ['Code', 'Amount', 'Active'],
            ['00123', 1.5, true],
            ['007', 2e21, false],
          ],
        },
        { compression: true },
      ),
    )
    const container = sheetJs.CFB.utils.cfb_new()
    sheetJs.CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(8192))
    const encrypted = writeTempFile('encrypted.xlsx', sheetJs.CFB.write(container, { type: 'buffer' }))
    const broken = writeTempFile('broken.xls', Buffer.from('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1broken', 'latin1'))
    const paths = [fixturePath('opportunities.xlsx'), fixturePath('legacy-contacts.xls'), generated, encrypted, broken]

    const report = await readInFrozenWorker(paths)

    expect(report.frozenBefore).toBe(false)
    expect(report.frozen).toEqual([true, true, true])
    expect(report.pollution).toBe('threw')
    expect(report.override).toBe('threw')
    expect(Object.isFrozen(Object.prototype)).toBe(false)
    for (const [i, path] of paths.slice(0, 3).entries()) {
      const unfrozen = await readTable(path)
      expect(report.results[i]).toEqual({ summary: unfrozen.summary, meta: unfrozen.meta, rows: unfrozen.rows })
    }
    expect(report.results[2]!.rows).toEqual([
      ['00123', '1.5', 'TRUE'],
      ['007', '2000000000000000000000', 'FALSE'],
    ])
    expect(report.results[3]).toMatchObject({ error: { name: 'IngestError', code: 'WORKBOOK_ENCRYPTED' } })
    expect(report.results[4]).toEqual({
      error: {
        name: 'IngestError',
        code: 'WORKBOOK_CORRUPT',
        message: expect.stringMatching(/^broken\.xls cannot be read: its OLE container is damaged/),
      },
    })
  })
})
