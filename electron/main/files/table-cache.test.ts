import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ColumnarTable } from '../../../shared/table/columnar-table'
import { DEFAULT_LIMITS } from '../ingest/worker-protocol'
import type { LoadedTable, LoadTableOptions } from './load-table'
import { attachTableCache, TableCache, tableCacheOf, TIMESTAMP_MARGIN_MS, type FileStamp } from './table-cache'

/** A loader that counts reads and returns a distinct table per read (its file's text as the one column's name). */
function countingLoader() {
  const reads: { path: string; load: LoadTableOptions }[] = []
  const load = async (path: string, options: LoadTableOptions): Promise<LoadedTable> => {
    reads.push({ path, load: options })
    const text = await readFile(path, 'utf8')
    return {
      table: new ColumnarTable([{ id: 'c0', name: text, sourceName: text }]),
      meta: {} as LoadedTable['meta'],
      summary: {} as LoadedTable['summary'],
    }
  }
  return { reads, load }
}

/** Far enough after the files were written that their change times are settled. */
const later = () => Date.now() + 10 * TIMESTAMP_MARGIN_MS

describe('TableCache', () => {
  let dir: string
  beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'preflight-table-cache-'))))
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('serves a table read once more for the same options, in whatever order they are written, then drops it', async () => {
    const path = join(dir, 'a.csv')
    await writeFile(path, 'one')
    const { reads, load } = countingLoader()
    const cache = new TableCache({ load, now: later })
    const first = await cache.load(path, { workerPath: 'w.js', options: { sheet: 'S', headerRow: 2 } })
    const second = await cache.load(path, { workerPath: 'w.js', options: { headerRow: 2, sheet: 'S' } })
    expect(second).toBe(first)
    expect(reads).toHaveLength(1)
    expect([cache.reads, cache.hits]).toEqual([1, 1])
    expect(await cache.load(path, { workerPath: 'w.js', options: { sheet: 'S', headerRow: 2 } })).not.toBe(first)
    expect(reads).toHaveLength(2)
  })

  it('reads a file again when it changed on disk between the reads', async () => {
    const path = join(dir, 'a.csv')
    await writeFile(path, 'one')
    const { reads, load } = countingLoader()
    const cache = new TableCache({ load, now: later })
    expect((await cache.load(path, { workerPath: 'w.js' })).table.columns[0]!.name).toBe('one')
    await writeFile(path, 'three')
    expect((await cache.load(path, { workerPath: 'w.js' })).table.columns[0]!.name).toBe('three')
    // The same size: the file's times tell the versions apart (set apart here, as a later clock tick would).
    await writeFile(path, 'seven')
    await utimes(path, new Date(2_000_000_000_000), new Date(2_000_000_000_000))
    expect((await cache.load(path, { workerPath: 'w.js' })).table.columns[0]!.name).toBe('seven')
    expect(reads).toHaveLength(3)
  })

  it('reads a file again with other open options, limits or worker', async () => {
    const path = join(dir, 'a.csv')
    await writeFile(path, 'one')
    const { reads, load } = countingLoader()
    const cache = new TableCache({ load, now: later })
    await cache.load(path, { workerPath: 'w.js' })
    await cache.load(path, { workerPath: 'w.js', options: { headerRow: 2 } })
    await cache.load(path, { workerPath: 'other.js' })
    await cache.load(path, { workerPath: 'w.js', limits: { ...DEFAULT_LIMITS, maxTextBytes: 1024 } })
    expect(reads).toHaveLength(4)
  })

  it('never serves a file whose change time is too recent to tell a same-tick write apart', async () => {
    const path = join(dir, 'a.csv')
    await writeFile(path, 'one')
    const { reads, load } = countingLoader()
    const cache = new TableCache({ load })
    await cache.load(path, { workerPath: 'w.js' })
    await cache.load(path, { workerPath: 'w.js' })
    expect(reads).toHaveLength(2)
  })

  it('keeps no table of a file that changed while it was read', async () => {
    const path = join(dir, 'a.csv')
    await writeFile(path, 'one')
    const { reads, load } = countingLoader()
    let n = 0n
    const stamp = async (): Promise<FileStamp> => ({ dev: 1n, ino: 1n, size: 3n, mtimeNs: 0n, ctimeNs: n++ })
    const cache = new TableCache({ load, now: later, stamp })
    await cache.load(path, { workerPath: 'w.js' })
    await cache.load(path, { workerPath: 'w.js' })
    expect(reads).toHaveLength(2)
  })

  it('keeps no failed read, and always reads for a load with side effects', async () => {
    const path = join(dir, 'a.csv')
    const { reads, load } = countingLoader()
    const cache = new TableCache({ load, now: later })
    await expect(cache.load(path, { workerPath: 'w.js' })).rejects.toThrow()
    await writeFile(path, 'one')
    await cache.load(path, { workerPath: 'w.js' })
    await cache.load(path, { workerPath: 'w.js', onChunk: () => {} })
    expect(reads).toHaveLength(3)
    expect(cache.hits).toBe(0)
  })

  it('drops the tables of the files it is not told to keep', async () => {
    const [a, b] = [join(dir, 'a.csv'), join(dir, 'b.csv')]
    await writeFile(a, 'one')
    await writeFile(b, 'two')
    const { reads, load } = countingLoader()
    const cache = new TableCache({ load, now: later })
    for (const path of [a, b]) await cache.load(path, { workerPath: 'w.js' })
    cache.keepOnly([join(dir, '.', 'b.csv')])
    for (const path of [a, b]) await cache.load(path, { workerPath: 'w.js' })
    expect(reads).toEqual([a, b, a].map((path) => ({ path, load: { workerPath: 'w.js' } })))
  })

  it('is found through the objects of the run it was attached to, and only those', () => {
    const cache = new TableCache()
    const project = {}
    const file = {}
    attachTableCache([project, file], cache)
    expect(tableCacheOf(project)).toBe(cache)
    expect(tableCacheOf(file)).toBe(cache)
    expect(tableCacheOf({})).toBeUndefined()
  })
})
