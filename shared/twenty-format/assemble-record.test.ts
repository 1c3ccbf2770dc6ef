import { describe, expect, it } from 'vitest'
import type { CellResult, JsonValue } from '../fields/cell-result'
import type { FieldTarget } from '../fields/targets'
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import { findObject, type ObjectModel } from '../model/workspace-model'
import { apiRecordSchema } from './api-shapes'
import { assembleRecord, toAmountMicros, type DraftEntry } from './assemble-record'
import { toApiRecord } from './to-api-record'

function objectNamed(name: string): ObjectModel {
  return findObject(DEFAULT_MODEL, name)!
}

function ok(value: JsonValue, parts?: Readonly<Record<string, JsonValue>>): CellResult {
  return parts === undefined ? { value, issues: [], fixes: [] } : { value, parts, issues: [], fixes: [] }
}

/** Entries for an object from `path -> result` pairs, in the order given. */
function entries(object: string, cells: readonly (readonly [string, CellResult])[]): DraftEntry[] {
  const targets = listTargets(objectNamed(object), DEFAULT_MODEL)
  return cells.map(([path, result]) => {
    const target: FieldTarget | undefined = findTarget(targets, path)
    if (target === undefined) throw new Error(`no target ${path}`)
    return { target, result }
  })
}

/** The API record for cells of an object, checked against the object's API schema. */
function apiRecordOf(
  object: string,
  cells: readonly (readonly [string, CellResult])[],
  relationIds?: ReadonlyMap<string, string>,
) {
  const record = toApiRecord(
    assembleRecord(entries(object, cells)),
    relationIds === undefined ? { object: objectNamed(object) } : { object: objectNamed(object), relationIds },
  )
  const check = apiRecordSchema(objectNamed(object)).safeParse(record)
  expect(check.error).toBeUndefined()
  return record
}

describe('toAmountMicros', () => {
  it('multiplies major units by a million and rounds like Twenty', () => {
    expect([1500, 1234.56, 0.1, 1.005, 0.0000005, -2.5, 0, -0.0000001].map(toAmountMicros)).toEqual([
      1_500_000_000, 1_234_560_000, 100_000, 1_005_000, 1, -2_500_000, 0, 0,
    ])
    expect(Object.is(toAmountMicros(-0.0000001), 0)).toBe(true)
    expect([Number.NaN, Number.POSITIVE_INFINITY, 1e12, null, 'abc', ''].map(toAmountMicros)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ])
    expect(toAmountMicros('12.5')).toBe(12_500_000)
  })
})

describe('assembleRecord + toApiRecord: scalars', () => {
  it('writes scalar values under the field name and skips empty ones', () => {
    expect(
      apiRecordOf('company', [
        ['name', ok('Acme')],
        ['employees', ok(120)],
        ['idealCustomerProfile', ok(true)],
        ['id', ok(null)],
      ]),
    ).toEqual({ name: 'Acme', employees: 120, idealCustomerProfile: true })
  })

  it('keeps the id when one is given', () => {
    expect(apiRecordOf('person', [['id', ok('c776ee49-f608-4a77-8cc8-6fe96ae1e43f')]])).toEqual({
      id: 'c776ee49-f608-4a77-8cc8-6fe96ae1e43f',
    })
  })
})

