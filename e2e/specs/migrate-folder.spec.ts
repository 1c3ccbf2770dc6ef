// "Migrate a folder…" from the start screen: a small HubSpot export (companies; contacts whose Associated Company
// IDs name one company no file has; deals linked to a company and a contact) made here, planned by main as
// `preflight migrate` plans it, opened as a project with its files in import order and the links panel saying
// each link's count ("People → Companies by Associated Company IDs: 2 of 3 found", no axe violation); the value
// that names no row opens its file with the grid showing that row and the keyboard on the value's cell. Then the
// dry run of all files, the push with a bar per file, the records and their links checked on the test workspace,
// and "Undo this push" file by file until the workspace holds nothing live again.
import AxeBuilder from '@axe-core/playwright'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { IssuesPage } from '../pages/issues-page'
import { MigratePage } from '../pages/migrate-page'
import { PreflightPage } from '../pages/preflight-page'
import { ProjectPage } from '../pages/project-page'
import { PushPage } from '../pages/push-page'
import { WorkspacesPage } from '../pages/workspaces-page'
import { startWorkspaceServer, type WorkspaceServer } from '../workspace-server/workspace-server'

const KEY = 'pf-e2e-migrate-folder'
let server: WorkspaceServer | undefined

test.afterEach(async () => {
  await server?.close()
  server = undefined
})

type Rec = Record<string, unknown>
const live = (records: Rec[]) => records.filter((r) => r['deletedAt'] === null || r['deletedAt'] === undefined)

