// app:languages through the real dispatch and handlers: the OS's preferred languages reach the renderer
// in order, once each, and a tag the contract would refuse is dropped rather than failing the whole call.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHandlers } from './handlers'
import { dispatch } from './ipc/dispatch'
import { DEFAULT_LIMITS } from './ingest/worker-protocol'
import { PushJobs } from './push/push-jobs'
import { FileJobs } from './files/file-jobs'
import { memoryCredentialStore } from './storage/memory-keychain.test-support'
import { RecentFiles } from './files/recent-files'
import { BUILT_WORKERS } from './workspace/workspace.test-support'

async function languagesReply(languages: (() => readonly string[]) | undefined): Promise<unknown> {
  const dataDir = await mkdtemp(join(tmpdir(), 'preflight-languages-'))
  const credentials = memoryCredentialStore().store
  const recent = new RecentFiles(dataDir)
  const handlers = createHandlers({
    version: 'test',
    host: 'electron',
    ...(languages ? { languages } : {}),
    pickFile: async () => null,
    pickSavePath: async () => null,
    pickDirectory: async () => null,
    parseWorkerPath: '/nonexistent-worker.js',
    pushes: new PushJobs({ dataDir, credentials, emit: () => undefined, workers: BUILT_WORKERS }),
    jobs: new FileJobs({ workerPath: '/nonexistent-worker.js', emit: () => undefined, limits: DEFAULT_LIMITS, recent }),
    recent,
    credentials,
    dataDir,
  })
  return dispatch(handlers, 'app:languages', {})
}

describe('app:languages', () => {
  it('answers the OS’s languages best first, once each', async () => {
    expect(await languagesReply(() => ['de-CH', 'fr-CH', 'de-CH', 'en-US'])).toEqual({
      ok: true,
      value: { languages: ['de-CH', 'fr-CH', 'en-US'] },
    })
  })

  it('drops empty and overlong tags instead of failing', async () => {
    expect(await languagesReply(() => ['', 'x'.repeat(36), 'ru'])).toEqual({ ok: true, value: { languages: ['ru'] } })
  })

  it('answers none when the host knows none', async () => {
    expect(await languagesReply(undefined)).toEqual({ ok: true, value: { languages: [] } })
  })
})
