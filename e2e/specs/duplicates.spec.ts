// Duplicates by chosen columns: the same person typed three ways (case, accents, spaces) across rows is found
// by first and last name, shown in the grid, merged field by field in one step, and the merge undone.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { PreflightPage } from '../pages/preflight-page'

const PEOPLE = [
  'First Name,Last Name,Email,Company',
  'Ada,Lovelace,ada@analytical.io,',
  'Grace,Hopper,grace@navy.mil,US Navy',
  'ADA ,lovelace,,Analytical Engines',
  'Alan,Turing,alan@bletchley.uk,',
  'Adá,  Lovelace,ada.l@analytical.io,Babbage & Co',
].join('\n')

test('finds duplicates by first and last name, shows them, merges each group and undoes it', async ({ app }) => {
  const ui = new PreflightPage(app)
  const page = app.page
  const path = join(app.tempDir, 'people-dupes.csv')
  writeFileSync(path, `${PEOPLE}\n`)
  await ui.openAndWait(path, 5)

  const dupes = page.getByTestId('duplicates')
  await ui.cell(0, 'c0').click()
  await expect(dupes.locator('[data-testid="duplicates-column"][data-column="c0"]')).toBeChecked()
  await dupes.locator('[data-testid="duplicates-column"][data-column="c1"]').check()
  await dupes.getByTestId('duplicates-find').click()
  await expect(dupes.getByTestId('duplicates-found')).toHaveText('1 group, 2 rows more than one per group.')

  await dupes.getByTestId('duplicates-show').click()
  await expect(page.getByTestId('issues-filter-label')).toHaveText('Showing 3 rows: Duplicates by First Name + Last Name')
  await dupes.getByTestId('duplicates-show').scrollIntoViewIfNeeded()
  await ui.screenshot('duplicates-found')
  await page.getByTestId('issues-clear-filter').click()

  await dupes.getByTestId('duplicates-merge').click()
  await expect(ui.rowCount).toHaveText('5 rows (2 deleted)')
  // Ada keeps her own email and takes the first company the others had.
  await expect(ui.cell(0, 'c2')).toHaveText('ada@analytical.io')
  await expect(ui.cell(0, 'c3')).toHaveText('Analytical Engines')
  await expect(page.getByTestId('history-step')).toHaveCount(1)
  await expect(page.getByTestId('history-step')).toContainText('Merge 1 duplicate group')

  await page.keyboard.press('ControlOrMeta+z')
  await ui.expectLoaded(5)
  await expect(ui.cell(0, 'c3')).toHaveText('')
})
