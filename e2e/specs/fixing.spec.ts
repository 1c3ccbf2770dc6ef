// A consultant fixes whole columns: a suggested fix applied to every cell with the same issue, find and
// replace with a preview count, a case change, and one cell's suggestion from the keyboard, all undoable.
import { expect, test } from '../fixtures'
import { openCheckedPeople } from '../support/people-session'

test('fixes all cells with one issue, replaces with a preview, changes case, and applies a cell’s suggestion', async ({ app }) => {
  const { ui, issues, page } = await openCheckedPeople(app)

  // "n/a" in Phone: the suggestion is to clear it, for every such cell at once.
  const fixAll = page.locator('[data-testid="issues-fix-all"][data-column="Phone"][data-code="PHONE_INVALID"]')
  await fixAll.click()
  await expect(ui.cell(5, 'c3')).toHaveText('')
  await expect(issues.status).toContainText('2 rows with errors')
  await expect(page.getByTestId('history-step').last()).toContainText('Apply the PHONE_INVALID fix in Phone')

  // Find and replace in the focused column, with the count before anything changes.
  await ui.cell(5, 'c4').click()
  await expect(page.getByTestId('tools-column')).toHaveValue('c4')
  await page.getByTestId('tools-find').fill('Director')
  await page.getByTestId('tools-replace').fill('Head')
  await expect(page.getByTestId('tools-preview')).toHaveText('2 cells would change.')
  await page.getByTestId('tools-replace-all').click()
  await expect(ui.cell(5, 'c4')).toHaveText('Head')
  await expect(ui.cell(6, 'c4')).toHaveText('Head')
  await page.getByTestId('tools-find').fill('(')
  await page.getByTestId('tools-regex').check()
  await expect(page.getByTestId('tools-preview')).toContainText('not a valid regular expression')
  await page.getByTestId('tools-find').fill('')

  await page.getByTestId('tools-column').selectOption('c5')
  await page.getByTestId('tools-upper').click()
  await expect(ui.cell(0, 'c5')).toHaveText('SAN FRANCISCO')
  await ui.screenshot('fixing-columns')

  // Undo twice: the case change, then the replace.
  await page.getByTestId('history-undo').click()
  await page.getByTestId('history-undo').click()
  await expect(ui.cell(0, 'c5')).toHaveText('San Francisco')
  await expect(ui.cell(5, 'c4')).toHaveText('Director')

  // Undo the fix-all, then take one cell's suggestion with Alt+Enter.
  await page.getByTestId('history-undo').click()
  await expect(ui.cell(5, 'c3')).toHaveText('n/a')
  await ui.cell(5, 'c3').click()
  await page.keyboard.press('Alt+Enter')
  await expect(ui.cell(5, 'c3')).toHaveText('')
  await expect(page.getByTestId('history-step').last()).toContainText('Edit a cell in Phone')
})
