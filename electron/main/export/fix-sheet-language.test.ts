// The fix sheet in the client's language: Preflight's sheet names, headers, labels and instructions are written
// in the language chosen at export, and a returned sheet reads back whatever language it was written in (and an
// English sheet written before sheets had a language still reads).
import { describe, expect, it } from 'vitest'
import { mergeFixSheet } from '../../../shared/export/merge-fix-sheet'
import { LANGUAGES } from '../../../shared/messages/languages'
import { writeFixSheet, type FixSheetInput } from './fix-sheet'
import { fixSheetFormatter, fixSheetText, isReadOnlyHeader, isRowIdHeader, ownHeaders } from './fix-sheet-layout'
import { readFixSheet } from './read-fix-sheet'
import {
  editRows,
  HEADERS,
  readBook,
  SAMPLE,
  sheetRows,
  tempPath,
  workerPath,
  type ReadCell,
} from './fix-sheet.test-support'

const { sheetName: _named, ...UNNAMED } = SAMPLE

async function sent(input: FixSheetInput): Promise<string> {
  const path = tempPath('fix.xlsx')
  await writeFixSheet(path, input)
  return path
}

const read = (path: string) => readFixSheet(path, HEADERS, { workerPath: workerPath() })

describe('a fix sheet in the chosen language', () => {
  it('writes its sheet names, own headers, labels, notes and instructions in Russian', async () => {
    const book = await readBook(await sent({ ...UNNAMED, language: 'ru' }), true)
    expect(book.SheetNames).toEqual(['Строки для исправления', 'Как исправить'])
    const rows = sheetRows(book.Sheets['Строки для исправления']!)
    expect(rows[0]).toEqual(['ID строки Preflight (не изменять)', 'Строка в вашем файле', ...HEADERS, 'Проблемы'])
    expect(rows[1]![6]).toBe(
      'Email: Not a valid email address.\nAccount code (предупреждение): Account codes usually have 6 digits.',
    )
    expect(rows[3]![6]).toBe('Строка: Server: duplicate email alan@example.com.')
    const sheet = book.Sheets['Строки для исправления']!
    expect((sheet.D2 as ReadCell).c?.[0]?.t).toBe('Ошибка: Not a valid email address.')
    expect((sheet.E2 as ReadCell).c?.[0]?.t).toBe('Предупреждение: Account codes usually have 6 digits.')
    expect((sheet.A1 as ReadCell).c?.[0]?.t).toMatch(/^По этому ID Preflight/)
    const lines = sheetRows(book.Sheets['Как исправить']!).map((row) => row[0])
    expect(lines[0]).toBe('Как исправить этот файл')
    expect(lines[1]).toBe(SAMPLE.note)
    expect(lines[2]).toContain('листа «Строки для исправления»')
    expect(lines[2]).toContain('столбец «Проблемы»')
    expect(lines[4]).toContain('столбец «ID строки Preflight (не изменять)»')
  })

  it('writes German, and English when no language is given', async () => {
    const german = await readBook(await sent({ ...SAMPLE, language: 'de' }))
    expect(german.SheetNames).toEqual(['Contacts', 'Anleitung'])
    expect(sheetRows(german.Sheets.Contacts!)[0]).toEqual([
      'Preflight-Zeilen-ID (nicht ändern)',
      'Zeile in Ihrer Datei',
      ...HEADERS,
      'Probleme',
    ])
    expect(sheetRows(german.Sheets.Anleitung!)[0]![0]).toBe('So korrigieren Sie diese Datei')
    const english = await readBook(await sent(UNNAMED))
    expect(english.SheetNames).toEqual(['Rows to fix', 'How to fix'])
  })

  it('reads back a Russian sheet the client corrected, and a German one with the id header shortened', async () => {
    const returned = tempPath('returned.xlsx')
    await editRows(await sent({ ...UNNAMED, language: 'ru' }), returned, (rows) => {
      rows[1]![3] = 'ada@example.com'
      return rows
    })
    const russian = await read(returned)
    expect(russian.problems).toEqual([])
    expect(russian.sheet).toBe('Строки для исправления')
    expect(mergeFixSheet(russian, current()).changes).toEqual([
      { rowId: 4, column: 'Email', before: 'ada@@example', after: 'ada@example.com' },
    ])

    const shortened = tempPath('shortened.xlsx')
    await editRows(await sent({ ...UNNAMED, language: 'de' }), shortened, ([header, ...rest]) => [
      ['Preflight-Zeilen-ID', ...header!.slice(1)],
      ...rest,
    ])
    const german = await read(shortened)
    expect(german.problems).toEqual([])
    expect(german.rows.map((row) => row.rowId)).toEqual([4, 17, 250])
  })

  it('still reads an English sheet, as sheets were written before they had a language', async () => {
    const english = await read(await sent(UNNAMED))
    expect(english.problems).toEqual([])
    expect(english.sheet).toBe('Rows to fix')
    expect(english.rows).toHaveLength(3)
  })

  it('knows Preflight’s own headers in every language, and keeps them apart from the data headers', () => {
    for (const language of LANGUAGES) {
      const own = ownHeaders(HEADERS, language)
      expect(isRowIdHeader(own.rowId), language).toBe(true)
      expect(own.rowId.startsWith(fixSheetText(language, 'rowIdShort')), language).toBe(true)
      expect([isReadOnlyHeader(own.sourceRow), isReadOnlyHeader(own.problems)], language).toEqual([true, true])
      expect(fixSheetText(language, 'rowsSheet').length, language).toBeLessThanOrEqual(31)
      expect(fixSheetText(language, 'howToSheet').length, language).toBeLessThanOrEqual(31)
      expect(ownHeaders(['Проблемы', 'Probleme'], language).problems, language).not.toBe('Проблемы')
    }
    expect(isReadOnlyHeader('Name')).toBe(false)
  })

  it('words a problem line as the message files do, also through the formatter big sheets use', () => {
    const params = { column: 'E-Mail $1', message: 'a {b} | c $& d' }
    for (const language of LANGUAGES) {
      for (const key of ['columnError', 'columnWarning'] as const) {
        expect(fixSheetFormatter(language, key, ['column', 'message'])(params), `${language} ${key}`).toBe(
          fixSheetText(language, key, params),
        )
      }
      for (const key of ['rowError', 'rowWarning', 'noteError', 'noteWarning'] as const) {
        expect(fixSheetFormatter(language, key, ['message'])(params), `${language} ${key}`).toBe(
          fixSheetText(language, key, params),
        )
      }
    }
  })
})

function current() {
  const byId = new Map(SAMPLE.rows.map((row) => [row.rowId, row]))
  return {
    hasRow: (rowId: number) => byId.has(rowId),
    value: (rowId: number, column: string) => byId.get(rowId)!.cells[SAMPLE.headers.indexOf(column)] ?? '',
  }
}
