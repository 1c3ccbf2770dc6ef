// A file's problems read through the real reader, worded in the app's languages from their key and params: the
// English `message` is en.json's template filled, and German and Russian word the same problem from theirs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fileIssueIn } from '../../../shared/messages/catalogues'
import { CollectSink } from './csv/collect-sink.test-support'
import { readCsvFile } from './csv/read-csv'
import { readSource } from './read-source'
import { DEFAULT_LIMITS, IngestError } from './worker-protocol'

const dir = mkdtempSync(join(tmpdir(), 'preflight-file-issue-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function read(name: string, content: string | Uint8Array) {
  const path = join(dir, name)
  writeFileSync(path, content)
  return readSource(path, {}, new CollectSink(), DEFAULT_LIMITS)
}

describe('file problems in the user’s language', () => {
  it('words an unclosed quote that swallowed the rest of the file, with the count in each plural form', async () => {
    const summary = await read(
      'kunden.csv',
      'Name,Stadt\nAnna,Berlin\nBoris,"Moskau\nCarla,Rom\nDora,Paris\nEmil,Wien\nFritz,Graz\n',
    )
    const [warning] = summary.fileWarnings
    expect(warning).toMatchObject({
      code: 'UNCLOSED_QUOTE',
      key: 'UNCLOSED_QUOTE.restOfFile',
      params: { n: 4, row: 3, column: 'Stadt' },
    })
    expect(warning!.message).toBe(
      'kunden.csv, row 3, column "Stadt": a quote opens there and is never closed, so the rest of the file (4 more lines) ' +
        'was read into that one cell and the rows after it are missing. Close or remove the quote in the file, then open it again.',
    )
    expect(fileIssueIn(warning!, 'en')).toBe(warning!.message)
    expect(fileIssueIn(warning!, 'de')).toBe(
      'kunden.csv, Zeile 3, Spalte „Stadt“: Dort beginnt ein Anführungszeichen, das nie geschlossen wird. Deshalb wurde der Rest ' +
        'der Datei (4 weitere Zeilen) in diese eine Zelle gelesen, und die folgenden Zeilen fehlen. Schließen oder entfernen Sie ' +
        'das Anführungszeichen in der Datei und öffnen Sie sie erneut.',
    )
    expect(fileIssueIn(warning!, 'ru')).toBe(
      'kunden.csv, строка 3, столбец «Stadt»: здесь открывается кавычка, которая нигде не закрыта, поэтому весь остаток файла ' +
        '(ещё 4 строки) попал в одну эту ячейку, а следующих строк нет. Закройте или удалите кавычку в файле и откройте его снова.',
    )
    expect(fileIssueIn({ ...warning!, params: { ...warning!.params, n: 2 } }, 'ru')).toContain('(ещё 2 строки)')
    expect(fileIssueIn({ ...warning!, params: { ...warning!.params, n: 21 } }, 'ru')).toContain('(ещё 21 строка)')
  })

  it('words a quote left open on the last row as "the end of that row"', async () => {
    const { fileWarnings } = await read('last.csv', 'a,b\n1,2\n3,"open\n')
    expect(fileWarnings[0]).toMatchObject({
      key: 'UNCLOSED_QUOTE.endOfRow',
      params: { file: 'last.csv', row: 3, column: 'b' },
    })
    expect(fileIssueIn(fileWarnings[0]!, 'de')).toContain(
      'Deshalb wurde das Ende dieser Zeile in diese eine Zelle gelesen',
    )
    expect(fileIssueIn(fileWarnings[0]!, 'ru')).toContain('поэтому конец этой строки попал в одну эту ячейку')
  })

  it('words ragged rows (notices) and rows wider than the header (a warning) with their counts', async () => {
    const summary = await read('wide.csv', 'Name,Amount\nAcme,12\nBeta,1,500\nGamma\nDelta,2,000\n')
    expect(summary.notices.map((n) => fileIssueIn(n, 'de'))).toEqual([
      'Zeile 3 hat 3 Felder, die Kopfzeile hat 2.',
      'Zeile 4 hat 1 Feld, die Kopfzeile hat 2.',
      'Zeile 5 hat 3 Felder, die Kopfzeile hat 2.',
    ])
    expect(summary.notices.map((n) => fileIssueIn(n, 'ru'))).toEqual([
      'В строке 3 3 поля, в заголовке — 2.',
      'В строке 4 1 поле, в заголовке — 2.',
      'В строке 5 3 поля, в заголовке — 2.',
    ])
    expect(summary.notices.map((n) => fileIssueIn(n, 'en'))).toEqual([
      'Row 3 has 3 fields; the header has 2.',
      'Row 4 has 1 field; the header has 2.',
      'Row 5 has 3 fields; the header has 2.',
    ])
    const [wide] = summary.fileWarnings
    expect(wide).toMatchObject({
      code: 'ROW_TOO_WIDE',
      key: 'ROW_TOO_WIDE.many',
      params: { n: 2, row: 3, column: 'Column C', columns: 2 },
    })
    expect(fileIssueIn(wide!, 'de')).toMatch(
      /^wide\.csv: 2 Zeilen \(die erste ist Zeile 3\) haben mehr Zellen, als die Kopfzeile Spalten hat \(2\); der überzählige Text steht in „Column C“/,
    )
    expect(fileIssueIn(wide!, 'ru')).toMatch(
      /^wide\.csv: в 2 строках \(первая — строка 3\) больше ячеек, чем столбцов в заголовке \(2\); лишний текст находится в столбце «Column C»/,
    )
  })

  it('words invalid UTF-8 and a file named like a workbook that is text', async () => {
    // The invalid byte lies past what the encoding is sniffed from, so the file is read as UTF-8.
    const head = Array.from({ length: 9000 }, (_, i) => `${i + 1},Köln\n`).join('')
    const bytes = new Uint8Array([...Buffer.from(`Id,City\n${head}9001,M`), 0xfc, ...Buffer.from('nchen\n')])
    const summary = await read('latin.xlsx', bytes)
    expect(summary.notices.map((n) => n.code)).toEqual(['EXTENSION_MISMATCH', 'INVALID_UTF8'])
    const [mismatch, invalid] = summary.notices
    expect(mismatch!.message).toBe(
      'latin.xlsx is named like an Excel workbook (XLSX) but is a text (CSV) file; it was read as what it is.',
    )
    expect(fileIssueIn(mismatch!, 'de')).toBe(
      'Die Datei latin.xlsx ist wie eine Excel-Arbeitsmappe (XLSX) benannt, ist aber eine Textdatei (CSV); sie wurde als das gelesen, was sie ist.',
    )
    expect(fileIssueIn(mismatch!, 'ru')).toBe(
      'Имя файла latin.xlsx указывает на книгу Excel (XLSX), но на самом деле это текстовый файл (CSV); файл прочитан по его настоящему формату.',
    )
    expect(invalid).toMatchObject({ row: 9002, key: 'INVALID_UTF8', params: { row: 9002 } })
    expect(invalid!.message).toBe(
      'Row 9002 has bytes that are not valid UTF-8; they are shown as \u{FFFD}. If letters such as é or ü look wrong, reopen the file with the Windows-1252 encoding.',
    )
    expect(fileIssueIn(invalid!, 'de')).toBe(
      'Zeile 9002 enthält Bytes, die kein gültiges UTF-8 sind; sie werden als \u{FFFD} angezeigt. Wenn Buchstaben wie é oder ü falsch aussehen, öffnen Sie die Datei erneut mit der Kodierung Windows-1252.',
    )
    expect(fileIssueIn(invalid!, 'ru')).toBe(
      'В строке 9002 есть байты, недопустимые в UTF-8; они показаны как \u{FFFD}. Если буквы вроде é или ü выглядят неправильно, откройте файл заново с кодировкой Windows-1252.',
    )
  })

  it('leaves names of files and columns as they are, and a problem without a key in English', () => {
    const warning = { message: 'English', key: 'SHEET_EMPTY', params: { sheet: 'Monday', file: 'Germany.xlsx' } }
    expect(fileIssueIn(warning, 'de')).toBe('Das Blatt „Monday“ in Germany.xlsx hat keine Zellen mit Daten.')
    expect(fileIssueIn({ message: 'Old English only' }, 'ru')).toBe('Old English only')
  })

  it('words the failures that stop a file from opening, the English message as before', async () => {
    const failure = async (name: string, content: string): Promise<IngestError> => {
      const path = join(dir, name)
      writeFileSync(path, content)
      const error = await readSource(path, {}, new CollectSink(), DEFAULT_LIMITS).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(IngestError)
      return error as IngestError
    }
    const worded = (error: IngestError, language: 'de' | 'ru') =>
      fileIssueIn({ message: error.message, ...error.wording }, language)

    const page = await failure(
      'export.xls',
      '<!DOCTYPE html><html><body><table><tr><td>Email</td></tr></table></body></html>',
    )
    expect([page.code, page.wording?.key]).toEqual(['FILE_NOT_A_TABLE', 'FILE_NOT_A_TABLE.html'])
    expect(page.message).toBe(
      'export.xls is a web page (HTML), not a CSV or Excel workbook, so nothing was read from it. ' +
        'Open it in Excel (or LibreOffice) and save it as .xlsx or .csv, then open that file.',
    )
    expect(worded(page, 'de')).toBe(
      'export.xls ist eine Webseite (HTML), keine CSV-Datei und keine Excel-Arbeitsmappe, daher wurde nichts daraus gelesen. ' +
        'Öffnen Sie sie in Excel (oder LibreOffice), speichern Sie sie als .xlsx oder .csv und öffnen Sie dann diese Datei.',
    )
    expect(worded(page, 'ru')).toMatch(/^export\.xls — это веб-страница \(HTML\), а не CSV и не книга Excel/)

    const empty = await failure('leer.csv', '')
    expect([empty.code, empty.message, worded(empty, 'de'), worded(empty, 'ru')]).toEqual([
      'FILE_EMPTY',
      'The file leer.csv is empty.',
      'Die Datei leer.csv ist leer.',
      'Файл leer.csv пуст.',
    ])

    // A folder is refused before it is read (a folder opens on Linux, so the CSV reader's own check answers).
    mkdirSync(join(dir, 'ordner.csv'))
    const folder = (await readCsvFile(join(dir, 'ordner.csv'), {}, new CollectSink(), DEFAULT_LIMITS).catch(
      (e: unknown) => e,
    )) as IngestError
    expect([folder.code, worded(folder, 'de'), worded(folder, 'ru')]).toEqual([
      'NOT_A_FILE',
      'ordner.csv ist ein Ordner, keine Datei.',
      'ordner.csv — это папка, а не файл.',
    ])

    const missing = (await readSource(join(dir, 'weg.csv'), {}, new CollectSink(), DEFAULT_LIMITS).catch(
      (e: unknown) => e,
    )) as IngestError
    expect(missing.message).toBe(`weg.csv was not found at ${join(dir, 'weg.csv')}. It may have been moved or deleted.`)
    expect(worded(missing, 'de')).toBe(
      `weg.csv wurde unter ${join(dir, 'weg.csv')} nicht gefunden. Vielleicht wurde die Datei verschoben oder gelöscht.`,
    )
    expect(worded(missing, 'ru')).toBe(
      `Файл weg.csv не найден по пути ${join(dir, 'weg.csv')}. Возможно, его переместили или удалили.`,
    )
  })
})
