import { describe, expect, it } from 'vitest'
import { IngestError } from '../worker-protocol'
import { pickSheet } from './pick-sheet'

const sheets = [
  { name: 'Read me', rows: 12, columns: 1 },
  { name: 'Deals', rows: 8, columns: 8 },
  { name: 'Lists', rows: 40, columns: 1 },
]

describe('pickSheet', () => {
  it('picks the sheet with the most cells, not the first or the longest', () => {
    expect(pickSheet(sheets, undefined, 'book.xlsx')).toBe(1)
  })

  it('keeps the earlier sheet on a tie and takes the first of empty sheets', () => {
    expect(
      pickSheet(
        [
          { name: 'A', rows: 2, columns: 3 },
          { name: 'B', rows: 3, columns: 2 },
        ],
        undefined,
        'x',
      ),
    ).toBe(0)
    expect(
      pickSheet(
        [
          { name: 'A', rows: 0, columns: 0 },
          { name: 'B', rows: 0, columns: 0 },
        ],
        undefined,
        'x',
      ),
    ).toBe(0)
  })

  it('honours the requested sheet, matching its name without regard to case', () => {
    expect(pickSheet(sheets, 'Lists', 'book.xlsx')).toBe(2)
    expect(pickSheet(sheets, 'read ME', 'book.xlsx')).toBe(0)
  })

  it('names the file and lists the sheets when the requested one is missing', () => {
    expect(() => pickSheet(sheets, 'Contacts', 'book.xlsx')).toThrow(
      new IngestError(
        'SHEET_NOT_FOUND',
        'book.xlsx has no sheet named "Contacts". Its sheets are: "Read me", "Deals", "Lists".',
      ),
    )
    try {
      pickSheet([], undefined, 'empty.xlsx')
    } catch (error) {
      expect(error).toMatchObject({ code: 'SHEET_NOT_FOUND', message: 'empty.xlsx contains no sheets.' })
    }
    expect.assertions(2)
  })
})
