// The Workspaces screen against the loopback test workspace: add one, a wrong key then the right key, test the
// connection, and remove it. The key must never come back to the page.
import { readFileSync } from 'node:fs'
import type { PreflightApi } from '../../shared/ipc/api'
import { EVENT_CHANNELS } from '../../shared/ipc/channels'
import { test, expect } from '../fixtures'
import { PreflightPage } from '../pages/preflight-page'
import { WorkspacesPage } from '../pages/workspaces-page'
import { startWorkspaceServer, type WorkspaceServer } from '../workspace-server/workspace-server'

const GOOD_KEY = 'test-key-123'
const WRONG_KEY = 'wrong-key-999'

let server: WorkspaceServer | undefined

/** The page's window as the app sees it: the bridge, plus what this spec records there. */
type SpiedWindow = { api: PreflightApi; __seenEvents: unknown[] }

test.beforeEach(async ({ app }) => {
  const model: unknown = JSON.parse(readFileSync(app.dataFile('workspace-model.json'), 'utf8'))
  server = await startWorkspaceServer({ model, apiKey: GOOD_KEY })
})

// Where the app fixture skips the test (no Electron runtime), beforeEach never started a server.
test.afterEach(async () => {
  await server?.close()
  server = undefined
})

test('a workspace is added, refuses a wrong key, connects with the right one, never shows it, and is removed', async ({
  app,
}) => {
  const ui = new WorkspacesPage(app)
  const page = app.page
  // Everything main pushes to the renderer, through the same window.api the app uses.
  await page.evaluate(
    (channels) => {
      const seen: unknown[] = []
      const spied = window as unknown as SpiedWindow
      spied.__seenEvents = seen
      for (const channel of channels) spied.api.on(channel, (payload: unknown) => seen.push({ channel, payload }))
    },
    [...EVENT_CHANNELS],
  )

  await ui.screenshot('workspaces-start-screen')
  await ui.openWithKeyboard()
  await expect(ui.back).toBeFocused()
  await expect(ui.empty).toBeVisible()

  await ui.url.fill('ftp://crm.example.com')
  await expect(ui.urlCheck).toContainText('http:// or https://')
  await expect(ui.save).toBeDisabled()
  const { url } = server!
  await ui.url.fill(url)
  await expect(ui.urlCheck).toContainText('not encrypted')
  await ui.addWorkspace('Loopback CRM', url)
  await expect(ui.item('Loopback CRM')).toContainText('no key')
  await expect(ui.save).toBeDisabled()

  await ui.storeKey(WRONG_KEY)
  await expect(ui.keySave).toHaveText('Replace key')
  await expect(ui.keyClear).toHaveText('Remove key')
  await ui.test.click()
  await expect(ui.status).toHaveAttribute('data-code', 'WORKSPACE_BAD_KEY')
  await expect(ui.status).toContainText('refused the API key')
  await expect(ui.status).toContainText('Check the API key below')
  await expect(ui.key).toHaveAttribute('aria-invalid', 'true')
  await expect(ui.key).toBeFocused()
  await ui.screenshot('workspaces-bad-key')

  await ui.storeKey(GOOD_KEY)
  await ui.test.click()
  await expect(ui.status).toHaveText(/^Connected: \d+ objects? \(model from .+\)$/)
  await expect(ui.key).toHaveAttribute('aria-invalid', 'false')
  await ui.screenshot('workspaces-connected')

  const shown = Number(/Connected: (\d+)/.exec((await ui.status.textContent()) ?? '')?.[1])
  const replies = await page.evaluate(async () => {
    const spied = window as unknown as SpiedWindow
    const api = spied.api
    const list = await api.invoke('workspace:list', {})
    const id = list.ok ? list.value.workspaces[0]!.id : ''
    const model = await api.invoke('workspace:model', { workspaceId: id })
    const tested = await api.invoke('workspace:test', { workspaceId: id })
    return { list, model, tested, events: spied.__seenEvents }
  })
  expect(replies.list.ok && replies.list.value.workspaces.map((w) => [w.name, w.hasKey])).toEqual([
    ['Loopback CRM', true],
  ])
  expect(replies.model.ok && replies.model.value.model?.objects.length).toBe(shown)
  expect(replies.tested.ok).toBe(true)
  const received = JSON.stringify(replies)
  for (const key of [GOOD_KEY, WRONG_KEY]) {
    expect(received).not.toContain(key)
    expect(await page.content()).not.toContain(key)
    expect(
      await page.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).not.toContain(key)
  }

  await page.keyboard.press('Escape')
  await expect(ui.screen).toBeHidden()
  await expect(ui.openButton).toBeFocused()
  await ui.openButton.click()
  await ui.item('Loopback CRM').click()
  await ui.remove.click()
  await expect(ui.removeDialog).toContainText('API key is deleted')
  await expect(ui.removeDialog).toContainText('cached data model is deleted too')
  await expect(ui.removeConfirm).toBeFocused()
  await ui.screenshot('workspaces-remove-confirm')
  await page.keyboard.press('Escape')
  await expect(ui.removeDialog).toBeHidden()
  await expect(ui.screen).toBeVisible()
  await ui.remove.click()
  await ui.removeConfirm.click()
  await expect(ui.items).toHaveCount(0)
  await expect(ui.empty).toBeVisible()

  await ui.back.click()
  await expect(ui.screen).toBeHidden()
  await expect(new PreflightPage(app).startOpenButton).toBeVisible()
})

test('the toolbar above an open file reaches the Workspaces screen, and Escape returns to the file', async ({
  app,
}) => {
  const files = new PreflightPage(app)
  const ui = new WorkspacesPage(app)
  await files.openAndWait(app.dataFile('people-us.csv'), 10)
  await ui.openWithKeyboard()
  await expect(files.grid).toBeHidden()
  await app.page.keyboard.press('Escape')
  await expect(ui.screen).toBeHidden()
  await files.expectLoaded(10)
  await expect(ui.openButton).toBeFocused()
})
