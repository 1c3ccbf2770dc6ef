// A consultant opens a people export and sees, without leaving the grid, which cells Twenty would reject,
// which were fixed safely, and the rows behind each kind of problem.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { CellDetailPage } from '../pages/cell-detail-page'
import { IssuesPage } from '../pages/issues-page'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'

test('checks every value in a worker, marks cells, filters rows by issue and steps through them with F8', async ({
  app,
}) => {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  const mapping = new MappingPage(app.page)
  await ui.openAndWait(app.dataFile('people-us.csv'), 10)
  await expect(issues.status).toHaveAttribute('data-status', 'done')
  // National numbers need a country: until the file has one, they are errors.
  await expect(issues.code('Phone', 'PHONE_NO_COUNTRY')).toBeVisible()
  await mapping.openButton.click()
  await mapping.defaultCountry.selectOption('US')
  await mapping.dataButton.click()
  await expect(issues.status).toContainText('3 rows with errors')

  // Row 4 (Alan): an email without a top-level domain; row 6 (Linus): Grace's email again.
  await expect(ui.cell(2, 'c2')).toHaveClass(/grid-cell-error/)
  await expect(ui.cell(4, 'c2')).toHaveClass(/grid-cell-error/)
  // Ada's email was trimmed and lowercased: fixed, not an error.
  await expect(ui.cell(0, 'c2')).toHaveClass(/grid-cell-fixed/)
  await expect(ui.cell(1, 'c2')).not.toHaveClass(/grid-cell-(error|warning|fixed)/)
  await ui.screenshot('check-people')

  await ui.cell(2, 'c2').hover()
  await expect(app.page.locator('.ag-tooltip')).toContainText('Error:')

  await issues.code('Email', 'DUPLICATE_IN_FILE').click()
  await expect(issues.filterLabel).toContainText('1 row')
  await expect(ui.rowNumber(0)).toHaveText('6')
  await issues.clearFilter.click()

  await issues.errorsOnly.click()
  await expect(issues.filterLabel).toContainText('3 rows')
  await expect(ui.rowNumber(0)).toHaveText('4')
  await expect(ui.rowNumber(2)).toHaveText('7')
  await ui.screenshot('check-errors-only')
  await issues.clearFilter.click()

  // F8 from the first cell lands on the first row with an issue; Shift+F8 goes back round to the last.
  await ui.cell(0, 'c0').click()
  await app.page.keyboard.press('F8')
  await expect(ui.focusedCell).toHaveCount(1)
  const focusedRow = ui.focusedRowNumber
  const first = Number(await focusedRow.textContent())
  expect(first).toBeGreaterThan(2)
  await app.page.keyboard.press('Shift+F8')
  await expect(focusedRow).not.toHaveText(String(first))
})

test('F8 visits every issue, a row’s later ones before the next row’s', async ({ app }) => {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  const file = join(app.tempDir, 'two-per-row.csv')
  // Row 2: a bad email and a bad phone; row 3: clean; row 4: a bad email.
  writeFileSync(
    file,
    'First Name,Email,Phone\nAda,ada@nowhere,12\nGrace,grace@example.com,+1 415 555 0100\nAlan,alan@@example.com,+1 415 555 0101\n',
  )
  await ui.openAndWait(file, 3)
  await expect(issues.status).toHaveAttribute('data-status', 'done')
  await ui.cell(1, 'c0').click()
  const focused = ui.focusedCell
  const visit = async () => {
    await app.page.keyboard.press('F8')
    const row = await ui.focusedRowNumber.textContent()
    return `${row?.trim()}:${await focused.getAttribute('col-id')}`
  }
  expect([await visit(), await visit(), await visit()]).toEqual(['4:c1', '2:c1', '2:c2'])
  await app.page.keyboard.press('Shift+F8')
  await expect(focused).toHaveAttribute('col-id', 'c1')
})

test('lists the check’s notes on whole columns beside the grid, as the CLI reports them', async ({ app }) => {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  const file = join(app.tempDir, 'deals.csv')
  // Close dates without a time (stored as midnight UTC), and amounts whose separator no value decides.
  writeFileSync(
    file,
    'Deal Name,Amount,Close Date\nRenewal,1.250,2025-03-01\nPilot,2.500,2025-04-15\nSpring,7.125,2025-05-02\n',
  )
  await ui.openAndWait(file, 3)
  await expect(issues.status).toHaveAttribute('data-status', 'done')
  await expect(issues.columnNote('Close Date')).toContainText('midnight UTC')
  await expect(issues.columnNote('Amount')).not.toHaveCount(0)
  await ui.screenshot('issues-column-notes')
})

test('one click reads national numbers in each row’s country from a Country column that is not imported', async ({
  app,
}) => {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  const file = join(app.tempDir, 'contacts.csv')
  writeFileSync(
    file,
    'Email,Phone,Country\nada@example.com,06 12 34 56 78,France\ngrace@example.com,(415) 555-0100,United States\nalan@example.com,020 7946 0958,UK\n',
  )
  await ui.openAndWait(file, 3)
  await expect(issues.status).toHaveAttribute('data-status', 'done')
  await expect(issues.code('Phone', 'PHONE_NO_COUNTRY')).toBeVisible()
  const offer = issues.useCountryColumn
  await expect(offer).toHaveText('Read each row’s numbers in its country (column “Country”)')
  await ui.screenshot('issues-country-offer')
  await offer.click()
  await expect(issues.status).toHaveText('No problems found.')
  await expect(issues.countryUsing).toContainText('from column “Country”')
  await ui.cell(0, 'c1').click()
  const detail = new CellDetailPage(app.page)
  await expect(detail.received).toContainText('primaryPhoneCountryCode: FR')
  // An edited number is read, in the cell detail as in the grid, in its row's country too.
  await app.page.keyboard.type('01 23 45 67 89')
  await app.page.keyboard.press('Enter')
  await ui.cell(0, 'c1').click()
  await expect(detail.received).toContainText('primaryPhoneNumber: 123456789')
  await expect(detail.received).toContainText('primaryPhoneCountryCode: FR')
  await expect(detail.state).not.toHaveAttribute('data-state', 'error')
  // Stopping puts the numbers back without a country.
  await issues.stopCountryColumn.click()
  await expect(issues.code('Phone', 'PHONE_NO_COUNTRY')).toBeVisible()
})

test('one click reads numbers without a + in the country most numbers call', async ({ app }) => {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  const file = join(app.tempDir, 'us-contacts.csv')
  writeFileSync(
    file,
    'Email,Phone\nada@example.com,+1 415 555 0100\ngrace@example.com,+1 (212) 555-0101\nalan@example.com,617 555 0102\nlinus@example.com,+1 503 555 0103\n',
  )
  await ui.openAndWait(file, 4)
  await expect(issues.code('Phone', 'PHONE_NO_COUNTRY')).toBeVisible()
  const offer = issues.useDefaultCountry
  await expect(offer).toHaveText('Most numbers are from United States: read those without a + there too')
  await offer.click()
  await expect(issues.status).toHaveText('No problems found.')
})
