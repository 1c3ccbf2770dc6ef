// A consultant fixes whole columns: a suggested fix applied to every cell with the same issue, find and
// replace with a preview count, a case change, and one cell's suggestion from the keyboard, all undoable.
import { expect, test } from '../fixtures'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ColumnToolsPage } from '../pages/column-tools-page'
import { HistoryPage } from '../pages/history-page'
import { IssuesPage } from '../pages/issues-page'
import { PreflightPage } from '../pages/preflight-page'
import { openCheckedPeople } from '../support/people-session'

test('fixes all cells with one issue, replaces with a preview, changes case, and applies a cell’s suggestion', async ({
  app,
}) => {
  const { ui, issues, page } = await openCheckedPeople(app)
  const tools = new ColumnToolsPage(page)
  const history = new HistoryPage(page)

  // "n/a" in Phone: the suggestion is to clear it, for every such cell at once.
  await issues.fixAll('Phone', 'PHONE_INVALID')
  await expect(ui.cell(5, 'c3')).toHaveText('')
  await expect(issues.status).toContainText('2 rows with errors')
  await expect(history.last).toContainText('Apply the fix for “Not a valid phone number” in Phone')

  // Find and replace in the focused column, with the count before anything changes.
  await ui.cell(5, 'c4').click()
  await expect(tools.column).toHaveValue('c4')
  await tools.findAndReplace('Director', 'Head')
  await expect(tools.preview).toHaveText('2 cells would change.')
  await tools.replaceAll()
  await expect(ui.cell(5, 'c4')).toHaveText('Head')
  await expect(ui.cell(6, 'c4')).toHaveText('Head')
  await tools.find.fill('(')
  await tools.regex.check()
  await expect(tools.preview).toContainText('not a valid regular expression')
  await tools.find.fill('')

  await tools.chooseColumn('c5')
  await tools.upperCase()
  await expect(ui.cell(0, 'c5')).toHaveText('SAN FRANCISCO')
  await ui.screenshot('fixing-columns')

  // Undo twice: the case change, then the replace.
  await history.undo(2)
  await expect(ui.cell(0, 'c5')).toHaveText('San Francisco')
  await expect(ui.cell(5, 'c4')).toHaveText('Director')

  // Undo the fix-all, then take one cell's suggestion with Alt+Enter.
  await history.undo()
  await expect(ui.cell(5, 'c3')).toHaveText('n/a')
  await ui.cell(5, 'c3').click()
  await page.keyboard.press('Alt+Enter')
  await expect(ui.cell(5, 'c3')).toHaveText('')
  await expect(history.last).toContainText('Edit a cell in Phone')
})

test('applies every suggested fix in every column as one step, and undoes it as one', async ({ app }) => {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  const history = new HistoryPage(app.page)
  const page = app.page
  const path = join(app.tempDir, 'fixes.csv')
  writeFileSync(
    path,
    'First Name,Last Name,Email,Phone\nAda,Lovelace,ada@gmial.com,n/a\nGrace,Hopper,grace@yaho.com,+1 415 909 5556\nAlan,Turing,alan@bletchley.uk,n/a\n',
  )
  await ui.openAndWait(path, 3)
  await expect(issues.code('Email', 'EMAIL_TYPO_SUSPECTED')).toContainText('2')
  await issues.fixEverything()
  await expect(history.steps).toHaveCount(1)
  await expect(history.steps).toContainText('Apply 2 suggested fixes')
  await expect(ui.cell(0, 'c2')).toHaveText('ada@gmail.com')
  await expect(ui.cell(1, 'c2')).toHaveText('grace@yahoo.com')
  await expect(ui.cell(0, 'c3')).toHaveText('')
  await expect(ui.cell(2, 'c3')).toHaveText('')
  await expect(issues.status).toHaveText('No problems found.')
  await ui.screenshot('fix-everything')
  await page.keyboard.press('ControlOrMeta+z')
  await expect(ui.cell(0, 'c2')).toHaveText('ada@gmial.com')
  await expect(ui.cell(2, 'c3')).toHaveText('n/a')
})
