import { describe, expect, it } from 'vitest'
import { sizeFromSheetHead, probeSheetSizes } from './sheet-sizes'
import { buildWorkbook } from './workbook.test-support'
import { readZipDirectory, type ZipEntry } from './zip-directory'

const HEAD = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'

function entriesOf(bytes: Uint8Array): readonly ZipEntry[] {
  const directory = readZipDirectory(bytes, 1000)
  if (directory.kind !== 'ok') throw new Error(directory.kind)
  return directory.entries
}

describe('sizeFromSheetHead', () => {
  it.each([
    [`${HEAD}<dimension ref="A1:H8"/><sheetViews/><sheetData><row r="1">`, { rows: 8, columns: 8 }],
    [`${HEAD}<x:dimension ref="$B$2:$C$10"/><x:sheetData>`, { rows: 9, columns: 2 }],
    [`${HEAD}<dimension ref="A1"/><sheetData/></worksheet>`, { rows: 0, columns: 0 }],
  ])('reads the declared size of %s', (head, size) => {
    expect(sizeFromSheetHead(head)).toEqual(size)
  })

  it.each([
    `${HEAD}<dimension ref="A1"/><sheetData><row r="1"><c r="A1"><v>1</v></c>`,
    `${HEAD}<sheetData><row r="1">`,
    `${HEAD}<sheetData><row r="1"></row></sheetData><dimension ref="A1:B2"/>`,
    `${HEAD}<dimension ref="A1:`,
  ])('leaves an undeclared or one-cell size to the parser: %s', (head) => {
    expect(sizeFromSheetHead(head)).toBeUndefined()
  })
})

describe('probeSheetSizes', () => {
  const sheets = {
    Cover: [['Export'], ['by CRM']],
    Data: [
      ['a', 'b', 'c'],
      [1, 2, 3],
      [4, 5, 6],
    ],
    Blank: [],
  }

  it.each([false, true])('finds every sheet size in workbook order (deflated parts: %s)', (compression) => {
    const bytes = buildWorkbook(sheets, { compression })
    expect(probeSheetSizes(bytes, entriesOf(bytes))).toEqual([
      { rows: 2, columns: 1 },
      { rows: 3, columns: 3 },
      { rows: 0, columns: 0 },
    ])
  })

  it('gives up when a sheet does not declare its size', () => {
    const bytes = Buffer.from(buildWorkbook(sheets))
    const dimension = '<dimension ref="A1:C3"/>'
    bytes.write(`<!--${' '.repeat(dimension.length - 7)}-->`, bytes.indexOf(dimension), 'latin1')
    expect(probeSheetSizes(bytes, entriesOf(bytes))).toBeUndefined()
  })
})
