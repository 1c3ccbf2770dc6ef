import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readChunkCell, type TableChunk } from '../../../../shared/table/table-chunk'
import { ChunkBuilder } from '../chunk-builder'
import { CsvParser } from './csv-parser'

const encoder = new TextEncoder()

interface Parsed {
  readonly rows: string[][]
  readonly sourceRows: number[]
  readonly ragged: [number, number][]
  readonly unclosedQuoteRecord: number
}

/** Parses `input` fed in pieces cut at `cuts` (each piece a separate buffer), rows trimmed to their own width. */
interface ParseOptions {
  readonly delimiter?: string
  readonly cuts?: number[]
  readonly expected?: number
}

function parse(input: string | Uint8Array, options: ParseOptions = {}): Parsed {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input
  const chunks: TableChunk[] = []
  const builder = new ChunkBuilder((chunk) => chunks.push(chunk), 3)
  const parser = new CsvParser(options.delimiter ?? ',', builder)
  const ragged: [number, number][] = []
  const widths: number[] = []
  // Expecting zero fields reports every record's width, so padding can be told from real empty cells.
  parser.expectedFields = 0
  parser.onRagged = (record, fields) => {
    widths.push(fields)
    if (options.expected !== undefined && fields !== options.expected) ragged.push([record, fields])
  }
  let from = 0
  for (const cut of [...(options.cuts ?? []), bytes.length]) {
    parser.parse(bytes.slice(from, cut))
    from = cut
  }
  parser.finish()
  builder.flush()
  const rows: string[][] = []
  const sourceRows: number[] = []
  for (const chunk of chunks) {
    chunk.sourceRows.forEach((row, r) => {
      sourceRows.push(row)
      rows.push(Array.from({ length: widths[rows.length]! }, (_, c) => readChunkCell(chunk, r, c)))
    })
  }
  return { rows, sourceRows, ragged, unclosedQuoteRecord: parser.unclosedQuoteRecord }
}

describe('CsvParser', () => {
  it('reads quoted fields with delimiters, line breaks and doubled quotes', () => {
    const { rows } = parse('a,"b,c","line 1\nline 2","say ""hi""",""\r\n')
    expect(rows).toEqual([['a', 'b,c', 'line 1\nline 2', 'say "hi"', '']])
  })

  it('keeps stray quotes in unquoted fields and joins text after a closing quote', () => {
    const { rows } = parse('5" screen,a"b, "x",\n"abc"def,"q"\n')
    expect(rows).toEqual([
      ['5" screen', 'a"b', ' "x"', ''],
      ['abcdef', 'q'],
    ])
  })

  it('ends records at CRLF, LF or a lone CR, and keeps line breaks inside quotes as they were', () => {
    const { rows } = parse('1,a\r\n2,b\n3,c\r4,"x\r\ny\rz\nw"\r\n5,e')
    expect(rows).toEqual([
      ['1', 'a'],
      ['2', 'b'],
      ['3', 'c'],
      ['4', 'x\r\ny\rz\nw'],
      ['5', 'e'],
    ])
  })

  it('skips empty lines but counts them in row numbers; a record of empty fields is kept', () => {
    const { rows, sourceRows } = parse('h1,h2\r\n\r\n\r\nx,y\n\n,\n\r""\r\n')
    expect(rows).toEqual([['h1', 'h2'], ['x', 'y'], ['', ''], ['']])
    expect(sourceRows).toEqual([1, 4, 6, 8])
  })

  it('numbers a record spanning several lines once, by the line it starts on', () => {
    const { sourceRows } = parse('a\n"1\n2\n3"\nb\n')
    expect(sourceRows).toEqual([1, 2, 3])
  })

  it('keeps a trailing empty field and a last record without a line end', () => {
    expect(parse('a,b,\n1,2,').rows).toEqual([
      ['a', 'b', ''],
      ['1', '2', ''],
    ])
  })

  it('uses the delimiter it was given and nothing else', () => {
    expect(parse('a;b,c\t"d;e"\n', { delimiter: ';' }).rows).toEqual([['a', 'b,c\t"d', 'e"']])
    expect(parse('a\tb,c\t"d\te"\n', { delimiter: '\t' }).rows).toEqual([['a', 'b,c', 'd\te']])
  })

  it('reports records whose width differs from the expected one', () => {
    const { ragged } = parse('a,b,c\n1,2\n1,2,3\n\n1,2,3,4\n', { expected: 3 })
    expect(ragged).toEqual([
      [2, 2],
      [5, 4],
    ])
  })

  it('notes the record of a quote left open at the end and keeps the rest of the input in its cell', () => {
    const result = parse('a,b\n1,"open\n2,3\n')
    expect(result.unclosedQuoteRecord).toBe(2)
    expect(result.rows).toEqual([
      ['a', 'b'],
      ['1', 'open\n2,3\n'],
    ])
    expect(parse('a,"b"\n').unclosedQuoteRecord).toBe(0)
  })

  it('copies long cells intact', () => {
    const long = 'x'.repeat(5000) + 'é'.repeat(3000)
    expect(parse(`${long},"${long}"\n`).rows).toEqual([[long, long]])
  })

  it('parses any content the same however the input is cut', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\r', '\n', ' ', ';'), maxLength: 6 })
    const document = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.record({
        records: fc.array(fc.array(fc.tuple(cell, fc.boolean()), { minLength: width, maxLength: width }), {
          minLength: 1,
          maxLength: 8,
        }),
        endings: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 8, maxLength: 8 }),
        finalEnding: fc.boolean(),
        cutSeeds: fc.array(fc.nat(), { maxLength: 12 }),
      }),
    )
    fc.assert(
      fc.property(document, ({ records, endings, finalEnding, cutSeeds }) => {
        const lines = records.map((record) =>
          record
            .map(([text, quote]) => {
              // Quote when needed (and a lone empty field, which would otherwise be an empty line) or by choice.
              const needs = /[,"\r\n]/.test(text) || (record.length === 1 && text === '') || /^"/.test(text)
              return needs || quote ? `"${text.replace(/"/g, '""')}"` : text
            })
            .join(','),
        )
        const text = lines.map((line, i) => line + (i < lines.length - 1 || finalEnding ? endings[i]! : '')).join('')
        const bytes = encoder.encode(text)
        const cuts = [...new Set(cutSeeds.map((seed) => seed % (bytes.length + 1)))].sort((a, b) => a - b)
        const result = parse(bytes, { cuts })
        expect(result.rows).toEqual(records.map((record) => record.map(([cellText]) => cellText)))
        expect(result.sourceRows).toEqual(records.map((_, i) => i + 1))
      }),
      { numRuns: 400 },
    )
  })
})
