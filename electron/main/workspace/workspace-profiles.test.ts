import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { WorkspaceDraftSchema } from '../../../shared/workspace/workspace-profile'
import { WorkspaceProfiles } from './workspace-profiles'

const tempDir = () => mkdtemp(join(tmpdir(), 'preflight-workspaces-'))
const draft = (fields: Record<string, unknown>) => WorkspaceDraftSchema.parse(fields)

afterEach(() => {
  vi.restoreAllMocks()
})

describe('WorkspaceProfiles', () => {
  it('creates, reloads from disk, updates and removes profiles', async () => {
    const dir = await tempDir()
    const profiles = new WorkspaceProfiles(dir)
    const cloud = await profiles.save(
      draft({ name: 'Acme (cloud)', baseUrl: 'https://api.twenty.com/' }),
      new Date('2026-03-01T10:00:00Z'),
    )
    const own = await profiles.save(
      draft({ name: 'Own', baseUrl: 'crm.example.com', rateLimitPerMinute: 500, batchSize: 200 }),
    )
    expect(cloud).toMatchObject({
      name: 'Acme (cloud)',
      baseUrl: 'https://api.twenty.com',
      rateLimitPerMinute: 100,
      batchSize: 60,
      createdAt: '2026-03-01T10:00:00.000Z',
    })
    expect(cloud.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(own.id).not.toBe(cloud.id)

    const reread = new WorkspaceProfiles(dir)
    expect(await reread.list()).toEqual([cloud, own])
    const renamed = await reread.save(
      draft({ id: cloud.id, name: 'Acme', baseUrl: 'https://api.twenty.com', batchSize: 100 }),
    )
    expect(renamed).toEqual({ ...cloud, name: 'Acme', batchSize: 100 })
    expect(await reread.remove(own.id)).toBe(true)
    expect(await reread.remove(own.id)).toBe(false)
    expect(await new WorkspaceProfiles(dir).list()).toEqual([renamed])
    expect(JSON.parse(await readFile(join(dir, 'workspaces.json'), 'utf8'))).toEqual({
      version: 1,
      workspaces: [renamed],
    })
  })

  it('refuses to update a profile that does not exist', async () => {
    const profiles = new WorkspaceProfiles(await tempDir())
    const ghost = draft({ id: '00000000-0000-4000-8000-000000000009', name: 'Ghost', baseUrl: 'https://a.io' })
    await expect(profiles.save(ghost)).rejects.toMatchObject({ code: 'WORKSPACE_UNKNOWN' })
    expect(await profiles.list()).toEqual([])
  })

  it('never writes a key, even when handed one', async () => {
    const dir = await tempDir()
    const leaky = { ...draft({ name: 'A', baseUrl: 'https://a.io' }), apiKey: 'eyJ-secret-key' } as never
    await new WorkspaceProfiles(dir).save(leaky)
    expect(await readFile(join(dir, 'workspaces.json'), 'utf8')).not.toContain('secret')
  })

  it('keeps every save when saves overlap', async () => {
    const profiles = new WorkspaceProfiles(await tempDir())
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => profiles.save(draft({ name: `W${i}`, baseUrl: `https://w${i}.io` }))),
    )
    expect((await profiles.list()).map((p) => p.name).sort()).toEqual(['W0', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7'])
  })

  it('reads a damaged file as empty and moves it aside, not over, on the next save', async () => {
    const dir = await tempDir()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const damaged = '{"version": 1, "workspaces": [ {"id": 3'
    await writeFile(join(dir, 'workspaces.json'), damaged)
    const profiles = new WorkspaceProfiles(dir)
    expect(await profiles.list()).toEqual([])
    await writeFile(join(dir, 'workspaces.json'), '{"version": 7, "workspaces": []}')
    expect(await profiles.list()).toEqual([])
    await writeFile(join(dir, 'workspaces.json'), damaged)
    const saved = await profiles.save(draft({ name: 'Fresh', baseUrl: 'https://a.io' }))
    expect(await profiles.list()).toEqual([saved])
    const files = await readdir(dir)
    const aside = files.find((f) => /^workspaces\.damaged-\d+\.json$/.test(f))
    expect(aside).toBeDefined()
    expect(await readFile(join(dir, aside!), 'utf8')).toBe(damaged)
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect(warn).toHaveBeenCalled()
  })

  it('keeps the readable profiles of a file with one bad entry', async () => {
    const dir = await tempDir()
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const good = {
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Good',
      baseUrl: 'https://a.io',
      rateLimitPerMinute: 100,
      batchSize: 60,
      createdAt: '2026-01-01T00:00:00.000Z',
    }
    const bad = { ...good, id: 'not-a-uuid', name: 'Bad' }
    const badUrl = { ...good, id: '00000000-0000-4000-8000-000000000002', baseUrl: 'ftp://x' }
    await writeFile(join(dir, 'workspaces.json'), JSON.stringify({ version: 1, workspaces: [bad, good, badUrl] }))
    expect((await new WorkspaceProfiles(dir).list()).map((p) => p.name)).toEqual(['Good'])
  })
})
