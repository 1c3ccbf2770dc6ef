// A consultant pushes the checked people into a workspace from the app: a dry run first (creates, updates,
// rows kept out), then the push with its progress; the loopback test workspace ends with each record once,
// linked to its company, and a second dry run sees them all as already pushed and unchanged. The app then
// goes down in the middle of a push, and pushing again after the restart lands every row once.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type AppDriver } from '../fixtures'
import { WorkspacesPage } from '../pages/workspaces-page'
import { PreflightPage } from '../pages/preflight-page'
import { openCheckedPeople, typeInCell } from '../support/people-session'
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
  server = await startWorkspaceServer({ model: JSON.parse(readFileSync(app.dataFile('workspace-model.json'), 'utf8')), apiKey: KEY, rateLimitPerMinute: 100_000 })
  server.seed('companies', DOMAINS.map((d) => ({ name: d, domainName: { primaryLinkUrl: `https://${d}` } })))
})

test.afterEach(async () => {
  await server?.close()
  server = undefined
})

test('plans, pushes with progress, and lands every valid row once, linked to its company', async ({ app }) => {
  await new WorkspacesPage(app).connect('Loopback CRM', server!.url, KEY)

  const { page, ui, issues } = await openCheckedPeople(app, peopleCopy(app))
  await page.getByTestId('toolbar-push-button').click()
  await page.getByTestId('push-workspace').selectOption({ label: `Loopback CRM (${server!.url})` })
  await page.getByTestId('push-plan').click()
  await expect(page.getByTestId('push-plan-create')).toHaveText('7 rows')
  await expect(page.getByTestId('push-plan-update')).toHaveText('0 rows')
  await expect(page.getByTestId('push-plan-rejected')).toHaveText('3 rows')
  expect(server!.records('people')).toHaveLength(0)
  // The rows behind a number, in the grid.
  await page.getByTestId('push-show-rejected').click()
  await expect(page.getByTestId('issues-filter-label')).toHaveText('Showing 3 rows: Rows kept out of the push for errors')
  await page.getByTestId('toolbar-push-button').click()
  await expect(page.getByTestId('push-plan-create')).toHaveText('7 rows')

  await page.getByTestId('push-start').click()
  await expect(page.getByTestId('push-progress')).toHaveAttribute('data-phase', 'done')
  await expect(page.getByTestId('push-sent')).toHaveText('7')
  await page.screenshot({ path: `e2e/.artifacts/screens/${app.target}-push-done.png` })
  const people = server!.records('people')
  expect(people).toHaveLength(7)
  const company = (domain: string) => server!.records('companies').find((c) => c['name'] === domain)!['id']
  const ada = people.find((p) => (p['emails'] as { primaryEmail: string }).primaryEmail === 'ada.lovelace@analytical.io')!
  expect(ada['companyId']).toBe(company('analytical.io'))

  // A second dry run knows every row from the push's journal: nothing would be created twice, nothing is sent.
  await page.getByTestId('push-plan').click()
  await expect(page.getByTestId('push-plan-unchanged')).toHaveText('7 rows')
  await expect(page.getByTestId('push-plan-update')).toHaveText('0 rows')
  await expect(page.getByTestId('push-plan-create')).toHaveText('0 rows')
  await expect(page.getByTestId('push-change')).toHaveCount(0)
  expect(existsSync(join(app.tempDir, 'people-us.csv.people.push-journal'))).toBe(true)

  // Ada's title changes in the file; the workspace keeps its own value when told to fill only empty ones.
  await page.getByTestId('toolbar-data-button').click()
  // Uniqueness against the workspace: the rows the dry run found there are marked on their email.
  await expect(issues.code('Email', 'EXISTS_IN_WORKSPACE')).toContainText('7')
  await page.getByTestId('issues-clear-filter').click()
  await typeInCell(ui, 0, 'c4', 'Chief Technology Officer')
  await page.getByTestId('toolbar-push-button').click()
  await expect(page.getByTestId('push-plan')).toHaveText('Dry run')
  await page.getByTestId('push-plan').click()
  await expect(page.getByTestId('push-plan-update')).toHaveText('1 row')
  await expect(page.getByTestId('push-plan-unchanged')).toHaveText('6 rows')
  const title = page.locator('[data-testid="push-change"][data-field="jobTitle"]')
  await expect(title).toContainText('1')
  await expect(page.getByTestId('push-samples')).toContainText('Chief Technology Officer')
  await title.getByTestId('push-policy').selectOption('fill')
  await page.screenshot({ path: `e2e/.artifacts/screens/${app.target}-push-plan-changes.png` })
  await page.getByTestId('push-start').click()
  await expect(page.getByTestId('push-progress')).toHaveAttribute('data-phase', 'done')
  const adaNow = server!.records('people').find((p) => (p['emails'] as { primaryEmail: string }).primaryEmail === 'ada.lovelace@analytical.io')!
  expect(adaNow['jobTitle']).toBe('CTO')
  expect(server!.records('people')).toHaveLength(7)
})

