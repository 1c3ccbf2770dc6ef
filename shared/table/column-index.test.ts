import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexColumn } from './column-index'
import { tableFromRows } from './table-from-rows'

const tableOf = (cells: string[], chunkRows: number) => tableFromRows(['A'], cells.map((cell) => [cell]), chunkRows)

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
