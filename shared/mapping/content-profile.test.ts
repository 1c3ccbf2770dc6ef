import { describe, expect, it } from 'vitest'
import { profileContent, type ValueType } from './content-profile'

const typeOf = (value: string): ValueType[] => {
  const shares = profileContent([value]).shares
  return (Object.keys(shares) as ValueType[]).filter((t) => shares[t] === 1)
}

describe('profileContent detectors', () => {
  it.each<[string, ValueType]>([
    ['ada@acme.com', 'email'],
    ['c776ee49-f608-4a77-8cc8-6fe96ae1e43f', 'uuid'],
    ['https://www.linkedin.com/in/ada', 'linkedinUrl'],
    ['https://x.com/twentycrm', 'xUrl'],
    ['acme.com', 'url'],
    ['https://www.initech.io/about', 'url'],
    ['2025-03-01', 'date'],
    ['01.03.2025', 'date'],
    ['3/1/2025', 'date'],
    ['12 Mar 2024', 'date'],
    ['2025-03-01T09:30:00Z', 'date'],
    ['€1,200.00', 'currency'],
    ['EUR 12000', 'currency'],
    ['+49 30 1234567', 'phone'],
    ['(415) 555-0100', 'phone'],
    ['0171 2345678', 'phone'],
    ['1,234.5', 'number'],
    ['250', 'number'],
    ['Ada Lovelace', 'fullName'],
    ['12 Rue de Rivoli, 75001 Paris', 'address'],
  ])('%j is detected as %s', (value, type) => {
    expect(typeOf(value)).toContain(type)
  })

  it('does not take names, plain digits or emails for what they are not', () => {
    expect(typeOf('Ada')).toEqual([])
    expect(typeOf('1234567')).not.toContain('phone')
    expect(typeOf('ada@acme.com')).not.toContain('url')
    expect(typeOf('1.234')).not.toContain('url')
  })

  it('counts shares over non-empty samples and caps them at 200', () => {
    const profile = profileContent(['a@b.co', '', 'nope', ...Array(300).fill('c@d.co')])
    expect(profile.total).toBe(200)
    expect(profile.shares.email).toBeCloseTo(199 / 200)
  })

  it('sees booleans only in columns of two distinct values', () => {
    expect(profileContent(['yes', 'no', 'Yes']).shares.boolean).toBe(1)
    expect(profileContent(['0', '1', '2', '3']).shares.boolean).toBe(0)
  })

  it('reports nothing for a column without values', () => {
    const profile = profileContent(['', '  '])
    expect(profile.total).toBe(0)
    expect(profile.shares.email).toBe(0)
  })
})
