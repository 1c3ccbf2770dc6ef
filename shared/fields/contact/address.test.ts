import { describe, expect, it } from 'vitest'
import { normalizeAddress, normalizeAddressCountry, normalizeAddressPart } from './address'
import { check, contextFor, label, type Case } from './contact-cases.test-support'

const address = (street1: string, postcode: string, city: string, country: string, state = '', street2 = '') => ({
  addressStreet1: street1,
  addressStreet2: street2,
  addressCity: city,
  addressPostcode: postcode,
  addressState: state,
  addressCountry: country,
})

function addressCase(raw: string, parts: ReturnType<typeof address>, fixes: readonly string[] = []): Case {
  return { raw, value: parts, parts, issues: ['ADDRESS_SPLIT_GUESSED'], fixes }
}

const ADDRESSES: readonly Case[] = [
  addressCase(
    'Königsallee 12, 40212 Düsseldorf, Deutschland',
    address('Königsallee 12', '40212', 'Düsseldorf', 'Germany'),
  ),
  addressCase("12 rue de l'Église, 75004 Paris", address("12 rue de l'Église", '75004', 'Paris', '')),
  addressCase("12 rue de l'Église, 75004 Paris, France", address("12 rue de l'Église", '75004', 'Paris', 'France')),
  addressCase(
    '1 Main St, Springfield, IL 62701, USA',
    address('1 Main St', '62701', 'Springfield', 'United States', 'IL'),
  ),
  addressCase('1 Main St, Springfield IL 62701', address('1 Main St', '62701', 'Springfield', 'United States', 'IL')),
  addressCase(
    '1 Main St, Apt 4, Springfield, IL 62701-1234',
    address('1 Main St', '62701-1234', 'Springfield', 'United States', 'IL', 'Apt 4'),
  ),
  addressCase('Havnegade 3, 1058 København, Dänemark', address('Havnegade 3', '1058', 'København', 'Denmark')),
  addressCase('Bahnhofstrasse 1, 8001 Zürich, Schweiz', address('Bahnhofstrasse 1', '8001', 'Zürich', 'Switzerland')),
  addressCase('Rue Neuve 1, 1000 Bruxelles, Belgien', address('Rue Neuve 1', '1000', 'Bruxelles', 'Belgium')),
  addressCase('Damrak 1, 1012 LG Amsterdam, Nederland', address('Damrak 1', '1012 LG', 'Amsterdam', 'Netherlands')),
  addressCase('Rua Augusta 10, 1100-053 Lisboa, Portugal', address('Rua Augusta 10', '1100-053', 'Lisboa', 'Portugal')),
  addressCase('Königsallee 12, D-40212 Düsseldorf', address('Königsallee 12', 'D-40212', 'Düsseldorf', '')),
  addressCase(
    '10 Downing Street, London SW1A 2AA, United Kingdom',
    address('10 Downing Street', 'SW1A 2AA', 'London', 'United Kingdom'),
  ),
  addressCase(
    '10 Downing Street, London, SW1A 2AA, UK',
    address('10 Downing Street', 'SW1A 2AA', 'London', 'United Kingdom'),
  ),
  addressCase(
    '100 King St W, Toronto, ON M5X 1A9, Canada',
    address('100 King St W', 'M5X 1A9', 'Toronto', 'Canada', 'ON'),
  ),
  addressCase('Königsallee 12\n40212 Düsseldorf\nGermany', address('Königsallee 12', '40212', 'Düsseldorf', 'Germany')),
  addressCase('Königsallee 12 40212 Düsseldorf', address('Königsallee 12', '40212', 'Düsseldorf', '')),
  addressCase('40212 Düsseldorf, DE', address('', '40212', 'Düsseldorf', 'Germany')),
  addressCase('Berlin, Germany', address('', '', 'Berlin', 'Germany')),
  addressCase('Main Street 5, Hamlet, Shire', address('Main Street 5', '', 'Shire', '', '', 'Hamlet')),
  addressCase('1600 Amphitheatre Parkway', address('1600 Amphitheatre Parkway', '', '', '')),
  addressCase('somewhere', address('somewhere', '', '', '')),
  addressCase('  Königsallee 12,  40212   Düsseldorf ', address('Königsallee 12', '40212', 'Düsseldorf', ''), [
    'WHITESPACE_TRIMMED',
    'WHITESPACE_COLLAPSED',
  ]),
]

describe('normalizeAddress', () => {
  it.each(ADDRESSES.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizeAddress, 'address', c)
  })

  it('lists the split in the warning so the user can check it', () => {
    const result = normalizeAddress('Königsallee 12, 40212 Düsseldorf, Deutschland', contextFor('address'))
    expect(result.issues[0]?.message).toContain(
      "Address 1 'Königsallee 12', Post Code '40212', City 'Düsseldorf', Country 'Germany'",
    )
  })

  it('says when it could not split', () => {
    const result = normalizeAddress('somewhere', contextFor('address'))
    expect(result.issues[0]?.message).toContain('all of it goes into Address 1')
  })
})

const PARTS: readonly Case[] = [
  { raw: 'Königsallee 12', value: 'Königsallee 12' },
  { raw: ' 40212 ', value: '40212', fixes: ['WHITESPACE_TRIMMED'] },
  { raw: 'Apt  4', value: 'Apt 4', fixes: ['WHITESPACE_COLLAPSED'] },
]

describe('normalizeAddressPart', () => {
  it.each(PARTS.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizeAddressPart, 'addressPart', c)
  })
})

const COUNTRIES: readonly Case[] = [
  { raw: 'Germany', value: 'Germany' },
  { raw: 'Deutschland', value: 'Germany', fixes: ['ADDRESS_COUNTRY_NORMALISED'] },
  { raw: 'DE', value: 'Germany', fixes: ['ADDRESS_COUNTRY_NORMALISED'] },
  { raw: 'Dänemark', value: 'Denmark', fixes: ['ADDRESS_COUNTRY_NORMALISED'] },
  { raw: 'Schweiz', value: 'Switzerland', fixes: ['ADDRESS_COUNTRY_NORMALISED'] },
  { raw: 'Belgien', value: 'Belgium', fixes: ['ADDRESS_COUNTRY_NORMALISED'] },
  { raw: 'USA', value: 'United States', fixes: ['ADDRESS_COUNTRY_NORMALISED'] },
  { raw: 'england', value: 'United Kingdom', fixes: ['ADDRESS_COUNTRY_NORMALISED'] },
  { raw: 'Bavaria', value: 'Bavaria', issues: ['ADDRESS_COUNTRY_UNKNOWN'], says: ["'Bavaria'"] },
  { raw: 'Congo', value: 'Congo', issues: ['ADDRESS_COUNTRY_UNKNOWN'] },
]

describe('normalizeAddressCountry', () => {
  it.each(COUNTRIES.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizeAddressCountry, 'addressPart', c)
  })
})
