import { describe, expect, it } from 'vitest'
import { parseCellRange, sizeOfRange } from './sheet-range'

describe('parseCellRange', () => {
  it.each([
    ['A1:H8', { firstRow: 0, firstColumn: 0, lastRow: 7, lastColumn: 7 }],
    ['$B$2:$AA$10', { firstRow: 1, firstColumn: 1, lastRow: 9, lastColumn: 26 }],
    ['c3', { firstRow: 2, firstColumn: 2, lastRow: 2, lastColumn: 2 }],
    ['A1:XFD1048576', { firstRow: 0, firstColumn: 0, lastRow: 1_048_575, lastColumn: 16_383 }],
  ])('decodes %s', (ref, range) => {
    expect(parseCellRange(ref)).toEqual(range)
  })

  it.each(['', 'A0', 'B2:A1', 'A1:B', 'Sheet1!A1:B2', '1:3'])('refuses %j', (ref) => {
    expect(parseCellRange(ref)).toBeUndefined()
  })

  it('sizes a range, and no range as an empty sheet', () => {
    expect(sizeOfRange(parseCellRange('B2:D11'))).toEqual({ rows: 10, columns: 3 })
    expect(sizeOfRange(undefined)).toEqual({ rows: 0, columns: 0 })
  })
})