test('isolates a row the workspace refuses, shows it and exports it with the server’s message', async ({ app }) => {
  server!.setFaults({ rejectValue: { field: 'jobTitle', value: 'Rear Admiral', plural: 'people' } })
  await new WorkspacesPage(app).connect('Loopback CRM', server!.url, KEY)

  const { page } = await openCheckedPeople(app, peopleCopy(app))
  await page.getByTestId('toolbar-push-button').click()
  await page.getByTestId('push-workspace').selectOption({ label: `Loopback CRM (${server!.url})` })
  await page.getByTestId('push-plan').click()
  await expect(page.getByTestId('push-plan-create')).toHaveText('7 rows')
  await page.getByTestId('push-start').click()
  await expect(page.getByTestId('push-progress')).toHaveAttribute('data-phase', 'done')
  expect(server!.records('people')).toHaveLength(6)
  await expect(page.locator('.push-failures')).toContainText('1 row refused by the workspace')

  const out = join(app.tempDir, 'refused')
  await app.pickSaveNext(out)
  await page.getByTestId('push-export-failures').click()
  await expect.poll(() => existsSync(join(out, 'people-failed.xlsx'))).toBe(true)
  const csv = readFileSync(join(out, 'people-failed.csv'), 'utf8')
  expect(csv.split('\n')[0]).toContain('Errors')
  expect(csv).toContain('Rear Admiral')
  expect(csv).toContain('rejected')

  await page.getByTestId('push-show-failures').click()
  await expect(page.getByTestId('issues-filter-label')).toHaveText('Showing 1 row: Rows the workspace refused')
})

test('a push cut short by the app going down continues after the restart, landing every row once', async ({ app }) => {
  // 240 people, every fourth without an email (nothing unique): only the journal keeps those from doubling.
  const path = join(app.tempDir, 'staff.csv')
  const rows = Array.from({ length: 240 }, (_, i) => `Staff${i},Member,${i % 4 === 0 ? '' : `staff${i}@example.com`},Engineer`)
  writeFileSync(path, ['First Name,Last Name,Email,Job Title', ...rows].join('\n'))
  server!.setFaults({ latencyMs: 400 })
  await new WorkspacesPage(app).connect('Loopback CRM', server!.url, KEY)

  const pushFile = async (): Promise<void> => {
    const ui = new PreflightPage(app)
    await ui.openAndWait(path, 240)
    await app.page.getByTestId('toolbar-push-button').click()
    await app.page.getByTestId('push-workspace').selectOption({ label: `Loopback CRM (${server!.url})` })
    await app.page.getByTestId('push-plan').click()
    await expect(app.page.getByTestId('push-plan-result')).toBeVisible()
    await app.page.getByTestId('push-start').click()
  }
  await pushFile()
  // Main and the window go down while batches are out: some landed, some were in flight, some never left.
  await expect.poll(() => server!.records('people').length, { timeout: 20_000 }).toBeGreaterThan(0)
  await app.restart()
  const landedBefore = server!.records('people').length
  expect(landedBefore).toBeLessThan(240)

  server!.setFaults({})
  await pushFile()
  await expect(app.page.getByTestId('push-progress')).toHaveAttribute('data-phase', 'done', { timeout: 30_000 })
  await app.page.screenshot({ path: `e2e/.artifacts/screens/${app.target}-push-resumed.png` })
  const people = server!.records('people')
  expect(people).toHaveLength(240)
  expect(new Set(people.map((p) => (p['name'] as { firstName: string }).firstName)).size).toBe(240)
})

/** Adds the loopback workspace with its key, opens `path` (of `rows` rows) and goes to its Push screen. */
async function openForPush(app: AppDriver, path: string, rows: number): Promise<PreflightPage> {
  await new WorkspacesPage(app).connect('Loopback CRM', server!.url, KEY)
  const ui = new PreflightPage(app)
  await ui.openAndWait(path, rows)
  await app.page.getByTestId('toolbar-push-button').click()
  await app.page.getByTestId('push-workspace').selectOption({ label: `Loopback CRM (${server!.url})` })
  return ui
}

