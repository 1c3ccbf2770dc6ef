import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../../shared/model/default-model'
import { findObject } from '../../shared/model/workspace-model'
import { withLinks } from './migrate-links'

const opportunities = findObject(DEFAULT_MODEL, 'opportunities')!
const company = '5b1c3a5e-8f0e-4c7e-9a51-0d7f2b9f4a10'
const person = '7c2d4b6f-9a1f-4d8f-8b62-1e8a3c0a5b21'

describe('withLinks', () => {
  it('adds links as join columns', () => {
    const { record, added } = withLinks(opportunities, { name: 'Renewal' }, new Map([['company', company], ['pointOfContact', person]]))
    expect(record).toEqual({ name: 'Renewal', companyId: company, pointOfContactId: person })
    expect(added).toBe(2)
  })

  it('never overrides a relation the row sets itself (a mapped column)', () => {
    const mapped = { name: 'Renewal', companyId: 'a0000000-0000-4000-8000-000000000000', pointOfContact: { connect: { where: { emails: { primaryEmail: 'ada@acme.com' } } } } }
    const { record, added } = withLinks(opportunities, mapped, new Map([['company', company], ['pointOfContact', person]]))
    expect(record).toEqual(mapped)
    expect(added).toBe(0)
  })
})
