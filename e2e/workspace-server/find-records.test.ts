import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { list, startTestServer, uuid } from './test-support'
import type { WorkspaceServer } from './workspace-server'

let server: WorkspaceServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.close())

const email = (i: number) => `person${i}@example.com`

beforeEach(() => {
  server.reset()
  // Ids are seeded in reverse so the id order (the page order) differs from the insertion order.
  server.seed(
    'people',
    Array.from({ length: 500 }, (_, i) => ({
      id: uuid(500 - i),
      emails: { primaryEmail: email(i) },
      city: i % 2 === 0 ? 'Paris' : 'Lyon',
      companyId: null,
    })),
  )
})

const ids = (answer: { body: { data: { people: { id: string }[] } } }) => answer.body.data.people.map((p) => p.id)

describe('GET /rest/{plural} paging', () => {
  it('walks 500 records in id order with cursors, limit clamped to 200, totalCount on every page', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const params: Record<string, string> = { limit: '1000', ...(cursor ? { starting_after: cursor } : {}) }
      const answer = await list(server, 'people', params)
      expect(answer.status).toBe(200)
      expect(answer.body.totalCount).toBe(500)
      seen.push(...ids(answer))
      cursor = answer.body.pageInfo.hasNextPage ? answer.body.pageInfo.endCursor : null
      pages++
    } while (cursor !== null)
    expect(pages).toBe(3)
    expect(seen).toEqual(Array.from({ length: 500 }, (_, i) => uuid(i + 1)))
  })

  it('returns 60 records by default, with start and end cursors of the page', async () => {
    const answer = await list(server, 'people')
    expect(ids(answer)).toHaveLength(60)
    expect(answer.body.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false })
    const next = await list(server, 'people', { limit: '2', starting_after: answer.body.pageInfo.endCursor })
    expect(ids(next)).toEqual([uuid(61), uuid(62)])
    const back = await list(server, 'people', { limit: '3', ending_before: next.body.pageInfo.startCursor })
    expect(ids(back)).toEqual([uuid(58), uuid(59), uuid(60)])
  })

  it('rejects an unreadable cursor, a bad limit and both cursors at once', async () => {
    expect((await list(server, 'people', { starting_after: 'not-a-cursor' })).status).toBe(400)
    expect((await list(server, 'people', { limit: 'ten' })).status).toBe(400)
    const both = await list(server, 'people', { starting_after: 'x', ending_before: 'y' })
    expect(both.status).toBe(400)
  })
})

describe('GET /rest/{plural} filters', () => {
  it('finds by emails.primaryEmail[in] with quoted and unquoted items', async () => {
    const answer = await list(server, 'people', {
      filter: `emails.primaryEmail[in]:["${email(3)}",${email(7)},"missing@x.com"]`,
    })
    expect(ids(answer).sort()).toEqual([uuid(493), uuid(497)])
    expect(answer.body.totalCount).toBe(2)
  })

  it('splits in-lists on every comma, as Twenty does, so a value holding a comma cannot match', async () => {
    server.seed('people', [{ id: uuid(900), city: 'Paris, France' }])
    expect(ids(await list(server, 'people', { filter: 'city[in]:["Paris, France"]' }))).toEqual([])
    expect(ids(await list(server, 'people', { filter: 'city[eq]:"Paris, France"' }))).toEqual([uuid(900)])
  })

  it('finds by id[in], eq, and conjunctions', async () => {
    expect(ids(await list(server, 'people', { filter: `id[in]:[${uuid(1)},${uuid(2)}]` }))).toEqual([uuid(1), uuid(2)])
    const lyon = await list(server, 'people', { filter: 'city[eq]:Lyon' })
    expect(lyon.body.totalCount).toBe(250)
    const either = await list(server, 'people', { filter: `or(emails.primaryEmail[eq]:${email(0)},id[eq]:${uuid(1)})` })
    expect(ids(either)).toEqual([uuid(1), uuid(500)])
    const parisNot = await list(server, 'people', { filter: `city[eq]:Paris,not(id[in]:[${uuid(500)}])` })
    expect(parisNot.body.totalCount).toBe(249)
  })

  it('hides soft-deleted records unless the filter is about deletedAt', async () => {
    server.softDelete('people', uuid(1))
    expect((await list(server, 'people')).body.totalCount).toBe(499)
    expect(ids(await list(server, 'people', { filter: `id[eq]:${uuid(1)}` }))).toEqual([])
    expect(ids(await list(server, 'people', { filter: 'deletedAt[is]:NOT_NULL' }))).toEqual([uuid(1)])
    // Twenty's checkForDeletedAtFilter: deletedAt named anywhere (inside or/not too) reads with deleted rows.
    const either = `or(id[eq]:${uuid(1)},deletedAt[is]:NULL)`
    expect((await list(server, 'people', { filter: either })).body.totalCount).toBe(500)
    expect(ids(await list(server, 'people', { filter: `and(id[eq]:${uuid(1)},not(deletedAt[is]:NULL))` }))).toEqual([
      uuid(1),
    ])
  })

  it('refuses an unknown field, a composite without subfield and an unknown comparator', async () => {
    for (const filter of ['shoeSize[eq]:42', 'emails[eq]:a@x.com', 'city[near]:Paris', 'city:Paris']) {
      const answer = await list(server, 'people', { filter })
      expect(answer.status, filter).toBe(400)
      expect(answer.body.error).toBe('BadRequestException')
    }
  })

  it('logs how many records each read returned', async () => {
    await list(server, 'people', { limit: '5' })
    expect(server.requests.at(-1)).toMatchObject({
      method: 'GET',
      path: '/rest/people',
      query: '?limit=5',
      status: 200,
      recordCount: 5,
    })
  })
})
