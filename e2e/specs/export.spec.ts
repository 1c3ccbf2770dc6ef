// A consultant exports the cleaned file: Twenty's import format for the valid rows (edits included, values
// normalised), and the rows with errors as a fix sheet that reads back by row id.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import Papa from 'papaparse'
import { readFixSheet } from '../../electron/main/export/read-fix-sheet'
import { expect, test } from '../fixtures'
import { ExportPage } from '../pages/export-page'
import { HistoryPage } from '../pages/history-page'
import { openCheckedPeople } from '../support/people-session'

test('exports valid rows in Twenty’s import format and the rest as a fix sheet, edits included', async ({ app }) => {
  const { ui, issues, page } = await openCheckedPeople(app)
  const exporter = new ExportPage(app)
  await ui.typeInCell(2, 'c2', 'alan.turing@enigma.org')
  await expect(issues.status).toContainText('2 rows with errors')

  const out = join(app.tempDir, 'export')
  await exporter.openDialog(out)
  // Before anything is written: how many rows go, how many are kept out and why.
  await expect(exporter.going).toHaveText('8 rows go to the import files.')
  await expect(exporter.keptOut).toHaveText('2 rows are kept out and go to the fix sheet:')
  await expect(exporter.reasons).not.toHaveCount(0)
  await ui.screenshot('export-readiness')
  // Escape writes nothing; "Show the rows kept out" filters the grid to them.
  await page.keyboard.press('Escape')
  await expect(exporter.readiness).toBeHidden()
  expect(readdirSync(app.tempDir)).not.toContain('export')
  await exporter.openDialog()
  await exporter.showKeptOut.click()
  await expect(exporter.readiness).toBeHidden()
  await expect(issues.filterLabel).toContainText('2 rows')
  await issues.clearFilter.click()
  await exporter.openDialog()
  await exporter.write()
  await expect(exporter.note).toContainText('8 records')
  expect(readdirSync(out).sort()).toEqual(['people-001.csv', 'people-rejected.xlsx'])
  await ui.screenshot('export-done')

  const rows = Papa.parse<Record<string, string>>(
    readFileSync(join(out, 'people-001.csv'), 'utf8').replace(/^\uFEFF/, ''),
    { header: true, skipEmptyLines: true },
  ).data
  expect(rows).toHaveLength(8)
  expect(rows.map((r) => r['Emails / Primary Email'])).toContain('alan.turing@enigma.org')
  expect(rows.find((r) => r['Name / First Name'] === 'Ada')).toMatchObject({
    'Emails / Primary Email': 'ada.lovelace@analytical.io',
  })

  const sheet = await readFixSheet(join(out, 'people-rejected.xlsx'), ['First Name', 'Last Name', 'Email', 'Phone'], {
    workerPath: resolve('out/main/parse-worker.js'),
  })
  expect(sheet.rows.map((r) => r.cells['First Name']).sort()).toEqual(['Linus', 'Margaret'])

  // The client fixes both rows in Excel and sends the sheet back; merging it fixes the table in one step.
  const returned = join(app.tempDir, 'people-rejected-returned.xlsx')
  fixInExcel(join(out, 'people-rejected.xlsx'), returned, {
    Linus: { Email: 'linus@kernel.org' },
    Margaret: { Phone: '+1 617 555 0100' },
  })
  await exporter.mergeFixSheet(returned)
  await expect(exporter.mergeNote).toContainText('2 cells changed')
  await expect(issues.status).toContainText('0 rows with errors')
  await expect(new HistoryPage(page).last).toContainText('Set 2 cells')
  await ui.screenshot('fix-sheet-merged')
})

/** What a client does in Excel: changes some cells of the rows named by first name, then saves a copy. */
function fixInExcel(from: string, to: string, edits: Record<string, Record<string, string>>): void {
  const XLSX = createRequire(__filename)('sheetjs-style') as {
    readFile(path: string): { SheetNames: string[]; Sheets: Record<string, Record<string, { v: unknown; t: string }>> }
    writeFile(book: unknown, path: string): void
    utils: {
      sheet_to_json(sheet: unknown, options: { header: 1; defval: string }): string[][]
      encode_cell(at: { r: number; c: number }): string
    }
  }
  const book = XLSX.readFile(from)
  const sheet = book.Sheets[book.SheetNames[0]!]!
  const rows = XLSX.utils.sheet_to_json(sheet, { header: 1, defval: '' })
  const header = rows[0]!
  rows.forEach((row, r) => {
    const change = edits[row[header.indexOf('First Name')]!]
    if (!change) return
    for (const [column, value] of Object.entries(change))
      sheet[XLSX.utils.encode_cell({ r, c: header.indexOf(column) })] = { v: value, t: 's' }
  })
  XLSX.writeFile(book, to)
}
