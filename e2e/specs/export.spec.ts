// A consultant exports the cleaned file: Twenty's import format for the valid rows (edits included, values
// normalised), and the rows with errors as a fix sheet that reads back by row id.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Papa from 'papaparse'
import { readFixSheet } from '../../electron/main/export/read-fix-sheet'
import { expect, test } from '../fixtures'
import { openCheckedPeople, typeInCell } from '../support/people-session'

test('exports valid rows in Twenty’s import format and the rest as a fix sheet, edits included', async ({ app }) => {
  const { ui, issues, page } = await openCheckedPeople(app)
  await typeInCell(ui, 2, 'c2', 'alan.turing@enigma.org')
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