test('migrates a folder from the start screen, shows its links, pushes it and undoes the push', async ({ app }) => {
  server = await startWorkspaceServer({
    model: JSON.parse(readFileSync(app.dataFile('migrate/workspace-model.json'), 'utf8')),
    apiKey: KEY,
    rateLimitPerMinute: 100_000,
    nestedConnect: false,
  })
  const page = app.page
  const folder = join(app.tempDir, 'hubspot-export')
  mkdirSync(folder)
  writeFileSync(
    join(folder, 'hubspot-crm-exports-all-companies-2025-11-03.csv'),
    'Record ID,Company name,Company Domain Name\n5100200300,Acme Corp,acmecorp.example\n5100200307,Globex,globex.example\n',
  )
  writeFileSync(
    join(folder, 'hubspot-crm-exports-all-contacts-2025-11-03.csv'),
    'Record ID,First Name,Last Name,Email,Associated Company IDs\n' +
      '8100300400,Ada,Lovelace,ada@acmecorp.example,5100200300\n' +
      '8100300411,Grace,Hopper,grace@globex.example,5100200307\n' +
      '8100300422,Alan,Turing,alan@initech.example,5100299999\n',
  )
  writeFileSync(
    join(folder, 'hubspot-crm-exports-all-deals-2025-11-03.csv'),
    'Record ID,Deal Name,Amount,Associated Company IDs,Associated Contact IDs\n' +
      '9200500600,Acme renewal,1000,5100200300,8100300400\n' +
      '9200500613,Globex pilot,2000,5100200307,8100300411;8100300400\n',
  )

  await new WorkspacesPage(app).connect('Loopback CRM', server.url, KEY)

  // Start screen: Migrate a folder…, the folder picked in main's dialog.
  const ui = new PreflightPage(app)
  const migrate = new MigratePage(app)
  const project = new ProjectPage(app)
  const issues = new IssuesPage(page)
  const push = new PushPage(page)
  await ui.screenshot('migrate-start')
  await migrate.migrateFolder(folder)
  const files = project.files
  await expect(files).toHaveCount(3)
  await expect(files.nth(0)).toContainText('Companies · hubspot-crm-exports-all-companies-2025-11-03.csv')
  await expect(files.nth(1)).toContainText('People · hubspot-crm-exports-all-contacts-2025-11-03.csv')
  await expect(files.nth(2)).toContainText('Opportunities · hubspot-crm-exports-all-deals-2025-11-03.csv')
  await ui.expectLoaded(2)

  // The links panel opens with the project: one line per link, the value naming no company one click from its row.
  await expect(migrate.links).toBeVisible()
  await expect(migrate.lines).toHaveText([
    'People → Companies by Associated Company IDs: 2 of 3 found',
    'Opportunities → Companies by Associated Company IDs: 2 of 2 found',
    'Opportunities → People by Associated Contact IDs: 3 of 3 found',
  ])
  await expect(migrate.linksButton).toHaveText('Links: 1 value not found')
  await expect(migrate.unresolved).toHaveCount(1)
  await expect(migrate.unresolved).toHaveText('row 4: 5100299999')
  await ui.screenshot('migrate-links')
  // The panel passes axe-core with no violation of any impact.
  const axe = await new AxeBuilder({ page }).include('[data-testid="project-files"]').analyze()
  expect(
    axe.violations.map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([])
  // Checked again, the folder's migration.preflight is used as it is, with the same counts.
  await migrate.refresh()
  await expect(migrate.reused).toBeVisible()
  await expect(migrate.lines).toHaveCount(3)
  await expect(migrate.lines.nth(0)).toHaveText('People → Companies by Associated Company IDs: 2 of 3 found')
  // By keyboard: focus the value and press Enter.
  await migrate.goToUnresolved()
  await project.expectCurrent(1)
  await expect(issues.filterLabel).toContainText('Row 4: 5100299999 in Associated Company IDs')
  await expect(ui.rowNumbers).toHaveCount(1)
  await expect(ui.rowNumbers).toHaveText('4')
  await expect(ui.rowWith('Turing')).toBeVisible()
  // The keyboard is on the value's cell.
  await expect(ui.focusedCell).toHaveText('5100299999')
  await ui.screenshot('migrate-unresolved-row')
  await issues.clearFilter.click()
  await ui.expectLoaded(3)

  // The dry run of all files, then the push with a bar per file.
  await push.openFor('Loopback CRM', server.url)
  await project.dryRunAll()
  await project.expectPushPhase('planned')
  await expect(project.filePlan(0)).toContainText('2 to create')
  await expect(project.filePlan(1)).toContainText('3 to create')
  await expect(project.filePlan(2)).toContainText('2 to create')
  expect(server.records('companies')).toHaveLength(0)
  await project.startPush()
  await project.expectPushPhase('done')
  await project.expectBars(['companies', 'people', 'opportunities'])
  for (let i = 0; i < 3; i++) await expect(project.bar(i)).toHaveAttribute('data-state', 'done')
  for (let i = 0; i < 3; i++) await expect(project.stateOf(i)).toHaveText('pushed')
  await ui.screenshot('migrate-pushed')

  // On the server: every record once, each linked by the id its row's record got; Alan's company left empty.
  const companies = server.records('companies')
  const people = server.records('people')
  const deals = server.records('opportunities')
  expect(companies.map((c) => c['name']).sort()).toEqual(['Acme Corp', 'Globex'])
  expect(people).toHaveLength(3)
  expect(deals).toHaveLength(2)
  const companyId = (name: string) => companies.find((c) => c['name'] === name)!['id']
  const personId = (email: string) =>
    people.find((p) => (p['emails'] as { primaryEmail: string }).primaryEmail === email)!['id']
  const personBy = (email: string) =>
    people.find((p) => (p['emails'] as { primaryEmail: string }).primaryEmail === email)!
  expect(personBy('ada@acmecorp.example')['companyId']).toBe(companyId('Acme Corp'))
  expect(personBy('grace@globex.example')['companyId']).toBe(companyId('Globex'))
  expect(personBy('alan@initech.example')['companyId'] ?? null).toBeNull()
  const deal = (name: string) => deals.find((d) => d['name'] === name)!
  expect(deal('Acme renewal')).toMatchObject({
    companyId: companyId('Acme Corp'),
    pointOfContactId: personId('ada@acmecorp.example'),
  })
  // A many-to-one fed by several ids takes the first.
  expect(deal('Globex pilot')).toMatchObject({
    companyId: companyId('Globex'),
    pointOfContactId: personId('grace@globex.example'),
  })

  // Undo this push, file by file, the deals first: a dry run of the file finds its rows in the journal, then the undo.
  for (const [index, plural, count] of [
    [2, 'opportunities', 2],
    [1, 'people', 3],
    [0, 'companies', 2],
  ] as const) {
    await project.switchTo(index)
    await ui.expectLoaded(count)
    await push.open()
    await expect(push.planButton).toBeEnabled()
    await push.dryRun()
    await expect(push.planResult).toBeVisible()
    await push.planUndo()
    await expect(push.undoSummary).toContainText(`created (${count})`)
    if (plural === 'people') await ui.screenshot('migrate-undo-planned')
    await push.confirmUndo()
    await expect(push.undoResult).toContainText(`Undone: ${count} deleted`)
    expect(live(server.records(plural))).toHaveLength(0)
    // The project bar no longer says the file is pushed.
    await expect(project.stateOf(index)).not.toHaveText('pushed')
  }
  await ui.screenshot('migrate-undone')
  expect(live(server.records('companies'))).toHaveLength(0)
  expect(live(server.records('people'))).toHaveLength(0)
  expect(live(server.records('opportunities'))).toHaveLength(0)
})
