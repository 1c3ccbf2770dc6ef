// Notes, tasks, their targets and workspace members as the test workspace holds them (contract 10.13, 10.14):
// a note's bodyV2 composite, a task's status options and assignee, targets joining a note to a person and a
// company; members read with GET and never created (a batch create is refused and stores nothing). The model is
// the migration tests' (e2e/data/migrate/workspace-model.json): the shared fixture's three objects plus these.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { batch, list, useTestServer, uuid } from './test-support'

const CRM_MODEL: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'data', 'migrate', 'workspace-model.json'), 'utf8'),
)
const startServer = useTestServer()
const start = () => startServer({ model: CRM_MODEL })

describe('notes, tasks and their targets', () => {
  it('stores a note with bodyV2 and one target per record it is attached to', async () => {
    const s = await start()
    s.seed('people', [{ id: uuid(1), name: { firstName: 'Ada', lastName: 'Lovelace' } }])
    s.seed('companies', [{ id: uuid(2), name: 'Acme' }])
    const note = await batch(s, 'notes', [
      { id: uuid(10), title: 'Call', bodyV2: { markdown: 'Call\nabout the renewal', blocknote: null } },
    ])
    expect(note.status).toBe(201)
    const targets = await batch(s, 'noteTargets', [
      { noteId: uuid(10), personId: uuid(1) },
      { noteId: uuid(10), companyId: uuid(2) },
    ])
    expect(targets.status).toBe(201)
    expect(s.records('notes')[0]).toMatchObject({ title: 'Call', bodyV2: { markdown: 'Call\nabout the renewal' } })
    expect(s.records('noteTargets').map((t) => [t['noteId'], t['personId'] ?? null, t['companyId'] ?? null])).toEqual([
      [uuid(10), uuid(1), null],
      [uuid(10), null, uuid(2)],
    ])
  })

  it("takes a task's status from its options and refuses another", async () => {
    const s = await start()
    s.seed('workspaceMembers', [
      { id: uuid(5), name: { firstName: 'Jane', lastName: 'Owner' }, userEmail: 'jane@example.com', userId: uuid(6) },
    ])
    expect(
      (
        await batch(s, 'tasks', [
          { title: 'Send contract', status: 'IN_PROGRESS', dueAt: '2025-12-01T00:00:00.000Z', assigneeId: uuid(5) },
        ])
      ).status,
    ).toBe(201)
    expect(s.records('tasks')[0]).toMatchObject({ status: 'IN_PROGRESS', assigneeId: uuid(5) })
    expect((await batch(s, 'tasks', [{ title: 'Other', status: 'Not started' }])).status).toBe(400)
  })
})

describe('workspace members', () => {
  it('are read with GET and never created', async () => {
    const s = await start()
    s.seed('workspaceMembers', [
      { id: uuid(5), name: { firstName: 'Jane', lastName: 'Owner' }, userEmail: 'jane@example.com', userId: uuid(6) },
    ])
    const read = await list(s, 'workspaceMembers')
    expect(read.status).toBe(200)
    expect(read.body.data.workspaceMembers).toEqual([
      expect.objectContaining({
        id: uuid(5),
        userEmail: 'jane@example.com',
        name: { firstName: 'Jane', lastName: 'Owner' },
      }),
    ])
    const created = await batch(s, 'workspaceMembers', [
      { name: { firstName: 'New', lastName: 'Member' }, userEmail: 'new@example.com', userId: uuid(7) },
    ])
    expect(created.status).toBe(403)
    expect(created.body.messages[0]).toMatch(/workspaceMembers cannot be created/)
    expect(s.records('workspaceMembers')).toHaveLength(1)
  })
})
