// A column an operation adds can be mapped like the file's own: First and Last Name merged into one column,
// mapped to the whole name, checked, and exported split again as Twenty wants it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { expect, test } from '../fixtures'
import { MappingPage } from '../pages/mapping-page'
import { openCheckedPeople } from '../support/people-session'

test('maps a merged column to the full name and exports it split into first and last name', async ({ app }) => {
  const { page, issues } = await openCheckedPeople(app)
  const mapping = new MappingPage(page)
  await page.getByTestId('tools-column').selectOption('c0')
  await page.getByTestId('tools-merge-with').selectOption('c1')
  await page.getByTestId('tools-merge-name').fill('Full name')
  await page.getByTestId('tools-merge').click()

  await mapping.openButton.click()
  await expect(mapping.row('Full name')).toContainText('Ada Lovelace')
  await mapping.field('First Name').selectOption('')
  await mapping.field('Last Name').selectOption('')
  await mapping.field('Full name').selectOption('name')
  await mapping.dataButton.click()
  await expect(issues.status).toContainText('3 rows with errors')

  const out = join(app.tempDir, 'export')
  await app.pickFolderNext(out)
  await page.getByTestId('export-button').click()
  await page.getByTestId('export-confirm').click()
  await expect(page.getByTestId('export-note')).toContainText('7 records')
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(out, 'people-001.csv'), 'utf8').replace(/^\\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
  expect(rows.find((r) => r['Emails / Primary Email'] === 'ada.lovelace@analytical.io')).toMatchObject({ 'Name / First Name': 'Ada', 'Name / Last Name': 'Lovelace' })
})
