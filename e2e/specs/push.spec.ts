// A consultant pushes the checked people into a workspace from the app: a dry run first (creates, updates,
// rows kept out), then the push with its progress; the loopback test workspace ends with each record once,
// linked to its company, and a second dry run sees them all as already pushed and unchanged. The app then
// goes down in the middle of a push, and pushing again after the restart lands every row once.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type AppDriver } from '../fixtures'
import { WorkspacesPage } from '../pages/workspaces-page'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'
import { PushPage } from '../pages/push-page'
import { openCheckedPeople } from '../support/people-session'
import { startWorkspaceServer, type WorkspaceServer } from '../workspace-server/workspace-server'

/** The fixture copied into the test's own folder: the push keeps its journal beside the file it pushes. */
function peopleCopy(app: AppDriver): string {
  const path = join(app.tempDir, 'people-us.csv')
  copyFileSync(app.dataFile('people-us.csv'), path)
  return path
}

const KEY = 'pf-e2e-push-key'
const DOMAINS = ['analytical.io', 'cobol.dev', 'nasa.gov', 'w3.org', 'mit.edu', 'bell-labs.com', 'utexas.edu']
let server: WorkspaceServer | undefined

test.beforeEach(async ({ app }) => {
  server = await startWorkspaceServer({
    model: JSON.parse(readFileSync(app.dataFile('workspace-model.json'), 'utf8')),
    apiKey: KEY,
    rateLimitPerMinute: 100_000,
  })
  server.seed(
    'companies',
    DOMAINS.map((d) => ({ name: d, domainName: { primaryLinkUrl: `https://${d}` } })),
  )
})

test.afterEach(async () => {
  await server?.close()
  server = undefined
})

test('plans, pushes with progress, and lands every valid row once, linked to its company', async ({ app }) => {
  await new WorkspacesPage(app).connect('Loopback CRM', server!.url, KEY)

  const { ui, issues } = await openCheckedPeople(app, peopleCopy(app))
  const push = new PushPage(app.page)
  await push.openFor('Loopback CRM', server!.url)
  await push.dryRun()
  await expect(push.planCreate).toHaveText('7 rows')
  await expect(push.planUpdate).toHaveText('0 rows')
  await expect(push.planRejected).toHaveText('3 rows')
  expect(server!.records('people')).toHaveLength(0)
  // The rows behind a number, in the grid.
  await push.showRejected.click()
  await expect(issues.filterLabel).toHaveText('Showing 3 rows: Rows kept out of the push for errors')
  await push.open()
  await expect(push.planCreate).toHaveText('7 rows')

  await push.start()
  await push.expectDone()
  await expect(push.sent).toHaveText('7')
  await ui.screenshot('push-done')
  const people = server!.records('people')
  expect(people).toHaveLength(7)
  const company = (domain: string) => server!.records('companies').find((c) => c['name'] === domain)!['id']
  const ada = people.find(
    (p) => (p['emails'] as { primaryEmail: string }).primaryEmail === 'ada.lovelace@analytical.io',
  )!
  expect(ada['companyId']).toBe(company('analytical.io'))

  // A second dry run knows every row from the push's journal: nothing would be created twice, nothing is sent.
  await push.dryRun()
  await expect(push.planUnchanged).toHaveText('7 rows')
  await expect(push.planUpdate).toHaveText('0 rows')
  await expect(push.planCreate).toHaveText('0 rows')
  await expect(push.changes).toHaveCount(0)
  expect(existsSync(join(app.tempDir, 'people-us.csv.people.push-journal'))).toBe(true)

  // Ada's title changes in the file; the workspace keeps its own value when told to fill only empty ones.
  await new MappingPage(app.page).dataButton.click()
  // Uniqueness against the workspace: the rows the dry run found there are marked on their email.
  await expect(issues.code('Email', 'EXISTS_IN_WORKSPACE')).toContainText('7')
  await issues.clearFilter.click()
  await ui.typeInCell(0, 'c4', 'Chief Technology Officer')
  await push.open()
  await expect(push.planButton).toHaveText('Dry run')
  await push.dryRun()
  await expect(push.planUpdate).toHaveText('1 row')
  await expect(push.planUnchanged).toHaveText('6 rows')
  await expect(push.change('jobTitle')).toContainText('1')
  await expect(push.samples).toContainText('Chief Technology Officer')
  await push.setPolicy('jobTitle', 'fill')
  await ui.screenshot('push-plan-changes')
  await push.start()
  await push.expectDone()
  const adaNow = server!
    .records('people')
    .find((p) => (p['emails'] as { primaryEmail: string }).primaryEmail === 'ada.lovelace@analytical.io')!
  expect(adaNow['jobTitle']).toBe('CTO')
  expect(server!.records('people')).toHaveLength(7)
})

