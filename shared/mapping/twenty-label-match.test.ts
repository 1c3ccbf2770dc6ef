import { describe, expect, it } from 'vitest'
import { stockTargets } from './stock-targets.test-support'
import { buildLabelIndex, matchTwentyLabel } from './twenty-label-match'

const people = buildLabelIndex(stockTargets('people'))
const companies = buildLabelIndex(stockTargets('companies'))
const opportunities = buildLabelIndex(stockTargets('opportunities'))

describe("tier 1: Twenty's own headers", () => {
  it('matches import labels exactly, ignoring case and spacing', () => {
    expect(matchTwentyLabel('Emails / Primary Email', people)).toEqual({
      path: 'emails.primaryEmail',
      confidence: 1,
      reason: `Header matches Twenty's import label "Emails / Primary Email"`,
    })
    expect(matchTwentyLabel('company / domain name / link url', people)?.path).toBe('company.domainName.primaryLinkUrl')
    expect(matchTwentyLabel('Address/Post Code', companies)?.path).toBe('address.addressPostcode')
  })

  it('matches the columns of a Twenty export: Id, relation ids, every subfield', () => {
    expect(matchTwentyLabel('Id', people)?.path).toBe('id')
    expect(matchTwentyLabel('Company Id', people)?.path).toBe('company.id')
    expect(matchTwentyLabel('Point of Contact Id', opportunities)?.path).toBe('pointOfContact.id')
    expect(matchTwentyLabel('Account Owner Id', companies)?.path).toBe('accountOwner.id')
    expect(matchTwentyLabel('Company Id', people)?.reason).toBe(`Header matches Twenty's export column "Company Id"`)
  })

  it('maps exported columns the import cannot write to null, saying so', () => {
    expect(matchTwentyLabel('Address / Latitude', companies)).toMatchObject({
      path: null,
      reason: `Twenty exports "Address / Latitude", but its import cannot write it`,
    })
    expect(matchTwentyLabel('Address / Longitude', companies)?.path).toBeNull()
    expect(matchTwentyLabel('Creation date', people)?.path).toBeNull()
    expect(matchTwentyLabel('Created by / Source', people)?.path).toBeNull()
  })

  it('knows the 2024 import labels', () => {
    expect(matchTwentyLabel('Email (emails)', people)?.path).toBe('emails.primaryEmail')
    expect(matchTwentyLabel('First Name (name)', people)?.path).toBe('name.firstName')
  })

  it("never claims a whole-field target as Twenty's label, and leaves other headers alone", () => {
    expect(matchTwentyLabel('Name', people)).toBeUndefined()
    expect(matchTwentyLabel('Address', companies)).toBeUndefined()
    expect(matchTwentyLabel('Vorname', people)).toBeUndefined()
    expect(matchTwentyLabel('Position', people)).toBeUndefined()
  })
})
