import { describe, expect, it } from 'vitest'
import { EXCEL_MAX_CELL_CHARS, excelCellText, unchangedByRoundTrip } from './excel-cell-text'
import type { FixSheetReturn } from './fix-sheet-return'
import { mergeFixSheet, type CurrentValues } from './merge-fix-sheet'

const table: Record<number, Record<string, string>> = {
  3: { Name: 'Ada', Email: 'ada@@example', Notes: 'a\r\nb' },
  8: { Name: 'Grace', Email: '', Notes: 'x'.repeat(40_000) },
  9: { Name: 'constructor', Email: 'alan@example.com', Notes: '' },
}
const current: CurrentValues = { hasRow: (rowId) => rowId in table, value: (rowId, column) => table[rowId]![column]! }

function returned(rows: FixSheetReturn['rows'], columns = ['Name', 'Email', 'Notes']): FixSheetReturn {
  return { sheet: 'Contacts', columns, rows, problems: [] }
}

describe('mergeFixSheet', () => {
  it('lists only the cells the client changed, in sheet order', () => {
    const merge = mergeFixSheet(
      returned([
        {
          rowId: 8,
          sheetRow: 2,
          cells: { Name: 'Grace Hopper', Email: 'grace@example.com', Notes: 'x'.repeat(40_000) },
        },
        { rowId: 3, sheetRow: 3, cells: { Name: 'Ada', Email: 'ada@@example', Notes: '' } },
        { rowId: 9, sheetRow: 4, cells: { Name: 'constructor', Email: 'alan@example.com', Notes: '' } },
      ]),
      current,
    )
    expect(merge).toEqual({
      changes: [
        { rowId: 8, column: 'Name', before: 'Grace', after: 'Grace Hopper' },
        { rowId: 8, column: 'Email', before: '', after: 'grace@example.com' },
        { rowId: 3, column: 'Notes', before: 'a\r\nb', after: '' },
      ],
      problems: [],
    })
  })

  it('does not count what Excel does to untouched text as a change', () => {
    const merge = mergeFixSheet(
      returned([
        { rowId: 3, sheetRow: 2, cells: { Name: 'Ada', Email: 'ada@@example', Notes: 'a\nb' } },
        { rowId: 8, sheetRow: 3, cells: { Name: 'Grace', Email: '', Notes: 'x'.repeat(EXCEL_MAX_CELL_CHARS) } },
      ]),
      current,
    )
    expect(merge.changes).toEqual([])
  })

  it('merges only the columns that came back', () => {
    const merge = mergeFixSheet(
      returned([{ rowId: 3, sheetRow: 2, cells: { Email: 'ada@example.com' } }], ['Email']),
      current,
    )
    expect(merge.changes).toEqual([{ rowId: 3, column: 'Email', before: 'ada@@example', after: 'ada@example.com' }])
  })

  it('takes headers that are also names of object properties as plain headers', () => {
    const odd: CurrentValues = { hasRow: () => true, value: () => 'was' }
    const cells = Object.fromEntries([['__proto__', 'now']])
    const merge = mergeFixSheet(returned([{ rowId: 1, sheetRow: 2, cells }], ['__proto__', 'constructor']), odd)
    expect(merge.changes).toEqual([
      { rowId: 1, column: '__proto__', before: 'was', after: 'now' },
      { rowId: 1, column: 'constructor', before: 'was', after: '' },
    ])
  })

  it('reports a row the table no longer has, and merges nothing from it', () => {
    const merge = mergeFixSheet(
      returned([{ rowId: 41, sheetRow: 7, cells: { Name: 'Gone', Email: '', Notes: '' } }]),
      current,
    )
    expect(merge).toEqual({
      changes: [],
      problems: [
        {
          code: 'ROW_NOT_FOUND',
          severity: 'error',
          message:
            'Row 7 (id R41-K) is no longer in the table: it was deleted after the fix sheet was made, so its values were not used.',
          sheet: 'Contacts',
          row: 7,
        },
      ],
    })
  })
})

describe('excel cell text', () => {
  it('cuts at the cell limit without splitting a character', () => {
    expect(excelCellText('short')).toBe('short')
    expect(excelCellText('a'.repeat(40_000))).toHaveLength(EXCEL_MAX_CELL_CHARS)
    const emojiAtCut = 'a'.repeat(EXCEL_MAX_CELL_CHARS - 1) + '👍'
    expect(excelCellText(emojiAtCut)).toBe('a'.repeat(EXCEL_MAX_CELL_CHARS - 1))
  })

  it('tells a real edit from a round trip', () => {
    expect(unchangedByRoundTrip('a\r\nb', 'a\nb')).toBe(true)
    expect(unchangedByRoundTrip('a\nb', 'a b')).toBe(false)
    expect(unchangedByRoundTrip(' a', 'a')).toBe(false)
    expect(unchangedByRoundTrip('y'.repeat(40_000), 'y'.repeat(EXCEL_MAX_CELL_CHARS))).toBe(true)
    expect(unchangedByRoundTrip('y'.repeat(40_000), 'y'.repeat(EXCEL_MAX_CELL_CHARS - 1))).toBe(false)
  })
})
