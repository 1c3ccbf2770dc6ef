// A consultant saves the day's work as a project, the app goes down mid-session, and the project reopens with
// every saved edit; next month's export of the file reopens with the recipe replayed and row edits skipped.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { HistoryPage } from '../pages/history-page'
import { IssuesPage } from '../pages/issues-page'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'
import { ProjectPage } from '../pages/project-page'

test('autosaves every edit to the project, and after the app is killed the project reopens with all of them', async ({
  app,
}) => {
  const ui = new PreflightPage(app)
  const mapping = new MappingPage(app.page)
  const page = app.page
  const source = join(app.tempDir, 'people-us.csv')
  copyFileSync(app.dataFile('people-us.csv'), source)
  const projectPath = join(app.tempDir, 'acme.preflight')
  const project = new ProjectPage(app)

  await ui.openAndWait(source, 10)
  await mapping.openButton.click()
  await mapping.defaultCountry.selectOption('US')
  await mapping.dataButton.click()
  await project.saveAs(join(app.tempDir, 'acme'))
  await expect(project.saveState).toContainText('acme.preflight')

  // Two edits, each autosaved.
  for (const [row, text] of [
    [2, 'alan.turing@enigma.org'],
    [5, 'margaret.h@apollo.space'],
  ] as const) {
    await ui.typeInCell(row, 'c2', text)
    await expect(ui.cell(row, 'c2')).toHaveText(text)
  }
  await expect.poll(() => JSON.parse(readFileSync(projectPath, 'utf8')).files[0].operations.length).toBe(2)
  const saved = JSON.parse(readFileSync(projectPath, 'utf8'))
  // The zone date-times are read in is saved too (this computer's, as nobody chose one), so the project reads alike anywhere.
  expect(saved.files[0].settings).toEqual({
    defaultCountry: 'US',
    timeZone: await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
  })
  expect(JSON.stringify(saved)).not.toContain('Lovelace')
  await ui.screenshot('project-saved')

  // The whole app goes down at once (window and main process, nothing saved on the way out) and starts
  // again: reopening the project brings every acknowledged edit back.
  await app.restart()
  const again = new PreflightPage(app)
  const issuesAgain = new IssuesPage(app.page)
  const projectAgain = new ProjectPage(app)
  const historyAgain = new HistoryPage(app.page)
  await app.pickNext(projectPath)
  await again.openButton.click()
  await again.expectLoaded(10)
  await expect(again.cell(2, 'c2')).toHaveText('alan.turing@enigma.org')
  await expect(again.cell(5, 'c2')).toHaveText('margaret.h@apollo.space')
  await expect(historyAgain.steps).toHaveCount(2)
  await expect(issuesAgain.status).toContainText('2 rows with errors')
  await expect(projectAgain.replayNote).toHaveCount(0)
  await app.page.keyboard.press('ControlOrMeta+z')
  await expect(again.cell(5, 'c2')).toHaveText('margaret@apollo.space')
})

test('reopens a project on a changed source: column steps replayed by name, row edits skipped and named', async ({
  app,
}) => {
  const ui = new PreflightPage(app)
  const mapping = new MappingPage(app.page)
  const page = app.page
  const source = join(app.tempDir, 'people-us.csv')
  copyFileSync(app.dataFile('people-us.csv'), source)
  await ui.openAndWait(source, 10)
  await mapping.openButton.click()
  await mapping.field('Title').selectOption('')
  await mapping.dataButton.click()
  const project = new ProjectPage(app)
  const history = new HistoryPage(page)
  await project.saveAs(join(app.tempDir, 'month.preflight'))
  await ui.typeInCell(0, 'c0', 'Augusta Ada')
  await expect(history.steps).toHaveCount(1)
  await expect
    .poll(() => JSON.parse(readFileSync(join(app.tempDir, 'month.preflight'), 'utf8')).files[0].operations.length)
    .toBe(1)

  // Next month's export: one more row at the end.
  writeFileSync(
    source,
    `${readFileSync(source, 'utf8').trimEnd()}\r\nJohn,Backus,jb@ibm.com,+1 914 555 0100,Scientist,Ithaca,ibm.com,12/03/1924,yes,Enterprise,,5,\r\n`,
  )
  await page.reload()
  await app.pickNext(join(app.tempDir, 'month.preflight'))
  await ui.openButton.click()
  await ui.expectLoaded(11)
  await expect(project.replayNote).toContainText('The file changed since the project was saved.')
  await expect(project.replaySkipped).toContainText('step 1 (set-cells)')
  await expect(ui.cell(0, 'c0')).toHaveText('Ada')
  await mapping.openButton.click()
  await expect(mapping.field('Title')).toHaveValue('')
  await ui.screenshot('project-changed-source')
})
