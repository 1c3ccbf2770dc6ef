import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexColumn, SAMPLE_ROWS } from './column-index'
import { tableFromRows } from './table-from-rows'

const tableOf = (cells: string[], chunkRows: number) =>
  tableFromRows(
    ['A'],
    cells.map((cell) => [cell]),
    chunkRows,
  )

describe('indexColumn', () => {
  it('gives every row the id of its value, values in order of first appearance', () => {
    const { ids, values } = indexColumn(tableOf(['b', 'a', '', 'b', 'Zoë', 'a', 'Zoë'], 3), 0)
    expect(values).toEqual(['b', 'a', '', 'Zoë'])
    expect([...ids]).toEqual([0, 1, 2, 0, 3, 1, 3])
  })

  it('agrees with the cells for any column, across growth of its tables', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('x', 'y', '')), { maxLength: 3000 }),
        fc.integer({ min: 1, max: 50 }),
        (cells, chunkRows) => {
          const table = tableOf(cells, chunkRows)
          const { ids, values } = indexColumn(table, 0, 'always')
          expect(new Set(values).size).toBe(values.length)
          cells.forEach((cell, row) => expect(values[ids[row]!]).toBe(cell))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('keeps one value per row for a mostly distinct column, sliced right across multi-byte characters', () => {
    const samples = ['Zoë', '😀 party', 'plain', '', 'Łódź 🇵🇱', 'née', '\u00a0x']
    const cells = Array.from({ length: SAMPLE_ROWS + 5000 }, (_, i) => `${samples[i % samples.length]}-${i}`)
    cells[7] = ''
    const table = tableOf(cells, 4096)
    const index = indexColumn(table, 0)
    expect(index.distinct).toBe(false)
    expect(index.values.length).toBe(cells.length)
    cells.forEach((cell, row) => {
      if (index.values[index.ids[row]!] !== cell)
        expect.fail(`row ${row}: ${index.values[index.ids[row]!]} !== ${cell}`)
    })
  })

  it('still hashes a long column that repeats itself', () => {
    const cells = Array.from({ length: SAMPLE_ROWS + 100 }, (_, i) => ['Paris', 'Zürich', 'Kraków'][i % 3]!)
    const index = indexColumn(tableOf(cells, 5000), 0)
    expect(index.distinct).toBe(true)
    expect(index.values).toEqual(['Paris', 'Zürich', 'Kraków'])
  })

  it('finds a value again after its tables grew, however the rows are cut into chunks and sampled', () => {
    // Each value comes back after thousands of others, so every growth of the tables lies between its two cells.
    const distinct = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? `Zoë ${i}` : `v${i}`))
    const cells = [...distinct, '', ...distinct, ...distinct.slice(0, 100)]
    for (const chunkRows of [1, 333, 4096]) {
      for (const dedupe of ['auto', 'always'] as const) {
        const { ids, values } = indexColumn(tableOf(cells, chunkRows), 0, dedupe)
        expect(values.length).toBe(distinct.length + 1)
        cells.forEach((cell, row) => expect(values[ids[row]!]).toBe(cell))
      }
    }
  })

  it('keeps the sample it hashed when a long column turns out mostly distinct and must be hashed', () => {
    const rows = SAMPLE_ROWS * 2 + 17
    const cells = Array.from({ length: rows }, (_, i) => (i % 5 === 0 ? '' : `row ${i % (SAMPLE_ROWS + 3)} ü`))
    const index = indexColumn(tableOf(cells, 5000), 0, 'always')
    expect(index.distinct).toBe(true)
    expect(new Set(index.values).size).toBe(index.values.length)
    cells.forEach((cell, row) => {
      if (index.values[index.ids[row]!] !== cell)
        expect.fail(`row ${row}: ${index.values[index.ids[row]!]} !== ${cell}`)
    })
  })
})
