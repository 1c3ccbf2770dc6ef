import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { findObject } from '../model/workspace-model'
import {
  apiRecordSchema,
  batchCreateBodySchema,
  BatchCreateResponseSchema,
  GraphqlErrorBodySchema,
  QUERY_MAX_RECORDS,
  RestErrorBodySchema,
} from './api-shapes'

const person = apiRecordSchema(findObject(DEFAULT_MODEL, 'person')!)
const company = apiRecordSchema(findObject(DEFAULT_MODEL, 'company')!)
const opportunity = apiRecordSchema(findObject(DEFAULT_MODEL, 'opportunity')!)
const id = '0b9b0b1e-3d2c-4f5a-9e8d-7c6b5a493827'

function problems(schema: typeof person, record: unknown): string[] {
  const parsed = schema.safeParse(record)
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('apiRecordSchema', () => {
  it('accepts the contract examples', () => {
    expect(
      problems(person, {
        id,
        name: { firstName: 'Ada', lastName: 'Lovelace' },
        emails: { primaryEmail: 'a@x.com', additionalEmails: ['b@x.com'] },
        phones: {
          primaryPhoneNumber: '612345678',
          primaryPhoneCountryCode: 'FR',
          primaryPhoneCallingCode: '+33',
          additionalPhones: [],
        },
        linkedinLink: { primaryLinkUrl: 'https://acme.com', primaryLinkLabel: '', secondaryLinks: [] },
        companyId: id,
      }),
    ).toEqual([])
    expect(
      problems(company, {
        annualRecurringRevenue: { amountMicros: 1500000000, currencyCode: 'EUR' },
        address: {
          addressStreet1: '1 Main St',
          addressCity: 'Paris',
          addressPostcode: '75001',
          addressCountry: 'France',
        },
        idealCustomerProfile: false,
      }),
    ).toEqual([])
    expect(
      problems(opportunity, {
        stage: 'PROPOSAL',
        closeDate: '2025-03-01T09:30:00.000Z',
        company: { connect: { where: { domainName: { primaryLinkUrl: 'https://acme.com' } } } },
      }),
    ).toEqual([])
  })

  it('rejects fields that are never sent and keys that are not fields', () => {
    expect(problems(person, { deletedAt: null, createdBy: { source: 'IMPORT' }, position: 1, shoeSize: 44 })).toEqual([
      ': Unrecognized keys: "deletedAt", "createdBy", "position", "shoeSize"',
    ])
  })

  it('rejects a relation given both as join column and connect', () => {
    expect(problems(person, { companyId: id, company: { connect: { where: { id } } } })).toEqual([
      'company: company is given both as companyId and as a connect',
    ])
  })

  it('rejects values in the wrong shape', () => {
    expect(problems(company, { annualRecurringRevenue: { amountMicros: 1.5, currencyCode: 'eur' } })).toHaveLength(2)
    expect(problems(person, { phones: { primaryPhoneNumber: '612345678', primaryPhoneCountryCode: 'FR' } })).toEqual([
      'phones: a primary phone number needs its calling code (the server requires it)',
    ])
    expect(problems(person, { emails: { primaryEmail: 'Ada@Example.com' } })).toEqual([
      'emails.primaryEmail: expected a lower-case email',
    ])
    expect(problems(opportunity, { stage: 'New' })).toEqual([
      'stage: expected one of NEW, SCREENING, MEETING, PROPOSAL, CUSTOMER',
    ])
    expect(problems(opportunity, { closeDate: '2025-03-01T09:30:00' })).toHaveLength(1)
    expect(problems(person, { company: { connect: { where: {} } } })).toEqual([
      'company.connect.where: connect.where names no unique field',
    ])
    expect(problems(person, { id: 'not-a-uuid' })).toHaveLength(1)
  })
})

describe('batch bodies and responses', () => {
  const body = batchCreateBodySchema(findObject(DEFAULT_MODEL, 'person')!)

  it('takes a bare array of 1 to QUERY_MAX_RECORDS records', () => {
    expect(body.safeParse([{ jobTitle: 'CTO' }]).success).toBe(true)
    expect(body.safeParse([]).success).toBe(false)
    expect(body.safeParse(Array.from({ length: QUERY_MAX_RECORDS + 1 }, () => ({}))).success).toBe(false)
    expect(body.safeParse({ data: [{ jobTitle: 'CTO' }] }).success).toBe(false)
  })

  it('reads the created records whatever the key under data', () => {
    expect(BatchCreateResponseSchema.parse({ data: { createPeople: [{ id, jobTitle: 'CTO' }] } })).toEqual([
      { id, jobTitle: 'CTO' },
    ])
    expect(BatchCreateResponseSchema.parse({ data: { people: [{ id }] } })).toEqual([{ id }])
    expect(BatchCreateResponseSchema.safeParse({ data: { a: [], b: [] } }).success).toBe(false)
  })

  it('reads REST and GraphQL error bodies', () => {
    expect(
      RestErrorBodySchema.parse({ statusCode: 400, error: 'BadRequestException', messages: ['Record already exists'] })
        .messages,
    ).toEqual(['Record already exists'])
    expect(
      GraphqlErrorBodySchema.parse({
        errors: [
          { message: 'Expected 1 record to connect to company, but found 0', extensions: { code: 'BAD_USER_INPUT' } },
        ],
      }).errors[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT')
  })
})
