// Long loads show progress, show the first rows early and can be cancelled; everything works from the keyboard.
import type { Page } from '@playwright/test'
import { test, expect } from '../fixtures'
import { PreflightPage } from '../pages/preflight-page'
import { writeBigCsv, writeSlowXlsx } from '../support/make-files'

test('a big CSV shows progress and its first rows while loading, then scrolls to its last row', async ({ app }) => {
  test.setTimeout(300_000)
  const ui = new PreflightPage(app)
  const big = await writeBigCsv(app.tempDir, 1_000_000)
  await ui.open(big)
  await expect(ui.cell(0, 'c3')).toHaveText('ada.0@example.com')
  await ui.screenshot('loading-big-csv')
  await expect(ui.rowCount).toHaveText('1,000,000 rows', { timeout: 150_000 })
  await ui.cell(0, 'c0').click()
  await app.page.keyboard.press('Control+End')
  await expect(ui.grid.locator('[role="gridcell"][col-id="c3"]', { hasText: 'ada.999999@example.com' })).toBeVisible()
  await app.page.waitForTimeout(500)
  await ui.screenshot('grid-big-csv-bottom')
  // Every visible row number belongs to its row: the spreadsheet row is the id plus 2 (the header is row 1).
  const pairs = await ui.grid
    .locator('[role="row"][row-index]')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('[col-id="preflight-source-row"]')?.textContent?.trim() ?? '',
        row.querySelector('[col-id="c0"]')?.textContent?.trim() ?? '',
      ]),
    )
  const shown = pairs.filter(([number, id]) => number !== '' && id !== '')
  expect(shown.length).toBeGreaterThan(10)
  for (const [number, id] of shown) expect(Number(number)).toBe(Number(id) + 2)
  // And it is painted on its row: the row lines drawn in the row-number column are the ones drawn in the data
  // columns (a browser can paint pinned cells of rows placed millions of pixels down whole rows away).
  expect(await rowLinesAgree(app.page, ui)).toEqual({ agree: true, lines: expect.any(Number) })
})

/**
 * Where the horizontal row lines are painted down a strip of the row-number column and down a strip of the first
 * data column (both in cell padding, clear of text), read from a screenshot of the grid's rows.
 */
async function rowLinesAgree(page: Page, ui: PreflightPage): Promise<{ agree: boolean; lines: number }> {
  const grid = await ui.grid.boundingBox()
  const header = await ui.grid.locator('[role="columnheader"]').first().boundingBox()
  const numberCell = await ui.grid.locator('[role="gridcell"][col-id="preflight-source-row"]').first().boundingBox()
  const dataCell = await ui.grid.locator('[role="gridcell"][col-id="c0"]').first().boundingBox()
  if (!grid || !header || !numberCell || !dataCell) throw new Error('the grid is not on screen')
  // The rows' area: below the header, down to the grid's bottom (less a horizontal scrollbar's height).
  const top = header.y + header.height + 1
  const body = { x: grid.x, y: top, width: grid.width, height: grid.y + grid.height - top - 20 }
  const clip = { x: body.x, y: body.y, width: dataCell.x + 20 - body.x, height: Math.min(body.height, 600) }
  const png = (await page.screenshot({ clip })).toString('base64')
  const strips = [numberCell.x + 4 - body.x, dataCell.x + 4 - body.x]
  return page.evaluate(
    async ({ png, strips }) => {
      // Decoded from bytes (the app's content security policy refuses a fetch of a data: URL).
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0))
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(image.width, image.height)
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      const scale = image.width / (strips[1]! + 16)
      const linesAt = (x: number): number[] => {
        const column = context.getImageData(Math.round(x * scale), 0, 1, image.height).data
        const luma = (y: number) => column[y * 4]! * 0.3 + column[y * 4 + 1]! * 0.59 + column[y * 4 + 2]! * 0.11
        const lines: number[] = []
        for (let y = 1; y < image.height - 1; y++)
          if (luma(y) < luma(y - 1) - 8 && luma(y) < luma(y + 1) - 8) lines.push(Math.round(y / scale))
        return lines
      }
      const [pinned, data] = strips.map(linesAt) as [number[], number[]]
      const agree =
        pinned.length > 5 && pinned.length === data.length && pinned.every((y, i) => Math.abs(y - data[i]!) <= 1)
      return { agree, lines: pinned.length }
    },
    { png, strips },
  )
}

test('a slow workbook shows progress and Cancel stops it, leaving the app usable', async ({ app }) => {
  const ui = new PreflightPage(app)
  const slow = await writeSlowXlsx(app.tempDir, 200_000)
  await ui.open(slow)
  await expect(ui.progress).toBeVisible()
  await expect(ui.progressRows).toHaveText('Reading the workbook…')
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
  await expect(ui.focusedCell).toHaveText('Hopper')

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
