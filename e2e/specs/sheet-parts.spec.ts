// One sheet, several objects: a client's deals export names each deal's company (name, domain) and contact (name,
// email). The mapping screen offers to create those too; the project then holds the deals sheet and two parts of
// it, pushed companies first, people next, deals last, each record once (the domain and email written three ways
// on different rows), every deal linked to its company and contact, every contact to its company, a company the
// workspace already held used, not duplicated. Pushing again creates nothing.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'
import { ProjectPage } from '../pages/project-page'
import { PushPage } from '../pages/push-page'
import { SheetPartsPage } from '../pages/sheet-parts-page'
import { WorkspacesPage } from '../pages/workspaces-page'
import { startWorkspaceServer, type WorkspaceServer } from '../workspace-server/workspace-server'

const KEY = 'pf-e2e-sheet-parts'
let server: WorkspaceServer | undefined

test.afterEach(async () => {
  await server?.close()
  server = undefined
})

const DEALS = [
  'Deal Name,Amount,Company Name,Company Domain,Contact Name,Contact Email',
  'Acme renewal,1000,Acme,acme.com,Ada Lovelace,ada@acme.com',
  'Acme upsell,500,Acme Corp,https://www.acme.com/,Ada Lovelace,ADA@acme.com',
  'Initech pilot,200,Initech,initech.io,Peter Gibbons,peter@initech.io',
  'Acme extension,300,,ACME.COM,Grace Hopper,grace@acme.com',
  'Globex trial,50,Globex,globex.com,Hank Scorpio,hank@globex.com',
  'Initech support,80,Initech,initech.io,Peter Gibbons,peter@initech.io',
  'Walk-in,10,,,,',
].join('\n')

const url = (record: Record<string, unknown>, field: string) =>
  (record[field] as { primaryLinkUrl?: string } | undefined)?.primaryLinkUrl
const email = (record: Record<string, unknown>) =>
  (record['emails'] as { primaryEmail?: string } | undefined)?.primaryEmail

