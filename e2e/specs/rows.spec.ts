// A consultant removes rows: merges duplicate people into one, deletes a row from the keyboard, keeps only
// the rows of one city; the grid, the check and the export follow, and undo brings every row back.
import { expect, test } from '../fixtures'
import { ColumnToolsPage } from '../pages/column-tools-page'
import { HistoryPage } from '../pages/history-page'
import { openCheckedPeople } from '../support/people-session'

test('merges duplicates, deletes a row, keeps matching rows, and undoes each', async ({ app }) => {
  const { ui, issues, page } = await openCheckedPeople(app)
  const tools = new ColumnToolsPage(page)
  const history = new HistoryPage(page)

  // Linus (row 6) repeats Grace's email (row 3): one record, Grace's row kept.
  await issues.mergeDuplicates('Email')
  await expect(history.last).toContainText('Merge 1 duplicate group')
  await expect(ui.rowNumber(4)).toHaveText('7')
  await expect(issues.status).toContainText('2 rows with errors')

  // Ctrl+Delete on Margaret's row.
  await ui.cell(4, 'c0').click()
  await expect(ui.cell(4, 'c0')).toHaveText('Margaret')
  await page.keyboard.press('ControlOrMeta+Delete')
  await expect(ui.cell(4, 'c0')).toHaveText('Tim')
  await expect(ui.rowCount).toHaveText('10 rows (2 deleted)')
  await expect(issues.status).toContainText('1 row with errors')

  // Keep only the people in Cambridge (Barbara is left; Margaret is already gone).
  await ui.cell(0, 'c5').click()
  await tools.keepRowsWhere('contains', 'cambridge')
  await expect(tools.message).toContainText('rows deleted')
  await expect(ui.cell(0, 'c0')).toHaveText('Barbara')
  await expect(ui.rowNumber(1)).toHaveCount(0)
  await ui.screenshot('rows-kept')

  await history.undo(3)
  await expect(ui.rowNumber(9)).toHaveText('11')
  await expect(ui.cell(5, 'c0')).toHaveText('Margaret')
  await expect(issues.status).toContainText('3 rows with errors')
})
