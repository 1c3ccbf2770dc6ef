import { describe, expect, it } from 'vitest'
import { pasteBlock } from './paste-block'

const columns = [{ id: 'c0' }, { id: 'c1' }, { id: 'c2' }]
/** Rows 10, 11, 12 shown; the focused one is the first. */
const shown = [10, 11, 12]
const rowIdAt = (offset: number) => shown[offset]

describe('pasteBlock', () => {
  it('places a tab-separated block from the focused cell down and right, by column id and row id', () => {
    expect(pasteBlock('a\tb\nc\td\n', columns, 1, rowIdAt)).toEqual([
      { column: 'c1', rows: [10, 11], values: ['a', 'c'] },
      { column: 'c2', rows: [10, 11], values: ['b', 'd'] },
    ])
  })

  it('reads Windows and old Mac line ends, and keeps empty cells as empty values', () => {
    expect(pasteBlock('x\t\r\ny\t\rz', columns, 0, rowIdAt)).toEqual([
      { column: 'c0', rows: [10, 11, 12], values: ['x', 'y', 'z'] },
      { column: 'c1', rows: [10, 11], values: ['', ''] },
    ])
  })

  it('drops what falls past the last column or the last shown row', () => {
    expect(pasteBlock('1\t2\t3\n4\n5\n6', columns, 2, rowIdAt)).toEqual([
      { column: 'c2', rows: [10, 11, 12], values: ['1', '4', '5'] },
    ])
  })
})
