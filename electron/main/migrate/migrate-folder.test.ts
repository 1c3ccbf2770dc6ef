// migrate:folder against real files: a small HubSpot export folder planned as `preflight migrate` plans it (the
// same project the CLI's planProject makes), its links counted per link with the value that names no row, the
// project reused on a second run, progress said per file, and a cancelled run writing nothing.
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import { createHandlers } from '../handlers'
import { dispatch } from '../ipc/dispatch'
import { memoryCredentialStore } from '../storage/memory-keychain.test-support'
import type { FileJobs } from '../files/file-jobs'
import type { PushJobs } from '../push/push-jobs'
import type { RecentFiles } from '../files/recent-files'
import { planProject as cliPlanProject } from '../../cli/migrate-command'
import type { MigrateFolderResult, MigrateProgress } from '../../../shared/migrate/migrate-ipc'
import { migrateFolder } from './migrate-folder'
import { MIGRATION_PROJECT } from './plan-folder'

const ROOT = resolve(__dirname, '../../..')
const WORKERS = { parse: join(ROOT, 'out/main/parse-worker.js'), check: join(ROOT, 'out/main/check-worker.js') }

const EXPORT = {
  'hubspot-crm-exports-all-companies.csv':
    'Record ID,Company name,Company Domain Name\n5100000001,Acme,acme.com\n5100000002,Globex,globex.com\n',
  'hubspot-crm-exports-all-contacts.csv':
    'Record ID,First Name,Last Name,Email,Associated Company IDs\n8100000001,Ada,Lovelace,ada@acme.com,5100000001\n8100000002,Grace,Hopper,grace@globex.com,5100000002\n8100000003,Alan,Turing,alan@example.com,5100000009\n',
  'hubspot-crm-exports-all-deals.csv':
    'Record ID,Deal Name,Deal Stage,Amount,Associated Company IDs,Associated Contact IDs\n9200000001,Renewal,Closed Won,1000,5100000001,8100000001;8100000002\n',
}

