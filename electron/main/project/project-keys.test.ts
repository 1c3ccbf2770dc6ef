// The values a project's other files will create, read as the push would read them: recipe replayed, rows with
// errors left out, changed values seen, and a file that cannot be read reported rather than failing the rest.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  type ProjectFile,
  type ProjectSource,
} from '../../../shared/project/project-file'
import { fingerprintFile, writeProject } from './project-store'
import { ProjectKeysService } from './project-keys'

const ROOT = resolve(__dirname, '../../..')
const WORKERS = { parse: join(ROOT, 'out/main/parse-worker.js'), check: join(ROOT, 'out/main/check-worker.js') }
const DOMAIN = { object: 'company', field: 'domainName', subfield: 'primaryLinkUrl' }

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'preflight-keys-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

async function source(
  id: string,
  name: string,
  text: string,
  object: string,
  columns: Record<string, string | null>,
  operations: ProjectSource['operations'] = [],
): Promise<ProjectSource> {
  await writeFile(join(dir, name), text)
  return {
    id,
    path: name,
    fingerprint: await fingerprintFile(join(dir, name)),
    open: {},
    columns: Object.keys(columns).map((header, i) => ({ id: `c${i}`, name: header })),
    mapping: { object, columns },
    settings: {},
    operations,
  }
}

async function project(files: ProjectSource[]): Promise<string> {
  const now = new Date().toISOString()
  const file: ProjectFile = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: 'Keys',
    createdAt: now,
    updatedAt: now,
    workspace: null,
    settings: {},
    files,
  }
  const path = join(dir, 'keys.preflight')
  await writeProject(path, file)
  return path
}

describe('ProjectKeysService', () => {
  it('gives the domains the companies file will create, after its recipe, without the rows with errors', async () => {
    const companies = await source(
      'companies',
      'companies.csv',
      'Name,Website,Employees\nAcme,www.acme.com/about,10\nGlobex,globex.io,many\nInitech,initech.com,5\n',
      'companies',
      {
        Name: 'name',
        Website: 'domainName.primaryLinkUrl',
        Employees: 'employees',
      },
      [
        {
          op: 'replace',
          columns: ['c1'],
          find: 'initech.com',
          replace: 'initech.net',
          regex: false,
          caseSensitive: false,
        },
      ],
    )
    const people = await source('people', 'people.csv', 'Email,Company\nada@acme.com,acme.com\n', 'people', {
      Email: 'emails.primaryEmail',
      Company: 'company.domainName.primaryLinkUrl',
    })
    const path = await project([people, companies])
    const service = new ProjectKeysService(WORKERS, async () => DEFAULT_MODEL)
    const keys = await service.keys({
      path,
      exceptFileId: 'people',
      workspaceId: null,
      keys: [DOMAIN, { object: 'people', field: 'emails', subfield: 'primaryEmail' }],
    })
    expect(keys.problems).toEqual([])
    // Globex has an error (employees "many"): it will not be imported, so it does not count.
    expect(keys.sets).toEqual([
      { ...DOMAIN, files: ['companies.csv'], values: ['https://acme.com', 'https://initech.net'] },
    ])
  })

  it('reports a file it cannot read and still answers for the others', async () => {
    const companies = await source('companies', 'companies.csv', 'Name,Website\nAcme,acme.com\n', 'companies', {
      Name: 'name',
      Website: 'domainName.primaryLinkUrl',
    })
    const gone = await source('more', 'more-companies.csv', 'Name,Website\nGlobex,globex.io\n', 'companies', {
      Name: 'name',
      Website: 'domainName.primaryLinkUrl',
    })
    const path = await project([companies, gone])
    await rm(join(dir, 'more-companies.csv'))
    const keys = await new ProjectKeysService(WORKERS, async () => DEFAULT_MODEL).keys({
      path,
      exceptFileId: null,
      workspaceId: null,
      keys: [DOMAIN],
    })
    expect(keys.sets).toEqual([{ ...DOMAIN, files: ['companies.csv'], values: ['https://acme.com'] }])
    expect(keys.problems).toEqual([{ file: 'more-companies.csv', message: expect.stringContaining('cannot be read') }])
  })
})