test('the dry run tells how far its lookup has got and can be cancelled', async ({ app }) => {
  const path = join(app.tempDir, 'leads.csv')
  writeFileSync(path, ['First Name,Last Name,Email', ...Array.from({ length: 400 }, (_, i) => `Lead${i},Person,lead${i}@example.com`)].join('\n'))
  const ui = await openForPush(app, path, 400)
  server!.setFaults({ latencyMs: 700 })
  await app.page.getByTestId('push-plan').click()
  const lookup = app.page.getByTestId('push-lookup')
  await expect(lookup).toContainText(/Looking up existing records in the workspace: \d+ of 400 values/)
  await ui.screenshot('push-lookup')
  await app.page.getByTestId('push-plan-cancel').click()
  await expect(lookup).toBeHidden()
  await expect(app.page.getByTestId('push-plan-result')).toBeHidden()
  await expect(app.page.getByTestId('push-error')).toBeHidden()

  server!.setFaults({})
  await app.page.getByTestId('push-plan').click()
  await expect(app.page.getByTestId('push-plan-create')).toHaveText(/400/)
  expect(server!.records('people')).toHaveLength(0)
})

test('rows whose mapped cells are all empty are counted in the dry run and never pushed', async ({ app }) => {
  const path = join(app.tempDir, 'with-empty-rows.csv')
  writeFileSync(path, ['First Name,Last Name,Email', 'Ada,Lovelace,ada@example.com', ',,', 'Grace,Hopper,grace@example.com', ' , ,', 'Alan,Turing,alan@example.com'].join('\n'))
  await openForPush(app, path, 5)
  await app.page.getByTestId('push-plan').click()
  await expect(app.page.getByTestId('push-plan-create')).toHaveText(/^3 rows$/)
  await expect(app.page.getByTestId('push-plan-empty')).toHaveText('2 empty rows will be left out (no mapped cell has a value).')
  await app.page.getByTestId('push-start').click()
  await expect(app.page.getByTestId('push-progress')).toHaveAttribute('data-phase', 'done')
  expect(server!.records('people')).toHaveLength(3)
})

test('undoes a push from the app: created records deleted, changed ones put back, and the next push starts anew', async ({ app }) => {
  const [ada] = server!.seed('people', [{ name: { firstName: 'Ada', lastName: 'Byron' }, emails: { primaryEmail: 'ada@example.com' }, jobTitle: 'Countess' }])
  const path = join(app.tempDir, 'to-undo.csv')
  writeFileSync(path, ['First Name,Last Name,Email,Job Title', 'Ada,Lovelace,ada@example.com,Analyst', 'Grace,Hopper,grace@example.com,Admiral', 'Alan,Turing,alan@example.com,Researcher'].join('\n'))
  const ui = await openForPush(app, path, 3)
  const page = app.page
  await page.getByTestId('push-plan').click()
  await page.getByTestId('push-start').click()
  await expect(page.getByTestId('push-progress')).toHaveAttribute('data-phase', 'done')
  expect(server!.records('people').find((p) => p['id'] === ada!['id'])).toMatchObject({ jobTitle: 'Analyst' })

  await page.getByTestId('push-undo-plan').click()
  await expect(page.getByTestId('push-undo-summary')).toContainText('created (2)')
  await expect(page.getByTestId('push-undo-summary')).toContainText('changed (1)')
  expect(server!.records('people').filter((p) => p['deletedAt'] === null)).toHaveLength(3)
  await ui.screenshot('push-undo-planned')
  await page.getByTestId('push-undo-confirm').click()
  await expect(page.getByTestId('push-undo-result')).toContainText('Undone: 2 deleted, 1 put back')
  await ui.screenshot('push-undo-done')
  const live = server!.records('people').filter((p) => p['deletedAt'] === null)
  expect(live).toHaveLength(1)
  expect(live[0]).toMatchObject({ id: ada!['id'], jobTitle: 'Countess', name: { firstName: 'Ada', lastName: 'Byron' } })

  // Pushed again, every row lands once more: the two deleted ones are restored, Ada updated again.
  await page.getByTestId('push-plan').click()
  await expect(page.getByTestId('push-plan-restore')).toHaveText(/^2 rows$/)
  await page.getByTestId('push-start').click()
  await expect(page.getByTestId('push-progress')).toHaveAttribute('data-phase', 'done')
  const again = server!.records('people')
  expect(again).toHaveLength(3)
  expect(again.filter((p) => p['deletedAt'] === null)).toHaveLength(3)
})
