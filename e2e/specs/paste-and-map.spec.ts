// A consultant pastes a block from another spreadsheet, fills a cell down, and maps a column's values to
// other values; each is one undo step.
import { expect, test } from '../fixtures'
import { PreflightPage } from '../pages/preflight-page'

test('pastes a block, fills down, and maps values, each as one step', async ({ app }) => {
  const ui = new PreflightPage(app)
  const page = app.page
  await ui.openAndWait(app.dataFile('people-us.csv'), 10)
  await expect(page.getByTestId('history-panel')).toBeVisible()

  // Two rows by two columns from the clipboard, placed from the focused cell.
  await ui.cell(1, 'c4').click()
  await page.evaluate(() => {
    const data = new DataTransfer()
    data.setData('text/plain', 'Admiral\tArlington\r\nCryptanalyst\tBletchley\r\n')
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })
  await expect(ui.cell(1, 'c4')).toHaveText('Admiral')
  await expect(ui.cell(2, 'c5')).toHaveText('Bletchley')
  await expect(page.getByTestId('history-step').last()).toContainText('Set 4 cells')

  // Ctrl+D: the cell above's value.
  await ui.cell(3, 'c5').click()
  await page.keyboard.press('ControlOrMeta+d')
  await expect(ui.cell(3, 'c5')).toHaveText('Bletchley')

  // Map the Segment column's spellings to one value.
  await page.getByTestId('tools-column').selectOption('c9')
  await page.getByTestId('tools-map').locator('summary').click()
  await page.locator('[data-testid="tools-map-row"][data-value="smb"] input').fill('SMB')
  await page.getByTestId('tools-map-apply').click()
  await ui.revealColumn('c9')
  await expect(ui.cell(2, 'c9')).toHaveText('SMB')
  await expect(page.getByTestId('history-step').last()).toContainText('Map 1 value in Segment')
  await ui.screenshot('paste-and-map')

  await page.getByTestId('history-undo').click()
  await expect(ui.cell(2, 'c9')).toHaveText('smb')

  // First and last name merged into a new column, shown after the file's own.
  await page.getByTestId('tools-column').selectOption('c0')
  await page.getByTestId('tools-merge-with').selectOption('c1')
  await page.getByTestId('tools-merge-name').fill('Full name')
  await page.getByTestId('tools-merge').click()
  await ui.revealColumn('x1')
  await expect(ui.cell(0, 'x1')).toHaveText('Ada Lovelace')
})
