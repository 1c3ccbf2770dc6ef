// A migration project of several files: a consultant starts with the people file, saves it as a project, adds
// the companies file, and the app lists them in the order Twenty needs (companies first). An edit in the
// companies file changes which company domains exist, and back on the people file the relation column warns on
// every company domain the companies file will not create. Each file keeps its own edits across switches.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { ExportPage } from '../pages/export-page'
import { HistoryPage } from '../pages/history-page'
import { IssuesPage } from '../pages/issues-page'
import { PreflightPage } from '../pages/preflight-page'
import { ProjectPage } from '../pages/project-page'

const PEOPLE =
  'Email,First Name,Last Name,Company Domain\nada@acme.com,Ada,Lovelace,acme.com\ngrace@globex.io,Grace,Hopper,www.globex.io\nalan@nowhere.io,Alan,Turing,nowhere.io\n'
const COMPANIES = 'Name,Domain\nAcme,acme.com\nGlobex,globex.io\nInitech,initech.com\n'

test('a project of several files: import order, cross-file relation checks, and each file keeps its edits', async ({
  app,
}) => {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  const page = app.page
  const people = join(app.tempDir, 'people.csv')
  const companies = join(app.tempDir, 'companies.csv')
  writeFileSync(people, PEOPLE)
  writeFileSync(companies, COMPANIES)
  const projectPath = join(app.tempDir, 'migration.preflight')
  const project = new ProjectPage(app)
  const history = new HistoryPage(page)
  const exporter = new ExportPage(app)
  const files = project.files

  await ui.openAndWait(people, 3)
  // Adding a file to a project that has no file yet saves it first.
  await app.pickSaveNext(projectPath)
  await project.addFile(companies)
  await ui.expectLoaded(3)
  await expect(files).toHaveText([/^1 Companies · companies\.csv/, /^2 People · people\.csv/])
  await project.expectCurrent(0)

  // Globex's domain changes in the companies file.
  await ui.typeInCell(1, 'c1', 'globex.com')
  await expect(ui.cell(1, 'c1')).toHaveText('globex.com')
  await expect.poll(() => JSON.parse(readFileSync(projectPath, 'utf8')).files.length).toBe(2)
  await expect
    .poll(
      () =>
        JSON.parse(readFileSync(projectPath, 'utf8')).files.find((f: { id: string }) => f.id !== 'file-1')?.operations
          .length,
    )
    .toBe(1)

  // On the people file, Alan's company and Grace's (globex.io, no longer in the companies file) are flagged.
  await project.switchWithKeyboard(1)
  await ui.expectLoaded(3)
  await expect(project.relationsNote).toHaveText('Relations checked against companies.csv.')
  await expect(issues.code('Company Domain', 'RELATION_NOT_IN_PROJECT')).toContainText('2')
  await expect(ui.cell(2, 'c3')).toHaveClass(/grid-cell-warning/)
  await expect(ui.cell(0, 'c3')).not.toHaveClass(/grid-cell-warning/)
  await ui.cell(2, 'c3').hover()
  await ui.screenshot('project-files-people')

  // Fixing Grace's company domain in the people file clears her warning once the check has run again.
  await ui.typeInCell(1, 'c3', 'globex.com')
  await expect(issues.code('Company Domain', 'RELATION_NOT_IN_PROJECT')).toContainText('1')

  // Back on the companies file: its edit is still there.
  await project.switchTo(0)
  await ui.expectLoaded(3)
  await expect(ui.cell(1, 'c1')).toHaveText('globex.com')
  await expect(history.steps).toHaveCount(1)
  await ui.screenshot('project-files-companies')

  // The whole project exported: numbered in import order, each file as edited.
  const out = join(app.tempDir, 'for-twenty')
  mkdirSync(out)
  await app.pickSaveNext(out)
  await exporter.projectButton.click()
  await expect(exporter.note).toContainText('for-twenty')
  expect(readdirSync(out)).toEqual(['01-companies-001.csv', '02-people-001.csv'])
  expect(readFileSync(join(out, '01-companies-001.csv'), 'utf8')).toContain('https://globex.com')
  expect(readFileSync(join(out, '02-people-001.csv'), 'utf8')).toContain('https://globex.com')

  // Reopened after a restart, the project opens on the first file in import order, with both files listed.
  await app.restart()
  const again = new PreflightPage(app)
  const projectAgain = new ProjectPage(app)
  await app.pickNext(projectPath)
  await again.openButton.click()
  await again.expectLoaded(3)
  await expect(projectAgain.files).toHaveText([/^1 Companies · companies\.csv/, /^2 People · people\.csv/])
  await expect(again.cell(1, 'c1')).toHaveText('globex.com')
  await again.screenshot('project-files-reopened')

  // A file taken out of the project: the list and the saved project lose it, the file itself stays.
  await projectAgain.removeFile()
  await expect(projectAgain.files).toHaveText([/^1 Companies · companies\.csv/])
  await expect.poll(() => JSON.parse(readFileSync(projectPath, 'utf8')).files.length).toBe(1)
  expect(readFileSync(people, 'utf8')).toBe(PEOPLE)
})
