// A workbook file loaded range by range: only the pages asked for are read, a part whose bytes are not loaded
// reads as missing (never as zeros), and a workbook whose sheet and shared strings load as they stream opens
// exactly as SheetJS reads it.
import { describe, expect, it } from 'vitest'
import { FileBytes, PAGE_BYTES } from './file-bytes'
import { CollectSink } from '../csv/collect-sink.test-support'
import { DEFAULT_LIMITS } from '../worker-protocol'
import { readWorkbookFile } from './read-workbook'
import { readThroughSheetJs, workbookWithSheetXml } from './stream/stream-vs-sheetjs.test-support'
import { craftZip, sheetJs, writeTempFile } from './workbook.test-support'
import { readZipDirectory } from './zip-directory'
import { compressedData, readZipPartHead } from './zip-part'

describe('FileBytes', () => {
  it('loads only the pages asked for, and a part not loaded yet reads as missing', async () => {
    const big = new Uint8Array(3 * PAGE_BYTES).map((_, i) => 65 + (i % 26))
    const zip = craftZip([
      { name: 'small.txt', data: new TextEncoder().encode('hello') },
      { name: 'big.txt', data: big },
    ])
    const directory = readZipDirectory(zip, 10)
    if (directory.kind !== 'ok') throw new Error(directory.kind)
    const [small, large] = directory.entries
    const source = await FileBytes.open(writeTempFile('paged.zip', zip), 'paged.zip')
    try {
      expect([source.size, source.isLoaded(0, 1), source.isLoaded(5, 5)]).toEqual([zip.length, false, true])
      expect(compressedData(source.bytes, small!)).toBeUndefined()
      await source.ensure(0, 100)
      expect(new TextDecoder().decode(compressedData(source.bytes, small!))).toBe('hello')
      expect(readZipPartHead(source.bytes, large!, 1000)).toMatch(/^ABCDEFG/)
      expect(compressedData(source.bytes, large!)).toBeUndefined()
      expect([source.isLoaded(0, PAGE_BYTES), source.isLoaded(PAGE_BYTES, PAGE_BYTES + 1)]).toEqual([true, false])
      expect(Buffer.compare(await source.whole(), Buffer.from(zip))).toBe(0)
      expect(Buffer.compare(compressedData(source.bytes, large!)!, big)).toBe(0)
    } finally {
      await source.close()
    }
  })
})

describe('a workbook whose sheet and shared strings load as they stream', () => {
  it('opens as SheetJS reads it', async () => {
    const rows = 30_000
    const cells = Array.from(
      { length: rows },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c><c r="B${i + 2}" t="s"><v>${i + 1}</v></c></row>`,
    )
    const sst = `<si><t>Id</t></si>${Array.from({ length: rows }, (_, i) => `<si><t>a name long enough to fill pages ${i}</t></si>`).join('')}`
    const bytes = workbookWithSheetXml(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c></row>${cells.join('')}`,
      {
        sst,
        dimension: `A1:B${rows + 1}`,
      },
    )
    expect(bytes.length).toBeGreaterThan(2 * PAGE_BYTES)
    const sink = new CollectSink()
    let sheetJsLoads = 0
    const path = writeTempFile('paged.xlsx', bytes)
    await readWorkbookFile(path, 'xlsx', {}, sink, DEFAULT_LIMITS, () => (sheetJsLoads++, sheetJs))
    const theirs = readThroughSheetJs(bytes)
    // Streamed (SheetJS, which needs the whole file, never loaded), and the same table.
    expect(sheetJsLoads).toBe(0)
    expect({ meta: sink.lastMeta, rows: sink.rows(), sourceRows: sink.sourceRows() }).toEqual({
      meta: theirs.meta,
      rows: theirs.rows,
      sourceRows: theirs.sourceRows,
    })
    expect(sink.rows()[rows - 1]).toEqual([String(rows - 1), `a name long enough to fill pages ${rows - 1}`])
  })
})
