// Update, delete, destroy and restore routes (contract 10.12), their answers, the cap on records one filtered
// mutation may touch, and the request log and rate limit for them.
import { describe, expect, it } from 'vitest'
import { batch, call, list, useTestServer, uuid } from './test-support'
import type { WorkspaceServer, WorkspaceServerOptions } from './workspace-server'

const startServer = useTestServer()

async function start(options: Partial<WorkspaceServerOptions> = {}): Promise<WorkspaceServer> {
  const server = await startServer(options)
  server.seed(
    'people',
    [1, 2, 3].map((n) => ({ id: uuid(n), emails: { primaryEmail: `p${n}@x.com` }, city: 'Paris' })),
  )
  return server
}

const idsOf = (s: WorkspaceServer) =>
  s
    .records('people')
    .filter((r) => r['deletedAt'] === null)
    .map((r) => r['id'])

describe('by id', () => {
  it('PATCH and PUT update one record and answer { data: { updatePerson } }', async () => {
    const s = await start()
    const patched = await call(s, 'PATCH', `/rest/people/${uuid(1)}`, { city: 'Lyon' })
    expect(patched.status).toBe(200)
    expect(patched.body.data.updatePerson).toMatchObject({
      id: uuid(1),
      city: 'Lyon',
      emails: { primaryEmail: 'p1@x.com' },
    })
    expect((await call(s, 'PUT', `/rest/people/${uuid(2)}`, { city: 'Nice' })).body.data.updatePerson.city).toBe('Nice')
    const clash = await call(s, 'PATCH', `/rest/people/${uuid(3)}`, { emails: { primaryEmail: 'p1@x.com' } })
    expect(clash.body.code).toBe('DUPLICATE_ENTRY_DETECTED')
    expect((await call(s, 'PATCH', `/rest/people/${uuid(3)}`, { birthday: 'soon' })).status).toBe(400)
    expect(s.records('people').find((r) => r['id'] === uuid(3))).toMatchObject({
      city: 'Paris',
      emails: { primaryEmail: 'p3@x.com' },
    })
  })

  it('answers 404 for an unknown id and 400 for one that is not a UUID', async () => {
    const s = await start()
    expect((await call(s, 'PATCH', `/rest/people/${uuid(9)}`, { city: 'Lyon' })).status).toBe(404)
    const bad = await call(s, 'DELETE', '/rest/people/not-an-id')
    expect(bad.status).toBe(400)
    expect(bad.body.messages).toEqual(["'not-an-id' is not a valid UUID"])
  })

  it('DELETE with ?soft_delete=true soft-deletes (hidden from GET, restorable); without it, it destroys as Twenty does', async () => {
    const s = await start()
    const deleted = await call(s, 'DELETE', `/rest/people/${uuid(1)}?soft_delete=true`)
    expect(deleted.status).toBe(200)
    expect(deleted.body.data.deletePerson.id).toBe(uuid(1))
    expect(s.records('people')).toHaveLength(3)
    expect((await list(s, 'people')).body.data.people.map((p: { id: string }) => p.id)).toEqual([uuid(2), uuid(3)])
    const restored = await call(s, 'PATCH', `/rest/restore/people/${uuid(1)}`)
    expect(restored.body.data.restorePerson).toMatchObject({ id: uuid(1), deletedAt: null })
    expect((await call(s, 'PATCH', `/rest/restore/people/${uuid(1)}`)).status).toBe(404)
    expect((await call(s, 'DELETE', `/rest/people/${uuid(2)}`)).body.data.deletePerson.id).toBe(uuid(2))
    expect((await call(s, 'DELETE', `/rest/people/${uuid(3)}?soft_delete=false`)).status).toBe(200)
    expect(s.records('people').map((r) => r['id'])).toEqual([uuid(1)])
  })

  it('routes restore as /rest/restore/{plural}/{id} by default and the other shape is an invalid path (400)', async () => {
    const s = await start()
    await call(s, 'DELETE', `/rest/people/${uuid(1)}?soft_delete=true`)
    const other = await call(s, 'PATCH', `/rest/people/${uuid(1)}/restore`)
    expect(other.status).toBe(400)
    expect(other.body.messages[0]).toMatch(/Query path .* invalid/)
    expect(s.records('people').find((r) => r['id'] === uuid(1))!['deletedAt']).not.toBeNull()
    expect((await call(s, 'PATCH', `/rest/restore/people/${uuid(1)}`)).status).toBe(200)
  })

  it('with restoreRoute restore-last, routes /rest/{plural}/{id}/restore and refuses /rest/restore/… (400)', async () => {
    const s = await start({ restoreRoute: 'restore-last' })
    await call(s, 'DELETE', `/rest/people/${uuid(1)}?soft_delete=true`)
    expect((await call(s, 'PATCH', `/rest/restore/people/${uuid(1)}`)).status).toBe(400)
    expect((await call(s, 'PATCH', `/rest/people/${uuid(1)}/restore`)).body.data.restorePerson).toMatchObject({
      id: uuid(1),
      deletedAt: null,
    })
  })
})

