// Pushing a whole project from the app: companies and people files, a dry run of both first (one company
// already exists: its name is chosen to be kept, only filled when empty), one bar per file in import order, pause
// and resume part-way, and the workspace ends with every record once, each person linked to the company
// created moments before in the same push by its id (the test workspace answers like a server without nested
// connect, so a link by anything else would be refused).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { PreflightPage } from '../pages/preflight-page'
import { ProjectPage } from '../pages/project-page'
import { PushPage } from '../pages/push-page'
import { WorkspacesPage } from '../pages/workspaces-page'
import { startWorkspaceServer, type WorkspaceServer } from '../workspace-server/workspace-server'

const KEY = 'pf-e2e-project-push'
let server: WorkspaceServer | undefined

test.afterEach(async () => {
  await server?.close()
  server = undefined
})

test('pushes every file of the project in import order with a bar per file, paused and resumed', async ({ app }) => {
  server = await startWorkspaceServer({
    model: JSON.parse(readFileSync(app.dataFile('workspace-model.json'), 'utf8')),
    apiKey: KEY,
    rateLimitPerMinute: 100_000,
    nestedConnect: false,
    faults: { latencyMs: 40 },
  })
  const page = app.page
  const people = join(app.tempDir, 'people.csv')
  const companies = join(app.tempDir, 'companies.csv')
  writeFileSync(
    companies,
    'Name,Domain\n' + Array.from({ length: 120 }, (_, i) => `Company ${i},c${i}.example.com`).join('\n') + '\n',
  )
  writeFileSync(
    people,
    'Email,First Name,Last Name,Company Domain\n' +
      Array.from({ length: 300 }, (_, i) => `p${i}@example.com,P${i},Test,c${i % 120}.example.com`).join('\n') +
      '\nnot-an-email,X,Y,c1.example.com\n',
  )

  await new WorkspacesPage(app).connect('Loopback CRM', server.url, KEY)

  const ui = new PreflightPage(app)
  const project = new ProjectPage(app)
  const push = new PushPage(page)
  await ui.openAndWait(people, 301)
  await app.pickSaveNext(join(app.tempDir, 'migration.preflight'))
  await project.addFile(companies)
  await ui.expectLoaded(120)

  await push.openFor('Loopback CRM', server.url)
  server.seed('companies', [{ name: 'Zero Holdings', domainName: { primaryLinkUrl: 'https://c0.example.com' } }])
  await project.dryRunAll()
  await project.expectPushPhase('planned')
  await expect(project.filePlan(0)).toContainText('119 to create, 1 to update')
  await expect(project.filePlan(1)).toContainText('300 to create, 0 to update')
  await expect(project.filePlan(1)).toContainText('1 kept out for errors')
  // The project bar says each file's state: the open one from its check, the other from the dry run.
  await expect(project.stateOf('companies.csv')).toHaveText('ready')
  await expect(project.stateOf('people.csv')).toHaveText('1 row with errors')
  expect(server.records('people')).toHaveLength(0)
  const nameChange = project.pushChanges
  await expect(nameChange).toHaveCount(1)
  await expect(nameChange).toHaveAttribute('data-field', 'name')
  await project.setPolicy(nameChange, 'fill')
  await ui.screenshot('project-push-planned')
  await project.startPush()
  await project.expectBars(['companies', 'people'])
  // Pause while the people are being sent, then resume.
  await expect(project.bar(1)).toHaveAttribute('data-state', 'pushing')
  await project.pause()
  await expect(project.resumeButton).toBeVisible()
  await ui.screenshot('project-push-paused')
  const landedWhilePaused = server.records('people').length
  expect(landedWhilePaused).toBeLessThan(300)
  await project.resume()
  await project.expectPushPhase('done')
  await expect(project.bar(0)).toHaveAttribute('data-state', 'done')
  await expect(project.bar(1)).toHaveAttribute('data-state', 'done')
  await expect(project.barCount(1)).toHaveText('Done · 300 of 300')
  await expect(project.barResult(1)).toContainText('1 kept out')
  await expect(project.barResult(1)).toContainText('linked by id')
  await expect(project.stateOf('companies.csv')).toHaveText('pushed')
  await expect(project.stateOf('people.csv')).toHaveText('pushed')
  await ui.screenshot('project-push-done')

  expect(server.records('companies')).toHaveLength(120)
  // The company that existed kept its name: "only fill it when empty" was chosen for name.
  expect(
    server
      .records('companies')
      .find((c) => (c['domainName'] as { primaryLinkUrl: string }).primaryLinkUrl === 'https://c0.example.com'),
  ).toMatchObject({ name: 'Zero Holdings' })
  const landed = server.records('people')
  expect(landed).toHaveLength(300)
  const companyOf = new Map(
    server.records('companies').map((c) => [(c['domainName'] as { primaryLinkUrl: string }).primaryLinkUrl, c['id']]),
  )
  for (const person of landed) {
    const i = Number((person['emails'] as { primaryEmail: string }).primaryEmail.slice(1).split('@')[0])
    expect(person['companyId']).toBe(companyOf.get(`https://c${i % 120}.example.com`))
  }
  expect(readFileSync(join(app.tempDir, 'people-rejected.csv'), 'utf8')).toContain('not-an-email')
})
