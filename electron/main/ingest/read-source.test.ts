// readSource refuses files that are not what their name says and cannot be read as a table: a web page or an
// Excel 2003 XML spreadsheet saved as .xls would otherwise open as rows of markup.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CollectSink } from './csv/collect-sink.test-support'
import { readSource } from './read-source'
import { DEFAULT_LIMITS, IngestError } from './worker-protocol'

const dir = mkdtempSync(join(tmpdir(), 'preflight-read-source-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function open(name: string, content: string) {
  const path = join(dir, name)
  writeFileSync(path, content)
  const sink = new CollectSink()
  return { sink, summary: await readSource(path, {}, sink, DEFAULT_LIMITS) }
}

describe('readSource', () => {
  it('refuses a web page saved as .xls, saying what it is and what to do, and sends no rows', async () => {
    const page =
      '\uFEFF\r\n<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body><table><tr><td>Name</td><td>Email</td></tr>' +
      '<tr><td>Ada</td><td>ada@example.com</td></tr></table></body></html>\n'
    const failure = await open('people.xls', page).then(
      () => null,
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(IngestError)
    expect((failure as IngestError).code).toBe('FILE_NOT_A_TABLE')
    expect((failure as IngestError).message).toBe(
      'people.xls is a web page (HTML), not a CSV or Excel workbook, so nothing was read from it. ' +
        'Open it in Excel (or LibreOffice) and save it as .xlsx or .csv, then open that file.',
    )
  })

  it('refuses a bare HTML table and an Excel 2003 XML spreadsheet named .xls', async () => {
    await expect(
      open('deals.xls', '<table border="1"><tr><th>Name</th></tr><tr><td>Big deal</td></tr></table>'),
    ).rejects.toThrow('deals.xls is a web page (HTML)')
    const xml =
      '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'
    await expect(open('export.xls', xml)).rejects.toThrow('export.xls is an Excel 2003 XML spreadsheet')
  })

  it('still opens a CSV whose first cell starts with <', async () => {
    const { sink, summary } = await open('tags.csv', '<tag>,Name\n<b>,Ada\n')
    expect(summary.rowCount).toBe(1)
    expect(sink.rows()).toEqual([['<b>', 'Ada']])
  })
})
