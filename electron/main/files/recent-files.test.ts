import { mkdtemp, readFile, writeFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RecentFiles } from './recent-files'

const tempDir = () => mkdtemp(join(tmpdir(), 'preflight-recent-'))

describe('RecentFiles', () => {
  it('keeps the newest first, once per path, with the options used', async () => {
    const dir = await tempDir()
    const recent = new RecentFiles(dir)
    await recent.add('/data/a.csv', {})
    await recent.add('/data/b.xlsx', { sheet: 'Deals' })
    await recent.add('/data/a.csv', { encoding: 'windows-1252' })
    const files = await new RecentFiles(dir).list()
    expect(files.map((f) => [f.path, f.name, f.options])).toEqual([
      ['/data/a.csv', 'a.csv', { encoding: 'windows-1252' }],
      ['/data/b.xlsx', 'b.xlsx', { sheet: 'Deals' }],
    ])
  })

  it('keeps at most twelve and removes on request', async () => {
    const recent = new RecentFiles(await tempDir())
    for (let i = 0; i < 15; i++) await recent.add(`/data/${i}.csv`, {})
    expect((await recent.list()).length).toBe(12)
    expect((await recent.remove('/data/14.csv')).map((f) => f.path)).not.toContain('/data/14.csv')
  })

  it('reads a damaged or foreign file as empty and replaces it on the next add', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'recent-files.json'), '{"version": 1, "files": [ {"path": 3')
    const recent = new RecentFiles(dir)
    const warn = console.warn
    console.warn = () => undefined
    expect(await recent.list()).toEqual([])
    await writeFile(join(dir, 'recent-files.json'), '{"version": 99, "files": []}')
    expect(await recent.list()).toEqual([])
    console.warn = warn
    await recent.add('/data/a.csv', {})
    expect(JSON.parse(await readFile(join(dir, 'recent-files.json'), 'utf8')).files).toHaveLength(1)
    expect(await readdir(dir)).toEqual(['recent-files.json'])
  })
})
