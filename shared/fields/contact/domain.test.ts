import { describe, expect, it } from 'vitest'
import { canonicalDomainKey, normalizeDomain } from './domain'
import { check, label, type Case } from './contact-cases.test-support'

const DOMAINS: readonly Case[] = [
  // companies-eu.csv
  { raw: 'www.mueller-soehne.de', value: 'https://mueller-soehne.de', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'https://cafe-creme.fr', value: 'https://cafe-creme.fr' },
  { raw: 'oresund-shipping.dk', value: 'https://oresund-shipping.dk', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'http://www.mueller-soehne.de/', value: 'https://mueller-soehne.de', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'zuercher-praezision.ch', value: 'https://zuercher-praezision.ch', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'dupont-freres.be', value: 'https://dupont-freres.be', fixes: ['DOMAIN_CANONICALISED'] },
  // people-us.csv company websites
  { raw: 'www.analytical.io', value: 'https://analytical.io', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'https://cobol.dev/', value: 'https://cobol.dev', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'enigma.co.uk', value: 'https://enigma.co.uk', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'http://www.kernel.org', value: 'https://kernel.org', fixes: ['DOMAIN_CANONICALISED'] },
  // everything Twenty's domain normaliser strips
  { raw: 'HTTPS://WWW.Twenty.COM/careers?utm=1#team', value: 'https://twenty.com', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'twenty.com:8080', value: 'https://twenty.com', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'twenty.com.', value: 'https://twenty.com', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'www.www.twenty.com', value: 'https://twenty.com', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: '//twenty.com', value: 'https://twenty.com', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'https://user:secret@www.twenty.com', value: 'https://twenty.com', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'https://blog.twenty.com', value: 'https://blog.twenty.com' },
  { raw: 'münchen.de', value: 'https://xn--mnchen-3ya.de', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: 'https://xn--mnchen-3ya.de', value: 'https://xn--mnchen-3ya.de' },
  { raw: 'www.com', value: 'https://www.com', fixes: ['DOMAIN_CANONICALISED'] },
  { raw: ' https://acme.com ', value: 'https://acme.com', fixes: ['WHITESPACE_TRIMMED'] },
  // an email given as a domain
  { raw: 'info@mueller-soehne.de', value: 'https://mueller-soehne.de', fixes: ['DOMAIN_FROM_EMAIL'] },
  { raw: 'Ada@WWW.Analytical.io', value: 'https://analytical.io', fixes: ['DOMAIN_FROM_EMAIL'] },
  // not domains
  { raw: 'mueller soehne', value: null, issues: ['DOMAIN_INVALID'], says: ['spaces'] },
  { raw: 'localhost', value: null, issues: ['DOMAIN_INVALID'], says: ['top-level domain'] },
  { raw: '192.168.0.1', value: null, issues: ['DOMAIN_INVALID'] },
  { raw: 'acme', value: null, issues: ['DOMAIN_INVALID'], says: ["'acme'"] },
  { raw: 'acme..com', value: null, issues: ['DOMAIN_INVALID'], says: ['two dots'] },
  { raw: 'acme_corp.com', value: null, issues: ['DOMAIN_INVALID'], says: ["'_'"] },
  { raw: '-acme.com', value: null, issues: ['DOMAIN_INVALID'] },
  { raw: 'n/a', value: null, issues: ['DOMAIN_INVALID'] },
  { raw: 'acme.com, acme.de', value: null, issues: ['DOMAIN_MULTIPLE'], suggestion: 'https://acme.com' },
  { raw: 'www.acme.com www.acme.de', value: null, issues: ['DOMAIN_MULTIPLE'], suggestion: 'https://acme.com' },
]

describe('normalizeDomain', () => {
  it.each(DOMAINS.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizeDomain, 'domain', c)
  })

  it('says what it changed in one fix', () => {
    const result = check(normalizeDomain, 'domain', {
      raw: 'http://www.mueller-soehne.de/',
      value: 'https://mueller-soehne.de',
      fixes: ['DOMAIN_CANONICALISED'],
    })
    expect(result.fixes[0]?.message).toContain(
      "replaced 'http://' by 'https://', removed 'www.', removed the trailing /",
    )
  })
})

describe('canonicalDomainKey', () => {
  it('gives both spellings of the same company one key', () => {
    expect(canonicalDomainKey('www.mueller-soehne.de')).toBe('mueller-soehne.de')
    expect(canonicalDomainKey('http://www.mueller-soehne.de/')).toBe('mueller-soehne.de')
    expect(canonicalDomainKey('https://Mueller-Soehne.de')).toBe('mueller-soehne.de')
    expect(canonicalDomainKey('MÜNCHEN.de')).toBe('xn--mnchen-3ya.de')
  })

  it('falls back to the lower-cased cell for a value that is not a domain, and to empty for a blank cell', () => {
    expect(canonicalDomainKey(' Not A Domain ')).toBe('not a domain')
    expect(canonicalDomainKey('   ')).toBe('')
  })
})
