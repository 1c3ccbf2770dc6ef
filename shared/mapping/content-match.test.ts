import { describe, expect, it } from 'vitest'
import { customPeopleTargets, stockTargets } from './stock-targets.test-support'
import { matchContent, weighByContent } from './content-match'
import { profileContent } from './content-profile'

const people = stockTargets('people')
const companies = stockTargets('companies')
const opportunities = stockTargets('opportunities')
const top = (samples: string[], targets = people, objects = 'people') =>
  matchContent(profileContent(samples), targets, objects)[0]

describe('tier 4: what the values say', () => {
  it('scales confidence with the share of values that fit, and says how many', () => {
    const emails = ['a@acme.com', 'b@acme.com', 'c@acme.com', 'd@acme.com', 'not an email']
    expect(top(emails)).toEqual({
      path: 'emails.primaryEmail',
      confidence: 0.66,
      reason: 'Values look like email addresses (80% of 5)',
    })
    expect(top(['a@acme.com', 'b@acme.com'])?.confidence).toBe(0.7)
  })

  it('needs most values to fit', () => {
    expect(matchContent(profileContent(['a@acme.com', 'x', 'y']), people, 'people')).toEqual([])
  })

  it('sends each kind of value to the field that takes it', () => {
    expect(top(['+49 30 1234567', '(415) 555-0100'])?.path).toBe('phones.primaryPhoneNumber')
    expect(top(['c776ee49-f608-4a77-8cc8-6fe96ae1e43f'])?.path).toBe('id')
    expect(top(['acme.com', 'https://initech.io'])?.path).toBe('company.domainName.primaryLinkUrl')
    expect(top(['acme.com', 'https://initech.io'], companies)?.path).toBe('domainName.primaryLinkUrl')
    expect(top(['https://www.linkedin.com/in/ada'])?.path).toBe('linkedinLink.primaryLinkUrl')
    expect(top(['Ada Lovelace', 'Grace Hopper'])?.path).toBe('name')
    expect(top(['yes', 'no'], companies)?.path).toBe('idealCustomerProfile')
    expect(top(['12', '250', '1200'], companies)?.path).toBe('employees')
    expect(top(['12 Rue de Rivoli, 75001 Paris'], companies)?.path).toBe('address')
    expect(top(['2025-03-01'], opportunities)?.path).toBe('closeDate')
    expect(top(['€1,200.00', 'EUR 300'], opportunities)?.path).toBe('amount')
    expect(top(['ada@acme.com'], opportunities)?.path).toBe('pointOfContact.emails.primaryEmail')
  })

  it('recognises the options of a select field, by label or value', () => {
    expect(top(['Proposal', 'MEETING', 'new'], opportunities)).toMatchObject({
      path: 'stage',
      reason: 'Values are options of "Stage" (100% of 3)',
    })
    expect(top(['Web', 'Trade fair', 'REFERRAL'], customPeopleTargets())?.path).toBe('leadSource')
  })

  it('says so when the object has no field for values it recognises', () => {
    expect(matchContent(profileContent(['2025-03-01', '2025-04-01']), people, 'people')).toEqual([
      { path: null, confidence: 0, reason: 'Values look like dates (100% of 2), but people have no field for them' },
    ])
  })
})

describe('weighByContent', () => {
  const id = people.find((t) => t.path === 'id')
  const email = people.find((t) => t.path === 'emails.primaryEmail')
  const numbers = profileContent(['1001', '1002', '1003', '1004', '1005'])

  it('turns an id column whose values are not UUIDs into null', () => {
    const weighed = weighByContent({ path: 'id', confidence: 0.97, reason: 'Header matches "Id"' }, id, numbers)
    expect(weighed).toEqual({
      path: null,
      confidence: 0.97,
      reason: 'Header matches "Id", but the values are not Twenty ids: only 0% of 5 look like ids (UUIDs)',
    })
  })

  it('turns a source system id column into null even with a single value (a small export)', () => {
    const salesforce = weighByContent(
      { path: 'id', confidence: 0.97, reason: 'Header matches "Id"' },
      id,
      profileContent(['0015g00000AbCdEAAZ']),
    )
    expect(salesforce.path).toBeNull()
    const company = people.find((t) => t.path === 'company.id')
    expect(
      weighByContent(
        { path: 'company.id', confidence: 0.9, reason: 'AccountId' },
        company,
        profileContent(['0015g00000AbCdE', '0015g00000XyZwV']),
      ).path,
    ).toBeNull()
    const uuid = weighByContent(
      { path: 'id', confidence: 0.97, reason: 'Id' },
      id,
      profileContent(['c776ee49-f608-4a77-8cc8-6fe96ae1e43f']),
    )
    expect(uuid.path).toBe('id')
    // Other fields still wait for five values before the content outweighs the header.
    expect(
      weighByContent({ path: 'emails.primaryEmail', confidence: 0.8, reason: 'Email' }, email, profileContent(['1001']))
        .path,
    ).toBe('emails.primaryEmail')
  })

  it('lowers a clear header contradicted by its values, and drops a weak one', () => {
    const strong = weighByContent({ path: 'emails.primaryEmail', confidence: 0.8, reason: 'Email' }, email, numbers)
    expect(strong).toEqual({
      path: 'emails.primaryEmail',
      confidence: 0.48,
      reason: 'Email, but only 0% of 5 look like email addresses',
    })
    const weak = weighByContent(
      { path: 'emails.primaryEmail', confidence: 0.6, reason: 'Contains email' },
      email,
      numbers,
    )
    expect(weak.path).toBeNull()
  })

  it('leaves candidates alone with too few values to judge (ids aside: one non-UUID is enough)', () => {
    const candidate = { path: 'emails.primaryEmail', confidence: 0.97, reason: 'Email' }
    expect(weighByContent(candidate, email, profileContent(['1', '2']))).toBe(candidate)
  })
})
