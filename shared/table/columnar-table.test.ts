import { describe, expect, it } from 'vitest'
import { ColumnarTable } from './columnar-table'
import { chunkFromRows } from './table-from-rows'

const chunkOf = (firstRow: number, rows: string[][]) => chunkFromRows(firstRow, rows)

describe('ColumnarTable', () => {
  const table = new ColumnarTable([
    { id: 'c0', name: 'Name', sourceName: 'Name' },
    { id: 'c1', name: 'City', sourceName: 'City' },
  ])
  table.append(
    chunkOf(0, [
      ['Ada', 'London'],
      ['Grace', ''],
    ]),
  )
  table.append(
    chunkOf(2, [
      ['Zoë', 'Düsseldorf'],
      ['', 'Paris'],
    ]),
  )

  it('reads cells and row numbers across chunks', () => {
    expect(table.rowCount).toBe(4)
    expect(table.cell(2, 0)).toBe('Zoë')
    expect(table.cell(3, 1)).toBe('Paris')
    expect(table.cell(9, 0)).toBe('')
    expect(table.sourceRow(3)).toBe(5)
    expect(table.rowsBetween(1, 3)).toEqual([
      ['Grace', ''],
      ['Zoë', 'Düsseldorf'],
    ])
  })

  it('scans a column in order, ASCII and not', () => {
    const seen: [string, number][] = []
    table.scanColumn(1, (text, row) => seen.push([text, row]))
    expect(seen).toEqual([
      ['London', 0],
      ['', 1],
      ['Düsseldorf', 2],
      ['Paris', 3],
    ])
    const names: string[] = []
    table.scanColumn(0, (text) => names.push(text))
    expect(names).toEqual(['Ada', 'Grace', 'Zoë', ''])
  })

  it('refuses a chunk that does not continue the table', () => {
    expect(() => table.append(chunkOf(7, [['x', 'y']]))).toThrow(/starts at row 7/)
  })
})
