// The `app` fixture: the same specs drive either the built renderer in Chromium with main's handlers
// hosted here (target browser-harness) or the real Electron app (target electron, where a runtime exists).
import { test as base, _electron, chromium, type Browser, type ElectronApplication, type Page } from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { hostMain, type HostOptions } from './harness/main-host'
import { memoryCredentialStore } from '../electron/main/storage/memory-keychain.test-support'
import { serveDirectory } from './harness/static-server'

export type Target = 'browser-harness' | 'electron'

export const ROOT = resolve(__dirname, '..')
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface AppDriver {
  readonly page: Page
  readonly target: Target
  /** Answers the next native "Open file…" dialog with this path (null: cancel). */
  pickNext(path: string | null): Promise<void>
  /** Answers the next native "Save project" dialog with this path (null: cancel). */
  pickSaveNext(path: string | null): Promise<void>
  /** Answers the next native folder dialog (Export) with this path (null: cancel). */
  pickFolderNext(path: string | null): Promise<void>
  /** A file from e2e/data. */
  dataFile(name: string): string
  /** A fresh folder for files a test writes. */
  readonly tempDir: string
  /**
   * Ends the app as a crash would (window and main process gone at once, nothing saved on the way out) and
   * starts it again on the same data folder. `page` is the new window afterwards.
   */
  restart(): Promise<void>
}

/** Why the Electron variant cannot run here, or null when it can. */
export function electronUnavailableReason(): string | null {
  const dir = join(ROOT, 'node_modules/electron')
  const pathFile = join(dir, 'path.txt')
  const binary = existsSync(pathFile) ? join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null
  if (binary && existsSync(binary)) return null
  return 'No Electron runtime on this machine: electron >= 42 fetches its binary on first start and this machine cannot download it. The same specs ran against the built renderer with the real main handlers (project browser-harness).'
}

export const test = base.extend<
  { app: AppDriver; hostOptions: Partial<Pick<HostOptions, 'limits' | 'languages'>> },
  { target: Target; harnessBrowser: Browser | undefined }
>({
  target: ['browser-harness', { option: true, scope: 'worker' }],
  harnessBrowser: [
    async ({ target }, use) => {
      if (target !== 'browser-harness') return use(undefined)
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  hostOptions: [{}, { option: true }],
  app: async ({ target, harnessBrowser, hostOptions }, use, testInfo) => {
    const tempDir = mkdtempSync(join(tmpdir(), 'preflight-e2e-'))
    const dataFile = (name: string) => join(ROOT, 'e2e/data', name)
    try {
      if (target === 'electron') {
        const reason = electronUnavailableReason()
        testInfo.skip(reason !== null, reason ?? '')
        const launch = () =>
          _electron.launch({
            args: [join(ROOT, 'out/main/index.js')],
            env: { ...process.env, PREFLIGHT_USER_DATA_DIR: join(tempDir, 'user-data') },
          })
        let electronApp: ElectronApplication = await launch()
        let page = await electronApp.firstWindow()
        const answerOpen = async (picked: string | null) => {
          await electronApp.evaluate(({ dialog }, path) => {
            dialog.showOpenDialog = async () => ({ canceled: path === null, filePaths: path ? [path] : [] })
          }, picked)
        }
        await use({
          get page() {
            return page
          },
          target,
          tempDir,
          dataFile,
          pickNext: answerOpen,
          pickFolderNext: answerOpen,
          pickSaveNext: async (picked) => {
            await electronApp.evaluate(({ dialog }, path) => {
              dialog.showSaveDialog = async () => ({ canceled: path === null, filePath: path ?? '' })
            }, picked)
          },
          restart: async () => {
            electronApp.process().kill('SIGKILL')
            electronApp = await launch()
            page = await electronApp.firstWindow()
          },
        })
        await electronApp.close()
        return
      }
      const workerPath = join(ROOT, 'out/main/parse-worker.js')
      const rendererDir = join(ROOT, 'out/renderer')
      if (!existsSync(workerPath) || !existsSync(join(rendererDir, 'index.html'))) {
        throw new Error('The app is not built: run `npm run build` before the end-to-end tests.')
      }
      const server = await serveDirectory(rendererDir)
      // The keychain outlives the app, as the OS keychain does: a restart finds the keys stored before it.
      const credentials = memoryCredentialStore().store
      // One run of the app: a window (page) and main's handlers hosted here, on the test's data folder.
      const startApp = async () => {
        const context = await harnessBrowser!.newContext({ viewport: { width: 1360, height: 860 } })
        const page = await context.newPage()
        const host = await hostMain(page, {
          dataDir: join(tempDir, 'user-data'),
          workerPath,
          credentials,
          ...hostOptions,
        })
        await page.goto(server.url)
        return { context, page, host }
      }
      let run = await startApp()
      await use({
        get page() {
          return run.page
        },
        target,
        tempDir,
        dataFile,
        pickNext: async (path) => run.host.pickNext(path),
        pickSaveNext: async (path) => run.host.pickSaveNext(path),
        pickFolderNext: async (path) => run.host.pickSaveNext(path),
        restart: async () => {
          // No goodbye: the window closes and main's jobs end without a chance to save anything.
          await run.context.close()
          await run.host.dispose()
          run = await startApp()
        },
      })
      await run.host.dispose()
      await run.context.close()
      await server.close()
    } finally {
      rmSync(tempDir, { recursive: true, force: true })
    }
  },
})

export { expect } from '@playwright/test'
