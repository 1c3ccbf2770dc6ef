import { dirname } from 'node:path'
// Hosts the real main-process handlers in the test process for one page: requests arrive through a
// Playwright binding and go through the same dispatch as ipcMain; events go back through page.evaluate.
import type { Page } from '@playwright/test'
import type { EventChannel } from '../../shared/ipc/channels'
import { createHandlers } from '../../electron/main/handlers'
import { createEmit, dispatch } from '../../electron/main/ipc/dispatch'
import { DEFAULT_LIMITS, type IngestLimits } from '../../electron/main/ingest/worker-protocol'
import type { CredentialStore } from '../../electron/main/storage/credential-store'
import { FileJobs } from '../../electron/main/files/file-jobs'
import { PushJobs } from '../../electron/main/push/push-jobs'
import { memoryCredentialStore } from '../../electron/main/storage/memory-keychain.test-support'
import { RecentFiles } from '../../electron/main/files/recent-files'
import { INVOKE_BINDING, preloadStandInScript } from './preload-stand-in'
import { encodeWire } from './wire'
import { builtWorkers } from '../../electron/main/project/prepare-check'

export interface HostOptions {
  readonly dataDir: string
  readonly workerPath: string
  readonly limits?: Partial<IngestLimits>
  /** Workspace API keys; by default an in-memory keychain, so tests never touch the user's own. */
  readonly credentials?: CredentialStore
  /**
   * The OS's preferred languages main reports (app:languages). None by default: the page then follows the
   * browser's own navigator.languages, as the app does when main reports none.
   */
  readonly languages?: readonly string[]
}

export interface MainHost {
  /** The path the next "Open file…" dialog answers with (null: the user cancels it). */
  pickNext(path: string | null): void
  /** The path the next "Save project" or "Export to folder" dialog answers with (null: the user cancels it). */
  pickSaveNext(path: string | null): void
  /** Every event payload sent to the renderer, in order. */
  readonly sent: { channel: EventChannel; payload: unknown }[]
  dispose(): Promise<void>
}

export async function hostMain(page: Page, options: HostOptions): Promise<MainHost> {
  const picks: (string | null)[] = []
  const savePicks: (string | null)[] = []
  const sent: MainHost['sent'] = []
  let delivery = Promise.resolve()
  const send = (channel: EventChannel, payload: unknown) => {
    sent.push({ channel, payload })
    const wire = encodeWire(payload)
    // Events are delivered in order, one evaluate at a time, as Electron's IPC would.
    delivery = delivery
      .then(() =>
        page.evaluate(([c, p]) => (window as unknown as HarnessWindow).__preflightHarness.emit(c, p), [
          channel,
          wire,
        ] as const),
      )
      .catch(() => undefined)
  }
  const recent = new RecentFiles(options.dataDir)
  const jobs = new FileJobs({
    workerPath: options.workerPath,
    emit: createEmit(send),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    recent,
  })
  const credentials = options.credentials ?? memoryCredentialStore().store
  const pushes = new PushJobs({
    dataDir: options.dataDir,
    credentials,
    emit: createEmit(send),
    workers: builtWorkers(dirname(options.workerPath)),
  })
  const handlers = createHandlers({
    version: '0.0.0-e2e',
    languages: () => options.languages ?? [],
    host: 'browser-harness',
    pickFile: async () => (picks.length > 0 ? (picks.shift() ?? null) : null),
    pickSavePath: async () => (savePicks.length > 0 ? (savePicks.shift() ?? null) : null),
    // Folder dialogs take their answer from the same queue as save dialogs.
    pickDirectory: async () => (savePicks.length > 0 ? (savePicks.shift() ?? null) : null),
    jobs,
    parseWorkerPath: options.workerPath,
    pushes,
    recent,
    credentials,
    dataDir: options.dataDir,
    emit: createEmit(send),
  })
  await page.exposeBinding(INVOKE_BINDING, async (_source, channel: unknown, input: unknown) =>
    encodeWire(await dispatch(handlers, channel, input)),
  )
  await page.addInitScript({ content: preloadStandInScript() })
  return {
    pickNext: (path) => void picks.push(path),
    pickSaveNext: (path) => void savePicks.push(path),
    sent,
    // The process going down: file jobs and pushes end at once.
    dispose: () => {
      pushes.dispose()
      return jobs.dispose()
    },
  }
}

interface HarnessWindow {
  __preflightHarness: { emit(channel: string, payload: unknown): void }
}
