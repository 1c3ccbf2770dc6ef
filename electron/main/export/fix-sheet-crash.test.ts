// A crash while the new fix sheet is being written to disk (here: the disk fills up half way) must leave the
// file already at the path as it was. The file system is real; only the temp file's write is made to fail.
import { readFile, writeFile } from 'node:fs/promises'
import * as fs from 'node:fs/promises'
import { describe, expect, it, vi } from 'vitest'
import { writeFixSheet } from './fix-sheet'
import { SAMPLE, tempPath } from './fix-sheet.test-support'

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fs>()
  return { ...real, open: vi.fn(real.open) }
})

describe('writeFixSheet when the disk fails', () => {
  it('keeps the existing file when writing the new one stops half way', async () => {
    const path = tempPath('fix.xlsx')
    await writeFile(path, 'the fix sheet sent last week')
    const realOpen = (await vi.importActual<typeof fs>('node:fs/promises')).open
    vi.mocked(fs.open).mockImplementationOnce(async (file, flags) => {
      const handle = await realOpen(file, flags)
      handle.writeFile = async (data) => {
        const bytes = data as Uint8Array
        await handle.write(bytes.subarray(0, bytes.length >> 1))
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
      }
      return handle
    })

    await expect(writeFixSheet(path, SAMPLE)).rejects.toThrow('ENOSPC')
    expect(vi.mocked(fs.open)).toHaveBeenCalled()
    expect(await readFile(path, 'utf8')).toBe('the fix sheet sent last week')

    await writeFixSheet(path, SAMPLE)
    expect((await readFile(path)).subarray(0, 2).toString()).toBe('PK')
  })
})
