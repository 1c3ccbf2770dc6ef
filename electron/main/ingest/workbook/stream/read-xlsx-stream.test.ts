// Differential tests: every generated workbook is read by the streaming reader and by today's SheetJS path
// (parseWorkbook + emitSheet), and both must give the same meta, rows, source rows and notices.
import { describe, expect, it } from 'vitest'
import type { OpenOptions, SourceMeta } from '../../../../../shared/files/open-file'
import { CollectSink } from '../../csv/collect-sink.test-support'
import { DEFAULT_LIMITS } from '../../worker-protocol'
import { createCellText } from '../cell-text'
import { emitSheet } from '../emit-sheet'
import { parseWorkbook } from '../parse-workbook'
import { buildWorkbook, craftZip, rewriteXlsxPart, sheetJs, type WorkBook } from '../workbook.test-support'
import { readZipDirectory, type ZipEntry } from '../zip-directory'
import { readZipPart } from '../zip-part'
import { readXlsxStream } from './read-xlsx-stream'

const FILE = 'book.xlsx'

function entriesOf(bytes: Uint8Array): readonly ZipEntry[] {
  const directory = readZipDirectory(bytes, 1000)
  if (directory.kind !== 'ok') throw new Error(directory.kind)
  return directory.entries
}

interface Outcome {
  readonly meta: SourceMeta
  readonly rows: string[][]
  readonly sourceRows: number[]
  readonly notices: unknown
}

const outcome = (sink: CollectSink, notices: unknown): Outcome => ({
  meta: sink.lastMeta,
  rows: sink.rows(),
  sourceRows: sink.sourceRows(),
  notices,
})

async function streamed(
  bytes: Uint8Array,
  options: OpenOptions = {},
): Promise<{ outcome: Outcome; sink: CollectSink } | undefined> {
  const sink = new CollectSink()
  const summary = await readXlsxStream({
    bytes,
    entries: entriesOf(bytes),
    file: FILE,
    options,
    sink,
    limits: DEFAULT_LIMITS,
    sheetJs: () => sheetJs,
    startedAt: performance.now(),
  })
  return summary && { outcome: outcome(sink, summary.notices), sink }
}

function throughSheetJs(bytes: Uint8Array, options: OpenOptions = {}): Outcome {
  const parsed = parseWorkbook(sheetJs, bytes, entriesOf(bytes), options.sheet, FILE)
  const sink = new CollectSink()
  const { notices } = emitSheet({
    sheet: parsed.sheet,
    cellText: createCellText(sheetJs.SSF, parsed.date1904),
    headerRow: options.headerRow,
    meta: { kind: 'xlsx', sheets: [...parsed.sheets], sheet: parsed.sheets[parsed.index]!.name },
    sink,
    totalBytes: bytes.length,
    file: FILE,
  })
  return outcome(sink, notices)
}

/** Reads `bytes` both ways and expects the same table; returns the streamed one. */
async function expectSame(bytes: Uint8Array, options: OpenOptions = {}): Promise<Outcome> {
  const ours = await streamed(bytes, options)
  expect(ours, 'the streaming reader declined the workbook').toBeDefined()
  expect(ours!.outcome).toEqual(throughSheetJs(bytes, options))
  return ours!.outcome
}

/** The workbook with its first sheet's XML (and optionally its shared strings) replaced. */
function withSheetXml(
  sheetData: string,
  options: { strings?: string[]; dimension?: string; rich?: string } = {},
): Uint8Array {
  const base = buildWorkbook({ Data: [['a', 'b']] }, { compression: true })
  let bytes: Uint8Array = rewriteXlsxPart(base, 'xl/worksheets/sheet1.xml', (xml) =>
    xml
      .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${options.dimension ?? 'A1:D9'}"/>`)
      .replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${sheetData}</sheetData>`),
  )
  if (options.strings || options.rich) {
    const items =
      (options.strings ?? []).map((text) => `<si><t xml:space="preserve">${text}</t></si>`).join('') +
      (options.rich ?? '')
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`
    const types =
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    const directory = readZipDirectory(bytes, 100)
    if (directory.kind !== 'ok') throw new Error('zip')
    const parts = directory.entries.map((entry) => {
      let text = readZipPart(bytes, entry, 1 << 24)!
      if (entry.name === '[Content_Types].xml' && !text.includes('sharedStrings'))
        text = text.replace('</Types>', `${types}</Types>`)
      return { name: entry.name, data: new TextEncoder().encode(text) }
    })
    if (!parts.some((part) => part.name === 'xl/sharedStrings.xml'))
      parts.push({ name: 'xl/sharedStrings.xml', data: new Uint8Array() })
    bytes = craftZip(
      parts.map((part) =>
        part.name === 'xl/sharedStrings.xml' ? { name: part.name, data: new TextEncoder().encode(sst) } : part,
      ),
    )
  }
  return bytes
}

