// A consultant pastes a block from another spreadsheet, fills a cell down, and maps a column's values to
// other values; each is one undo step.
import { expect, test } from '../fixtures'
import { ColumnToolsPage } from '../pages/column-tools-page'
import { HistoryPage } from '../pages/history-page'
import { PreflightPage } from '../pages/preflight-page'

test('pastes a block, fills down, and maps values, each as one step', async ({ app }) => {
  const ui = new PreflightPage(app)
  const tools = new ColumnToolsPage(app.page)
  const history = new HistoryPage(app.page)
  const page = app.page
  await ui.openAndWait(app.dataFile('people-us.csv'), 10)
  await expect(history.root).toBeVisible()

  // Two rows by two columns from the clipboard, placed from the focused cell.
  await ui.cell(1, 'c4').click()
  await page.evaluate(() => {
    const data = new DataTransfer()
    data.setData('text/plain', 'Admiral\tArlington\r\nCryptanalyst\tBletchley\r\n')
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  })
  await expect(ui.cell(1, 'c4')).toHaveText('Admiral')
  await expect(ui.cell(2, 'c5')).toHaveText('Bletchley')
  await expect(history.last).toContainText('Set 4 cells')

  // Ctrl+D: the cell above's value.
  await ui.cell(3, 'c5').click()
  await page.keyboard.press('ControlOrMeta+d')
  await expect(ui.cell(3, 'c5')).toHaveText('Bletchley')

  // Map the Segment column's spellings to one value.
  await tools.mapValues('c9', { smb: 'SMB' })
  await ui.revealColumn('c9')
  await expect(ui.cell(2, 'c9')).toHaveText('SMB')
  await expect(history.last).toContainText('Map 1 value in Segment')
  await ui.screenshot('paste-and-map')

  await history.undo()
  await expect(ui.cell(2, 'c9')).toHaveText('smb')

  // First and last name merged into a new column, shown after the file's own.
  await tools.mergeColumns('c0', 'c1', 'Full name')
  await ui.revealColumn('x1')
  await expect(ui.cell(0, 'x1')).toHaveText('Ada Lovelace')
})
