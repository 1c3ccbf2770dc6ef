// A row's cells keep their bytes whether written into the row's own buffer (which may grow mid-row) or referred
// to in a buffer the cell was decoded from, and `ordered()` keeps the last cell written at each column.
import { describe, expect, it } from 'vitest'
import { RowCells } from './row-cells'

describe('RowCells', () => {
  it('keeps written and referred cells across a buffer growing mid-row', () => {
    const row = new RowCells()
    const part = new TextEncoder().encode('<v>Ada</v><v>12.5</v>')
    row.refer(0, part, 3, 6, true)
    let start = row.length
    row.writeString('x'.repeat(5000))
    row.add(1, start, true)
    row.refer(2, part, 13, 17, true)
    start = row.length
    row.writeString('Zoë')
    row.add(3, start, true)
    expect([0, 1, 2, 3].map((i) => row.text(i))).toEqual(['Ada', 'x'.repeat(5000), '12.5', 'Zoë'])
  })

  it('orders cells by column, the last one written at a column winning', () => {
    const row = new RowCells()
    const part = new TextEncoder().encode('abc')
    row.refer(2, part, 0, 1, true)
    row.refer(0, part, 1, 2, true)
    row.refer(2, part, 2, 3, true)
    expect(row.ordered()!.map((i) => [row.columns[i], row.text(i)])).toEqual([
      [0, 'b'],
      [2, 'c'],
    ])
  })
})