test('isolates a row the workspace refuses, shows it and exports it with the server’s message', async ({ app }) => {
  server!.setFaults({ rejectValue: { field: 'jobTitle', value: 'Rear Admiral', plural: 'people' } })
  await new WorkspacesPage(app).connect('Loopback CRM', server!.url, KEY)

  const { issues } = await openCheckedPeople(app, peopleCopy(app))
  const push = new PushPage(app.page)
  await push.openFor('Loopback CRM', server!.url)
  await push.dryRun()
  await expect(push.planCreate).toHaveText('7 rows')
  await push.start()
  await push.expectDone()
  expect(server!.records('people')).toHaveLength(6)
  await expect(push.failures).toContainText('1 row refused by the workspace')

  const out = join(app.tempDir, 'refused')
  await app.pickSaveNext(out)
  await push.exportFailures.click()
  await expect.poll(() => existsSync(join(out, 'people-failed.xlsx'))).toBe(true)
  const csv = readFileSync(join(out, 'people-failed.csv'), 'utf8')
  expect(csv.split('\n')[0]).toContain('Errors')
  expect(csv).toContain('Rear Admiral')
  expect(csv).toContain('rejected')

  await push.showFailures.click()
  await expect(issues.filterLabel).toHaveText('Showing 1 row: Rows the workspace refused')
})

test('a push cut short by the app going down continues after the restart, landing every row once', async ({ app }) => {
  // 240 people, every fourth without an email (nothing unique): only the journal keeps those from doubling.
  const path = join(app.tempDir, 'staff.csv')
  const rows = Array.from(
    { length: 240 },
    (_, i) => `Staff${i},Member,${i % 4 === 0 ? '' : `staff${i}@example.com`},Engineer`,
  )
  writeFileSync(path, ['First Name,Last Name,Email,Job Title', ...rows].join('\n'))
  server!.setFaults({ latencyMs: 400 })
  await new WorkspacesPage(app).connect('Loopback CRM', server!.url, KEY)

  const pushFile = async (): Promise<PushPage> => {
    const ui = new PreflightPage(app)
    const push = new PushPage(app.page)
    await ui.openAndWait(path, 240)
    await push.openFor('Loopback CRM', server!.url)
    await push.dryRun()
    await expect(push.planResult).toBeVisible()
    await push.start()
    return push
  }
  await pushFile()
  // Main and the window go down while batches are out: some landed, some were in flight, some never left.
  await expect.poll(() => server!.records('people').length, { timeout: 20_000 }).toBeGreaterThan(0)
  await app.restart()
  const landedBefore = server!.records('people').length
  expect(landedBefore).toBeLessThan(240)

  server!.setFaults({})
  const push = await pushFile()
  await push.expectDone({ timeout: 30_000 })
  await new PreflightPage(app).screenshot('push-resumed')
  const people = server!.records('people')
  expect(people).toHaveLength(240)
  expect(new Set(people.map((p) => (p['name'] as { firstName: string }).firstName)).size).toBe(240)
})

/** Adds the loopback workspace with its key, opens `path` (of `rows` rows) and goes to its Push screen. */
async function openForPush(app: AppDriver, path: string, rows: number): Promise<{ ui: PreflightPage; push: PushPage }> {
  await new WorkspacesPage(app).connect('Loopback CRM', server!.url, KEY)
  const ui = new PreflightPage(app)
  const push = new PushPage(app.page)
  await ui.openAndWait(path, rows)
  await push.openFor('Loopback CRM', server!.url)
  return { ui, push }
}

