import { describe, expect, it } from 'vitest'
import { compactKey, exactKey, headerTokens, isPlaceholderHeader } from './header-key'

describe('exactKey', () => {
  it('ignores case and spacing only', () => {
    expect(exactKey('Emails/Primary Email')).toBe(exactKey(' emails / primary  email '))
    expect(exactKey('Job Title')).not.toBe(exactKey('Job-Title'))
  })
  it('drops the zero-width joiner Twenty puts before formula-like values', () => {
    expect(exactKey('\u200DName')).toBe('name')
  })
})

describe('compactKey', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(['job_title', 'JobTitle', 'Job-Title', 'job title'].map(compactKey)).toEqual(Array(4).fill('jobtitle'))
    expect(compactKey('Téléphone')).toBe('telephone')
    expect(compactKey('Straße')).toBe(compactKey('Strasse'))
    expect(compactKey('Imię')).toBe('imie')
    expect(compactKey('Эл. почта')).toBe('элпочта')
  })
})

describe('headerTokens', () => {
  it('splits identifiers at case changes and digits', () => {
    expect(headerTokens('MailingPostalCode')).toEqual(['mailing', 'postal', 'code'])
    expect(headerTokens('addressStreet1')).toEqual(['address', 'street', '1'])
    expect(headerTokens('Person - Email - Work')).toEqual(['person', 'email', 'work'])
  })
  it('keeps words with inner capitals whole when the header has spaces', () => {
    expect(headerTokens('LinkedIn URL')).toEqual(['linkedin', 'url'])
  })
})

describe('isPlaceholderHeader', () => {
  it.each(['', '   ', 'Column C', 'Column AB', 'Field 7', 'Unnamed: 3', 'Spalte 5', 'Colonne 2', 'A', '12'])(
    'treats %j as saying nothing',
    (header) => expect(isPlaceholderHeader(header)).toBe(true),
  )
  it.each(['CP', 'PLZ', 'Phone 1', 'Column notes', 'Email (2)', 'Id'])('treats %j as a real header', (header) =>
    expect(isPlaceholderHeader(header)).toBe(false),
  )
})