test('a deals sheet creates its companies and contacts once each, every deal linked to them', async ({ app }) => {
  server = await startWorkspaceServer({
    model: JSON.parse(readFileSync(app.dataFile('workspace-model.json'), 'utf8')),
    apiKey: KEY,
    rateLimitPerMinute: 100_000,
  })
  server.seed('companies', [{ name: 'Acme (existing)', domainName: { primaryLinkUrl: 'https://acme.com' } }])
  const page = app.page
  const deals = join(app.tempDir, 'deals.csv')
  writeFileSync(deals, DEALS + '\n')
  await new WorkspacesPage(app).connect('Loopback CRM', server.url, KEY)

  const ui = new PreflightPage(app)
  const mapping = new MappingPage(page)
  const parts = new SheetPartsPage(page)
  const project = new ProjectPage(app)
  const push = new PushPage(page)
  await ui.openAndWait(deals, 7)
  await mapping.openButton.click()
  await mapping.object.selectOption('opportunities')
  await expect(mapping.field('Company Domain')).toHaveValue('company.domainName.primaryLinkUrl')
  await expect(parts.root).toBeVisible()
  await expect(parts.part('company')).toBeChecked()
  await expect(parts.part('person')).toBeChecked()
  await expect(parts.root).toContainText('Companies: “Company Name” and “Company Domain”, one per “Company Domain”')
  await expect(parts.root).toContainText('People: “Contact Name” and “Contact Email”, one per “Contact Email”')
  await ui.screenshot('sheet-parts-offer')
  // From the keyboard: untick and tick again, then add.
  await parts.part('person').focus()
  await page.keyboard.press('Space')
  await expect(parts.part('person')).not.toBeChecked()
  await page.keyboard.press('Space')
  await expect(parts.part('person')).toBeChecked()
  await app.pickSaveNext(join(app.tempDir, 'deals.preflight'))
  await parts.addButton.focus()
  await page.keyboard.press('Enter')
  await expect(parts.added).toContainText('2 files added to the project')
  await expect(parts.root).toHaveCount(0)
  await expect(mapping.leftOut).toHaveCount(0)
  await expect(parts.importedElsewhere).toHaveText(
    'Imported by the other files of this project made from the same sheet: “Company Name” (Companies) and “Contact Name” (People).',
  )
  await expect(project.files).toHaveCount(3)
  await expect(project.file(0)).toContainText('Companies')
  await expect(project.file(1)).toContainText('People')
  await expect(project.file(2)).toContainText('Opportunities')
  await ui.screenshot('sheet-parts-project')

  // The companies part in the grid: one row per domain, blanks left out.
  await project.switchTo(0)
  await expect(ui.rowCount).toHaveText('7 rows (4 deleted)')
  await mapping.openButton.click()
  await expect(mapping.object).toHaveValue('companies')
  await expect(mapping.field('Company Name')).toHaveValue('name')
  await expect(mapping.field('Deal Name')).toHaveValue('')
  await expect(parts.root).toHaveCount(0)

  await push.openFor('Loopback CRM', server.url)
  await project.dryRunAll()
  await project.expectPushPhase('planned')
  await expect(project.filePlan(0)).toContainText('2 to create, 1 to update')
  await expect(project.filePlan(1)).toContainText('4 to create, 0 to update')
  await expect(project.filePlan(2)).toContainText('7 to create, 0 to update')
  await project.startPush()
  await project.expectPushPhase('done')
  await ui.screenshot('sheet-parts-pushed')

  const companies = server.records('companies')
  expect(companies.map((c) => url(c, 'domainName')).sort()).toEqual([
    'https://acme.com',
    'https://globex.com',
    'https://initech.io',
  ])
  const companyId = new Map(companies.map((c) => [url(c, 'domainName')!.replace('https://', ''), c['id']]))
  const people = server.records('people')
  expect(people.map(email).sort()).toEqual(['ada@acme.com', 'grace@acme.com', 'hank@globex.com', 'peter@initech.io'])
  const personId = new Map(people.map((p) => [email(p)!, p['id']]))
  for (const person of people) expect(person['companyId']).toBe(companyId.get(email(person)!.split('@')[1]!))
  const opportunities = server.records('opportunities')
  expect(opportunities).toHaveLength(7)
  const byName = new Map(opportunities.map((o) => [o['name'], o]))
  const expected: [string, string | null, string | null][] = [
    ['Acme renewal', 'acme.com', 'ada@acme.com'],
    ['Acme upsell', 'acme.com', 'ada@acme.com'],
    ['Initech pilot', 'initech.io', 'peter@initech.io'],
    ['Acme extension', 'acme.com', 'grace@acme.com'],
    ['Globex trial', 'globex.com', 'hank@globex.com'],
    ['Initech support', 'initech.io', 'peter@initech.io'],
    ['Walk-in', null, null],
  ]
  for (const [name, domain, contact] of expected) {
    expect(byName.get(name)?.['companyId'] ?? null).toBe(domain === null ? null : companyId.get(domain))
    expect(byName.get(name)?.['pointOfContactId'] ?? null).toBe(contact === null ? null : personId.get(contact))
  }

  // A rerun (next week, nothing changed) plans nothing to create or update: every record found as it is.
  await project.dryRunAll()
  await project.expectPushPhase('planned')
  for (let i = 0; i < 3; i++) await expect(project.filePlan(i)).toContainText('0 to create, 0 to update')
  expect(server.records('companies')).toHaveLength(3)
  expect(server.records('people')).toHaveLength(4)
  expect(server.records('opportunities')).toHaveLength(7)

  // The client says no: the whole push is undone, every file, the deals first.
  await project.planUndo()
  await expect(project.undoSummary).toContainText('created (13)')
  await expect(project.undoSummary).toContainText('changed (1)')
  await ui.screenshot('sheet-parts-undo-planned')
  await project.confirmUndo()
  await expect(project.undoResult).toHaveText(
    'Undone: 13 deleted, 1 put back. The next push of this project starts anew.',
  )
  const live = (plural: string) => server!.records(plural).filter((r) => r['deletedAt'] === null)
  expect(live('opportunities')).toHaveLength(0)
  expect(live('people')).toHaveLength(0)
  expect(live('companies').map((c) => [url(c, 'domainName'), c['name']])).toEqual([
    ['https://acme.com', 'Acme (existing)'],
  ])
})
