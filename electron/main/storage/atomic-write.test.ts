import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from './atomic-write'

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temp file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-atomic-'))
    const target = join(dir, 'project.preflight')
    await writeFile(target, 'old')
    await writeFileAtomic(target, 'new')
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(dir)).toEqual(['project.preflight'])
  })

  it('keeps the old file when the new one cannot be put in place', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-atomic-'))
    const target = join(dir, 'busy')
    await mkdir(target)
    await writeFile(join(target, 'inside'), 'x')
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['busy'])
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('x')
  })
})