describe('assembleRecord + toApiRecord: CURRENCY', () => {
  it('stores the amount column as integer micros beside the currency column', () => {
    expect(
      apiRecordOf('company', [
        ['annualRecurringRevenue.amountMicros', ok(1234.56)],
        ['annualRecurringRevenue.currencyCode', ok('EUR')],
      ]),
    ).toEqual({ annualRecurringRevenue: { amountMicros: 1_234_560_000, currencyCode: 'EUR' } })
  })

  it('spreads a one-cell currency into both subfields; a mapped currency column wins, in either order', () => {
    const whole = [
      'annualRecurringRevenue',
      ok('USD 1,500', { amountMicros: 1_500_000_000, currencyCode: 'USD' }),
    ] as const
    const code = ['annualRecurringRevenue.currencyCode', ok('EUR')] as const
    expect(apiRecordOf('company', [whole])).toEqual({
      annualRecurringRevenue: { amountMicros: 1_500_000_000, currencyCode: 'USD' },
    })
    expect(apiRecordOf('company', [whole, code])).toEqual({
      annualRecurringRevenue: { amountMicros: 1_500_000_000, currencyCode: 'EUR' },
    })
    expect(apiRecordOf('company', [code, whole])).toEqual({
      annualRecurringRevenue: { amountMicros: 1_500_000_000, currencyCode: 'EUR' },
    })
  })

  it('takes a currency code found in the amount cell from its parts', () => {
    expect(apiRecordOf('opportunity', [['amount.amountMicros', ok(99.9, { currencyCode: 'CHF' })]])).toEqual({
      amount: { amountMicros: 99_900_000, currencyCode: 'CHF' },
    })
  })
})

describe('assembleRecord + toApiRecord: PHONES', () => {
  const parts = { primaryPhoneNumber: '4159095555', primaryPhoneCountryCode: 'US', primaryPhoneCallingCode: '+1' }

  it('fills number, country and calling code from a phone-number column', () => {
    expect(apiRecordOf('person', [['phones.primaryPhoneNumber', ok('4159095555', parts)]])).toEqual({ phones: parts })
    expect(apiRecordOf('person', [['phones', ok('4159095555', parts)]])).toEqual({ phones: parts })
  })

  it('lets mapped country and calling code columns win over the parts', () => {
    expect(
      apiRecordOf('person', [
        ['phones.primaryPhoneCountryCode', ok('CA')],
        ['phones.primaryPhoneNumber', ok('4159095555', parts)],
        ['phones.additionalPhones', ok([{ number: '612345678', countryCode: 'FR', callingCode: '+33' }])],
      ]),
    ).toEqual({
      phones: {
        primaryPhoneNumber: '4159095555',
        primaryPhoneCountryCode: 'CA',
        primaryPhoneCallingCode: '+1',
        additionalPhones: [{ number: '612345678', countryCode: 'FR', callingCode: '+33' }],
      },
    })
  })
})

describe('assembleRecord + toApiRecord: EMAILS, LINKS, FULL_NAME, ADDRESS, rich text', () => {
  it('writes a primary email with additional emails', () => {
    expect(
      apiRecordOf('person', [
        ['emails.primaryEmail', ok('ada@example.com')],
        ['emails.additionalEmails', ok(['ada@work.example', 'lovelace@example.org'])],
      ]),
    ).toEqual({
      emails: { primaryEmail: 'ada@example.com', additionalEmails: ['ada@work.example', 'lovelace@example.org'] },
    })
  })

  it('writes a link with its label and secondary links', () => {
    expect(
      apiRecordOf('company', [
        ['domainName.primaryLinkUrl', ok('https://acme.com')],
        ['domainName.primaryLinkLabel', ok('acme.com')],
        ['domainName.secondaryLinks', ok([{ url: 'https://acme.de', label: 'DE' }])],
      ]),
    ).toEqual({
      domainName: {
        primaryLinkUrl: 'https://acme.com',
        primaryLinkLabel: 'acme.com',
        secondaryLinks: [{ url: 'https://acme.de', label: 'DE' }],
      },
    })
  })

  it('writes a full name from two columns or from one split cell', () => {
    expect(
      apiRecordOf('person', [
        ['name.firstName', ok('Ada')],
        ['name.lastName', ok('Lovelace')],
      ]),
    ).toEqual({ name: { firstName: 'Ada', lastName: 'Lovelace' } })
    expect(apiRecordOf('person', [['name', ok('Lovelace, Ada', { firstName: 'Ada', lastName: 'Lovelace' })]])).toEqual({
      name: { firstName: 'Ada', lastName: 'Lovelace' },
    })
  })

  it('writes an address from a split cell, dropping empty and unknown parts, a post code column winning', () => {
    const split = {
      addressStreet1: '1 Main St',
      addressStreet2: '',
      addressCity: 'Paris',
      addressPostcode: '75002',
      addressCountry: 'France',
      floor: '3',
    }
    expect(
      apiRecordOf('company', [
        ['address', ok(split, split)],
        ['address.addressPostcode', ok('75001')],
      ]),
    ).toEqual({
      address: {
        addressStreet1: '1 Main St',
        addressCity: 'Paris',
        addressPostcode: '75001',
        addressCountry: 'France',
      },
    })
  })

  it('writes a rich text body as markdown', () => {
    expect(
      apiRecordOf('note', [
        ['title', ok('Call')],
        ['bodyV2.markdown', ok('**Called** Ada')],
      ]),
    ).toEqual({ title: 'Call', bodyV2: { markdown: '**Called** Ada' } })
  })

  it('leaves out a composite all of whose cells are empty', () => {
    expect(
      apiRecordOf('person', [
        ['name.firstName', ok(null)],
        ['emails.primaryEmail', ok(null)],
        ['jobTitle', ok('CTO')],
      ]),
    ).toEqual({ jobTitle: 'CTO' })
  })
})

