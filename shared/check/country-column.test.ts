import { describe, expect, it } from 'vitest'
import { columnNamed, countryColumnCandidate } from './country-column'

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
    expect(countryColumnCandidate(['Name', 'Land', 'Code', 'Phone'], (c) => columns[c]!)).toEqual({ column: 1, name: 'Land' })
    expect(countryColumnCandidate(['Name', 'Where', 'Code', 'Phone'], (c) => columns[c]!)?.column).toBeGreaterThanOrEqual(1)
    // Too few values, or mostly not countries: nothing to offer.
    expect(countryColumnCandidate(['Name', 'Country'], (c) => (c === 1 ? ['France', 'DE'] : columns[0]!))).toBeNull()
    expect(countryColumnCandidate(['Name', 'Phone'], (c) => columns[c === 0 ? 0 : 3]!)).toBeNull()
  })
})
