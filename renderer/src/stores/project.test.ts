import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Operation } from '../../../shared/operations/operation'
import type { OpenedProject, ProjectDraft, ProjectSource } from '../../../shared/project/project-file'
import { useEditsStore } from './edits'
import { FakeApi } from './fake-api.test-support'
import { useMappingStore } from './mapping'
import { useOpenFileStore } from './open-file'
import { deferred, serveFiles, settle, waitFor, type FileRows } from './open-table.test-support'
import { useProjectStore } from './project'

const PROJECT = '/work/acme.preflight'
const PEOPLE: FileRows = [
  ['Name', 'Email'],
  ['  Ana  ', 'ana@example.com'],
  ['Bruno', 'bruno@example.com'],
]
const COMPANIES: FileRows = [['Company'], ['Acme'], ['Globex']]
const FINGERPRINT = { size: 100, modifiedMs: 1, sha256: 'a'.repeat(64) }

let api: FakeApi
let files: Map<string, FileRows>
let picks: string[]

beforeEach(() => {
  api = new FakeApi()
  files = new Map([
    ['/data/people.csv', PEOPLE],
    ['/data/companies.csv', COMPANIES],
  ])
  picks = []
  serveFiles(api, files, picks)
  api.answer('project:save', (input) => ({
    ok: true,
    value: { path: (input as { path: string | null }).path ?? PROJECT, savedAt: '2026-12-07T08:00:00.000Z' },
  }))
  ;(globalThis as { window?: unknown }).window = { api }
  setActivePinia(createPinia())
})

const saves = () =>
  api.calls
    .filter((c) => c.channel === 'project:save')
    .map((c) => c.input as { path: string | null; draft: ProjectDraft })
const channels = () => api.calls.map((c) => c.channel)

function source(id: string, path: string, changes: Partial<ProjectSource> = {}): ProjectSource {
  const rows = files.get(path)!
  return {
    id,
    path,
    fingerprint: FINGERPRINT,
    open: {},
    columns: rows[0]!.map((name, i) => ({ id: `c${i}`, name })),
    mapping: { object: path.includes('compan') ? 'companies' : 'people', columns: {} },
    settings: {},
    operations: [],
    ...changes,
  }
}

/** Main's answer to project:open for these files (the same versions unless named in `changed`). */
function answerProject(sources: readonly ProjectSource[], changed: readonly string[] = []): void {
  const opened: OpenedProject = {
    path: PROJECT,
    project: {
      format: 'preflight-project',
      version: 1,
      name: 'Acme',
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-02T00:00:00.000Z',
      workspace: null,
      settings: {},
      files: [...sources],
    },
    files: sources.map((s) => ({ id: s.id, path: s.path, changed: changed.includes(s.id), missing: false })),
  }
  api.answer('project:open', () => ({ ok: true, value: opened }))
}

/** Opens a file and saves it as a new project (Save as… answered with PROJECT). */
async function newProject(): Promise<ReturnType<typeof useProjectStore>> {
  const project = useProjectStore()
  await useOpenFileStore().open('/data/people.csv')
  await settle()
  await project.saveAs()
  await settle()
  return project
}

const trimName: Operation = { op: 'trim', columns: ['c0'] }

