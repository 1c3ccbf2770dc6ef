// Values Twenty's server refuses (contract 10.5-10.8): each fails the whole batch with a 400 and Twenty's
// message, and nothing of the batch is written.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { MODEL, batch, startTestServer, uuid } from './test-support'
import type { WorkspaceServer } from './workspace-server'

// The fixture plus a UUID-type field on companies, to test UUID fields other than ids.
function modelWithUuidField(): unknown {
  const model = structuredClone(MODEL) as {
    data: { objects: { edges: { node: { namePlural: string; fieldsList: unknown[] } }[] } }
  }
  const companies = model.data.objects.edges.find((edge) => edge.node.namePlural === 'companies')
  companies?.node.fieldsList.push({ name: 'externalRef', type: 'UUID', isNullable: true })
  return model
}

let server: WorkspaceServer
beforeAll(async () => {
  server = await startTestServer({ model: modelWithUuidField() })
})
afterAll(() => server.close())
beforeEach(() => server.reset())

const NIL = '00000000-0000-0000-0000-000000000000'
const V7 = '01890a5d-ac96-774b-bcce-b302099a8057'
const V1 = 'c232ab00-9414-11ec-b3c8-9f6bdeced846'
const person = (email: string, extra: Record<string, unknown> = {}) => ({ emails: { primaryEmail: email }, ...extra })

async function expectRefused(plural: string, records: unknown[], message: string | RegExp): Promise<void> {
  const answer = await batch(server, plural, records)
  expect(answer.status, JSON.stringify(records)).toBe(400)
  expect(answer.body.messages[0]).toMatch(message)
  expect(server.records(plural)).toEqual([])
}

describe('ids and UUID fields (contract 10.5)', () => {
  it('takes a version 4 id and refuses the nil UUID, a v7 and a v1 as a record id, failing the whole batch', async () => {
    for (const id of [NIL, V7, V1]) {
      await expectRefused(
        'people',
        [person('ok@x.com'), person('a@x.com', { id })],
        `Invalid UUID value '${id}' for field "id"`,
      )
    }
    expect((await batch(server, 'people', [person('a@x.com', { id: uuid(1) })])).status).toBe(201)
  })

  it('takes versions 1 to 5 in a UUID field or join column, never v7 or nil', async () => {
    expect((await batch(server, 'companies', [{ name: 'A', externalRef: V1 }])).status).toBe(201)
    server.reset()
    await expectRefused(
      'companies',
      [{ name: 'A', externalRef: V7 }],
      `Invalid UUID value '${V7}' for field "externalRef"`,
    )
    await expectRefused('companies', [{ name: 'A', externalRef: NIL }], 'externalRef')
    await expectRefused('people', [person('a@x.com', { companyId: V7 })], 'companyId')
  })
})

describe('RAW_JSON (contract 10.6)', () => {
  it('refuses a bare number, a boolean and a string that is not JSON; takes objects, arrays and JSON text', async () => {
    for (const erpData of [42, true, 'not json {']) {
      await expectRefused(
        'companies',
        [{ name: 'A', erpData }],
        `Invalid object value ${typeof erpData === 'string' ? `'${erpData}'` : String(erpData)} for field "erpData"`,
      )
    }
    const answer = await batch(server, 'companies', [
      { name: 'A', erpData: { k: 1 } },
      { name: 'B', erpData: [1] },
      { name: 'C', erpData: '{"k":2}' },
    ])
    expect(answer.status).toBe(201)
  })
})

describe('phones (contract 10.7)', () => {
  it('refuses a country code that conflicts with the calling code, with Twenty’s message', async () => {
    const phones = { primaryPhoneNumber: '612345678', primaryPhoneCountryCode: 'FR', primaryPhoneCallingCode: '+44' }
    await expectRefused(
      'people',
      [person('a@x.com', { phones })],
      /for phones field "phones" - Provided country code and calling code are conflicting$/,
    )
  })

  it('refuses a country code or calling code that conflicts with the number’s own + prefix', async () => {
    const country = { primaryPhoneNumber: '+44 20 7946 0958', primaryPhoneCountryCode: 'FR' }
    await expectRefused(
      'people',
      [person('a@x.com', { phones: country })],
      'Provided and inferred country code are conflicting',
    )
    const calling = { primaryPhoneNumber: '+44 20 7946 0958', primaryPhoneCallingCode: '+33' }
    await expectRefused(
      'people',
      [person('a@x.com', { phones: calling })],
      'Provided and inferred calling code are conflicting',
    )
  })

  it('stores the national number with the codes it implies, and checks additional phones the same way', async () => {
    const answer = await batch(server, 'people', [
      person('a@x.com', { phones: { primaryPhoneNumber: '+33 6 12 34 56 78' } }),
    ])
    expect(answer.body.data.createPeople[0].phones).toEqual({
      primaryPhoneNumber: '612345678',
      primaryPhoneCountryCode: 'FR',
      primaryPhoneCallingCode: '+33',
      additionalPhones: null,
    })
    server.reset()
    const additionalPhones = [{ number: '612345678', countryCode: 'FR', callingCode: '+1' }]
    const phones = {
      primaryPhoneNumber: '612345678',
      primaryPhoneCountryCode: 'FR',
      primaryPhoneCallingCode: '+33',
      additionalPhones,
    }
    await expectRefused(
      'people',
      [person('b@x.com', { phones })],
      'Provided country code and calling code are conflicting',
    )
  })
})

describe('emails', () => {
  it('refuses a primary or additional e-mail whose local part is not ASCII', async () => {
    await expectRefused(
      'people',
      [person('ok@x.com'), person('josé@x.com')],
      `Invalid string value 'josé@x.com' for email field "emails.primaryEmail"`,
    )
    await expectRefused(
      'people',
      [{ emails: { primaryEmail: 'a@x.com', additionalEmails: ['zoë@x.com'] } }],
      'emails.additionalEmails',
    )
    expect((await batch(server, 'people', [person('jose.o+tag@x.com')])).status).toBe(201)
  })
})

describe('connect (contract 10.8)', () => {
  beforeEach(() => {
    server.seed('companies', [{ id: uuid(5), name: 'Acme', domainName: { primaryLinkUrl: 'https://acme.com' } }])
  })

  it('refuses a where value that is not a string', async () => {
    const byNumber = { company: { connect: { where: { domainName: { primaryLinkUrl: 42 } } } } }
    await expectRefused('people', [person('a@x.com', byNumber)], 'must be a string')
    const byObjectId = { company: { connect: { where: { id: { eq: uuid(5) } } } } }
    await expectRefused('people', [person('a@x.com', byObjectId)], 'must be a string')
  })

  it('fails the whole batch when one relation is connected by two kinds of key', async () => {
    const records = [
      person('a@x.com', { company: { connect: { where: { id: uuid(5) } } } }),
      person('b@x.com', { company: { connect: { where: { domainName: { primaryLinkUrl: 'https://acme.com' } } } } }),
    ]
    await expectRefused('people', records, /through the same unique field/)
  })
})
