// A column an operation adds can be mapped like the file's own: First and Last Name merged into one column,
// mapped to the whole name, checked, and exported split again as Twenty wants it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { expect, test } from '../fixtures'
import { ColumnToolsPage } from '../pages/column-tools-page'
import { ExportPage } from '../pages/export-page'
import { openCheckedPeople } from '../support/people-session'

test('maps a merged column to the full name and exports it split into first and last name', async ({ app }) => {
  const { page, issues, mapping } = await openCheckedPeople(app)
  await new ColumnToolsPage(page).mergeColumns('c0', 'c1', 'Full name')

  await mapping.openButton.click()
  await expect(mapping.row('Full name')).toContainText('Ada Lovelace')
  await mapping.field('First Name').selectOption('')
  await mapping.field('Last Name').selectOption('')
  await mapping.field('Full name').selectOption('name')
  await mapping.dataButton.click()
  await expect(issues.status).toContainText('3 rows with errors')

  const out = join(app.tempDir, 'export')
  const exporter = new ExportPage(app)
  await exporter.exportTo(out)
  await expect(exporter.note).toContainText('7 records')
  const rows = Papa.parse<Record<string, string>>(
    readFileSync(join(out, 'people-001.csv'), 'utf8').replace(/^\\uFEFF/, ''),
    { header: true, skipEmptyLines: true },
  ).data
  expect(rows.find((r) => r['Emails / Primary Email'] === 'ada.lovelace@analytical.io')).toMatchObject({
    'Name / First Name': 'Ada',
    'Name / Last Name': 'Lovelace',
  })
})
