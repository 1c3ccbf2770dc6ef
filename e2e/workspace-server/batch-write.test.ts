import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { batch, call, startTestServer, uuid } from './test-support'
import type { WorkspaceServer } from './workspace-server'

let server: WorkspaceServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.close())
beforeEach(() => server.reset())

const person = (email: string, extra: Record<string, unknown> = {}) => ({
  name: { firstName: 'Ada', lastName: 'Lovelace' },
  emails: { primaryEmail: email },
  ...extra,
})

describe('insert', () => {
  it('creates records and answers 201 with data.create<Plural> holding full rows', async () => {
    const answer = await batch(server, 'people', [person('ada@x.com', { id: uuid(1) }), person('bob@x.com')])
    expect(answer.status).toBe(201)
    const created = answer.body.data.createPeople
    expect(created).toHaveLength(2)
    expect(created[0]).toMatchObject({
      id: uuid(1),
      emails: { primaryEmail: 'ada@x.com', additionalEmails: null },
      deletedAt: null,
    })
    expect(created[1].id).toMatch(/^[0-9a-f-]{36}$/)
    expect(created[0]).toHaveProperty('companyId', null)
    expect(created[0].phones).toEqual({
      primaryPhoneNumber: '',
      primaryPhoneCountryCode: '',
      primaryPhoneCallingCode: '',
      additionalPhones: null,
    })
    expect(server.records('people').map((r) => (r['emails'] as { primaryEmail: string }).primaryEmail)).toEqual([
      'ada@x.com',
      'bob@x.com',
    ])
  })

  it('fills defaults written SQL-style, and accepts every scalar type in its API shape', async () => {
    const opportunity = await batch(server, 'opportunities', [
      {
        name: 'Deal',
        amount: { amountMicros: 1_500_000_000, currencyCode: 'EUR' },
        closeDate: '2025-03-01T09:30:00.000Z',
      },
    ])
    expect(opportunity.body.data.createOpportunities[0]).toMatchObject({
      stage: 'NEW',
      amount: { amountMicros: 1_500_000_000 },
    })
    const full = await batch(server, 'people', [
      person('c@x.com', {
        birthday: '1990-02-28',
        newsletter: true,
        segment: 'SMB',
        interests: ['PRODUCT', 'SUPPORT'],
        engagement: 'RATING_4',
        tags: ['a'],
      }),
    ])
    expect(full.status).toBe(201)
  })

  it('with upsert=false refuses an id that already exists, soft-deleted or not', async () => {
    server.seed('people', [{ id: uuid(1) }])
    server.softDelete('people', uuid(1))
    const answer = await batch(server, 'people', [person('new@x.com'), { id: uuid(1) }], false)
    expect(answer.status).toBe(400)
    expect(answer.body.messages).toEqual(['Record already exists'])
    // Only the literal string "true" turns upsert on.
    const notLiteral = await call(server, 'POST', '/rest/batch/people?upsert=TRUE', [{ id: uuid(1) }])
    expect(notLiteral.body.messages).toEqual(['Record already exists'])
    expect(server.records('people')).toHaveLength(1)
  })

  it('with upsert=false inserts a record whose unique email is taken as a duplicate entry error, not an update', async () => {
    server.seed('people', [person('ada@x.com')])
    const answer = await batch(server, 'people', [person('ada@x.com')], false)
    expect(answer.status).toBe(400)
    expect(answer.body.code).toBe('DUPLICATE_ENTRY_DETECTED')
  })
})

describe('body and record validation', () => {
  it('wants a bare non-empty array of at most maxRecordsPerRequest records', async () => {
    const notArray = await batch(server, 'people', { data: [person('a@x.com')] })
    expect(notArray.body).toEqual({
      statusCode: 400,
      error: 'BadRequestException',
      messages: ['Body must be an array'],
    })
    expect((await batch(server, 'people', [])).body.messages).toEqual(['Input must not be empty'])
    const tooMany = await batch(
      server,
      'people',
      Array.from({ length: 201 }, (_, i) => person(`p${i}@x.com`)),
    )
    expect(tooMany.status).toBe(400)
    expect(tooMany.body).toMatchObject({
      messages: ['Maximum number of records to upsert is 200.'],
      code: 'TOO_MANY_RECORDS_TO_UPDATE',
    })
    expect(
      (
        await batch(
          server,
          'people',
          Array.from({ length: 200 }, (_, i) => person(`p${i}@x.com`)),
        )
      ).status,
    ).toBe(201)
  })

  it('plays an older server capped at 60 records', async () => {
    const older = await startTestServer({ maxRecordsPerRequest: 60 })
    try {
      const answer = await batch(
        older,
        'people',
        Array.from({ length: 61 }, (_, i) => person(`p${i}@x.com`)),
      )
      expect(answer.body.messages).toEqual(['Maximum number of records to upsert is 60.'])
      expect(older.records('people')).toEqual([])
    } finally {
      await older.close()
    }
  })

  it('names an unknown field, and rejects a wrong JSON shape for composites and scalars', async () => {
    const unknown = await batch(server, 'people', [person('a@x.com', { favouriteColour: 'blue' })])
    expect(unknown.body.messages[0]).toContain('"favouriteColour"')
    const cases: [string, Record<string, unknown>][] = [
      ['companies', { annualRecurringRevenue: { amountMicros: 1.5, currencyCode: 'EUR' } }],
      ['companies', { annualRecurringRevenue: { amount: 1, currencyCode: 'EUR' } }],
      ['companies', { employees: '12' }],
      ['companies', { domainName: 'https://acme.com' }],
      ['people', { birthday: '12/03/1990' }],
      ['people', { birthday: '2023-02-30' }],
      ['people', { segment: 'Small business' }],
      ['people', { engagement: 4 }],
      // Neither a calling code, a country code nor a + prefix: libphonenumber cannot read the number.
      ['people', { phones: { primaryPhoneNumber: '612345678' } }],
      ['opportunities', { closeDate: '2025-03-01 09:30' }],
    ]
    for (const [plural, record] of cases) {
      const answer = await batch(server, plural, [record])
      expect(answer.status, JSON.stringify(record)).toBe(400)
      expect(answer.body.messages[0]).toMatch(new RegExp(Object.keys(record)[0] as string))
    }
    expect(server.records('companies')).toEqual([])
  })

  it('answers 400 for an object the workspace does not have', async () => {
    expect((await batch(server, 'unicorns', [{}])).status).toBe(400)
  })
})

