// One run's tables, each file read once: `preflight migrate` reads every export to plan the migration, then
// prepares each file of the project, and a Salesforce join file may serve several links. A table is served again
// only while its file is the one that was read: the same open options and limits, the same device, inode, size,
// modification and change times (nanoseconds), unchanged while it was read, and its change time older than the
// read by more than a file system's timestamp granularity (a write in the same clock tick as the one read could
// otherwise look unchanged). Anything else reads the file afresh. A failed read is never kept. A kept table is
// handed over once (a run reads an export to plan, then once more to prepare it) and then dropped, so a run holds
// only the tables it has still to prepare, not every file it ever read.
// Served tables are shared: callers must not change them (EditedTable wraps a table, it never writes to it).
// A cache lives as long as the run's project object (attachTableCache, a WeakMap): never process-wide, since the
// app prepares projects too and must not hold every file it ever opened.
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { loadTable, type LoadedTable, type LoadTableOptions } from './load-table'

export type TableLoader = (path: string, load: LoadTableOptions) => Promise<LoadedTable>

/** What tells one version of a file from another without reading it. */
export interface FileStamp {
  readonly dev: bigint
  readonly ino: bigint
  readonly size: bigint
  readonly mtimeNs: bigint
  readonly ctimeNs: bigint
}

export interface TableCacheOptions {
  /** Reads a file (loadTable; tests count reads through their own). */
  readonly load?: TableLoader
  /** A file's stamp (fs.stat, nanoseconds). */
  readonly stamp?: (path: string) => Promise<FileStamp>
  /** Wall-clock milliseconds (Date.now). */
  readonly now?: () => number
}

/** Coarser than any file system's timestamps (FAT writes times to 2 s); a change time this recent is not trusted. */
export const TIMESTAMP_MARGIN_MS = 2_000

interface Entry {
  readonly path: string
  readonly stamp: FileStamp
  readonly loaded: LoadedTable
}

export class TableCache {
  private readonly entries = new Map<string, Entry>()
  private readonly read: TableLoader
  private readonly stampOf: (path: string) => Promise<FileStamp>
  private readonly now: () => number
  /** Files read (not served from the cache). */
  reads = 0
  /** Tables served again. */
  hits = 0

  constructor(options: TableCacheOptions = {}) {
    this.read = options.load ?? loadTable
    this.stampOf = options.stamp ?? statStamp
    this.now = options.now ?? Date.now
  }

  /** loadTable, or (once) the table read before from the same file as it still is, with the same options. */
  readonly load: TableLoader = async (path, load) => {
    // Side effects (recent files, chunk callbacks) happen on a read only: such loads always read.
    if (load.recent !== undefined || load.onChunk !== undefined) return this.readFile(path, load)
    const key = cacheKey(path, load)
    const started = this.now()
    const before = await this.stampOf(path).catch(() => null)
    const entry = this.entries.get(key)
    this.entries.delete(key)
    if (entry !== undefined && before !== null && sameStamp(entry.stamp, before)) {
      this.hits++
      return entry.loaded
    }
    const loaded = await this.readFile(path, load)
    const after = await this.stampOf(path).catch(() => null)
    const settled =
      before !== null &&
      after !== null &&
      sameStamp(before, after) &&
      Number(before.ctimeNs / 1_000_000n) < started - TIMESTAMP_MARGIN_MS
    if (settled) this.entries.set(key, { path: resolve(path), stamp: before, loaded })
    return loaded
  }

  /** Drops the tables of every other file (those a plan left out will not be asked for again). */
  keepOnly(paths: readonly string[]): void {
    const kept = new Set(paths.map((p) => resolve(p)))
    for (const [key, entry] of this.entries) if (!kept.has(entry.path)) this.entries.delete(key)
  }

  private readFile(path: string, load: LoadTableOptions): Promise<LoadedTable> {
    this.reads++
    return this.read(path, load)
  }
}

const caches = new WeakMap<object, TableCache>()

/** Hands a run's cache to what prepares its project (the project and its files, by identity). */
export function attachTableCache(owners: readonly object[], cache: TableCache): void {
  for (const owner of owners) caches.set(owner, cache)
}

/** The cache of the run an object (a project, one of its files) belongs to, if any. */
export function tableCacheOf(owner: object): TableCache | undefined {
  return caches.get(owner)
}

async function statStamp(path: string): Promise<FileStamp> {
  const info = await stat(path, { bigint: true })
  return { dev: info.dev, ino: info.ino, size: info.size, mtimeNs: info.mtimeNs, ctimeNs: info.ctimeNs }
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs
}

/** The file and everything that decides what reading it gives (options in a canonical order). */
function cacheKey(path: string, load: LoadTableOptions): string {
  return JSON.stringify([resolve(path), load.workerPath, canonical(load.options ?? {}), canonical(load.limits ?? null)])
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key]
    if (v !== undefined) out[key] = canonical(v)
  }
  return out
}
