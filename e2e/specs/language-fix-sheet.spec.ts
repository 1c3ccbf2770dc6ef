// The app in the client's language end to end: switched to Russian, then German, a screen and a cell's message
// read in that language, and the fix sheet exported for the client (its language picked in the export dialog,
// the app's by default) has its sheet names, headings and problems in it.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { ExportPage } from '../pages/export-page'
import { openCheckedPeople } from '../support/people-session'

interface Book {
  SheetNames: string[]
  Sheets: Record<string, unknown>
}
const XLSX = createRequire(__filename)('sheetjs-style') as {
  readFile(path: string): Book
  utils: { sheet_to_json(sheet: unknown, options: { header: 1; defval: string }): string[][] }
}
const rowsOf = (book: Book, sheet: string): string[][] =>
  XLSX.utils.sheet_to_json(book.Sheets[sheet], { header: 1, defval: '' })

test('a screen, a cell message and the fix sheet in Russian, then in German', async ({ app }) => {
  const { ui, issues, page } = await openCheckedPeople(app)
  const exporter = new ExportPage(app)

  // Russian: the screen, then a duplicate's message on its cell.
  await ui.switchLanguage('ru')
  await expect(ui.rowCount).toHaveText('10 строк')
  await expect(issues.title).toHaveText('Проблемы')
  await expect(issues.code('Email', 'DUPLICATE_IN_FILE')).toContainText('Дубликат в этом файле')
  await ui.cell(4, 'c2').hover()
  await expect(ui.tooltip).toContainText('Ошибка: «grace@cobol.dev» есть и в строке 3')
  await ui.screenshot('language-fix-sheet-grid-ru')

  // The export dialog offers the fix sheet in the app's language.
  await page.mouse.move(0, 0)
  await expect(page.locator('.ag-tooltip')).toHaveCount(0)
  const outRu = join(app.tempDir, 'export-ru')
  await exporter.openDialog(outRu)
  await expect(exporter.keptOut).toHaveText('3 строки не войдут и попадут в лист исправлений:')
  await expect(exporter.labelled('Язык листа исправлений')).toHaveValue('ru')
  await ui.screenshot('language-fix-sheet-dialog-ru')
  await exporter.write()
  await expect(exporter.note).toContainText('export-ru')

  const russian = XLSX.readFile(join(outRu, 'people-rejected.xlsx'))
  expect(russian.SheetNames).toEqual(['Строки для исправления', 'Как исправить'])
  const ruRows = rowsOf(russian, 'Строки для исправления')
  expect(ruRows[0]![0]).toBe('ID строки Preflight (не изменять)')
  expect(ruRows[0]![1]).toBe('Строка в вашем файле')
  expect(ruRows[0]!.at(-1)).toBe('Проблемы')
  expect(ruRows.map((row) => row.at(-1)).join('\n')).toContain('Email: «grace@cobol.dev» есть и в строке 3')
  const ruHowTo = rowsOf(russian, 'Как исправить').map((row) => row[0])
  expect(ruHowTo[0]).toBe('Как исправить этот файл')
  expect(ruHowTo[1]).toBe('Строки, которые Preflight не включил в импорт «people».')

  // German: the same, and the dialog's language select is reached from the keyboard.
  await ui.switchLanguage('de')
  await expect(ui.rowCount).toHaveText('10 Zeilen')
  await expect(issues.code('Email', 'DUPLICATE_IN_FILE')).toBeVisible()
  await ui.cell(4, 'c2').hover()
  await expect(ui.tooltip).toContainText('„grace@cobol.dev“ steht auch in Zeile 3')
  await ui.screenshot('language-fix-sheet-grid-de')

  await page.mouse.move(0, 0)
  await expect(page.locator('.ag-tooltip')).toHaveCount(0)
  const outDe = join(app.tempDir, 'export-de')
  await exporter.openDialog(outDe)
  await expect(exporter.keptOut).toHaveText('3 Zeilen bleiben draußen und kommen ins Korrekturblatt:')
  await expect(exporter.confirmButton).toBeFocused()
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab')
  await expect(exporter.sheetLanguage).toBeFocused()
  await expect(exporter.sheetLanguage).toHaveValue('de')
  await expect(exporter.labelled('Sprache des Korrekturblatts')).toBeVisible()
  await ui.screenshot('language-fix-sheet-dialog-de')
  await exporter.write()
  await expect(exporter.note).toContainText('export-de')

  const german = XLSX.readFile(join(outDe, 'people-rejected.xlsx'))
  expect(german.SheetNames).toEqual(['Zu korrigierende Zeilen', 'Anleitung'])
  const deRows = rowsOf(german, 'Zu korrigierende Zeilen')
  expect(deRows[0]![0]).toBe('Preflight-Zeilen-ID (nicht ändern)')
  expect(deRows[0]!.at(-1)).toBe('Probleme')
  expect(deRows.map((row) => row.at(-1)).join('\n')).toContain('Email: „grace@cobol.dev“ steht auch in Zeile 3')
  expect(rowsOf(german, 'Anleitung')[0]![0]).toBe('So korrigieren Sie diese Datei')

  // A language other than the app's, picked in the dialog, is the one the sheet is written in.
  const outFr = join(app.tempDir, 'export-fr')
  await exporter.openDialog(outFr)
  await exporter.sheetLanguage.selectOption('fr')
  await exporter.write()
  await expect(exporter.note).toContainText('export-fr')
  expect(XLSX.readFile(join(outFr, 'people-rejected.xlsx')).SheetNames).toEqual([
    'Lignes à corriger',
    'Comment corriger',
  ])
})
