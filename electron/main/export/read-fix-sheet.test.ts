import { writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { mergeFixSheet, type CurrentValues } from '../../../shared/export/merge-fix-sheet'
import { writeFixSheet, type FixSheetInput } from './fix-sheet'
import { readFixSheet } from './read-fix-sheet'
import {
  editBook,
  editRows,
  HEADERS,
  readBook,
  SAMPLE,
  sheetJs,
  sheetRows,
  tempPath,
  workerPath,
} from './fix-sheet.test-support'

/** The table the fix sheet was made from, as the app holds it when the file comes back. */
function currentOf(input: FixSheetInput, deleted: readonly number[] = []): CurrentValues {
  const byId = new Map(input.rows.map((row) => [row.rowId, row]))
  return {
    hasRow: (rowId) => byId.has(rowId) && !deleted.includes(rowId),
    value: (rowId, column) => byId.get(rowId)!.cells[input.headers.indexOf(column)] ?? '',
  }
}

async function sent(input: FixSheetInput = SAMPLE): Promise<string> {
  const path = tempPath('fix.xlsx')
  await writeFixSheet(path, input)
  return path
}

const read = (path: string, input: FixSheetInput = SAMPLE) =>
  readFixSheet(path, input.headers, {
    workerPath: workerPath(),
    ...(input.sheetName ? { sheetName: input.sheetName } : {}),
  })

describe('reading a returned fix sheet and merging it', () => {
  it('merges back exactly the cells the client changed, by row id, whatever the row order', async () => {
    const path = await sent()
    const returned = tempPath('returned.xlsx')
    await editRows(path, returned, ([header, ada, grace, alan]) => {
      ada![3] = 'ada@example.com'
      ada![6] = 'fixed it, see the email'
      grace![5] = '2024-04-03'
      alan![2] = 'Alan Turing'
      alan![4] = 42
      return [[...header!, 'Notes'], alan!, [...ada!, 'called her'], grace!]
    })

    const result = await read(returned)
    expect(result.problems).toEqual([
      {
        code: 'COLUMN_EXTRA',
        severity: 'warning',
        message: 'Column "Notes" in sheet "Contacts" is not one Preflight sent; it was ignored.',
        sheet: 'Contacts',
        column: 'Notes',
      },
    ])
    expect(result.sheet).toBe('Contacts')
    expect(result.columns).toEqual(HEADERS)
    expect(result.rows.map((row) => [row.rowId, row.sheetRow])).toEqual([
      [250, 2],
      [4, 3],
      [17, 4],
    ])
    expect(result.rows[1]!.cells).toEqual({
      Name: 'Ada Lovelace',
      Email: 'ada@example.com',
      'Account code': '00123',
      Joined: '2024-03-01',
    })

    expect(mergeFixSheet(result, currentOf(SAMPLE))).toEqual({
      changes: [
        { rowId: 250, column: 'Name', before: '=HYPERLINK("x")', after: 'Alan Turing' },
        { rowId: 250, column: 'Account code', before: '', after: '42' },
        { rowId: 4, column: 'Email', before: 'ada@@example', after: 'ada@example.com' },
        { rowId: 17, column: 'Joined', before: '03/04/2024', after: '2024-04-03' },
      ],
      problems: [],
    })
  })

  it('finds nothing to merge in a file returned untouched: zeros, spaces, line breaks, emoji, a value Excel cuts', async () => {
    const input: FixSheetInput = {
      headers: ['Code', 'Notes'],
      rows: [
        {
          rowId: 0,
          sourceRow: 2,
          cells: ['00123', 'line 1\r\nline 2'],
          problems: [{ column: 0, severity: 'error', message: 'x' }],
        },
        { rowId: 1, sourceRow: 3, cells: ['  spaced  ', 'y'.repeat(40_000)], problems: [] },
        { rowId: 2, sourceRow: 4, cells: ['', 'émoji 👍'], problems: [] },
      ],
    }
    const returned = tempPath('returned.xlsx')
    await editBook(await sent(input), returned, () => {})
    const result = await read(returned, input)
    expect(result.problems).toEqual([])
    expect(result.rows).toHaveLength(3)
    expect(mergeFixSheet(result, currentOf(input))).toEqual({ changes: [], problems: [] })
  })

  it('reports rows that no longer exist instead of merging them', async () => {
    const returned = tempPath('returned.xlsx')
    await editRows(await sent(), returned, (rows) =>
      rows.map((row, i) => (i === 2 ? row.map((cell, c) => (c === 3 ? 'new@example.com' : cell)) : row)),
    )
    const merge = mergeFixSheet(await read(returned), currentOf(SAMPLE, [17]))
    expect(merge).toEqual({
      changes: [],
      problems: [
        {
          code: 'ROW_NOT_FOUND',
          severity: 'error',
          message:
            'Row 3 (id R17-K) is no longer in the table: it was deleted after the fix sheet was made, so its values were not used.',
          sheet: 'Contacts',
          row: 3,
        },
      ],
    })
  })

  it('finds the rows on a renamed sheet below a title the client added', async () => {
    const returned = tempPath('returned.xlsx')
    await editBook(await sent(), returned, (book) => {
      const rows = [['Corrections from Acme'], [], ...sheetRows(book.Sheets.Contacts!)]
      book.SheetNames = ['Fixed', 'How to fix']
      book.Sheets = { Fixed: sheetJs.utils.aoa_to_sheet(rows), 'How to fix': book.Sheets['How to fix']! }
    })
    const result = await read(returned)
    expect([result.sheet, result.problems, result.rows.map((row) => [row.rowId, row.sheetRow])]).toEqual([
      'Fixed',
      [],
      [
        [4, 4],
        [17, 5],
        [250, 6],
      ],
    ])
  })

  it('reads a fix sheet the client saved as CSV', async () => {
    const returned = tempPath('returned.csv')
    const book = await readBook(await sent())
    await writeFile(
      returned,
      sheetJs.utils.sheet_to_csv(book.Sheets.Contacts!).replace('ada@@example', 'ada@example.com'),
    )
    const result = await read(returned)
    expect(result.problems).toEqual([])
    expect(mergeFixSheet(result, currentOf(SAMPLE)).changes).toEqual([
      { rowId: 4, column: 'Email', before: 'ada@@example', after: 'ada@example.com' },
    ])
  })
})

describe('a returned fix sheet with problems', () => {
  it('has no row id column: nothing is read, and the message says where', async () => {
    const returned = tempPath('returned.xlsx')
    await editRows(await sent(), returned, (rows) => rows.map((row) => row.slice(1)))
    expect(await read(returned)).toEqual({
      sheet: 'Contacts',
      columns: [],
      rows: [],
      problems: [
        {
          code: 'ID_COLUMN_MISSING',
          severity: 'error',
          message:
            'There is no "Preflight row id" column in sheet "Contacts" of returned.xlsx, so its rows cannot be matched to the original rows. ' +
            'It may have been deleted or renamed: send back the fix sheet with that column as it was.',
          sheet: 'Contacts',
        },
      ],
    })
  })

  it('has row ids edited, cleared or copied: those rows are left out, each reported by row', async () => {
    const returned = tempPath('returned.xlsx')
    await editRows(await sent(), returned, ([header, ada, grace, alan]) => [
      header!,
      ['R18-K', ...ada!.slice(1)],
      grace!,
      ['garbage', ...alan!.slice(1)],
      ['', 'x', 'Someone New', 'new@example.com'],
      [...grace!.slice(0, 3), 'grace@copy.example'],
      // Spaces around the id and a changed letter case are forgiven.
      [' r4-e ', 'x', 'Ada Lovelace'],
    ])
    const result = await read(returned)
    expect(result.rows.map((row) => [row.rowId, row.sheetRow])).toEqual([[4, 7]])
    expect(result.problems.map((p) => [p.code, p.row, p.message])).toEqual([
      [
        'ROW_ID_INVALID',
        2,
        'Row 2: the Preflight row id "R18-K" was changed, so the row cannot be matched and was not read. Put back the id from the file you were sent.',
      ],
      [
        'ROW_ID_INVALID',
        4,
        'Row 4: the Preflight row id "garbage" was changed, so the row cannot be matched and was not read. Put back the id from the file you were sent.',
      ],
      [
        'ROW_ID_MISSING',
        5,
        'Row 5 has no Preflight row id (added by hand, or the id was cleared?), so it was not read.',
      ],
      [
        'ROW_ID_DUPLICATED',
        3,
        'Rows 3 and 6 have the same Preflight row id (a copied row?), so none of them was read.',
      ],
    ])
  })

  it('has a column renamed: its corrections are not read, and the new name is pointed out', async () => {
    const returned = tempPath('returned.xlsx')
    await editRows(await sent(), returned, ([header, ...rows]) => [
      header!.map((cell) => (cell === 'Email' ? 'E-mail' : cell)),
      ...rows,
    ])
    const result = await read(returned)
    expect(result.columns).toEqual(['Name', 'Account code', 'Joined'])
    expect(result.rows[0]!.cells).toEqual({ Name: 'Ada Lovelace', 'Account code': '00123', Joined: '2024-03-01' })
    expect(result.problems.map((p) => [p.code, p.severity, p.column, p.message])).toEqual([
      [
        'COLUMN_MISSING',
        'error',
        'Email',
        'Column "Email" is not in sheet "Contacts" (renamed or deleted?), so no corrections to it were read.',
      ],
      [
        'COLUMN_EXTRA',
        'warning',
        'E-mail',
        'Column "E-mail" in sheet "Contacts" is not one Preflight sent; it was ignored.',
      ],
    ])
  })

  it('has a column twice: neither copy is read', async () => {
    const returned = tempPath('returned.xlsx')
    await editRows(await sent(), returned, (rows) => rows.map((row) => [...row, row[3]]))
    const result = await read(returned)
    expect(result.columns).toEqual(['Name', 'Account code', 'Joined'])
    expect(result.problems.map((p) => p.code)).toEqual(['COLUMN_DUPLICATED'])
  })

  it('reads a data column called "Problems" as data, not as the problems Preflight wrote', async () => {
    const input: FixSheetInput = {
      headers: ['Problems'],
      rows: [
        {
          rowId: 3,
          sourceRow: 5,
          cells: ['leaky roof'],
          problems: [{ column: 0, severity: 'warning', message: 'Vague.' }],
        },
      ],
    }
    const returned = tempPath('returned.xlsx')
    await editRows(await sent(input), returned, ([header, row]) => [
      header!,
      [row![0], row![1], 'roof leaks in hall', 'edited note'],
    ])
    const result = await read(returned, input)
    expect(result.problems).toEqual([])
    expect(mergeFixSheet(result, currentOf(input)).changes).toEqual([
      { rowId: 3, column: 'Problems', before: 'leaky roof', after: 'roof leaks in hall' },
    ])
  })

  it('is not a workbook, is empty or is missing: one clear problem, no crash', async () => {
    const picture = tempPath('returned.xlsx')
    await writeFile(picture, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'))
    const text = tempPath('returned.xlsx')
    await writeFile(text, 'Hi, here are the corrections you asked for.\nThanks, Acme\n')
    const empty = tempPath('returned.xlsx')
    const book = sheetJs.utils.book_new()
    sheetJs.utils.book_append_sheet(book, sheetJs.utils.aoa_to_sheet([]), 'Contacts')
    await writeFile(empty, sheetJs.write(book, { type: 'buffer', bookType: 'xlsx' }))

    const only = async (path: string) => {
      const result = await read(path)
      expect([result.columns, result.rows]).toEqual([[], []])
      return result.problems.map((p) => [p.code, p.severity, p.message])
    }
    expect(await only(picture)).toEqual([
      ['FILE_NOT_TEXT', 'error', 'returned.xlsx is not a text file: it looks like a PNG image.'],
    ])
    expect(await only(text)).toEqual([
      [
        'EXTENSION_MISMATCH',
        'warning',
        expect.stringMatching(/^returned\.xlsx is named like an Excel workbook \(XLSX\) but is a text \(CSV\) file/),
      ],
      [
        'ID_COLUMN_MISSING',
        'error',
        expect.stringMatching(/^There is no "Preflight row id" column in returned\.xlsx, so/),
      ],
    ])
    expect(await only(empty)).toEqual([
      ['FIX_SHEET_EMPTY', 'error', 'There is nothing in sheet "Contacts" of returned.xlsx: no header and no rows.'],
    ])
    expect(await only(tempPath('never-sent-back.xlsx'))).toEqual([
      ['FILE_NOT_FOUND', 'error', expect.stringMatching(/^never-sent-back\.xlsx was not found/)],
    ])
  })
})