describe('the streaming XLSX reader against SheetJS', () => {
  const kinds = (workbook: WorkBook): void => {
    const sheet = workbook.Sheets.Data!
    const set = (ref: string, cell: Record<string, unknown>) => (sheet[ref] = cell)
    ;(sheet.B2 as { z: string }).z = '00000'
    ;(sheet.C2 as { z: string }).z = 'yyyy-mm-dd'
    ;(sheet.D2 as { z: string }).z = 'dd/mm/yyyy hh:mm:ss'
    ;(sheet.E2 as { z: string }).z = '[h]:mm:ss'
    ;(sheet.F2 as { z: string }).z = '0.00%'
    set('G2', { t: 'n', v: 3, f: '1+2' })
    set('H2', { t: 's', v: 'joined', f: 'A2&"x"' })
    set('I2', { t: 'e', v: 0x07 })
    set('J2', { t: 'b', v: true })
    set('G3', { t: 'e', v: 0x2a })
    set('H3', { t: 'b', v: false })
  }
  const rows = [
    ['Text', 'Zip', 'Signed', 'At', 'Elapsed', 'Share', 'Sum', 'Joined', 'Ratio', 'Active'],
    ['00123 & <b>', 123, 44927, 44927.75, 1.5, 0.125, 0, 0, 0, 0],
    ['Zoë Łukasz _x000D_ 日本', 1234567, 61, 60.25, 0.25, 1e21, null, null, 'plain', 'x'],
    // eslint-disable-next-line no-loss-of-precision -- a number typed with more digits than a double holds, on purpose
    [' padded ', -5, -3, 123456789012345678, 0.1 + 0.2, 12.5, 'a', 'b', 'c', 'd'],
  ]

  it.each([
    ['shared strings, deflated', { compression: true, bookSST: true }],
    ['inline formula strings, stored', { compression: false, bookSST: false }],
  ])('reads every cell kind the same way (%s)', async (_name, how) => {
    const workbook = sheetJs.utils.book_new()
    sheetJs.utils.book_append_sheet(workbook, sheetJs.utils.aoa_to_sheet(rows), 'Data')
    kinds(workbook)
    const bytes = (sheetJs as unknown as { write(wb: WorkBook, o: object): Buffer }).write(workbook, {
      type: 'buffer',
      bookType: 'xlsx',
      ...how,
    })
    const ours = await expectSame(bytes)
    expect(ours.rows[0]).toEqual([
      '00123 & <b>',
      '123',
      '2023-01-01',
      '2023-01-01T18:00:00',
      '36:00:00',
      '0.125',
      '3',
      'joined',
      '#DIV/0!',
      'TRUE',
    ])
  })

  it('reads inline strings, rich text runs, entities, _xHHHH_ escapes and t="d" cells the same way', async () => {
    const bytes = withSheetXml(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Inline</t></is></c><c r="D1" t="s"><v>2</v></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><r><t>Ri</t></r><r><rPr><b/></rPr><t>ch</t></r><rPh><t>x</t></rPh></is></c>' +
        '<c r="B2" t="s"><v>3</v></c><c r="C2" t="str"><v>caf&#233; &amp; _x0041_</v></c><c r="D2" t="d"><v>2024-02-29T12:00:00</v></c></row>' +
        '<row r="3"><c r="A3" t="e"><v>#SPILL!</v></c><c r="B3" t="b"><v>true</v></c><c r="C3" t="s"><v>4</v></c><c r="D3" t="inlineStr"><is></is></c></row>' +
        '<row r="4"><c r="A4"><v>1E3</v></c><c r="B4" t="n"><v></v></c><c r="C4" t="weird"><v>raw</v></c><c r="D4" t="s"><v>5</v></c></row>',
      {
        strings: ['Name', 'Mail &amp; more', 'Phone', 'Zoë _x000D_', '', 'last'],
        rich: '<si><r><t>Rich</t></r><r><t xml:space="preserve"> run</t></r></si>',
      },
    )
    const ours = await expectSame(bytes, { headerRow: 1 })
    expect(ours.rows.length).toBe(3)
  })

  it('places cells without references, skips empty rows and numbers rows as Excel does', async () => {
    const bytes = withSheetXml(
      '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row><row r="4"><c><v>1</v></c><c r="C4"><v>2</v></c><c><v>3</v></c></row>' +
        '<row r="5" spans="1:3"/><row r="7"><c r="B7" s="0"/><c r="A7"><v>9</v></c></row>',
      { strings: ['Id', 'Value'] },
    )
    await expectSame(bytes)
  })

  it('counts columns from the first used one when the dimension starts further left', async () => {
    const data = [[], [null, null, 'Email', '', 'Phone'], [null, null, 'a@x.io', 1, '0123']]
    const edit = (workbook: WorkBook) => {
      workbook.Sheets.Data!.A9 = { t: 's', v: '' }
      workbook.Sheets.Data!['!ref'] = 'A1:E9'
    }
    await expectSame(buildWorkbook({ Data: data }, { edit }))
  })

  it('finds data in a column left of the first rows (read again with the scanned columns)', async () => {
    const data: unknown[][] = [['', 'Name', 'Email']]
    for (let i = 0; i < 40_000; i++) data.push([i === 39_000 ? 'late' : null, `n${i}`, `e${i}@x.io`])
    const bytes = buildWorkbook({ Data: data }, { compression: true })
    const ours = await expectSame(bytes)
    expect(ours.meta.columns.map((column) => column.name)).toEqual(['Column A', 'Name', 'Email'])
  })

  it('adds a column first met deep in the sheet with a later meta', async () => {
    const data: unknown[][] = [['Name', 'Email']]
    for (let i = 0; i < 40_000; i++) data.push([`n${i}`, `e${i}@x.io`, ...(i === 39_000 ? [null, 'far'] : [])])
    const result = await streamed(buildWorkbook({ Data: data }, { compression: true }))
    const metas = result!.sink.chunks.flatMap((chunk) => (chunk.meta ? [chunk.meta] : []))
    expect(metas.map((meta) => meta.columns.length)).toEqual([2, 4])
    expect(result!.outcome).toEqual(throughSheetJs(buildWorkbook({ Data: data }, { compression: true })))
  })

  it('picks sheets, header rows and the 1904 date system as today', async () => {
    const book = {
      Notes: [['Exported'], ['by CRM']],
      People: [['Title'], [], ['Name', 'Born'], ['Ada', 1], ['Alan', 2]],
      Lists: [
        ['Stage', 'Owner', 'Region'],
        ['Lead', 'Ada', 'North'],
      ],
    }
    const edit = (workbook: WorkBook) => {
      workbook.Workbook = { WBProps: { date1904: true } }
      ;(workbook.Sheets.People!.B4 as { z: string }).z = 'yyyy-mm-dd'
    }
    const bytes = buildWorkbook(book, { edit, compression: true })
    for (const options of [
      {},
      { sheet: 'lists' },
      { sheet: 'People', headerRow: 4 },
      { headerRow: 40 },
      { sheet: 'Notes' },
    ]) {
      await expectSame(bytes, options)
    }
  })

  it('reports an empty sheet as today', async () => {
    await expectSame(buildWorkbook({ Blank: [] }))
    await expectSame(withSheetXml('<row r="3"><c r="B3" s="1"/></row>'))
  })

  it('fails like today on a cell naming a shared string that does not exist', async () => {
    const bytes = withSheetXml('<row r="1"><c r="A1" t="s"><v>7</v></c></row>', { strings: ['only'] })
    await expect(streamed(bytes)).rejects.toMatchObject({
      code: 'WORKBOOK_CORRUPT',
      message: expect.stringMatching(/^book\.xlsx cannot be read: its sheet "Data" is damaged or is not a worksheet\./),
    })
    expect(() => throughSheetJs(bytes)).toThrow(/its sheet "Data" is damaged/)
  })

  it('leaves to SheetJS what it cannot read faithfully', async () => {
    const strict = rewriteXlsxPart(buildWorkbook({ Data: [['a']] }), 'xl/workbook.xml', (xml) =>
      xml.replace(
        'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
        'http://purl.oclc.org/ooxml/spreadsheetml/main',
      ),
    )
    expect(await streamed(strict)).toBeUndefined()
    expect(await streamed(withSheetXml('<row r="1"><c r="a1"><v>1</v></c></row>'))).toBeUndefined()
    expect(await streamed(withSheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', { dimension: 'A1' }))).toBeUndefined()
  })
})
