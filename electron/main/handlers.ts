// Main's handler for every invoke channel, built from plain-Node services so the Electron app, the
// end-to-end harness and tests share one implementation. Electron-only parts arrive as functions in deps.
import type { Handlers } from './ipc/dispatch'
import type { FileJobs } from './services/file-jobs'
import type { RecentFiles } from './services/recent-files'

export interface HandlerDeps {
  readonly version: string
  readonly host: 'electron' | 'browser-harness'
  /** Shows the native open dialog; null when the user cancels it. */
  readonly pickFile: () => Promise<string | null>
  readonly jobs: FileJobs
  readonly recent: RecentFiles
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:info': async () => ({ version: deps.version, platform: process.platform, host: deps.host }),
    'file:pick': async () => ({ path: await deps.pickFile() }),
    'file:open': (request) => deps.jobs.open(request),
    'file:cancel': async ({ jobId }) => ({ cancelled: deps.jobs.cancel(jobId) }),
    'file:recent-list': async () => ({ files: await deps.recent.list() }),
    'file:recent-remove': async ({ path }) => ({ files: await deps.recent.remove(path) }),
  }
}
