import { describe, expect, it } from 'vitest'
import { API_KEY, batch, call, list, useTestServer } from './test-support'
import type { WorkspaceServer } from './workspace-server'

const start = useTestServer()

const people = (...emails: string[]) => emails.map((email) => ({ emails: { primaryEmail: email } }))
const emailsOf = (s: WorkspaceServer) =>
  s.records('people').map((r) => (r['emails'] as { primaryEmail: string }).primaryEmail)

describe('rate limit', () => {
  it('answers 429 with Twenty’s message once the bucket is empty, and refills over 60 s', async () => {
    let clock = 1_000_000
    const s = await start({ rateLimitPerMinute: 3, now: () => clock })
    for (let i = 0; i < 3; i++) expect((await list(s, 'people')).status).toBe(200)
    const limited = await list(s, 'people')
    expect(limited.status).toBe(429)
    expect(limited.body.messages).toEqual(['Limit reached (3 tokens per 60000 ms)'])
    const refused = await batch(s, 'people', people('a@x.com'))
    expect(refused.status).toBe(429)
    expect(s.records('people')).toEqual([])
    clock += 20_000
    expect((await batch(s, 'people', people('a@x.com'))).status).toBe(201)
    expect((await list(s, 'people')).status).toBe(429)
  })

  it('uses 100 per minute by default, and can answer 400 like older servers', async () => {
    // A fixed clock: on a busy machine 101 requests take long enough for the bucket to refill a token.
    const s = await start({ rateLimitStatus: 400, now: () => 1_000_000 })
    const statuses: number[] = []
    for (let i = 0; i < 101; i++) statuses.push((await list(s, 'people', { limit: '1' })).status)
    expect(statuses.filter((status) => status === 200)).toHaveLength(100)
    const limited = await list(s, 'people')
    expect(limited.status).toBe(400)
    expect(limited.body.messages[0]).toContain('Limit reached (100 tokens per 60000 ms)')
  })

  it('answers a storm of concurrent GET lookups with 429s once the bucket is empty, exactly as writes', async () => {
    const clock = 1_000_000
    const s = await start({ rateLimitPerMinute: 10, now: () => clock })
    const filter = 'emails.primaryEmail[in]:["a@x.com"]'
    const storm = await Promise.all(Array.from({ length: 25 }, () => list(s, 'people', { filter })))
    const statuses = storm.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 200)).toHaveLength(10)
    expect(statuses.filter((status) => status === 429)).toHaveLength(15)
    const refusal = storm.find((answer) => answer.status === 429)
    expect(refusal?.body).toEqual({
      statusCode: 429,
      error: 'TooManyRequestsException',
      messages: ['Limit reached (10 tokens per 60000 ms)'],
      code: 'LIMIT_REACHED',
    })
    const write = await batch(s, 'people', people('a@x.com'))
    expect(write.body).toEqual(refusal?.body)
    expect(s.requests.filter((r) => r.method === 'GET' && r.status === 429)).toHaveLength(15)
    expect(s.records('people')).toEqual([])
  })

  it('does not spend tokens on requests without a valid key', async () => {
    const s = await start({ rateLimitPerMinute: 1 })
    expect((await call(s, 'GET', '/rest/people', undefined, 'wrong')).status).toBe(401)
    expect((await list(s, 'people')).status).toBe(200)
  })
})

describe('faults', () => {
  it('fails the next N requests with 500 and writes nothing for them', async () => {
    const s = await start({ faults: { failNext: 2 } })
    expect((await batch(s, 'people', people('a@x.com'))).status).toBe(500)
    const second = await list(s, 'people')
    expect(second.body).toMatchObject({ statusCode: 500, error: 'InternalServerErrorException' })
    expect(s.records('people')).toEqual([])
    expect((await batch(s, 'people', people('a@x.com'))).status).toBe(201)
    expect(s.requests.map((r) => r.status)).toEqual([500, 500, 201])
  })

  it('dropAfterCommit: the records land but the client sees a network error', async () => {
    const s = await start()
    s.setFaults({ dropAfterCommit: 1 })
    const dropped = fetch(`${s.url}/rest/batch/people?upsert=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(people('a@x.com', 'b@x.com')),
    })
    await expect(dropped).rejects.toThrow()
    expect(emailsOf(s)).toEqual(['a@x.com', 'b@x.com'])
    expect(s.requests.at(-1)).toMatchObject({ status: 0, recordCount: 2 })
    // A retry of the same batch is an upsert on the unique emails: no duplicates.
    expect((await batch(s, 'people', people('a@x.com', 'b@x.com'))).status).toBe(201)
    expect(emailsOf(s)).toEqual(['a@x.com', 'b@x.com'])
  })

  it('rejectValue fails every batch holding the value, so a client can bisect down to it', async () => {
    const s = await start({ faults: { rejectValue: { field: 'emails.primaryEmail', value: 'bad@x.com' } } })
    const all = people('a@x.com', 'b@x.com', 'bad@x.com', 'c@x.com')
    expect((await batch(s, 'people', all)).status).toBe(400)
    expect((await batch(s, 'people', all.slice(0, 2))).status).toBe(201)
    const half = await batch(s, 'people', all.slice(2))
    expect(half.status).toBe(400)
    expect(half.body.messages[0]).toContain('emails.primaryEmail')
    expect((await batch(s, 'people', all.slice(3))).status).toBe(201)
    expect(emailsOf(s)).toEqual(['a@x.com', 'b@x.com', 'c@x.com'])
  })

  it('delays every answer by latencyMs until the plan changes', async () => {
    const s = await start({ faults: { latencyMs: 150 } })
    let started = performance.now()
    await list(s, 'people')
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    s.setFaults({})
    started = performance.now()
    await list(s, 'people')
    expect(performance.now() - started).toBeLessThan(140)
  })

  it('reset() clears records, log and faults, and refills the bucket', async () => {
    const s = await start({ rateLimitPerMinute: 1, faults: { failNext: 5 } })
    s.seed('people', people('a@x.com'))
    await list(s, 'people')
    s.reset()
    expect(s.records('people')).toEqual([])
    expect(s.requests).toEqual([])
    expect((await list(s, 'people')).status).toBe(200)
  })
})
