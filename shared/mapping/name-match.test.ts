import { describe, expect, it } from 'vitest'
import { customPeopleTargets, stockTargets } from './stock-targets.test-support'
import { buildNameIndex, matchFieldName, type NameHit } from './name-match'

const paths = (hits: readonly NameHit[]) =>
  hits.map((h) => (h.type === 'target' ? h.candidate.path : `relation:${h.field.name}`))
const people = buildNameIndex(stockTargets('people'))
const companies = buildNameIndex(stockTargets('companies'))

describe('tier 2: field labels and API names', () => {
  it.each(['job_title', 'JobTitle', 'Job-Title', 'JOB TITLE', 'jobTitle'])('%j names jobTitle', (header) => {
    expect(paths(matchFieldName(header, people))).toEqual(['jobTitle'])
  })

  it('reads subfields by API name, label or both', () => {
    expect(paths(matchFieldName('emailsPrimaryEmail', people))).toEqual(['emails.primaryEmail'])
    expect(paths(matchFieldName('Primary Email', people))).toEqual(['emails.primaryEmail'])
    expect(paths(matchFieldName('address_postcode', companies))).toEqual(['address.addressPostcode'])
    expect(paths(matchFieldName('companyId', people))).toEqual(['company.id'])
  })

  it('reads a composite field name as its main part, then the whole field', () => {
    expect(paths(matchFieldName('Emails', people))).toEqual(['emails.primaryEmail'])
    expect(paths(matchFieldName('phones', people))).toEqual(['phones.primaryPhoneNumber', 'phones'])
    expect(paths(matchFieldName('Name', people))).toEqual(['name'])
    expect(paths(matchFieldName('Address', companies))).toEqual(['address'])
  })

  it('accepts a singular for a plural field name, a little less surely', () => {
    const [hit] = matchFieldName('Employee', companies)
    expect(hit?.type === 'target' && hit.candidate).toMatchObject({ path: 'employees', confidence: 0.87 })
  })

  it('finds custom fields by their labels', () => {
    const custom = buildNameIndex(customPeopleTargets())
    expect(paths(matchFieldName('lead source', custom))).toEqual(['leadSource'])
    expect(paths(matchFieldName('Customer-Since', custom))).toEqual(['customerSince'])
  })

  it('returns a relation named by its label for the values to decide', () => {
    expect(paths(matchFieldName('Company', people))).toEqual(['relation:company'])
  })

  it('lowers every hit when the header names several fields', () => {
    const hits = matchFieldName('Link URL', companies)
    expect(paths(hits)).toEqual(['domainName.primaryLinkUrl', 'linkedinLink.primaryLinkUrl', 'xLink.primaryLinkUrl'])
    expect(hits.every((h) => h.type === 'target' && h.candidate.confidence < 0.8)).toBe(true)
  })
})
