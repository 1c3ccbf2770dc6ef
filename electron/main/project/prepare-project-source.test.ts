import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import type { ProjectFile, ProjectSource } from '../../../shared/project/project-file'
import { loadTable, type LoadedTable, type LoadTableOptions } from '../files/load-table'
import { fingerprintFile } from './project-store'
import { attachTableCache, TableCache } from '../files/table-cache'
import { prepareProjectSource } from './prepare-project-source'

const ROOT = resolve(__dirname, '../../..')
const WORKERS = { parse: join(ROOT, 'out/main/parse-worker.js'), check: join(ROOT, 'out/main/check-worker.js') }

describe('prepareProjectSource', () => {
  let dir: string
  beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'preflight-prepare-source-'))))
  afterEach(() => rm(dir, { recursive: true, force: true }))

  async function projectWith(
    operations: ProjectSource['operations'],
  ): Promise<{ project: ProjectFile; file: ProjectSource }> {
    await writeFile(join(dir, 'companies.csv'), 'Name,Domain\nAcme,acme.com\nGlobex,globex.com\n')
    const file: ProjectSource = {
      id: 'companies',
      path: 'companies.csv',
      fingerprint: await fingerprintFile(join(dir, 'companies.csv')),
      open: {},
      columns: [
        { id: 'c0', name: 'Name' },
        { id: 'c1', name: 'Domain' },
      ],
      mapping: { object: 'companies', columns: { Name: 'name', Domain: 'domainName.primaryLinkUrl' } },
      settings: {},
      operations,
    }
    const now = new Date().toISOString()
    return {
      file,
      project: {
        format: 'preflight-project',
        version: 1,
        name: 'p',
        createdAt: now,
        updatedAt: now,
        workspace: null,
        settings: {},
        files: [file],
      },
    }
  }

  /** The run's cache, its reads kept so a test can tell the table read from a copy of it. */
  function attachReads(owner: object): LoadedTable[] {
    const read: LoadedTable[] = []
    const load = async (path: string, options: LoadTableOptions) => {
      const loaded = await loadTable(path, options)
      read.push(loaded)
      return loaded
    }
    attachTableCache([owner], new TableCache({ load }))
    return read
  }

  it('checks the table as read when the recipe is empty (no copy of every cell), through the run’s cache', async () => {
    const { project, file } = await projectWith([])
    const read = attachReads(project)
    const { prepared, applied, skipped } = await prepareProjectSource(
      join(dir, 'p.preflight'),
      project,
      file,
      DEFAULT_MODEL,
      WORKERS,
    )
    expect(read).toHaveLength(1)
    expect(prepared.loaded.table).toBe(read[0]!.table)
    expect([applied, skipped]).toEqual([0, []])
  })

  it('replays a recipe on its own copy, leaving the table read as it was', async () => {
    const { project, file } = await projectWith([{ op: 'map-values', column: 'c0', map: { Acme: 'Acme Inc' } }])
    const read = attachReads(project)
    const { prepared, applied } = await prepareProjectSource(
      join(dir, 'p.preflight'),
      project,
      file,
      DEFAULT_MODEL,
      WORKERS,
    )
    expect(applied).toBe(1)
    expect(prepared.loaded.table).not.toBe(read[0]!.table)
    expect(prepared.loaded.table.cell(0, 0)).toBe('Acme Inc')
    expect(read[0]!.table.cell(0, 0)).toBe('Acme')
  })

  it('reads national numbers in the country column the file settings name, imported or not, as the app does', async () => {
    await writeFile(
      join(dir, 'people.csv'),
      'Email,Phone,Country\nada@example.com,06 12 34 56 78,France\ngrace@example.com,(415) 555-0100,United States\n',
    )
    const file: ProjectSource = {
      id: 'people',
      path: 'people.csv',
      fingerprint: await fingerprintFile(join(dir, 'people.csv')),
      open: {},
      columns: [
        { id: 'c0', name: 'Email' },
        { id: 'c1', name: 'Phone' },
        { id: 'c2', name: 'Country' },
      ],
      mapping: {
        object: 'people',
        columns: { Email: 'emails.primaryEmail', Phone: 'phones.primaryPhoneNumber', Country: null },
      },
      settings: {},
      operations: [],
    }
    const now = new Date().toISOString()
    const project = {
      format: 'preflight-project',
      version: 1,
      name: 'p',
      createdAt: now,
      updatedAt: now,
      workspace: null,
      settings: {},
      files: [file],
    } as ProjectFile
    const phone = async (settings: ProjectSource['settings']) => {
      const { prepared } = await prepareProjectSource(
        join(dir, 'people.preflight'),
        project,
        { ...file, settings },
        DEFAULT_MODEL,
        WORKERS,
      )
      const column = prepared.check.columns.find((c) => c.mapped.name === 'Phone')!
      return [0, 1].map(
        (row) =>
          column.resultAt(row).parts?.['primaryPhoneCountryCode'] ??
          column
            .resultAt(row)
            .issues.map((i) => i.code)
            .join(),
      )
    }
    expect(await phone({})).toEqual(['PHONE_NO_COUNTRY', 'PHONE_NO_COUNTRY'])
    expect(await phone({ countryColumn: 'Country' })).toEqual(['FR', 'US'])
  })
})
