// Owner columns in the links panel: a HubSpot companies export whose `Company owner` names workspace members by
// full name or email. Migrated with no workspace chosen, the panel says the owners are matched when pushing; with
// the workspace chosen and "Check again", it reads the workspace's members (never writes them) and counts the
// column like any link, the name no member has one click from its row.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { MappingPage } from '../pages/mapping-page'
import { MigratePage } from '../pages/migrate-page'
import { PreflightPage } from '../pages/preflight-page'
import { WorkspacesPage } from '../pages/workspaces-page'
import { startWorkspaceServer, type WorkspaceServer } from '../workspace-server/workspace-server'

const KEY = 'pf-e2e-migrate-owners'
let server: WorkspaceServer | undefined

test.afterEach(async () => {
  await server?.close()
  server = undefined
})

test('counts an owner column against the workspace members, once the workspace can be asked', async ({ app }) => {
  server = await startWorkspaceServer({
    model: JSON.parse(readFileSync(app.dataFile('migrate/workspace-model.json'), 'utf8')),
    apiKey: KEY,
    rateLimitPerMinute: 100_000,
  })
  server.seed('workspaceMembers', [
    { name: { firstName: 'María', lastName: 'García' }, userEmail: 'maria.garcia@client.example' },
  ])
  const folder = join(app.tempDir, 'hubspot-export')
  mkdirSync(folder)
  writeFileSync(
    join(folder, 'hubspot-crm-exports-all-companies-2025-11-03.csv'),
    'Record ID,Company name,Company Domain Name,Company owner\n' +
      '5100200300,Acme Corp,acmecorp.example,Maria Garcia\n' +
      '5100200307,Globex,globex.example,nobody@client.example\n' +
      '5100200311,Initech,initech.example,maria.garcia@client.example\n',
  )
  await new WorkspacesPage(app).connect('Loopback CRM', server.url, KEY)
  const ui = new PreflightPage(app)
  const migrate = new MigratePage(app)
  const mapping = new MappingPage(app.page)

  await migrate.migrateFolder(folder)
  await ui.expectLoaded(3)
  await expect(migrate.links).toBeVisible()
  await expect(migrate.lines).toHaveText([
    'Companies → workspace members by Company owner: 3 values, matched when pushing (connect the workspace to check them now)',
  ])
  await expect(migrate.unresolved).toHaveCount(0)

  // The workspace chosen (the data model it is checked against), the links checked again: the members are read.
  await mapping.openButton.click()
  await mapping.workspace.selectOption({ label: 'Loopback CRM' })
  await migrate.refresh()
  await expect(migrate.lines).toHaveText(['Companies → workspace members by Company owner: 2 of 3 found'])
  await expect(migrate.unresolved).toHaveText(['row 3: nobody@client.example'])
  await expect(migrate.unresolved).toHaveAttribute('title', /No member of the workspace has this name or email/)
  await ui.screenshot('migrate-owner-links')
  expect(server.records('workspaceMembers')).toHaveLength(1)
})