describe('upsert matching (contract 4.4)', () => {
  it('updates by id, keeping subfields and fields the record leaves out', async () => {
    server.seed('people', [person('ada@x.com', { id: uuid(1), jobTitle: 'Engineer', city: 'London' })])
    const answer = await batch(server, 'people', [{ id: uuid(1), city: 'Paris', name: { lastName: 'Byron' } }])
    expect(answer.status).toBe(201)
    const [row] = server.records('people')
    expect(row).toMatchObject({
      id: uuid(1),
      jobTitle: 'Engineer',
      city: 'Paris',
      name: { firstName: 'Ada', lastName: 'Byron' },
    })
  })

  it('updates by unique email, with exact (case-sensitive) equality', async () => {
    server.seed('people', [person('ada@x.com', { id: uuid(1) })])
    await batch(server, 'people', [person('ada@x.com', { jobTitle: 'CTO' })])
    expect(server.records('people')).toHaveLength(1)
    expect(server.records('people')[0]).toMatchObject({ id: uuid(1), jobTitle: 'CTO' })
    await batch(server, 'people', [person('Ada@x.com')])
    expect(server.records('people')).toHaveLength(2)
  })

  it('updates a company by domainName.primaryLinkUrl', async () => {
    server.seed('companies', [
      {
        id: uuid(5),
        name: 'Acme',
        domainName: { primaryLinkUrl: 'https://acme.com', primaryLinkLabel: '', secondaryLinks: null },
      },
    ])
    const answer = await batch(server, 'companies', [
      { name: 'Acme Corp', domainName: { primaryLinkUrl: 'https://acme.com' }, employees: 80 },
    ])
    expect(answer.body.data.createCompanies[0]).toMatchObject({ id: uuid(5), name: 'Acme Corp', employees: 80 })
    expect(server.records('companies')).toHaveLength(1)
  })

  it('restores a soft-deleted record it matches', async () => {
    server.seed('people', [person('ada@x.com', { id: uuid(1) })])
    server.softDelete('people', uuid(1))
    expect(server.records('people')[0]?.['deletedAt']).not.toBeNull()
    const answer = await batch(server, 'people', [person('ada@x.com', { city: 'Paris' })])
    expect(answer.body.data.createPeople[0]).toMatchObject({ id: uuid(1), deletedAt: null, city: 'Paris' })
    expect(server.records('people')).toHaveLength(1)
  })

  it('refuses a record whose keys point at two different records', async () => {
    server.seed('people', [person('ada@x.com', { id: uuid(1) }), person('bob@x.com', { id: uuid(2) })])
    const answer = await batch(server, 'people', [person('bob@x.com', { id: uuid(1) })])
    expect(answer.status).toBe(400)
    expect(answer.body.code).toBe('UPSERT_MULTIPLE_MATCHING_RECORDS_CONFLICT')
    expect(answer.body.messages[0]).toBe(
      `Multiple records found with the same unique field values for id: ${uuid(1)}, emails.primaryEmail: bob@x.com. Cannot determine which record to update.`,
    )
  })

  it('inserts an unmatched record with its given id', async () => {
    await batch(server, 'people', [person('new@x.com', { id: uuid(9) })])
    expect(server.records('people').map((r) => r['id'])).toEqual([uuid(9)])
  })

  it('fails two new records sharing a unique email in one batch as a duplicate entry', async () => {
    const answer = await batch(server, 'people', [person('same@x.com'), person('same@x.com')])
    expect(answer.body.code).toBe('DUPLICATE_ENTRY_DETECTED')
    expect(server.records('people')).toEqual([])
  })
})

