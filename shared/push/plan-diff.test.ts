import { describe, expect, it } from 'vitest'
import { applyPolicy, changedFields } from './plan-diff'

const current = {
  id: 'r1',
  jobTitle: 'CTO',
  city: '',
  name: { firstName: 'Ada', lastName: '' },
  emails: { primaryEmail: 'ada@x.io', additionalEmails: null },
}
const next = {
  id: 'r1',
  jobTitle: 'Chief Technology Officer',
  city: 'London',
  name: { firstName: 'Ada', lastName: 'Lovelace' },
  emails: { primaryEmail: 'ada@x.io' },
  companyId: 'c1',
  company: { connect: { where: { domainName: { primaryLinkUrl: 'https://x.io' } } } },
}

describe('plan diff', () => {
  it('names the fields an update changes, composite subfields compared one by one', () => {
    expect(changedFields(current, next)).toEqual(['jobTitle', 'city', 'name'])
  })

  it('fills only empty values for fields marked fill, overwrites the others', () => {
    expect(applyPolicy(current, next, { jobTitle: 'fill', city: 'fill', name: 'fill' })).toEqual({
      id: 'r1',
      city: 'London',
      name: { lastName: 'Lovelace' },
      emails: { primaryEmail: 'ada@x.io' },
      companyId: 'c1',
      company: next.company,
    })
    expect(applyPolicy(current, next, {})).toEqual(next)
  })
})
