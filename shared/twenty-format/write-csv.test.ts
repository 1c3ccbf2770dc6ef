import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readCsv } from './read-csv.test-support'
import { chunkForImport, csvCell, MAX_RECORDS_PER_IMPORT_FILE, writeCsv } from './write-csv'

describe('csvCell', () => {
  it('quotes only when it must, doubling quotes', () => {
    expect(
      [
        'plain',
        'a,b',
        'say "hi"',
        'two\nlines',
        'cr\r',
        ' lead',
        'trail ',
        'tab\t',
        'semi;colon',
        'pi|pe',
        '=SUM(A1)',
        '+33',
        '@x',
        '-5',
        '',
      ].map(csvCell),
    ).toEqual([
      'plain',
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '"cr\r"',
      '" lead"',
      '"trail "',
      '"tab\t"',
      '"semi;colon"',
      '"pi|pe"',
      '=SUM(A1)',
      '+33',
      '@x',
      '-5',
      '',
    ])
  })
})

describe('writeCsv', () => {
  it('writes a BOM, CRLF line ends and RFC 4180 quoting, adding nothing before formulas', () => {
    const text = writeCsv(
      ['Name', 'Emails / Primary Email'],
      [
        ['Acme, Inc.', 'a@x.com'],
        ['=HYPERLINK("x")', ''],
        ['Zoë ', 'b@x.com'],
      ],
    )
    expect(text).toBe(
      '\uFEFFName,Emails / Primary Email\r\n"Acme, Inc.",a@x.com\r\n"=HYPERLINK(""x"")",\r\n"Zoë ",b@x.com\r\n',
    )
    expect(text.includes('\u200D')).toBe(false)
  })

  it('writes a header-only file for no rows', () => {
    expect(writeCsv(['Id'], [])).toBe('\uFEFFId\r\n')
  })

  it('refuses a row of the wrong width', () => {
    expect(() => writeCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow('writeCsv: row 2 has 1 cells, the header 2')
  })

  it('reads back cell for cell, whatever the text (property)', () => {
    const tricky = fc.constantFrom(
      ',',
      '"',
      '\r',
      '\n',
      '\r\n',
      ' ',
      '\t',
      ';',
      '|',
      '=',
      '\uFEFF',
      'é',
      '😀',
      '""',
      'a,"b"',
    )
    const cell = fc
      .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), tricky), { maxLength: 6 })
      .map((parts) => parts.join(''))
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.tuple(
          fc.array(cell, { minLength: width, maxLength: width }),
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
        ),
      )
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const text = writeCsv(header, rows)
        expect(text.startsWith('\uFEFF')).toBe(true)
        // A row whose only cell is empty is a blank line: readers skip it, and it carries no data anyway.
        const kept = rows.filter((row) => row.length > 1 || row[0] !== '')
        const read = readCsv(text).filter((row, i) => i === 0 || row.length > 1 || row[0] !== '')
        expect(read).toEqual([header, ...kept])
      }),
      { numRuns: 300 },
    )
  })
})

describe('chunkForImport', () => {
  it('splits records into files of at most 10,000', () => {
    expect(MAX_RECORDS_PER_IMPORT_FILE).toBe(10_000)
    const records = Array.from({ length: 25_001 }, (_, i) => i)
    const chunks = chunkForImport(records)
    expect(chunks.map((c) => c.length)).toEqual([10_000, 10_000, 5_001])
    expect(chunks.flat()).toEqual(records)
    expect(chunkForImport([], 3)).toEqual([])
    expect(() => chunkForImport([1], 0)).toThrow(RangeError)
  })
})
