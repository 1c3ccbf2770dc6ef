import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../../shared/model/default-model'
import { loadTable, type LoadedTable, type LoadTableOptions } from '../main/files/load-table'
import { TableCache, TIMESTAMP_MARGIN_MS } from '../main/files/table-cache'
import { MIGRATION_PROJECT, planProject } from './migrate-command'
import { ProjectLinks } from '../main/migrate/migrate-links'
import { prepareProjectSource } from '../main/project/prepare-project-source'
import { filesInImportOrder } from '../main/push/push-project'

const ROOT = resolve(__dirname, '../..')
const WORKERS = { parse: join(ROOT, 'out/main/parse-worker.js'), check: join(ROOT, 'out/main/check-worker.js') }

const EXPORT = {
  'hubspot-crm-exports-all-companies.csv':
    'Record ID,Company name,Company Domain Name\n5100000001,Acme,acme.com\n5100000002,Globex,globex.com\n',
  'hubspot-crm-exports-all-contacts.csv':
    'Record ID,First Name,Last Name,Email,Associated Company IDs\n8100000001,Ada,Lovelace,ada@acme.com,5100000001\n8100000002,Grace,Hopper,grace@globex.com,5100000002\n',
  'hubspot-crm-exports-all-deals.csv':
    'Record ID,Deal Name,Deal Stage,Amount,Associated Company IDs,Associated Contact IDs\n9200000001,Renewal,Closed Won,1000,5100000001,8100000001;8100000002\n9200000002,Pilot,Contract Sent,500,5100000009,8100000002\n',
}

describe('planning a migration reads each export once', () => {
  let dir: string
  let paths: string[]
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'preflight-migrate-plan-'))
    paths = []
    for (const [name, text] of Object.entries(EXPORT)) {
      paths.push(join(dir, name))
      await writeFile(join(dir, name), text)
    }
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  /** A cache whose reads go through loadTable and are counted; its clock is late enough to trust the files' times. */
  function countingCache() {
    const reads: string[] = []
    const load = (path: string, options: LoadTableOptions): Promise<LoadedTable> => {
      reads.push(path)
      return loadTable(path, options)
    }
    return { reads, cache: new TableCache({ load, now: () => Date.now() + 10 * TIMESTAMP_MARGIN_MS }) }
  }

  async function prepareAll(projectPath: string, project: Awaited<ReturnType<typeof planProject>>) {
    const links = new ProjectLinks(projectPath, WORKERS, true)
    const out: { id: string; cells: string[][]; changed: boolean }[] = []
    for (const file of filesInImportOrder(project, DEFAULT_MODEL)) {
      const { prepared, changed } = await prepareProjectSource(projectPath, project, file, DEFAULT_MODEL, WORKERS)
      const rows = await links.forFile(file, prepared)
      const table = prepared.loaded.table
      out.push({ id: file.id, cells: table.rowsBetween(0, table.rowCount), changed })
      for (let row = 0; row < table.rowCount; row++) rows?.relationIds(row)
    }
    return { files: out, links }
  }

  it('plans, prepares and links every file from the tables read to plan it', async () => {
    const { reads, cache } = countingCache()
    const projectPath = join(dir, MIGRATION_PROJECT)
    const project = await planProject(
      paths,
      projectPath,
      { preset: 'auto', timeZone: 'UTC' },
      DEFAULT_MODEL,
      WORKERS,
      null,
      cache,
    )
    const { files, links } = await prepareAll(projectPath, project)
    expect(reads.sort()).toEqual([...paths].sort())
    expect(cache.hits).toBe(3)
    // What was prepared is what a fresh read gives (the deals' recipe replayed on its own copy).
    const fresh = await planProject(
      paths,
      projectPath,
      { preset: 'auto', timeZone: 'UTC' },
      DEFAULT_MODEL,
      WORKERS,
      null,
      new TableCache({ now: () => 0 }),
    )
    const again = await prepareAll(projectPath, fresh)
    expect(files).toEqual(again.files)
    expect([links.resolved, links.unresolved]).toEqual([again.links.resolved, again.links.unresolved])
    expect(links.unresolved.map((u) => u.value)).toEqual(['5100000009'])
  })

  it('reads the exports a few at a time, and names the first that cannot be read', async () => {
    let inFlight = 0
    let most = 0
    const load = async (path: string, options: LoadTableOptions): Promise<LoadedTable> => {
      most = Math.max(most, ++inFlight)
      try {
        return await loadTable(path, options)
      } finally {
        inFlight--
      }
    }
    const projectPath = join(dir, MIGRATION_PROJECT)
    await planProject(
      paths,
      projectPath,
      { preset: 'auto', timeZone: 'UTC' },
      DEFAULT_MODEL,
      WORKERS,
      null,
      new TableCache({ load }),
    )
    expect(most).toBe(Math.min(availableParallelism(), paths.length))
    const missing = [paths[0]!, join(dir, 'gone.csv'), paths[1]!]
    await expect(planProject(missing, projectPath, { preset: 'auto' }, DEFAULT_MODEL, WORKERS, null)).rejects.toThrow(
      /gone\.csv/,
    )
  })

  it('reads a file again when it changed on disk after it was planned', async () => {
    const { reads, cache } = countingCache()
    const projectPath = join(dir, MIGRATION_PROJECT)
    const project = await planProject(
      paths,
      projectPath,
      { preset: 'auto', timeZone: 'UTC' },
      DEFAULT_MODEL,
      WORKERS,
      null,
      cache,
    )
    const contacts = join(dir, 'hubspot-crm-exports-all-contacts.csv')
    // Same size (one letter changed), its times set apart as a later clock tick would.
    await writeFile(contacts, (await readFile(contacts, 'utf8')).replace('Grace', 'Gracy'))
    await utimes(contacts, new Date(2_000_000_000_000), new Date(2_000_000_000_000))
    const { files } = await prepareAll(projectPath, project)
    expect(reads.filter((p) => p === contacts)).toHaveLength(2)
    const prepared = files.find((f) => f.id === 'contacts')!
    expect(prepared.changed).toBe(true)
    expect(prepared.cells[1]).toContain('Gracy')
  })
})
