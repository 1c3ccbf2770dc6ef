import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ColumnarTable } from './columnar-table'
import { indexColumn } from './column-index'
import type { TableChunk } from './table-chunk'

const encoder = new TextEncoder()

function tableOf(cells: string[], chunkRows: number): ColumnarTable {
  const table = new ColumnarTable([{ id: 'c0', name: 'A', sourceName: 'A' }])
  for (let first = 0; first < cells.length; first += chunkRows) {
    const texts = cells.slice(first, first + chunkRows).map((c) => encoder.encode(c))
    const bytes = new Uint8Array(texts.reduce((n, t) => n + t.length, 0))
    const ends = new Uint32Array(texts.length)
    let at = 0
    texts.forEach((t, i) => {
      bytes.set(t, at)
      at += t.length
      ends[i] = at
    })
    const chunk: TableChunk = { firstRow: first, sourceRows: Uint32Array.from(texts, (_, i) => first + i + 2), columns: [{ bytes, ends }] }
    table.append(chunk)
  }
  return table
}

describe('indexColumn', () => {
  it('gives every row the id of its value, values in order of first appearance', () => {
    const { ids, values } = indexColumn(tableOf(['b', 'a', '', 'b', 'Zoë', 'a', 'Zoë'], 3), 0)
    expect(values).toEqual(['b', 'a', '', 'Zoë'])
    expect([...ids]).toEqual([0, 1, 2, 0, 3, 1, 3])
  })

  it('agrees with the cells for any column, across growth of its tables', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('x', 'y', '')), { maxLength: 3000 }), fc.integer({ min: 1, max: 50 }), (cells, chunkRows) => {
        const table = tableOf(cells, chunkRows)
        const { ids, values } = indexColumn(table, 0)
        expect(new Set(values).size).toBe(values.length)
        cells.forEach((cell, row) => expect(values[ids[row]!]).toBe(cell))
      }),
      { numRuns: 60 },
    )
  })
})
