// Long loads show progress, show the first rows early and can be cancelled; everything works from the keyboard.
import { test, expect } from '../fixtures'
import { PreflightPage } from '../pages/preflight-page'
import { writeBigCsv, writeSlowXlsx } from '../support/make-files'

test('a big CSV shows progress and its first rows while loading, then scrolls to its last row', async ({ app }) => {
  test.setTimeout(180_000)
  const ui = new PreflightPage(app)
  const big = await writeBigCsv(app.tempDir, 1_000_000)
  await ui.open(big)
  await expect(ui.cell(0, 'c3')).toHaveText('ada.0@example.com')
  await ui.screenshot('loading-big-csv')
  await expect(ui.rowCount).toHaveText('1,000,000 rows', { timeout: 150_000 })
  await ui.cell(0, 'c0').click()
  await app.page.keyboard.press('Control+End')
  await expect(ui.grid.locator('[role="gridcell"][col-id="c3"]', { hasText: 'ada.999999@example.com' })).toBeVisible()
  await ui.screenshot('grid-big-csv-bottom')
})

test('a slow workbook shows progress and Cancel stops it, leaving the app usable', async ({ app }) => {
  const ui = new PreflightPage(app)
  const slow = await writeSlowXlsx(app.tempDir, 200_000)
  await ui.open(slow)
  await expect(ui.progress).toBeVisible()
  await expect(app.page.getByTestId('open-progress-rows')).toHaveText('Reading the workbook…')
  await ui.screenshot('loading-workbook')
  await ui.cancelButton.click()
  await expect(ui.progress).toBeHidden()
  await expect(app.page.getByText(/cancelled/i)).toBeVisible()
  await expect(ui.errorBanner).toBeHidden()
  await ui.openAndWait(app.dataFile('legacy-contacts.xls'), 4)
})

test('the whole open flow works from the keyboard', async ({ app }) => {
  const ui = new PreflightPage(app)
  await ui.screenshot('start-screen')
  await app.pickNext(app.dataFile('people-us.csv'))
  await app.page.keyboard.press('Control+o')
  await ui.expectLoaded(10)

  await ui.cell(0, 'c0').click()
  await app.page.keyboard.press('ArrowDown')
  await app.page.keyboard.press('ArrowRight')
  await expect(app.page.locator('.ag-cell-focus')).toHaveText('Hopper')

  await ui.encoding.focus()
  await app.page.keyboard.press('Tab')
  await expect(ui.delimiter).toBeFocused()

  const slow = await writeSlowXlsx(app.tempDir, 200_000)
  await app.pickNext(slow)
  await app.page.keyboard.press('Control+o')
  await expect(ui.progress).toBeVisible()
  await app.page.keyboard.press('Escape')
  await expect(ui.progress).toBeHidden()
  await expect(app.page.getByText(/cancelled/i)).toBeVisible()
})

test('the start screen is reachable by Tab: the Open button answers Enter', async ({ app }) => {
  const ui = new PreflightPage(app)
  await app.pickNext(app.dataFile('legacy-contacts.xls'))
  for (let i = 0; i < 10 && !(await ui.openButton.evaluate((el) => el === document.activeElement)); i++) {
    await app.page.keyboard.press('Tab')
  }
  await expect(ui.openButton).toBeFocused()
  await app.page.keyboard.press('Enter')
  await ui.expectLoaded(4)
})
