// A consultant exports the cleaned file: Twenty's import format for the valid rows (edits included, values
// normalised), and the rows with errors as a fix sheet that reads back by row id.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Papa from 'papaparse'
import { readFixSheet } from '../../electron/main/export/read-fix-sheet'
import { expect, test } from '../fixtures'
import { IssuesPage } from '../pages/issues-page'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'

test('exports valid rows in Twenty’s import format and the rest as a fix sheet, edits included', async ({ app }) => {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  const mapping = new MappingPage(app.page)
  const page = app.page
  await ui.openAndWait(app.dataFile('people-us.csv'), 10)
  await mapping.openButton.click()
  await mapping.defaultCountry.selectOption('US')
  await mapping.dataButton.click()
  await expect(issues.status).toContainText('3 rows with errors')
  await ui.cell(2, 'c2').click()
  await page.keyboard.press('Enter')
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('alan.turing@enigma.org')
  await page.keyboard.press('Enter')
  await expect(issues.status).toContainText('2 rows with errors')

  const out = join(app.tempDir, 'export')
  await app.pickFolderNext(out)
  await page.getByTestId('export-button').click()
  await expect(page.getByTestId('export-note')).toContainText('8 records')
  expect(readdirSync(out).sort()).toEqual(['people-001.csv', 'people-rejected.xlsx'])
  await ui.screenshot('export-done')

  const rows = Papa.parse<Record<string, string>>(readFileSync(join(out, 'people-001.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
  expect(rows).toHaveLength(8)
  expect(rows.map((r) => r['Emails / Primary Email'])).toContain('alan.turing@enigma.org')
  expect(rows.find((r) => r['Name / First Name'] === 'Ada')).toMatchObject({ 'Emails / Primary Email': 'ada.lovelace@analytical.io' })

  const sheet = await readFixSheet(join(out, 'people-rejected.xlsx'), ['First Name', 'Last Name', 'Email', 'Phone'], { workerPath: resolve('out/main/parse-worker.js') })
  expect(sheet.rows.map((r) => r.cells['First Name']).sort()).toEqual(['Linus', 'Margaret'])
})
