// A consultant maps a client's columns: suggestions from German headers, a changed choice, a field taken
// twice, another target object, all from the keyboard; and picks the time zone a file's date-times are in.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { expect, test } from '../fixtures'
import { ExportPage } from '../pages/export-page'
import { IssuesPage } from '../pages/issues-page'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'

test('suggests fields for a German companies export and lets the user change them from the keyboard', async ({
  app,
}) => {
  const ui = new PreflightPage(app)
  const mapping = new MappingPage(app.page)
  await ui.openAndWait(app.dataFile('companies-eu.csv'), 6)
  await mapping.openButton.click()
  await expect(mapping.root).toBeVisible()
  // The file name says companies; the headers are German.
  await expect(mapping.object).toHaveValue('companies')
  await expect(mapping.field('Firma')).toHaveValue('name')
  await expect(mapping.field('Webseite')).toHaveValue('domainName.primaryLinkUrl')
  await expect(mapping.field('Mitarbeiter')).toHaveValue('employees')
  await expect(mapping.row('Firma')).toContainText('Müller & Söhne GmbH')
  await expect(mapping.reason('Firma')).not.toHaveText('')
  await ui.screenshot('mapping-companies')

  // Send a second column to the company name: the screen says so before anyone moves on.
  await mapping.field('Ort').focus()
  await mapping.field('Ort').selectOption('name')
  await expect(mapping.problems.filter({ hasText: '“Firma” and “Ort” both go to' })).toHaveCount(1)
  await expect(mapping.reason('Ort')).toHaveText('your choice')
  await mapping.field('Ort').selectOption('')
  await expect(mapping.problems).toHaveCount(0)
  await expect(mapping.ok).toBeVisible()

  // The search narrows the pickers to matching fields, keeping each column's own choice.
  await mapping.search.fill('employees')
  await expect(mapping.field('Firma').locator('option')).toHaveText(['Do not import', 'Name', 'Employees'])
  await mapping.search.fill('')

  await mapping.object.selectOption('people')
  await expect(mapping.field('Firma')).not.toHaveValue('name')
  await mapping.dataButton.click()
  await expect(ui.grid).toBeVisible()
})

test('opens a file as the object its columns describe, whatever its name, and offers the others', async ({ app }) => {
  const ui = new PreflightPage(app)
  const mapping = new MappingPage(app.page)
  // Named for no object (people would be the guess); its columns are a deals export's.
  const file = join(app.tempDir, 'export-2024-q1.csv')
  writeFileSync(
    file,
    'Deal Name,Amount,Close Date,Stage,Contact Email\nRenewal,12000,2025-03-01,NEW,ada@example.com\nPilot,3000,2025-04-15,MEETING,grace@example.com\n',
  )
  await ui.openAndWait(file, 2)
  await mapping.openButton.click()
  await expect(mapping.object).toHaveValue('opportunities')
  await expect(mapping.field('Deal Name')).toHaveValue('name')
  await expect(mapping.field('Close Date')).toHaveValue('closeDate')
  // The email column fits people: offered, one keypress away, and taken back as easily.
  await expect(mapping.fit('people')).toBeVisible()
  await expect(mapping.fit('opportunities')).toHaveCount(0)
  await ui.screenshot('mapping-object-from-columns')
  await mapping.fit('people').focus()
  await app.page.keyboard.press('Enter')
  await expect(mapping.object).toHaveValue('people')
  await expect(mapping.field('Contact Email')).toHaveValue('emails.primaryEmail')
  await mapping.fit('opportunities').click()
  await expect(mapping.object).toHaveValue('opportunities')
})

test('says which columns will not be imported, on the mapping screen and in the grid', async ({ app }) => {
  const ui = new PreflightPage(app)
  const mapping = new MappingPage(app.page)
  const file = join(app.tempDir, 'contacts.csv')
  writeFileSync(
    file,
    'First Name,Last Name,Email,Favourite colour,Shoe size\nAda,Lovelace,ada@example.com,green,38\nGrace,Hopper,grace@example.com,blue,37\n',
  )
  await ui.openAndWait(file, 2)
  await mapping.openButton.click()
  await expect(mapping.object).toHaveValue('people')
  await expect(mapping.field('Favourite colour')).toHaveValue('')
  await expect(mapping.leftOut).toHaveText('2 of 5 columns will not be imported: “Favourite colour”, “Shoe size”.')
  // Nothing required is missing, and the screen no longer claims every column has a place.
  await expect(mapping.ok).toHaveText('Nothing required is missing.')
  await mapping.field('Shoe size').selectOption('jobTitle')
  await expect(mapping.leftOut).toHaveText('1 of 5 columns will not be imported: “Favourite colour”.')
  await mapping.dataButton.click()
  await expect(ui.grid).toBeVisible()
  // In the grid the column left out is drawn muted, and its header says why.
  const header = (name: string) => ui.grid.locator('.ag-header-cell').filter({ hasText: name })
  await expect(header('Favourite colour')).toHaveClass(/grid-header-left-out/)
  await expect(header('Shoe size')).not.toHaveClass(/grid-header-left-out/)
  await expect(ui.grid.locator('.ag-cell.grid-cell-left-out').first()).toHaveText(/green|blue/)
  await ui.screenshot('grid-left-out-column')
  await mapping.openButton.click()
  await mapping.field('Favourite colour').selectOption('city')
  await expect(mapping.leftOut).toHaveCount(0)
  await expect(mapping.ok).toHaveText('Every column has a place, and nothing required is missing.')
})

