// The toolbar puts one next step forward, looks disabled where it is, and keeps the file's name and row count
// in view at 1024 px, in a long language too.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { expect, test } from '../fixtures'
import { ExportPage } from '../pages/export-page'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'

test('one primary next step, disabled buttons that look disabled, and the file in view at 1024 px', async ({ app }) => {
  await app.page.setViewportSize({ width: 1024, height: 700 })
  const ui = new PreflightPage(app)
  const mapping = new MappingPage(app.page)
  const primary = ui.primaryStep
  const file = join(app.tempDir, 'quarterly-client-export-from-the-old-crm-final-v3.csv')
  writeFileSync(file, 'Zork,Quux\nplugh,xyzzy\nfrotz,grue\n')
  await ui.openAndWait(file, 2)

  // Nothing maps: the mapping is the next step, and the export cannot run yet, and looks it.
  await expect(primary).toHaveCount(1)
  await expect(primary).toHaveAttribute('data-testid', 'toolbar-mapping-button')
  const exportButton = new ExportPage(app).button
  await expect(exportButton).toBeDisabled()
  const look = await exportButton.evaluate((el) => ({
    opacity: Number(getComputedStyle(el).opacity),
    cursor: getComputedStyle(el).cursor,
  }))
  expect(look.opacity).toBeLessThan(1)
  expect(look.cursor).toBe('not-allowed')

  // At 1024 px the name (shortened, whole in its tooltip) and the row count stay on screen.
  const inView = async (what: Locator) => {
    const box = await what.boundingBox()
    return box !== null && box.width > 40 && box.x >= 0 && box.x + box.width <= 1024
  }
  expect(await inView(ui.fileName)).toBe(true)
  expect(await inView(ui.rowCount)).toBe(true)
  await expect(ui.rowCount).toHaveText('2 rows')
  await ui.screenshot('toolbar-1024-needs-mapping')

  // Mapped, with no workspace set up: the export is the next step.
  await mapping.openButton.click()
  await mapping.field('Zork').selectOption('city')
  await expect(primary).toHaveCount(1)
  await expect(primary).toHaveAttribute('data-testid', 'export-button')
  await mapping.dataButton.click()
  await expect(exportButton).toBeEnabled()

  // In German, whose labels are longer, the name and count still hold their place.
  await ui.switchLanguage('de')
  await expect(ui.rowCount).toHaveText('2 Zeilen')
  expect(await inView(ui.fileName)).toBe(true)
  expect(await inView(ui.rowCount)).toBe(true)
  await ui.screenshot('toolbar-1024-de')
})
