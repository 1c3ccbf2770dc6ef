import { describe, expect, it } from 'vitest'
import { overlayTable } from './overlay-table'
import { tableFromRows } from './table-from-rows'

describe('overlayTable', () => {
  it('replaces the given cells, keeps row ids, row numbers and every other cell', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`a${i}`, `b${i}`])
    const base = tableFromRows(['A', 'B'], rows, 16)
    const table = overlayTable(base, [{ column: 1, rows: Uint32Array.from([3, 20, 39]), values: ['x', 'Zoë', ''] }])
    expect(table.rowCount).toBe(40)
    expect(table.rowsBetween(0, 40)).toEqual(
      rows.map(([a, b], i) => [a, i === 3 ? 'x' : i === 20 ? 'Zoë' : i === 39 ? '' : b]),
    )
    expect(table.sourceRow(39)).toBe(base.sourceRow(39))
    expect(base.cell(3, 1)).toBe('b3')
  })

  it('adds the columns an operation made, their cells from the overrides', () => {
    const base = tableFromRows(['A'], [['a0'], ['a1'], ['a2']], 2)
    const table = overlayTable(
      base,
      [{ column: 1, rows: Uint32Array.from([0, 2]), values: ['x0', 'x2'] }],
      [...base.columns, { id: 'x1', name: 'Added', sourceName: '' }],
    )
    expect(table.columns.map((c) => c.name)).toEqual(['A', 'Added'])
    expect(table.rowsBetween(0, 3)).toEqual([
      ['a0', 'x0'],
      ['a1', ''],
      ['a2', 'x2'],
    ])
  })
})
