import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../../../../shared/model/default-model'
import { findObject } from '../../../../shared/model/workspace-model'
import { previousValues, sameJson } from './rollback-previous'

const PEOPLE = findObject(DEFAULT_MODEL, 'people')!
const PHONES = {
  primaryPhoneNumber: '612345678',
  primaryPhoneCountryCode: 'FR',
  primaryPhoneCallingCode: '+33',
  additionalPhones: [{ number: '698765432', countryCode: 'FR', callingCode: '+33' }],
}

describe('previousValues', () => {
  it('keeps exactly the fields the send changes, composites whole, never the id', () => {
    const current = {
      id: 'x',
      jobTitle: 'Clerk',
      city: 'Paris',
      phones: { ...PHONES, extra: 'server-only' },
      updatedAt: '2026-01-01T00:00:00.000Z',
    }
    const sent = {
      id: 'x',
      jobTitle: 'Director',
      city: 'Paris',
      phones: { ...PHONES, primaryPhoneNumber: '611111111' },
    }
    expect(previousValues(PEOPLE, current, sent)).toEqual({ jobTitle: 'Clerk', phones: PHONES })
  })

  it('keeps a field the workspace held empty as null, and nothing when the send changes nothing', () => {
    expect(previousValues(PEOPLE, { id: 'x' }, { jobTitle: 'New' })).toEqual({ jobTitle: null })
    expect(previousValues(PEOPLE, { id: 'x', city: 'Paris' }, { city: 'Paris' })).toEqual({})
  })

  it('keeps the join column of a relation sent as a connect', () => {
    const sent = { company: { connect: { where: { domainName: { primaryLinkUrl: 'https://acme.com' } } } } }
    expect(previousValues(PEOPLE, { id: 'x', companyId: 'c1' }, sent)).toEqual({ companyId: 'c1' })
  })
})

describe('sameJson', () => {
  it('ignores key order and treats missing as null', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, {}], a: 1 })).toBe(true)
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false)
    expect(sameJson([1], [1, 2])).toBe(false)
  })
})
