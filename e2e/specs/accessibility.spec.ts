// Every screen passes axe-core with no violation of any impact: start, workspaces, mapping, the grid with
// issues, column tools, history, export, push, the project bar and the error banner. A scan names each rule
// it breaks and the elements, so a failure says what to fix.
import AxeBuilder from '@axe-core/playwright'
import { join } from 'node:path'
import { expect, test, type AppDriver } from '../fixtures'
import { ExportPage } from '../pages/export-page'
import { PreflightPage } from '../pages/preflight-page'
import { ProjectPage } from '../pages/project-page'
import { PushPage } from '../pages/push-page'
import { WorkspacesPage } from '../pages/workspaces-page'
import { writeBadFiles } from '../support/make-files'
import { openCheckedPeople } from '../support/people-session'

async function violations(app: AppDriver, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page: app.page }).analyze()
  await app.page.screenshot({ path: `e2e/.artifacts/screens/${app.target}-a11y-${screen}.png` })
  return result.violations.map(
    (v) =>
      `${screen}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 4)
        .join(' | ')}`,
  )
}

test('the start screen, the error banner and the workspaces screen have no accessibility violation', async ({
  app,
}) => {
  const found: string[] = []
  found.push(...(await violations(app, 'start')))
  const ui = new PreflightPage(app)
  const bad = await writeBadFiles(app.tempDir)
  await ui.open(bad.binary)
  await expect(ui.errorBanner).toBeVisible()
  found.push(...(await violations(app, 'error-banner')))
  const workspaces = new WorkspacesPage(app)
  await workspaces.openWithKeyboard()
  await workspaces.addWorkspace('Loopback CRM', 'http://127.0.0.1:9')
  found.push(...(await violations(app, 'workspaces')))
  expect(found).toEqual([])
})

test('the grid with issues, column tools, history, mapping, export, push and the project bar have no accessibility violation', async ({
  app,
}) => {
  const found: string[] = []
  const { ui, mapping } = await openCheckedPeople(app)
  const exporter = new ExportPage(app)
  await ui.typeInCell(2, 'c2', 'alan.turing@enigma.org')
  found.push(...(await violations(app, 'grid-issues-tools-history')))
  await mapping.openButton.click()
  found.push(...(await violations(app, 'mapping')))
  await mapping.dataButton.click()
  await exporter.openDialog(join(app.tempDir, 'export'))
  await expect(exporter.readiness).toBeVisible()
  found.push(...(await violations(app, 'export-readiness')))
  await exporter.write()
  await expect(exporter.note).toBeVisible()
  found.push(...(await violations(app, 'export')))
  await app.pickSaveNext(join(app.tempDir, 'a11y.preflight'))
  await new ProjectPage(app).addFile(app.dataFile('companies-eu.csv'))
  await expect(ui.rowCount).toBeVisible()
  found.push(...(await violations(app, 'project-bar')))
  await new PushPage(app.page).open()
  found.push(...(await violations(app, 'push')))
  expect(found).toEqual([])
})
