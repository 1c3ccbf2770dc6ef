import { describe, expect, it } from 'vitest'
import type { SheetJs, SheetJsWorkbook } from './load-sheetjs'
import { parseWorkbook } from './parse-workbook'
import { buildWorkbook, sheetJs } from './workbook.test-support'
import { readZipDirectory, type ZipEntry } from './zip-directory'

const book = {
  Cover: [['Quarterly export'], ['Do not edit']],
  People: [
    ['Name', 'Email'],
    ['Ada', 'ada@x.io'],
    ['Alan', 'alan@x.io'],
  ],
  Lists: [['Stage'], ['Lead'], ['Won']],
}

/** SheetJS, recording the options and result of every read. */
function spiedSheetJs(): {
  library: SheetJs
  reads: { options: Record<string, unknown>; workbook: SheetJsWorkbook }[]
} {
  const reads: { options: Record<string, unknown>; workbook: SheetJsWorkbook }[] = []
  const library: SheetJs = {
    ...sheetJs,
    read(data, options) {
      const asked = { ...options } // SheetJS fills in its defaults
      const workbook = sheetJs.read(data, options)
      reads.push({ options: asked, workbook })
      return workbook
    },
  }
  return { library, reads }
}

function entriesOf(bytes: Uint8Array): readonly ZipEntry[] {
  const directory = readZipDirectory(bytes, 1000)
  if (directory.kind !== 'ok') throw new Error(directory.kind)
  return directory.entries
}

describe('parseWorkbook', () => {
  it('reads an XLSX structure first, then the cells of the chosen sheet only', () => {
    const bytes = buildWorkbook(book, { compression: true })
    const { library, reads } = spiedSheetJs()
    const parsed = parseWorkbook(library, bytes, entriesOf(bytes), undefined, 'book.xlsx')
    expect(reads.map((read) => [read.options.bookSheets, read.options.sheets])).toEqual([
      [true, undefined],
      [undefined, 1],
    ])
    expect(Object.keys(reads[1]!.workbook.Sheets ?? {})).toEqual(['People'])
    expect(parsed.index).toBe(1)
    expect(parsed.sheets).toEqual([
      { name: 'Cover', rows: 2, columns: 1 },
      { name: 'People', rows: 3, columns: 2 },
      { name: 'Lists', rows: 3, columns: 1 },
    ])
    expect(parsed.sheet[2]?.[1]).toMatchObject({ t: 's', v: 'alan@x.io' })
    expect(parsed.date1904).toBe(false)
  })

  it('parses an XLS in one pass, every sheet included', () => {
    const bytes = buildWorkbook(book, { bookType: 'biff8' })
    const { library, reads } = spiedSheetJs()
    const parsed = parseWorkbook(library, bytes, undefined, 'Lists', 'book.xls')
    expect(reads).toHaveLength(1)
    expect(parsed.index).toBe(2)
    expect(parsed.sheets.map((sheet) => sheet.rows)).toEqual([2, 3, 3])
  })

  it('reports the 1904 date system', () => {
    const bytes = buildWorkbook(book, { edit: (workbook) => (workbook.Workbook = { WBProps: { date1904: true } }) })
    expect(parseWorkbook(sheetJs, bytes, entriesOf(bytes), undefined, 'mac.xlsx').date1904).toBe(true)
  })

  it('names the sheet SheetJS could not read', () => {
    const bytes = Uint8Array.from(
      buildWorkbook(
        {
          Data: [
            ['a', 'b'],
            [1, 2],
          ],
        },
        { compression: true },
      ),
    )
    const sheet = entriesOf(bytes).find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!
    const view = new DataView(bytes.buffer, sheet.localHeaderOffset)
    const dataStart = sheet.localHeaderOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true)
    bytes[dataStart] = 0xff // a final deflate block of the reserved type: inflating fails at once
    expect(() => parseWorkbook(sheetJs, bytes, entriesOf(bytes), undefined, 'damaged.xlsx')).toThrow(
      expect.objectContaining({
        code: 'WORKBOOK_CORRUPT',
        message: expect.stringMatching(/^damaged\.xlsx cannot be read: its sheet "Data" is damaged/),
      }),
    )
  })
})