describe('relations', () => {
  beforeEach(() => {
    server.seed('companies', [{ id: uuid(5), name: 'Acme', domainName: { primaryLinkUrl: 'https://acme.com' } }])
  })

  it('accepts a join id that names an existing target and refuses one that does not', async () => {
    expect((await batch(server, 'people', [person('a@x.com', { companyId: uuid(5) })])).status).toBe(201)
    expect(server.records('people')[0]?.['companyId']).toBe(uuid(5))
    const missing = await batch(server, 'people', [person('b@x.com', { companyId: uuid(6) })])
    expect(missing.status).toBe(400)
    expect(missing.body.messages[0]).toContain('companyId')
  })

  it('connects by a unique field of the target, and by id', async () => {
    const byDomain = await batch(server, 'people', [
      person('a@x.com', { company: { connect: { where: { domainName: { primaryLinkUrl: 'https://acme.com' } } } } }),
    ])
    expect(byDomain.body.data.createPeople[0].companyId).toBe(uuid(5))
    const byId = await batch(server, 'opportunities', [
      { name: 'Deal', company: { connect: { where: { id: uuid(5) } } } },
    ])
    expect(byId.body.data.createOpportunities[0].companyId).toBe(uuid(5))
  })

  it('answers like a server older than nested connect when asked to: join columns only', async () => {
    const old = await startTestServer({ nestedConnect: false })
    try {
      await batch(old, 'companies', [{ id: uuid(5), name: 'Acme', domainName: { primaryLinkUrl: 'https://acme.com' } }])
      const nested = await batch(old, 'people', [
        person('a@x.com', { company: { connect: { where: { domainName: { primaryLinkUrl: 'https://acme.com' } } } } }),
      ])
      expect(nested.status).toBe(400)
      expect(old.records('people')).toEqual([])
      const joined = await batch(old, 'people', [person('a@x.com', { companyId: uuid(5) })])
      expect(joined.body.data.createPeople[0].companyId).toBe(uuid(5))
    } finally {
      await old.close()
    }
  })

  it('fails the batch when a connect finds no record, with Twenty’s message', async () => {
    const answer = await batch(server, 'people', [
      person('a@x.com', { company: { connect: { where: { domainName: { primaryLinkUrl: 'https://acme.com' } } } } }),
      person('b@x.com', { company: { connect: { where: { domainName: { primaryLinkUrl: 'https://nowhere.io' } } } } }),
    ])
    expect(answer.status).toBe(400)
    expect(answer.body.messages).toEqual([
      'Expected 1 record to connect to company, but found 0 for domainNamePrimaryLinkUrl = https://nowhere.io',
    ])
    expect(server.records('people')).toEqual([])
  })

  it('does not connect to a soft-deleted target, nor by a field that is not unique', async () => {
    server.softDelete('companies', uuid(5))
    const deleted = await batch(server, 'people', [
      person('a@x.com', { company: { connect: { where: { id: uuid(5) } } } }),
    ])
    expect(deleted.body.messages[0]).toContain('found 0 for id')
    const byName = await batch(server, 'people', [
      person('a@x.com', { company: { connect: { where: { name: 'Acme' } } } }),
    ])
    expect(byName.body.messages[0]).toContain('not a unique field')
  })
})

describe('atomicity', () => {
  it('writes nothing when any record of the batch fails, wherever it is', async () => {
    server.seed('people', [person('ada@x.com', { id: uuid(1), city: 'London' })])
    const records = [
      person('ada@x.com', { city: 'Paris' }),
      person('new@x.com'),
      person('bad@x.com', { birthday: 'soon' }),
    ]
    const answer = await batch(server, 'people', records)
    expect(answer.status).toBe(400)
    expect(server.records('people')).toHaveLength(1)
    expect(server.records('people')[0]?.['city']).toBe('London')
  })

  it('writes nothing when a record fails while the batch is being applied (conflict, duplicate)', async () => {
    server.seed('people', [person('ada@x.com', { id: uuid(1), city: 'London' }), person('bob@x.com', { id: uuid(2) })])
    const before = server.records('people')
    const conflict = await batch(server, 'people', [
      person('ada@x.com', { city: 'Paris' }),
      person('new@x.com'),
      person('bob@x.com', { id: uuid(1) }),
    ])
    expect(conflict.body.code).toBe('UPSERT_MULTIPLE_MATCHING_RECORDS_CONFLICT')
    const duplicate = await batch(server, 'people', [
      person('ada@x.com', { city: 'Paris' }),
      person('twin@x.com'),
      person('twin@x.com'),
    ])
    expect(duplicate.body.code).toBe('DUPLICATE_ENTRY_DETECTED')
    expect(server.records('people')).toEqual(before)
  })

  it('logs the number of records each batch carried', async () => {
    await batch(server, 'people', [person('a@x.com'), person('b@x.com')])
    await call(server, 'POST', '/rest/batch/people', { not: 'an array' })
    expect(server.requests.map((r) => [r.method, r.path, r.status, r.recordCount])).toEqual([
      ['POST', '/rest/batch/people', 201, 2],
      ['POST', '/rest/batch/people', 400, null],
    ])
  })
})
