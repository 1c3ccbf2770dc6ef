// Mapping against the workspace's own data model: with the stock model the client's Segment column has no
// field to go to; once the workspace is connected (its model fetched and cached) and chosen as the data model,
// Segment maps to the workspace's custom select field and its labels are checked against the options, and
// each company website is looked up among the workspace's companies.
import { readFileSync } from 'node:fs'
import { expect, test } from '../fixtures'
import { IssuesPage } from '../pages/issues-page'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'
import { PushPage } from '../pages/push-page'
import { WorkspacesPage } from '../pages/workspaces-page'
import { startWorkspaceServer, type WorkspaceServer } from '../workspace-server/workspace-server'

const KEY = 'pf-e2e-model-key'
let server: WorkspaceServer | undefined

test.afterEach(async () => {
  await server?.close()
  server = undefined
})

test('maps to custom fields of the connected workspace’s cached model', async ({ app }) => {
  server = await startWorkspaceServer({
    model: JSON.parse(readFileSync(app.dataFile('workspace-model.json'), 'utf8')),
    apiKey: KEY,
  })
  server.seed(
    'companies',
    ['analytical.io', 'cobol.dev'].map((d) => ({ name: d, domainName: { primaryLinkUrl: `https://${d}` } })),
  )
  const workspaces = new WorkspacesPage(app)
  await workspaces.openWithKeyboard()
  await workspaces.addWorkspace('Loopback CRM', server.url)
  await workspaces.storeKey(KEY)
  await workspaces.test.click()
  await expect(workspaces.status).toContainText('objects')
  await workspaces.back.click()

  const ui = new PreflightPage(app)
  const mapping = new MappingPage(app.page)
  const issues = new IssuesPage(app.page)
  await ui.openAndWait(app.dataFile('people-us.csv'), 10)
  await mapping.openButton.click()
  await expect(mapping.field('Segment')).toHaveValue('')
  await mapping.workspace.selectOption({ label: 'Loopback CRM' })
  await expect(mapping.modelNote).toContainText('Loopback CRM')
  await expect(mapping.field('Segment')).toHaveValue('segment')
  await ui.screenshot('mapping-workspace-model')

  // Its labels ("Enterprise", "Mid-market") become the options' API values, reported as fixes.
  await mapping.dataButton.click()
  await expect(issues.status).not.toContainText('Checking')
  await ui.revealColumn('c9')
  await expect(ui.cell(0, 'c9')).toHaveClass(/grid-cell-fixed/)
  // Company websites are looked up in the workspace: the 8 companies it does not hold would be refused.
  await expect(issues.code('Company Website', 'RELATION_TARGET_MISSING')).toContainText('8')
  await ui.revealColumn('c6')
  await expect(ui.cell(0, 'c6')).not.toHaveClass(/grid-cell-error/)
  await expect(ui.cell(2, 'c6')).toHaveClass(/grid-cell-error/)
  await ui.screenshot('relation-targets-workspace')
  // The push goes to the same workspace.
  const push = new PushPage(app.page)
  await push.open()
  await expect(push.chosenWorkspace).toContainText('Loopback CRM')
})