describe('assembleRecord: relations', () => {
  const id = '0b9b0b1e-3d2c-4f5a-9e8d-7c6b5a493827'

  it('connects by id, by domain and by email', () => {
    expect(assembleRecord(entries('person', [['company.id', ok(id)]]))).toEqual({
      company: { connect: { where: { id } } },
    })
    expect(assembleRecord(entries('person', [['company.domainName.primaryLinkUrl', ok('https://acme.com')]]))).toEqual({
      company: { connect: { where: { domainName: { primaryLinkUrl: 'https://acme.com' } } } },
    })
    expect(
      assembleRecord(entries('opportunity', [['pointOfContact.emails.primaryEmail', ok('ada@example.com')]])),
    ).toEqual({
      pointOfContact: { connect: { where: { emails: { primaryEmail: 'ada@example.com' } } } },
    })
  })

  it('prefers the id when a row has both, and skips empty relation cells', () => {
    expect(
      assembleRecord(
        entries('person', [
          ['company.domainName.primaryLinkUrl', ok('https://acme.com')],
          ['company.id', ok(id)],
        ]),
      ),
    ).toEqual({
      company: { connect: { where: { id } } },
    })
    expect(
      assembleRecord(
        entries('person', [
          ['company.domainName.primaryLinkUrl', ok(null)],
          ['company.id', ok(null)],
        ]),
      ),
    ).toEqual({})
  })

  it('sends a connect by id as the join column, a connect by domain or email nested', () => {
    expect(apiRecordOf('person', [['company.id', ok(id)]])).toEqual({ companyId: id })
    expect(
      apiRecordOf('opportunity', [
        ['company.domainName.primaryLinkUrl', ok('https://acme.com')],
        ['pointOfContact.emails.primaryEmail', ok('ada@example.com')],
      ]),
    ).toEqual({
      company: { connect: { where: { domainName: { primaryLinkUrl: 'https://acme.com' } } } },
      pointOfContact: { connect: { where: { emails: { primaryEmail: 'ada@example.com' } } } },
    })
    expect(apiRecordOf('company', [['accountOwner.userEmail', ok('owner@example.com')]])).toEqual({
      accountOwner: { connect: { where: { userEmail: 'owner@example.com' } } },
    })
  })

  it('uses an id the push engine looked up instead of the nested connect', () => {
    const ids = new Map([['company', id]])
    expect(
      apiRecordOf(
        'person',
        [
          ['company.domainName.primaryLinkUrl', ok('https://acme.com')],
          ['jobTitle', ok('CTO')],
        ],
        ids,
      ),
    ).toEqual({
      jobTitle: 'CTO',
      companyId: id,
    })
  })
})
