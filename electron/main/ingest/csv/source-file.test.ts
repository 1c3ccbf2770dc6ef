import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../worker-protocol'
import { formatSize, openTextSource } from './source-file'

const dir = mkdtempSync(join(tmpdir(), 'preflight-source-file-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('formatSize', () => {
  it('writes sizes as people read them', () => {
    expect(formatSize(2 * 1024 ** 3)).toBe('2.0 GB')
    expect(formatSize(1536 * 1024 ** 2)).toBe('1.5 GB')
    expect(formatSize(190.4 * 1024 ** 2)).toBe('190.4 MB')
    expect(formatSize(1500)).toBe('2 KB')
  })
})

describe('openTextSource', () => {
  it('opens a file and reports its name and size', async () => {
    const path = join(dir, 'people.csv')
    writeFileSync(path, 'a,b\n')
    const source = await openTextSource(path, DEFAULT_LIMITS)
    await source.handle.close()
    expect([source.name, source.size]).toEqual(['people.csv', 4])
  })
  it('measures the limit against the size on disk, in MB for smaller limits', async () => {
    const path = join(dir, 'sparse.csv')
    writeFileSync(path, '')
    truncateSync(path, 300 * 1024 ** 2)
    await expect(openTextSource(path, { ...DEFAULT_LIMITS, maxTextBytes: 200 * 1024 ** 2 })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('sparse.csv is 300.0 MB; Preflight opens text files up to 200.0 MB.'),
    })
  })
  it('names a file that is missing', async () => {
    await expect(openTextSource(join(dir, 'nope.csv'), DEFAULT_LIMITS)).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
      message: expect.stringContaining('nope.csv'),
    })
  })
})
