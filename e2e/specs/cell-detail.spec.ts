// The focused cell in words beside the grid: the file's value, the value Twenty will receive, and what the
// check says, without hovering, and kept up to date as the keyboard moves and cells are edited.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { CellDetailPage } from '../pages/cell-detail-page'
import { IssuesPage } from '../pages/issues-page'
import { PreflightPage } from '../pages/preflight-page'

test('shows the value Twenty will receive and the focused cell’s message outside the tooltip', async ({ app }) => {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  const file = join(app.tempDir, 'people.csv')
  writeFileSync(file, 'First Name,Email,Shoe size\n Ada ,ADA@Example.COM ,38\nGrace,grace@nowhere,37\n')
  await ui.openAndWait(file, 2)
  await expect(issues.status).toHaveAttribute('data-status', 'done')
  const detail = new CellDetailPage(app.page)

  await ui.cell(0, 'c1').click()
  await expect(detail.heading).toHaveText('Row 2 · Email')
  await expect(detail.fileValue).toHaveText('ADA@Example.COM ')
  await expect(detail.received).toHaveText('ada@example.com')
  await expect(detail.state).toHaveAttribute('data-state', 'fixed')
  await ui.screenshot('cell-detail-fixed')

  // The keyboard moves it: the next row's email is an error, said in words.
  await app.page.keyboard.press('ArrowDown')
  await expect(detail.heading).toHaveText('Row 3 · Email')
  await expect(detail.state).toHaveAttribute('data-state', 'error')
  await expect(detail.state).toContainText('Error.')
  await expect(detail.message).toContainText('Error:')
  await expect(detail.received).toHaveText('nothing: the field is left empty')

  // A column left out says so.
  await app.page.keyboard.press('ArrowRight')
  await expect(detail.heading).toHaveText('Row 3 · Shoe size')
  await expect(detail.notImported).toBeVisible()
  await expect(detail.received).toHaveCount(0)

  // An edit is read again at once.
  await app.page.keyboard.press('ArrowLeft')
  await app.page.keyboard.type('grace@example.com')
  await app.page.keyboard.press('Enter')
  await ui.cell(1, 'c1').click()
  await expect(detail.received).toHaveText('grace@example.com')
  await expect(detail.state).toHaveAttribute('data-state', 'ok')
  await ui.screenshot('cell-detail-edited')
})