describe('migrating a folder from the app', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'preflight-migrate-folder-'))
    for (const [name, text] of Object.entries(EXPORT)) await writeFile(join(dir, name), text)
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('plans the folder as the CLI does, writes migration.preflight and counts each link with what names no row', async () => {
    const progress: MigrateProgress[] = []
    const result = await migrateFolder(dir, {
      model: DEFAULT_MODEL,
      baseUrl: 'http://127.0.0.1:1',
      workers: WORKERS,
      onProgress: (p) => progress.push(p),
    })
    const projectPath = join(dir, MIGRATION_PROJECT)
    expect(result.projectPath).toBe(projectPath)
    expect(result.reused).toBe(false)
    expect(result.files.map((f) => [f.name, f.object, f.rows])).toEqual([
      ['hubspot-crm-exports-all-companies.csv', 'companies', 2],
      ['hubspot-crm-exports-all-contacts.csv', 'people', 3],
      ['hubspot-crm-exports-all-deals.csv', 'opportunities', 1],
    ])
    const line = (l: MigrateFolderResult['links'][number]) =>
      `${l.fromObject} -> ${l.toObject} by ${l.column}: ${l.found} of ${l.total}`
    expect(result.links.map(line)).toEqual([
      'people -> companies by Associated Company IDs: 2 of 3',
      'opportunities -> companies by Associated Company IDs: 1 of 1',
      'opportunities -> people by Associated Contact IDs: 2 of 2',
    ])
    const contacts = result.links[0]!
    expect(contacts.unresolved).toEqual([
      {
        file: 'hubspot-crm-exports-all-contacts.csv',
        fileId: contacts.fromId,
        row: 4,
        column: 'Associated Company IDs',
        value: '5100000009',
        reason: 'missing',
      },
    ])
    // The same project the CLI plans (its times aside).
    const saved = JSON.parse(await readFile(projectPath, 'utf8')) as Record<string, unknown>
    const cli = await cliPlanProject(
      Object.keys(EXPORT)
        .sort()
        .map((n) => join(dir, n)),
      projectPath,
      { preset: 'auto' },
      DEFAULT_MODEL,
      WORKERS,
      'http://127.0.0.1:1',
    )
    const timeless = (p: Record<string, unknown>) => ({ ...p, createdAt: null, updatedAt: null })
    expect(timeless(saved)).toEqual(timeless(JSON.parse(JSON.stringify(cli)) as Record<string, unknown>))
    expect(saved['workspace']).toEqual({ baseUrl: 'http://127.0.0.1:1' })
    expect(progress.filter((p) => p.phase === 'reading').map((p) => p.index)).toEqual([0, 1, 2])
    expect(progress.filter((p) => p.phase === 'checking').map((p) => p.name)).toEqual(result.files.map((f) => f.name))

    // Run again: the project is reused as it is (the app's edits win).
    await writeFile(projectPath, JSON.stringify({ ...saved, name: 'Edited in the app' }))
    const again = await migrateFolder(dir, { model: DEFAULT_MODEL, baseUrl: null, workers: WORKERS })
    expect(again.reused).toBe(true)
    expect(JSON.parse(await readFile(projectPath, 'utf8'))).toMatchObject({ name: 'Edited in the app' })
    expect(again.links.map(line)).toEqual(result.links.map(line))
    // No owner column: the workspace's members are not asked for.
    expect(result.links.some((l) => l.kind === 'member')).toBe(false)
  })

  it("counts an owner column against the workspace's members when they can be read, else leaves it to the push", async () => {
    await writeFile(
      join(dir, 'hubspot-crm-exports-all-companies.csv'),
      'Record ID,Company name,Company Domain Name,Company owner\n5100000001,Acme,acme.com,Maria Garcia\n5100000002,Globex,globex.com,nobody@client.com\n5100000003,Initech,initech.io,maria.garcia@client.com\n',
    )
    const members = [
      { id: 'member-1', name: { firstName: 'María', lastName: 'García' }, userEmail: 'maria.garcia@client.com' },
    ]
    let asked = 0
    const readMembers = async () => (asked++, members)
    const owners = (result: MigrateFolderResult) => result.links.filter((l) => l.kind === 'member')
    const checked = await migrateFolder(dir, { model: DEFAULT_MODEL, baseUrl: null, workers: WORKERS, readMembers })
    expect(asked).toBe(1)
    expect(owners(checked)).toHaveLength(1)
    expect(owners(checked)[0]).toMatchObject({
      fromObject: 'companies',
      toObject: 'workspaceMembers',
      column: 'Company owner',
      field: 'accountOwner',
      checked: true,
      found: 2,
      total: 3,
    })
    expect(owners(checked)[0]!.unresolved).toEqual([
      {
        file: 'hubspot-crm-exports-all-companies.csv',
        fileId: owners(checked)[0]!.fromId,
        row: 3,
        column: 'Company owner',
        value: 'nobody@client.com',
        reason: 'not-member',
      },
    ])
    // Offline (the members cannot be read): the line says the owners are matched when pushing, none listed as missing.
    const offline = await migrateFolder(dir, {
      model: DEFAULT_MODEL,
      baseUrl: null,
      workers: WORKERS,
      readMembers: async () => null,
    })
    expect(owners(offline)[0]).toMatchObject({ checked: false, found: 0, total: 3, unresolved: [] })
  })

  it('answers through migrate:folder, with the folder dialog, and a cancelled run writes nothing', async () => {
    const picks: (string | null)[] = [null, dir]
    const credentials = memoryCredentialStore().store
    const handlers = createHandlers({
      version: '0',
      host: 'browser-harness',
      pickFile: async () => null,
      pickSavePath: async () => null,
      pickDirectory: async () => picks.shift() ?? null,
      jobs: {} as FileJobs,
      parseWorkerPath: WORKERS.parse,
      pushes: {} as PushJobs,
      recent: {} as RecentFiles,
      credentials,
      dataDir: dir,
    })
    const cancelledDialog = await dispatch(handlers, 'migrate:folder', { folder: null, workspaceId: null, jobId: 'm1' })
    expect(cancelledDialog).toEqual({
      ok: true,
      value: { folder: null, projectPath: null, reused: false, files: [], links: [], notes: [] },
    })
    const picked = await dispatch(handlers, 'migrate:folder', { folder: null, workspaceId: null, jobId: 'm2' })
    expect(picked).toMatchObject({
      ok: true,
      value: { folder: dir, projectPath: join(dir, MIGRATION_PROJECT), reused: false },
    })
    await rm(join(dir, MIGRATION_PROJECT))

    const control = new AbortController()
    const cancelled = migrateFolder(dir, {
      model: DEFAULT_MODEL,
      baseUrl: null,
      workers: WORKERS,
      signal: control.signal,
      onProgress: (p) => p.phase === 'checking' && control.abort(),
    })
    await expect(cancelled).rejects.toMatchObject({ code: 'MIGRATE_CANCELLED' })
    expect(existsSync(join(dir, MIGRATION_PROJECT))).toBe(false)
    expect(await dispatch(handlers, 'migrate:cancel', { jobId: 'nothing' })).toEqual({
      ok: true,
      value: { cancelled: false },
    })
  })

  it('says a folder with no export as the user error it is', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'preflight-migrate-empty-'))
    try {
      await expect(
        migrateFolder(empty, { model: DEFAULT_MODEL, baseUrl: null, workers: WORKERS }),
      ).rejects.toMatchObject({ code: 'MIGRATE_NO_EXPORTS' })
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })
})
