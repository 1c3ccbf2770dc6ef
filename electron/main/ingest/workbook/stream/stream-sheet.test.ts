// Streaming a sheet with its shared strings read alongside: the first rows leave having read only the strings
// they name, and a strings table SheetJS would not read (no `</sst>`) fails the sheet exactly when it does.
import { describe, expect, it } from 'vitest'
import { CollectSink } from '../../csv/collect-sink.test-support'
import { IngestError } from '../../worker-protocol'
import { createCellText } from '../cell-text'
import { sheetJs } from '../workbook.test-support'
import { CellDecoder } from './cell-decoder'
import { parseCellFormats } from './cell-formats'
import { StreamedStrings } from './shared-strings'
import { streamSheet } from './stream-sheet'
import {
  entriesOf,
  FILE,
  readStreamed,
  readThroughSheetJs,
  workbookWithSheetXml,
} from './stream-vs-sheetjs.test-support'

const ROWS = 40_000

describe('streaming a sheet with its shared strings', () => {
  it('sends the first rows having read only the strings they name', async () => {
    const rows = Array.from(
      { length: ROWS },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c><c r="B${i + 2}" t="s"><v>${i + 1}</v></c></row>`,
    )
    const bytes = workbookWithSheetXml(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c></row>${rows.join('')}`,
      {
        dimension: `A1:B${ROWS + 1}`,
      },
    )
    const sst = new TextEncoder().encode(
      `<sst><si><t>Id</t></si>${Array.from({ length: ROWS }, (_, i) => `<si><t>name ${i}</t></si>`).join('')}</sst>`,
    )
    let pulled = 0
    async function* blocks() {
      for (let at = 0; at < sst.length; at += 4096) {
        pulled++
        yield sst.subarray(at, at + 4096)
      }
    }
    const strings = new StreamedStrings(blocks(), FILE)
    const pulledAtChunk: number[] = []
    const sink = new CollectSink()
    const decoder = new CellDecoder(
      strings,
      parseCellFormats(undefined),
      createCellText(sheetJs.SSF, false),
      () => true,
    )
    const { rowCount } = await streamSheet({
      bytes,
      entry: entriesOf(bytes).find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!,
      guard: { file: FILE, deadline: Infinity, limitMs: 1 },
      decoder,
      strings,
      headerRow: undefined,
      meta: { kind: 'xlsx', sheets: [], sheet: 'Data' },
      sink: { chunk: (chunk, meta) => (pulledAtChunk.push(pulled), sink.chunk(chunk, meta)), progress: () => {} },
      totalBytes: bytes.length,
      declaredFirstColumn: 0,
      sheet: 'Data',
    })
    expect([rowCount, sink.rows()[0], sink.rows()[ROWS - 1]]).toEqual([
      ROWS,
      ['0', 'name 0'],
      [String(ROWS - 1), `name ${ROWS - 1}`],
    ])
    expect(pulledAtChunk[0]).toBeLessThan(pulled / 4)
  })

  describe('a shared strings table without </sst>', () => {
    const header =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Id</t></is></c><c r="B1" t="inlineStr"><is><t>Name</t></is></c></row>'
    // Larger than one 256 KB block, so the missing </sst> shows only after the rows naming its first items.
    const sst = Array.from({ length: 30_000 }, (_, i) => `<si><t>name ${i}</t></si>`).join('')

    it('fails the sheet, as SheetJS does, once a cell named one of its strings', async () => {
      const rows = Array.from(
        { length: 3000 },
        (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c><c r="B${i + 2}" t="s"><v>${i}</v></c></row>`,
      )
      const bytes = workbookWithSheetXml(header + rows.join(''), { sst, sstUnclosed: true, dimension: 'A1:B3001' })
      const message = /^book\.xlsx cannot be read: its sheet "Data" is damaged or is not a worksheet\./
      const sink = new CollectSink()
      await expect(readStreamed(bytes, {}, undefined, sink)).rejects.toThrow(IngestError)
      await expect(readStreamed(bytes)).rejects.toThrow(message)
      expect(() => readThroughSheetJs(bytes)).toThrow(/its sheet "Data" is damaged/)
      // The read never claims to have finished before it fails.
      expect(sink.progressEvents.filter((event) => event.bytesRead === event.totalBytes)).toEqual([])
    })

    it('reads a sheet naming none of its strings as SheetJS does', async () => {
      const bytes = workbookWithSheetXml(`${header}<row r="2"><c r="A2"><v>1</v></c></row>`, {
        sst,
        sstUnclosed: true,
        dimension: 'A1:B2',
      })
      const ours = await readStreamed(bytes)
      expect(ours).toEqual(readThroughSheetJs(bytes))
      expect(ours?.rows).toEqual([['1', '']])
    })
  })
})
