// A consultant fixes a bad email in the grid, sees the cell rechecked, undoes and redoes it from the
// keyboard, and restores the file's value with one keystroke.
import { expect, test } from '../fixtures'
import { HistoryPage } from '../pages/history-page'
import { openCheckedPeople } from '../support/people-session'

test('edits a cell, rechecks it, undoes and redoes from the keyboard, and restores the original', async ({ app }) => {
  const { ui, issues, page } = await openCheckedPeople(app)
  const history = new HistoryPage(page)

  // Alan's email lacks its domain's ending: fix it in place.
  const alan = ui.cell(2, 'c2')
  await expect(alan).toHaveClass(/grid-cell-error/)
  await ui.typeInCell(2, 'c2', 'alan.turing@enigma.org')
  await expect(alan).toHaveText('alan.turing@enigma.org')
  await expect(alan).toHaveClass(/grid-cell-edited/)
  await expect(alan).not.toHaveClass(/grid-cell-error/)
  await expect(issues.status).toContainText('2 rows with errors')
  await expect(history.steps).toHaveText([/Edit a cell in Email\s*1 cell/])
  await ui.screenshot('editing-fixed-cell')

  // Undo and redo: the grid, the check and the history follow.
  await ui.grid.click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('ControlOrMeta+z')
  await expect(alan).toHaveText('alan.turing@enigma')
  await expect(issues.status).toContainText('3 rows with errors')
  await expect(history.steps).toHaveClass(/history-undone/)
  await page.keyboard.press('ControlOrMeta+Shift+z')
  await expect(alan).toHaveText('alan.turing@enigma.org')
  await expect(issues.status).toContainText('2 rows with errors')

  // Alt+Backspace on the cell puts the file's value back, as one more step.
  await alan.click()
  await page.keyboard.press('Alt+Backspace')
  await expect(alan).toHaveText('alan.turing@enigma')
  await expect(history.steps).toHaveCount(2)
  await expect(issues.status).toContainText('3 rows with errors')
})
