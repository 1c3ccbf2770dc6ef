// Duplicates by chosen columns: the same person typed three ways (case, accents, spaces) across rows is found
// by first and last name, shown in the grid, merged field by field in one step, and the merge undone.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { ColumnToolsPage } from '../pages/column-tools-page'
import { HistoryPage } from '../pages/history-page'
import { IssuesPage } from '../pages/issues-page'
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
  const tools = new ColumnToolsPage(app.page)
  const issues = new IssuesPage(app.page)
  const history = new HistoryPage(app.page)
  const page = app.page
  const path = join(app.tempDir, 'people-dupes.csv')
  writeFileSync(path, `${PEOPLE}\n`)
  await ui.openAndWait(path, 5)

  await ui.cell(0, 'c0').click()
  await expect(tools.duplicatesColumn('c0')).toBeChecked()
  await tools.duplicatesColumn('c1').check()
  await tools.findDuplicates()
  await expect(tools.duplicatesFound).toHaveText('1 group, 2 rows more than one per group.')

  await tools.showDuplicates()
  await expect(issues.filterLabel).toHaveText('Showing 3 rows: Duplicates by First Name + Last Name')
  await tools.showDuplicatesButton.scrollIntoViewIfNeeded()
  await ui.screenshot('duplicates-found')
  await issues.clearFilter.click()

  await tools.mergeDuplicates()
  await expect(ui.rowCount).toHaveText('5 rows (2 deleted)')
  // Ada keeps her own email and takes the first company the others had.
  await expect(ui.cell(0, 'c2')).toHaveText('ada@analytical.io')
  await expect(ui.cell(0, 'c3')).toHaveText('Analytical Engines')
  await expect(history.steps).toHaveCount(1)
  await expect(history.steps).toContainText('Merge 1 duplicate group')

  await page.keyboard.press('ControlOrMeta+z')
  await ui.expectLoaded(5)
  await expect(ui.cell(0, 'c3')).toHaveText('')
})