describe('useProjectStore', () => {
  it('writes the draft again after an edit once the project has a file', async () => {
    const project = await newProject()
    expect(project.path).toBe(PROJECT)
    expect(project.saveState).toBe('saved')
    expect(saves()).toHaveLength(1)
    expect(saves()[0]!.path).toBeNull()

    useEditsStore().perform(trimName)
    await settle()
    expect(saves()).toHaveLength(2)
    const { path, draft } = saves()[1]!
    expect(path).toBe(PROJECT)
    expect(draft.name).toBe('people')
    expect(draft.files).toHaveLength(1)
    expect(draft.files[0]).toMatchObject({
      id: 'file-1',
      path: '/data/people.csv',
      operations: [trimName],
      rebased: false,
    })
    expect(draft.files[0]!.columns).toEqual([
      { id: 'c0', name: 'Name' },
      { id: 'c1', name: 'Email' },
    ])
    expect(draft.files[0]!.mapping.columns).toMatchObject({ Email: 'emails.primaryEmail' })
  })

  it('does not save a file that is not in a project', async () => {
    useProjectStore()
    await useOpenFileStore().open('/data/people.csv')
    await settle()
    useEditsStore().perform(trimName)
    await settle()
    await useProjectStore().flush()
    expect(saves()).toHaveLength(0)
  })

  it('flush waits for the save in flight and the one asked for meanwhile', async () => {
    const project = await newProject()
    const answers = [deferred<void>(), deferred<void>()]
    let held = 0
    api.answer('project:save', async (input) => {
      await answers[held++]!.promise
      return { ok: true, value: { path: (input as { path: string }).path, savedAt: `2026-12-07T09:00:0${held}.000Z` } }
    })
    void project.saveNow()
    expect(project.saveState).toBe('saving')
    useEditsStore().perform(trimName)
    await settle()
    let flushed = false
    const flushing = project.flush().then(() => (flushed = true))
    await settle()
    expect(saves()).toHaveLength(2)
    expect(flushed).toBe(false)

    answers[0]!.resolve()
    await settle()
    // The edit made during the first save is written by one more save, which flush also waits for.
    expect(saves()).toHaveLength(3)
    expect(saves()[2]!.draft.files[0]!.operations).toEqual([trimName])
    expect(flushed).toBe(false)

    answers[1]!.resolve()
    await flushing
    expect(flushed).toBe(true)
    expect(project.saveState).toBe('saved')
    expect(project.savedAt).toBe('2026-12-07T09:00:02.000Z')
  })

  it('says a save failed with main’s message', async () => {
    const project = await newProject()
    api.answer('project:save', () => ({ ok: false, error: { code: 'WRITE_FAILED', message: 'disk full' } }))
    await project.saveNow()
    expect(project.saveState).toBe('failed')
    expect(project.error).toBe('disk full')
  })

  it('opening a project replays its recipe on the same file and puts back its mapping', async () => {
    const setName: Operation = { op: 'set-cells', cells: [{ column: 'c0', rows: [1], values: ['Bruna'] }] }
    answerProject([
      source('file-1', '/data/people.csv', {
        operations: [trimName, setName],
        mapping: { object: 'people', columns: { Name: null, Email: 'emails.primaryEmail' } },
        settings: { dateOrder: 'mdy' },
      }),
    ])
    const project = useProjectStore()
    await project.openProject(PROJECT)
    await settle()

    const edits = useEditsStore()
    const mapping = useMappingStore()
    expect(project.path).toBe(PROJECT)
    expect(project.name).toBe('Acme')
    expect(project.activeId).toBe('file-1')
    expect(edits.steps.done).toBe(2)
    expect(edits.history!.table.cell(0, 'c0')).toBe('Ana')
    expect(edits.history!.table.cell(1, 'c0')).toBe('Bruna')
    expect(mapping.effectiveColumns()).toEqual({ Name: null, Email: 'emails.primaryEmail' })
    expect(mapping.settings.dateOrder).toBe('mdy')
    expect(project.replayNote).toBeNull()
  })

  it('on a changed file replays only the steps that do not name rows, and says what it skipped', async () => {
    const setName: Operation = { op: 'set-cells', cells: [{ column: 'c0', rows: [1], values: ['Bruna'] }] }
    answerProject([source('file-1', '/data/people.csv', { operations: [trimName, setName] })], ['file-1'])
    const project = useProjectStore()
    await project.openProject(PROJECT)
    await settle()

    const edits = useEditsStore()
    expect(edits.history!.table.cell(0, 'c0')).toBe('Ana')
    expect(edits.history!.table.cell(1, 'c0')).toBe('Bruno')
    expect(project.replayNote).toMatchObject({ changed: true, applied: 1 })
    expect(project.replayNote!.skipped.map((s) => s.operation)).toEqual([setName])
    // The project moves onto this version: the next save says its recipe was replayed.
    await project.saveNow()
    expect(saves().at(-1)!.draft.files[0]!.rebased).toBe(true)
  })

  it('opens a .preflight file given to the open-file store as a project', async () => {
    answerProject([source('file-1', '/data/people.csv')])
    const project = useProjectStore()
    await useOpenFileStore().open(PROJECT)
    await settle()
    expect(channels()).toContain('project:open')
    expect(api.calls.filter((c) => c.channel === 'file:open').map((c) => (c.input as { path: string }).path)).toEqual([
      '/data/people.csv',
    ])
    expect(project.path).toBe(PROJECT)
    expect(useOpenFileStore().file?.path).toBe('/data/people.csv')
  })

  it('switching files saves the open one first, then opens the other through the project', async () => {
    answerProject([source('file-1', '/data/people.csv'), source('file-2', '/data/companies.csv')])
    const project = useProjectStore()
    await project.openProject(PROJECT)
    await settle()
    // Companies come first in import order.
    expect(project.list.map((f) => [f.id, f.objectLabel, f.active])).toEqual([
      ['file-2', 'Companies', true],
      ['file-1', 'People', false],
    ])
    const rename: Operation = { op: 'set-cells', cells: [{ column: 'c0', rows: [0], values: ['Acme Inc'] }] }
    useEditsStore().perform(rename)
    await settle()
    api.calls.length = 0

    await project.switchTo('file-1')
    await settle()
    const order = channels().filter((c) => c === 'project:save' || c === 'project:open' || c === 'file:open')
    expect(order.slice(0, 3)).toEqual(['project:save', 'project:open', 'file:open'])
    expect(saves()[0]!.draft.files.find((f) => f.id === 'file-2')!.operations).toEqual([rename])
    expect(project.activeId).toBe('file-1')
    expect(useOpenFileStore().file?.path).toBe('/data/people.csv')
  })

  it('adds a picked file to the project and saves it into the project once loaded', async () => {
    const project = await newProject()
    picks.push('/data/companies.csv')
    await project.addFile()
    await settle()
    expect(project.activeId).toBe('file-2')
    expect(useOpenFileStore().file?.path).toBe('/data/companies.csv')
    const last = saves().at(-1)!
    expect(last.path).toBe(PROJECT)
    expect(last.draft.files.map((f) => [f.id, f.path])).toEqual([
      ['file-1', '/data/people.csv'],
      ['file-2', '/data/companies.csv'],
    ])
  })

  it('adds files made without opening them (a sheet’s parts) and saves them with the open one', async () => {
    const project = await newProject()
    const part = {
      ...source('file-1-company', '/data/people.csv'),
      mapping: { object: 'companies', columns: { Name: 'name' } },
    }
    const { fingerprint: _fingerprint, ...entry } = part
    await project.addFiles([{ ...entry, rebased: false }])
    const { draft } = saves().at(-1)!
    expect(draft.files.map((f) => [f.id, f.mapping.object])).toEqual([
      ['file-1', 'people'],
      ['file-1-company', 'companies'],
    ])
    expect(project.list.map((f) => f.objectLabel)).toEqual(['Companies', 'People'])
    expect(project.openId).toBe('file-1')
  })

  it('a file opened on its own leaves the project', async () => {
    const project = await newProject()
    await useOpenFileStore().open('/data/companies.csv')
    await settle()
    expect(project.path).toBeNull()
    expect(project.entries).toEqual([])
    expect(project.saveState).toBe('unsaved')
    useEditsStore().perform(trimName)
    await settle()
    expect(saves()).toHaveLength(1)
  })

  it('asks main for the values the other files create for the open file’s relation columns', async () => {
    files.set('/data/staff.csv', [
      ['Name', 'Company Domain'],
      ['Ana', 'acme.com'],
    ])
    api.answer('project:keys', () => ({
      ok: true,
      value: {
        sets: [
          {
            object: 'company',
            field: 'domainName',
            subfield: 'primaryLinkUrl',
            files: ['companies.csv'],
            values: ['acme.com'],
          },
        ],
        problems: [],
      },
    }))
    const domain = 'company.domainName.primaryLinkUrl'
    answerProject([
      source('file-1', '/data/staff.csv', { mapping: { object: 'people', columns: { 'Company Domain': domain } } }),
      source('file-2', '/data/companies.csv'),
    ])
    const project = useProjectStore()
    await project.openProject(PROJECT, 'file-1')
    await settle()
    await waitFor(() => project.relationSets.length > 0)
    const asked = api.calls.filter((c) => c.channel === 'project:keys').map((c) => c.input)
    expect(asked).toEqual([
      {
        path: PROJECT,
        exceptFileId: 'file-1',
        workspaceId: null,
        keys: [{ object: 'company', field: 'domainName', subfield: 'primaryLinkUrl' }],
      },
    ])
    expect(project.relationSets).toHaveLength(1)
    expect([...project.relationSets[0]!.values]).toEqual(['acme.com'])
    expect(project.keysProblems).toEqual([])
  })
})
