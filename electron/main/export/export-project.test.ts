// A whole project exported as Twenty import files numbered in import order, each file read as the project says
// (its recipe replayed), rejected rows beside; a cancelled export leaves the folder as it was.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectSource } from '../../../shared/project/project-file'
import { fingerprintFile, writeProject } from '../project/project-store'
import { BUILT_WORKERS } from '../workspace/workspace.test-support'
import { exportProject } from './export-project'

let dir: string
let out: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'preflight-export-project-'))
  out = join(dir, 'out')
  await mkdir(out)
})
afterEach(() => rm(dir, { recursive: true, force: true }))

async function source(
  id: string,
  name: string,
  text: string,
  object: string,
  columns: Record<string, string>,
  operations: ProjectSource['operations'] = [],
): Promise<ProjectSource> {
  await writeFile(join(dir, name), text)
  return {
    id,
    path: name,
    fingerprint: await fingerprintFile(join(dir, name)),
    open: {},
    settings: {},
    operations,
    columns: Object.keys(columns).map((header, i) => ({ id: `c${i}`, name: header })),
    mapping: { object, columns },
  }
}

async function project(): Promise<string> {
  const now = new Date().toISOString()
  const path = join(dir, 'migration.preflight')
  await writeProject(path, {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: 'Migration',
    createdAt: now,
    updatedAt: now,
    workspace: null,
    settings: {},
    files: [
      await source('people', 'people.csv', 'Email,Company Domain\nada@acme.com,acme.com\nbroken,acme.com\n', 'people', {
        Email: 'emails.primaryEmail',
        'Company Domain': 'company.domainName.primaryLinkUrl',
      }),
      await source(
        'companies',
        'companies.csv',
        'Name,Domain\nacme,www.acme.com\n,\n',
        'companies',
        { Name: 'name', Domain: 'domainName.primaryLinkUrl' },
        [{ op: 'change-case', columns: ['c0'], to: 'upper' }],
      ),
    ],
  })
  return path
}

describe('exportProject', () => {
  it('writes every file in import order, recipes replayed, rejected rows beside', async () => {
    const result = await exportProject(await project(), out, DEFAULT_MODEL, BUILT_WORKERS, new AbortController().signal)
    expect(result.files).toEqual([
      {
        name: 'companies.csv',
        object: 'companies',
        records: 1,
        rejected: 0,
        emptyRows: 1,
        notes: [],
        fileWarnings: [],
      },
      { name: 'people.csv', object: 'people', records: 1, rejected: 1, emptyRows: 0, notes: [], fileWarnings: [] },
    ])
    expect(await readdir(out)).toEqual([
      '01-companies-001.csv',
      '02-people-001.csv',
      '02-people-rejected.csv',
      '02-people-rejected.xlsx',
    ])
    expect(result.paths).toEqual((await readdir(out)).map((name) => join(out, name)))
    const companies = await readFile(join(out, '01-companies-001.csv'), 'utf8')
    expect(companies).toContain('ACME')
    expect(companies).toContain('https://acme.com')
    expect(await readFile(join(out, '02-people-001.csv'), 'utf8')).toContain('ada@acme.com')
    expect(await readFile(join(out, '02-people-rejected.csv'), 'utf8')).toContain('broken')
  })

  it('writes nothing when cancelled, and leaves no staging folder', async () => {
    const control = new AbortController()
    const phases: string[] = []
    await expect(
      exportProject(await project(), out, DEFAULT_MODEL, BUILT_WORKERS, control.signal, (p) => {
        phases.push(`${p.index}:${p.phase}`)
        if (p.index === 1) control.abort()
      }),
    ).rejects.toThrow('Export cancelled')
    expect(phases).toEqual(['0:reading', '0:writing', '1:reading'])
    expect(await readdir(out)).toEqual([])
  })
})
