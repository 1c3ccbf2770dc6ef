// Projects on a real file system: a first save asks where, later saves keep the recipe's fingerprint and
// date, the file holds relative paths and no data, and opening says which sources changed or went missing.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ProjectDraft } from '../../../shared/project/project-file'
import { Projects } from './projects'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'preflight-projects-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

function draft(source: string, operations: ProjectDraft['files'][number]['operations'] = []): ProjectDraft {
  return {
    name: 'Acme migration',
    settings: { defaultCountry: 'DE' },
    files: [
      {
        id: 'people',
        path: source,
        open: { delimiter: ';' },
        columns: [{ id: 'c0', name: 'Email' }],
        mapping: { object: 'people', columns: { Email: 'emails.primaryEmail' } },
        settings: {},
        operations,
        rebased: false,
      },
    ],
  }
}

describe('Projects', () => {
  it('asks where on the first save, then autosaves in place keeping the recipe’s fingerprint and creation date', async () => {
    const source = join(dir, 'people.csv')
    await writeFile(source, 'Email\nsecret-client@example.com\n')
    const asked: string[] = []
    const projects = new Projects(async (suggested) => {
      asked.push(suggested)
      return join(dir, 'acme')
    })
    const first = await projects.save(null, draft(source))
    expect(asked).toEqual(['Acme migration.preflight'])
    expect(first.path).toBe(join(dir, 'acme.preflight'))
    const saved = JSON.parse(await readFile(first.path!, 'utf8'))
    expect(saved.files[0].path).toBe('people.csv')
    expect(saved.files[0].fingerprint.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(saved)).not.toContain('secret-client')

    await writeFile(source, 'Email\nchanged@example.com\n')
    await projects.save(first.path, draft(source, [{ op: 'trim', columns: ['c0'] }]))
    const again = JSON.parse(await readFile(first.path!, 'utf8'))
    expect(again.createdAt).toBe(saved.createdAt)
    expect(again.files[0].fingerprint).toEqual(saved.files[0].fingerprint)
    expect(again.files[0].operations).toEqual([{ op: 'trim', columns: ['c0'] }])

    const opened = await projects.open(first.path!)
    expect(opened.files).toEqual([{ id: 'people', path: source, changed: true, missing: false }])

    // The recipe moved onto the changed file: the fingerprint follows, and the old project is kept beside.
    await projects.save(first.path, {
      ...draft(source),
      files: draft(source).files.map((f) => ({ ...f, rebased: true })),
    })
    expect((await projects.open(first.path!)).files[0]!.changed).toBe(false)
    expect(JSON.parse(await readFile(`${first.path}.previous`, 'utf8')).files[0].operations).toEqual([
      { op: 'trim', columns: ['c0'] },
    ])
    await rm(source)
    expect((await projects.open(first.path!)).files[0]).toMatchObject({ changed: false, missing: true })
  })

  it('keeps a migration’s source key and links when the app saves the file again', async () => {
    const source = join(dir, 'people.csv')
    await writeFile(source, 'Email\nada@acme.com\n')
    const projects = new Projects(async () => join(dir, 'migration'))
    const first = await projects.save(null, draft(source))
    const saved = JSON.parse(await readFile(first.path!, 'utf8'))
    saved.files[0].source = { system: 'hubspot', keyColumn: 'Record ID', nameColumn: null }
    saved.files[0].links = [{ column: 'Associated Company IDs', field: 'company', target: 'companies', by: 'key' }]
    await writeFile(first.path!, JSON.stringify(saved))
    await projects.save(first.path, draft(source, [{ op: 'trim', columns: ['c0'] }]))
    const again = (await projects.open(first.path!)).project.files[0]!
    expect(again.source).toEqual({ system: 'hubspot', keyColumn: 'Record ID', nameColumn: null })
    expect(again.links).toEqual([
      { column: 'Associated Company IDs', field: 'company', target: 'companies', by: 'key' },
    ])
    expect(again.operations).toEqual([{ op: 'trim', columns: ['c0'] }])
  })

  it('returns a null path when the user cancels the save dialog, and refuses a file that is not a project', async () => {
    const source = join(dir, 'people.csv')
    await writeFile(source, 'Email\n')
    expect((await new Projects(async () => null).save(null, draft(source))).path).toBeNull()
    await writeFile(join(dir, 'x.preflight'), '{"hello":1}')
    await expect(new Projects(async () => null).open(join(dir, 'x.preflight'))).rejects.toThrow(
      /not a Preflight project/,
    )
  })
})
