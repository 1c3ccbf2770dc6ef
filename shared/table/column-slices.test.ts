import { describe, expect, it } from 'vitest'
import { ColumnarTable } from './columnar-table'
import { chunkOfSlice, columnSlices } from './column-slices'
import { tableFromRows } from './table-from-rows'

describe('columnSlices', () => {
  it('sends source rows that run on one by one as the first alone, and gives every chunk back as it was', () => {
    const table = tableFromRows(['A', 'B'], [['a', '1'], ['b', '2'], ['c', '3']], 2)
    // A third chunk whose rows skip a blank line and a cell over two lines.
    const gappy = Uint32Array.of(6, 8, 9)
    table.append({ firstRow: 3, sourceRows: gappy, columns: [{ bytes: new TextEncoder().encode('def'), ends: Uint32Array.of(1, 2, 3) }] })
    const slices = structuredClone(columnSlices(table, [0]))
    expect(slices.map((s) => (s.sourceRows instanceof Uint32Array ? [...s.sourceRows] : s.sourceRows))).toEqual([
      { first: 2, rows: 2 },
      { first: 4, rows: 1 },
      [6, 8, 9],
    ])
    const back = new ColumnarTable(table.columns)
    for (const slice of slices) back.append(chunkOfSlice(slice))
    for (let row = 0; row < table.rowCount; row++) {
      expect(back.sourceRow(row)).toBe(table.sourceRow(row))
      expect(back.cell(row, 0)).toBe(table.cell(row, 0))
      expect(back.cell(row, 1)).toBe('')
    }
  })
})
