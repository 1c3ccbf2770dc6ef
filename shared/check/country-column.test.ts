import { describe, expect, it } from 'vitest'
import { columnNamed, countryColumnCandidate, dominantCallingCountry } from './country-column'

describe('country column', () => {
  it('finds a named column as headers are matched', () => {
    expect(columnNamed(['Name', ' Country '], 'country')).toBe(1)
    expect(columnNamed(['Name'], 'Country')).toBeUndefined()
    expect(columnNamed(['Name'], undefined)).toBeUndefined()
  })

  it('offers the column whose values are countries, its header preferred', () => {
    const columns: Record<number, string[]> = {
      0: ['Ada', 'Grace', 'Alan', 'Linus'],
      1: ['France', 'DE', 'United States', 'españa'],
      2: ['FR', 'DE', 'US', 'ES'],
      3: ['+1 415 555 0100', '06 12 34 56 78', '030 1234567', 'n/a'],
    }
    expect(countryColumnCandidate(['Name', 'Land', 'Code', 'Phone'], (c) => columns[c]!)).toEqual({
      column: 1,
      name: 'Land',
    })
    expect(
      countryColumnCandidate(['Name', 'Where', 'Code', 'Phone'], (c) => columns[c]!)?.column,
    ).toBeGreaterThanOrEqual(1)
    // Too few values, or mostly not countries: nothing to offer.
    expect(countryColumnCandidate(['Name', 'Country'], (c) => (c === 1 ? ['France', 'DE'] : columns[0]!))).toBeNull()
    expect(countryColumnCandidate(['Name', 'Phone'], (c) => columns[c === 0 ? 0 : 3]!)).toBeNull()
  })

  it('finds the country most numbers call, when most do', () => {
    expect(
      dominantCallingCountry(['+1 415 555 0100', '+1 (212) 555-0101', '415 555 0102', '+1 617 555 0103', '']),
    ).toBe('US')
    expect(
      dominantCallingCountry(['+33 6 12 34 56 78', '0033 6 12 34 56 79', '+33 1 23 45 67 89', '06 12 34 56 70']),
    ).toBe('FR')
    // Mixed, or mostly without a calling code: nothing to say.
    expect(
      dominantCallingCountry(['+1 415 555 0100', '+33 6 12 34 56 78', '+44 20 7946 0958', '030 1234567']),
    ).toBeNull()
    expect(dominantCallingCountry(['415 555 0100', '212 555 0101', '+1 617 555 0103'])).toBeNull()
    expect(dominantCallingCountry(['+1 415 555 0100'])).toBeNull()
  })
})
