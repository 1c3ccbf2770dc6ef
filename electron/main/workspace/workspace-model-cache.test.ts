import { mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseWorkspaceMetadata } from '../../../shared/model/parse-metadata'
import { WorkspaceModelCache } from './workspace-model-cache'
import { WORKSPACE_MODEL } from './workspace.test-support'

const ID = '00000000-0000-4000-8000-00000000000a'
const model = parseWorkspaceMetadata(WORKSPACE_MODEL).model
const tempDir = () => mkdtemp(join(tmpdir(), 'preflight-model-cache-'))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('WorkspaceModelCache', () => {
  it('writes models/<id>.json and reads it back whole', async () => {
    const dir = await tempDir()
    const cache = new WorkspaceModelCache(dir)
    expect(await cache.readCachedModel(ID)).toBeNull()
    await cache.writeCachedModel(ID, model, new Date('2026-04-02T08:30:00Z'))
    expect(await readdir(join(dir, 'models'))).toEqual([`${ID}.json`])
    expect(await new WorkspaceModelCache(dir).readCachedModel(ID)).toEqual({
      version: 1,
      fetchedAt: '2026-04-02T08:30:00.000Z',
      model,
    })
    await cache.removeCachedModel(ID)
    expect(await cache.readCachedModel(ID)).toBeNull()
    await cache.removeCachedModel(ID)
  })

  it.each([
    ['cut-off JSON', '{"version": 1, "fetchedAt": "2026'],
    ['another version', JSON.stringify({ version: 2, fetchedAt: '2026-04-02T08:30:00.000Z', model })],
    [
      'a model of the wrong shape',
      JSON.stringify({
        version: 1,
        fetchedAt: '2026-04-02T08:30:00.000Z',
        model: { objects: [{ nameSingular: 'x' }] },
      }),
    ],
    ['no fetch time', JSON.stringify({ version: 1, model })],
  ])('reads %s as missing, with a warning', async (_name, text) => {
    const dir = await tempDir()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const cache = new WorkspaceModelCache(dir)
    await cache.writeCachedModel(ID, model, new Date())
    await writeFile(cache.pathOf(ID), text)
    expect(await cache.readCachedModel(ID)).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(ID))
  })

  it('takes only a UUID as a file name', async () => {
    const cache = new WorkspaceModelCache(await tempDir())
    expect(() => cache.pathOf('../../etc/passwd')).toThrow()
    await expect(cache.readCachedModel('../workspaces')).rejects.toThrow()
  })
})
