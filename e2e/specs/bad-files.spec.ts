// Bad input gets a clear message that says what is wrong and where, and the app stays usable.
import { test, expect } from '../fixtures'
import { PreflightPage } from '../pages/preflight-page'
import { writeBadFiles } from '../support/make-files'

test('each bad file says what is wrong with it, and a good file opens right after', async ({ app }) => {
  const ui = new PreflightPage(app)
  const bad = await writeBadFiles(app.tempDir)
  const cases: [string, RegExp][] = [
    [bad.empty, /empty\.csv.*empty/i],
    [bad.binary, /photo\.csv.*not a text file/i],
    [bad.corrupt, /broken\.xlsx/i],
    [bad.huge, /two-gigabytes\.csv.*2(\.\d+)? ?GB/i],
    [bad.missing, /moved-away\.csv.*not found/i],
  ]
  for (const [path, message] of cases) {
    await ui.open(path)
    await expect(ui.errorBanner).toContainText(message)
    if (path === bad.binary) await ui.screenshot('error-binary')
  }
  await ui.openAndWait(app.dataFile('people-us.csv'), 10)
  await expect(ui.cell(0, 'c0')).toHaveText('Ada')
})

test('a bad file opened over a good one leaves the good table in place', async ({ app }) => {
  const ui = new PreflightPage(app)
  const bad = await writeBadFiles(app.tempDir)
  await ui.openAndWait(app.dataFile('people-us.csv'), 10)
  await ui.open(bad.empty)
  await expect(ui.errorBanner).toContainText('empty')
  await ui.expectLoaded(10)
  await expect(ui.cell(0, 'c0')).toHaveText('Ada')
})

test('ragged rows are reported, not dropped, and duplicate or empty headers get unique names', async ({ app }) => {
  const ui = new PreflightPage(app)
  const bad = await writeBadFiles(app.tempDir)
  await ui.openAndWait(bad.ragged, 3)
  expect(await ui.headers()).toEqual(['Email', 'Email (2)', 'Column C', 'Name', 'Column E'])
  await expect(ui.cell(2, 'c4')).toHaveText('extra')
  await expect(ui.cell(1, 'c0')).toHaveText('c@x.io')
  await expect(ui.notices).toContainText('Row 3')
  await expect(ui.notices).toContainText('Row 4')
  await ui.screenshot('notices-ragged')
})