describe('by filter', () => {
  it('DELETE and PATCH with a filter act on the records it selects and answer their list', async () => {
    const s = await start()
    const deleted = await call(
      s,
      'DELETE',
      `/rest/people?filter=${encodeURIComponent(`id[in]:[${uuid(1)},${uuid(2)}]`)}&soft_delete=true`,
    )
    expect(deleted.body).toEqual({ data: { deletePeople: [{ id: uuid(1) }, { id: uuid(2) }] } })
    expect(idsOf(s)).toEqual([uuid(3)])
    expect(s.records('people')).toHaveLength(3)
    const updated = await call(s, 'PATCH', `/rest/people?filter=${encodeURIComponent('city[eq]:Paris')}`, {
      jobTitle: 'CTO',
    })
    expect(updated.body.data.updatePeople.map((p: { id: string; jobTitle: string }) => [p.id, p.jobTitle])).toEqual([
      [uuid(3), 'CTO'],
    ])
    expect((await call(s, 'DELETE', '/rest/people')).status).toBe(400)
  })

  it('refuses to touch more than mutationMaxAffected records and changes none of them', async () => {
    const s = await start({ mutationMaxAffected: 2 })
    const answer = await call(s, 'PATCH', `/rest/people?filter=${encodeURIComponent('city[eq]:Paris')}`, {
      city: 'Lyon',
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({
      messages: ['Cannot update more than 2 records at once'],
      code: 'TOO_MANY_RECORDS_TO_UPDATE',
    })
    expect((await call(s, 'DELETE', `/rest/people?filter=${encodeURIComponent('city[eq]:Paris')}`)).status).toBe(400)
    expect(s.records('people').map((r) => [r['city'], r['deletedAt']])).toEqual([
      ['Paris', null],
      ['Paris', null],
      ['Paris', null],
    ])
  })

  it('exists only by id on a server without the common API', async () => {
    const s = await start({ upsertApi: 'legacy' })
    expect((await call(s, 'DELETE', `/rest/people?filter=${encodeURIComponent(`id[in]:[${uuid(1)}]`)}`)).status).toBe(
      400,
    )
    expect((await call(s, 'DELETE', `/rest/people/${uuid(1)}`)).status).toBe(200)
  })
})

describe('a server with the common API behind its flag, off', () => {
  it('refuses REST soft deletes, restores and updates by filter as Twenty does, and updates or destroys by id', async () => {
    const s = await start({ restMutations: 'flagged' })
    const soft = await call(s, 'DELETE', `/rest/people/${uuid(1)}?soft_delete=true`)
    expect(soft.status).toBe(400)
    expect(soft.body.messages).toEqual(['Activate feature flag IS_COMMON_API_ENABLED to use Delete in the REST API'])
    expect(
      (await call(s, 'DELETE', `/rest/people?filter=${encodeURIComponent(`id[in]:[${uuid(1)}]`)}&soft_delete=true`))
        .status,
    ).toBe(400)
    expect((await call(s, 'PATCH', `/rest/restore/people/${uuid(1)}`)).body.messages).toEqual([
      'Activate feature flag to use Restore in the REST API',
    ])
    expect(
      (await call(s, 'PATCH', `/rest/people?filter=${encodeURIComponent('city[eq]:Paris')}`, { city: 'Lyon' })).status,
    ).toBe(400)
    expect((await call(s, 'PATCH', `/rest/people/${uuid(1)}`, { city: 'Lyon' })).status).toBe(200)
    expect((await call(s, 'DELETE', `/rest/people/${uuid(3)}`)).status).toBe(200)
    expect(s.records('people').map((r) => [r['id'], r['city'], r['deletedAt']])).toEqual([
      [uuid(1), 'Lyon', null],
      [uuid(2), 'Paris', null],
    ])
  })

  it('deletes, restores and destroys through GraphQL by an id filter, capped like REST', async () => {
    const s = await start({ restMutations: 'flagged', mutationMaxAffected: 2 })
    const gql = (query: string) => call(s, 'POST', '/graphql', { query })
    const capped = await gql(
      `mutation { deletePeople(filter: { id: { in: ["${uuid(1)}", "${uuid(2)}", "${uuid(3)}"] } }) { id } }`,
    )
    expect(capped.body.errors[0].message).toBe('Cannot delete more than 2 records at once')
    expect(idsOf(s)).toHaveLength(3)
    const deleted = await gql(`mutation { deletePeople(filter: { id: { in: ["${uuid(1)}", "${uuid(2)}"] } }) { id } }`)
    expect(deleted.body).toEqual({ data: { deletePeople: [{ id: uuid(1) }, { id: uuid(2) }] } })
    expect(idsOf(s)).toEqual([uuid(3)])
    expect(
      (await gql(`mutation { restorePeople(filter: { id: { in: ["${uuid(1)}"] } }) { id } }`)).body.data.restorePeople,
    ).toEqual([{ id: uuid(1) }])
    expect(
      (await gql(`mutation { destroyPeople(filter: { id: { in: ["${uuid(2)}"] } }) { id } }`)).body.data.destroyPeople,
    ).toEqual([{ id: uuid(2) }])
    expect(s.records('people').map((r) => r['id'])).toEqual([uuid(1), uuid(3)])
  })
})

describe('log and rate limit', () => {
  it('logs method, path, status and the records each mutation touched', async () => {
    const s = await start()
    await call(s, 'PATCH', `/rest/people/${uuid(1)}`, { city: 'Lyon' })
    await call(s, 'DELETE', `/rest/people?filter=${encodeURIComponent('city[eq]:Paris')}&soft_delete=true`)
    await call(s, 'PATCH', `/rest/people/${uuid(9)}`, { city: 'Lyon' })
    expect(s.requests.map((r) => [r.method, r.path, r.status, r.recordCount])).toEqual([
      ['PATCH', `/rest/people/${uuid(1)}`, 200, 1],
      ['DELETE', '/rest/people', 200, 2],
      ['PATCH', `/rest/people/${uuid(9)}`, 404, null],
    ])
  })

  it('spends from the one bucket: updates and deletes get 429 like batches once it is empty', async () => {
    const clock = 1_000_000
    const s = await start({ rateLimitPerMinute: 2, now: () => clock })
    expect((await batch(s, 'people', [{ emails: { primaryEmail: 'n@x.com' } }])).status).toBe(201)
    expect((await call(s, 'PATCH', `/rest/people/${uuid(1)}`, { city: 'Lyon' })).status).toBe(200)
    expect((await call(s, 'DELETE', `/rest/people/${uuid(2)}`)).status).toBe(429)
    expect((await call(s, 'PATCH', `/rest/restore/people/${uuid(1)}`)).status).toBe(429)
    expect(idsOf(s)).toHaveLength(4)
  })
})