test('offers a column of currencies for an amount that has none, in one click', async ({ app }) => {
  const ui = new PreflightPage(app)
  const mapping = new MappingPage(app.page)
  const file = join(app.tempDir, 'pipeline.csv')
  writeFileSync(
    file,
    'Deal Name,Amount,Denomination,Close Date\nRenewal,12000,EUR,2025-03-01\nPilot,3000,usd,2025-04-15\n',
  )
  await ui.openAndWait(file, 2)
  await mapping.openButton.click()
  await mapping.object.selectOption('opportunities')
  await expect(mapping.problemFix('CURRENCY_CODE_UNMAPPED')).toHaveText('Use “Denomination” for the currency')
  await ui.screenshot('mapping-currency-fix')
  await mapping.problemFix('CURRENCY_CODE_UNMAPPED').click()
  await expect(mapping.field('Denomination')).toHaveValue('amount.currencyCode')
  await expect(mapping.problem('CURRENCY_CODE_UNMAPPED')).toHaveCount(0)
})

test('reads date-times without a zone in the time zone picked beside the date order', async ({ app }) => {
  const ui = new PreflightPage(app)
  const mapping = new MappingPage(app.page)
  const issues = new IssuesPage(app.page)
  const file = join(app.tempDir, 'deals.csv')
  writeFileSync(
    file,
    'Deal,Close date\nRenewal,2024-03-05 14:30\nPilot,2024-07-01T09:00:00Z\nSpring,2024-03-10 02:30\n',
  )
  await ui.openAndWait(file, 3)
  await mapping.openButton.click()
  await mapping.object.selectOption('opportunities')
  await mapping.field('Deal').selectOption('name')
  await mapping.field('Close date').selectOption('closeDate')

  // The picker sits beside the day/month order and starts at this computer's zone.
  const machine = await app.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
  await expect(mapping.timeZone).toHaveValue(machine)
  await expect(mapping.timeZoneOption('Europe/Berlin')).toHaveCount(1)
  await mapping.chooseTimeZone('Mars/Olympus')
  await expect(mapping.timeZoneError).toContainText('“Mars/Olympus” is not a time zone')
  await mapping.chooseTimeZone('america/new_york')
  await expect(mapping.timeZone).toHaveValue('America/New_York')
  await expect(mapping.timeZoneError).toHaveCount(0)
  // The check's column note names the zone the picker set.
  await expect(mapping.timeZoneNote('Close date', 'DATETIME_NO_TIMEZONE')).toContainText(
    'read in America/New_York time',
  )
  await app.page.screenshot({ path: '/tmp/mapping-time-zone.png' })

  // 14:30 in New York is 19:30 UTC; a value with its own offset keeps it; 02:30 on 10 March 2024 never
  // happened in New York, so it is read as 03:30 and said so.
  await mapping.dataButton.click()
  await expect(issues.code('Close date', 'DATETIME_NONEXISTENT')).toContainText('1')
  const out = join(app.tempDir, 'export')
  const exporter = new ExportPage(app)
  await exporter.exportTo(out)
  await expect(exporter.note).toContainText('3 records')
  const name = readdirSync(out).find((f) => f.endsWith('-001.csv'))!
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(out, name), 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data
  const closeDate = Object.keys(rows[0]!).find((header) => header.toLowerCase().includes('close'))!
  expect(rows.map((r) => [r['Name'], r[closeDate]])).toEqual([
    ['Renewal', '2024-03-05T19:30:00.000Z'],
    ['Pilot', '2024-07-01T09:00:00.000Z'],
    ['Spring', '2024-03-10T07:30:00.000Z'],
  ])
})
