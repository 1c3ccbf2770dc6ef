// A project the OS hands to the running app (a double-clicked .preflight, or a second launch with the file on
// its command line) opens in the window, with its saved edits. In the electron project this is the real
// thing: a second Electron process on the same data folder finds the first holding the single-instance lock,
// hands over its argv and quits. In the browser-harness project main's side is played by emitting the same
// app:open-path event main sends.
import { spawn } from 'node:child_process'
import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { ROOT, expect, test, type AppDriver } from '../fixtures'
import { HistoryPage } from '../pages/history-page'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'
import { ProjectPage } from '../pages/project-page'

/** Launches the app a second time with `path` on its command line; resolves with that process's exit code. */
function secondLaunch(app: AppDriver, path: string): Promise<number | null> {
  const electron = join(
    ROOT,
    'node_modules/electron/dist',
    readFileSync(join(ROOT, 'node_modules/electron/path.txt'), 'utf8').trim(),
  )
  const child = spawn(electron, [join(ROOT, 'out/main/index.js'), path], {
    cwd: app.tempDir,
    // The fixture's data folder: the lock is per data folder, so this launch meets the running app.
    env: { ...process.env, PREFLIGHT_USER_DATA_DIR: join(app.tempDir, 'user-data') },
    stdio: 'ignore',
  })
  return new Promise((done) => child.on('exit', (code) => done(code)))
}

async function handOver(app: AppDriver, page: Page, path: string): Promise<void> {
  if (app.target === 'electron') {
    // The second instance quits at once (exit 0) once the first has its argv.
    expect(await secondLaunch(app, path)).toBe(0)
    return
  }
  await page.evaluate(
    ([channel, payload]) =>
      (window as unknown as { __preflightHarness: { emit(c: string, p: unknown): void } }).__preflightHarness.emit(
        channel,
        payload,
      ),
    ['app:open-path', { path }] as const,
  )
}

test('a .preflight file handed over by the OS opens the project in the running window, edits and all', async ({
  app,
}) => {
  const ui = new PreflightPage(app)
  const mapping = new MappingPage(app.page)
  const source = join(app.tempDir, 'people-us.csv')
  copyFileSync(app.dataFile('people-us.csv'), source)
  const projectPath = join(app.tempDir, 'acme.preflight')

  await ui.openAndWait(source, 10)
  await mapping.openButton.click()
  await mapping.defaultCountry.selectOption('US')
  await mapping.dataButton.click()
  await new ProjectPage(app).saveAs(join(app.tempDir, 'acme'))
  await ui.typeInCell(2, 'c2', 'alan.turing@enigma.org')
  await expect.poll(() => JSON.parse(readFileSync(projectPath, 'utf8')).files[0].operations.length).toBe(1)

  // A fresh start on the start screen; then the OS hands the project over.
  await app.restart()
  const again = new PreflightPage(app)
  await expect(again.openButton).toBeVisible()
  await handOver(app, app.page, projectPath)
  await again.expectLoaded(10)
  await expect(new ProjectPage(app).saveState).toContainText('acme.preflight')
  await expect(again.cell(2, 'c2')).toHaveText('alan.turing@enigma.org')
  await expect(new HistoryPage(app.page).steps).toHaveCount(1)
})
