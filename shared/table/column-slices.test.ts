import { describe, expect, it } from 'vitest'
import { ColumnarTable } from './columnar-table'
import { MessageChannel } from 'node:worker_threads'
import { chunkOfSlice, columnSlices, transferableSlices } from './column-slices'
import { tableFromRows } from './table-from-rows'

describe('columnSlices', () => {
  it('sends source rows that run on one by one as the first alone, and gives every chunk back as it was', () => {
    const table = tableFromRows(
      ['A', 'B'],
      [
        ['a', '1'],
        ['b', '2'],
        ['c', '3'],
      ],
      2,
    )
    // A third chunk whose rows skip a blank line and a cell over two lines.
    const gappy = Uint32Array.of(6, 8, 9)
    table.append({
      firstRow: 3,
      sourceRows: gappy,
      columns: [{ bytes: new TextEncoder().encode('def'), ends: Uint32Array.of(1, 2, 3) }],
    })
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

  it('moves copies to the other side and leaves the table its own cells', async () => {
    const table = tableFromRows(
      ['A', 'B', 'C'],
      [
        ['a', '1', 'x'],
        ['bé', '2', 'y'],
        ['c', '3', 'z'],
      ],
      2,
    )
    const gappy = Uint32Array.of(6, 8)
    table.append({
      firstRow: 3,
      sourceRows: gappy,
      columns: [{ bytes: new TextEncoder().encode('de'), ends: Uint32Array.of(1, 2) }],
    })
    const { slices, transfer } = transferableSlices(columnSlices(table, [0, 2]))
    // Every array sent is a copy, and its buffer is in the transfer list (a clone would leave it out).
    const arrays = slices.flatMap((s) => [
      ...(s.sourceRows instanceof Uint32Array ? [s.sourceRows] : []),
      ...s.columns.flatMap((c) => (c ? [c.bytes, c.ends] : [])),
    ])
    expect(arrays.length).toBe(transfer.length)
    expect(new Set(arrays.map((a) => a.buffer))).toEqual(new Set(transfer))
    const { port1, port2 } = new MessageChannel()
    const received = new Promise<typeof slices>((resolve) => port2.once('message', resolve))
    port1.postMessage(slices, transfer)
    const got = await received
    port1.close()
    // Moved: the sent copies are detached here, the table's own arrays are not.
    expect(arrays.every((a) => a.byteLength === 0)).toBe(true)
    const back = new ColumnarTable(table.columns)
    for (const slice of got) back.append(chunkOfSlice(slice))
    for (let row = 0; row < table.rowCount; row++) {
      expect(back.sourceRow(row)).toBe(table.sourceRow(row))
      expect(back.cell(row, 0)).toBe(table.cell(row, 0))
      expect(back.cell(row, 1)).toBe('')
      expect(back.cell(row, 2)).toBe(table.cell(row, 2))
    }
    expect(table.cell(1, 0)).toBe('bé')
  })
})