test('the dry run tells how far its lookup has got and can be cancelled', async ({ app }) => {
  const path = join(app.tempDir, 'leads.csv')
  writeFileSync(
    path,
    [
      'First Name,Last Name,Email',
      ...Array.from({ length: 400 }, (_, i) => `Lead${i},Person,lead${i}@example.com`),
    ].join('\n'),
  )
  const { ui, push } = await openForPush(app, path, 400)
  server!.setFaults({ latencyMs: 700 })
  await push.dryRun()
  await expect(push.lookup).toContainText(/Looking up existing records in the workspace: \d+ of 400 values/)
  await ui.screenshot('push-lookup')
  await push.planCancel.click()
  await expect(push.lookup).toBeHidden()
  await expect(push.planResult).toBeHidden()
  await expect(push.error).toBeHidden()

  server!.setFaults({})
  await push.dryRun()
  await expect(push.planCreate).toHaveText(/400/)
  expect(server!.records('people')).toHaveLength(0)
})

test('rows whose mapped cells are all empty are counted in the dry run and never pushed', async ({ app }) => {
  const path = join(app.tempDir, 'with-empty-rows.csv')
  writeFileSync(
    path,
    [
      'First Name,Last Name,Email',
      'Ada,Lovelace,ada@example.com',
      ',,',
      'Grace,Hopper,grace@example.com',
      ' , ,',
      'Alan,Turing,alan@example.com',
    ].join('\n'),
  )
  const { push } = await openForPush(app, path, 5)
  await push.dryRun()
  await expect(push.planCreate).toHaveText(/^3 rows$/)
  await expect(push.planEmpty).toHaveText('2 empty rows will be left out (no mapped cell has a value).')
  await push.start()
  await push.expectDone()
  expect(server!.records('people')).toHaveLength(3)
})

test('undoes a push from the app: created records deleted, changed ones put back, and the next push starts anew', async ({
  app,
}) => {
  const [ada] = server!.seed('people', [
    {
      name: { firstName: 'Ada', lastName: 'Byron' },
      emails: { primaryEmail: 'ada@example.com' },
      jobTitle: 'Countess',
    },
  ])
  const path = join(app.tempDir, 'to-undo.csv')
  writeFileSync(
    path,
    [
      'First Name,Last Name,Email,Job Title',
      'Ada,Lovelace,ada@example.com,Analyst',
      'Grace,Hopper,grace@example.com,Admiral',
      'Alan,Turing,alan@example.com,Researcher',
    ].join('\n'),
  )
  const { ui, push } = await openForPush(app, path, 3)
  await push.dryRun()
  await push.start()
  await push.expectDone()
  expect(server!.records('people').find((p) => p['id'] === ada!['id'])).toMatchObject({ jobTitle: 'Analyst' })

  await push.planUndo()
  await expect(push.undoSummary).toContainText('created (2)')
  await expect(push.undoSummary).toContainText('changed (1)')
  expect(server!.records('people').filter((p) => p['deletedAt'] === null)).toHaveLength(3)
  await ui.screenshot('push-undo-planned')
  await push.confirmUndo()
  await expect(push.undoResult).toContainText('Undone: 2 deleted, 1 put back')
  await ui.screenshot('push-undo-done')
  const live = server!.records('people').filter((p) => p['deletedAt'] === null)
  expect(live).toHaveLength(1)
  expect(live[0]).toMatchObject({ id: ada!['id'], jobTitle: 'Countess', name: { firstName: 'Ada', lastName: 'Byron' } })

  // Pushed again, every row lands once more: the two deleted ones are restored, Ada updated again.
  await push.dryRun()
  await expect(push.planRestore).toHaveText(/^2 rows$/)
  await push.start()
  await push.expectDone()
  const again = server!.records('people')
  expect(again).toHaveLength(3)
  expect(again.filter((p) => p['deletedAt'] === null)).toHaveLength(3)
})
