// Property tests: a normalised value normalises to itself with no fixes (email, domain, phone given its parts,
// full name), phones ignore how they are formatted, and host names encode as a browser's URL parser does.
import fc from 'fast-check'
import { getCountries, getExampleNumber, type CountryCode } from 'libphonenumber-js/max'
import examples from 'libphonenumber-js/mobile/examples'
import { describe, expect, it } from 'vitest'
import type { CellResult } from '../cell-result'
import { normalizeDomain } from './domain'
import { normalizeEmail } from './email'
import { normalizeFullName } from './full-name'
import { normalizePhone } from './phone'
import { toAsciiHost } from './punycode'
import { contextFor } from './contact-cases.test-support'

function expectFixedPoint(first: CellResult, again: (value: string) => CellResult): void {
  if (typeof first.value !== 'string') return
  const second = again(first.value)
  expect(second.value).toBe(first.value)
  expect(second.parts).toEqual(first.parts)
  expect(second.fixes).toEqual([])
  expect(second.issues.filter((i) => i.severity === 'error')).toEqual([])
}

const word = fc.stringMatching(/^[a-z0-9]{1,12}$/)
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/)
const tld = fc.constantFrom('com', 'de', 'fr', 'io', 'co.uk', 'dk', 'ch', 'museum', 'xn--p1ai')
const host = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld)
  .map(([labels, t]) => `${labels.join('.')}.${t}`)
const casing = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s[0]!.toUpperCase() + s.slice(1),
)
const spaces = fc.constantFrom('', ' ', '  ', '\t')

describe('email', () => {
  const ctx = contextFor('email')
  // Twenty's email check wants a Latin top-level domain, so no `xn--` one here.
  const latinHost = host.filter((h) => !h.endsWith('.xn--p1ai'))
  const email = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('.', '_', '-', '+'), latinHost)
    .map(([parts, sep, h]) => `${parts.join(sep)}@${h}`)

  it('normalises a normalised address to itself, with no fixes', () => {
    fc.assert(
      fc.property(fc.oneof(email, fc.emailAddress()), casing, spaces, spaces, (e, c, before, after) => {
        const first = normalizeEmail(`${before}${c(e)}${after}`, ctx)
        expectFixedPoint(first, (v) => normalizeEmail(v, ctx))
      }),
    )
  })

  it('accepts every address built from ordinary parts', () => {
    fc.assert(
      fc.property(email, (e) => {
        expect(normalizeEmail(e, ctx).value).toBe(e)
      }),
    )
  })
})

describe('domain', () => {
  const ctx = contextFor('domain')
  const decorated = fc
    .tuple(
      fc.constantFrom('', 'http://', 'https://', 'HTTPS://', '//'),
      fc.constantFrom('', 'www.', 'WWW.'),
      host,
      fc.constantFrom('', '/', ':8080', '/about?x=1', '#top'),
      casing,
    )
    .map(([scheme, www, h, suffix, c]) => `${scheme}${www}${c(h)}${suffix}`)

  it('canonicalises any spelling of a domain to https://host, and that form to itself', () => {
    fc.assert(
      fc.property(decorated, (d) => {
        const first = normalizeDomain(d, ctx)
        expect(first.value).toMatch(/^https:\/\/[a-z0-9.-]+$/)
        expectFixedPoint(first, (v) => normalizeDomain(v, ctx))
      }),
    )
  })

  it('gives every spelling of one domain the same value', () => {
    fc.assert(
      fc.property(host, decorated, (h, d) => {
        const plain = normalizeDomain(h, ctx).value
        const withWww = normalizeDomain(`http://www.${h.toUpperCase()}/`, ctx).value
        expect(withWww).toBe(plain)
        expect(normalizeDomain(d, ctx).issues).toEqual([])
      }),
    )
  })
})

describe('phone', () => {
  const countries = getCountries().filter((c) => getExampleNumber(c, examples)?.country === c)
  const formats = fc.constantFrom<(n: NonNullable<ReturnType<typeof getExampleNumber>>) => string>(
    (n) => n.formatInternational(),
    (n) => n.formatNational(),
    (n) => n.number,
    (n) => n.formatInternational().replace('+', '00'),
    (n) => n.formatInternational().replace(/ /g, '-'),
    (n) => n.formatNational().replace(/ /g, '.'),
    (n) => ` ${n.nationalNumber} `,
  )

  it('normalises the stored number, read in its own country, to itself with no fixes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countries), formats, (country, format) => {
        const example = getExampleNumber(country, examples)!
        const first = normalizePhone(format(example), contextFor('phone', country))
        expect(first.value).toBe(example.nationalNumber)
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a phone's parts are strings
        const region = String(first.parts?.primaryPhoneCountryCode) as CountryCode
        expectFixedPoint(first, (v) => normalizePhone(v, contextFor('phone', region)))
      }),
      { numRuns: 500 },
    )
  })

  it('gives the same parts however the number is formatted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countries), formats, formats, (country, f1, f2) => {
        const example = getExampleNumber(country, examples)!
        const a = normalizePhone(f1(example), contextFor('phone', country))
        const b = normalizePhone(f2(example), contextFor('phone', country))
        expect(a.parts).toEqual(b.parts)
        expect(a.parts?.primaryPhoneCallingCode).toBe(`+${example.countryCallingCode}`)
      }),
      { numRuns: 300 },
    )
  })

  it('reads a national number in the row country, written in any language', () => {
    const ctx = contextFor('phone', 'US')
    for (const country of ['Deutschland', 'Allemagne', 'Germany', 'DE', 'DEU']) {
      expect(normalizePhone('0211 1234567', ctx, { country }).parts?.primaryPhoneCountryCode).toBe('DE')
    }
  })
})

describe('full name', () => {
  const ctx = contextFor('fullName')
  const plainWord = fc.constantFrom(
    'Ada',
    'Alan',
    'Grace',
    'Søren',
    'José',
    'Marie',
    'Li',
    'Zoë',
    'Ngozi',
    'Mary-Ann',
    "O'Neil",
  )
  const lastWord = fc.constantFrom(
    'Lovelace',
    'Turing',
    'Hopper',
    'Kierkegaard',
    'Curie',
    'Okonjo-Iweala',
    'Ma',
    "D'Arcy",
  )
  const initials = fc.array(fc.constantFrom('J.', 'R.', 'F.'), { maxLength: 2 })
  const particle = fc.constantFrom('', 'van ', 'de ', 'von der ', 'da ', 'de la ')
  const first = fc.tuple(plainWord, initials).map(([w, i]) => [w, ...i].join(' '))
  const last = fc.tuple(particle, lastWord).map(([p, w]) => `${p}${w}`)

  it('splits "First Last" exactly, with no issue and no fix', () => {
    fc.assert(
      fc.property(first, last, (f, l) => {
        const result = normalizeFullName(`${f} ${l}`, ctx)
        expect(result.parts).toEqual({ firstName: f, lastName: l })
        expect(result.issues).toEqual([])
        expect(result.fixes).toEqual([])
      }),
    )
  })

  it('reads "Last, First" and titled names to the same parts, and those parts to themselves', () => {
    fc.assert(
      fc.property(first, last, fc.constantFrom('', 'Dr. ', 'Prof. ', 'Mrs '), (f, l, title) => {
        for (const raw of [`${l}, ${f}`, `${title}${f} ${l}`, `  ${f}   ${l} `]) {
          const once = normalizeFullName(raw, ctx)
          expect(once.parts).toEqual({ firstName: f, lastName: l })
          const again = normalizeFullName(`${f} ${l}`, ctx)
          expect(again.parts).toEqual(once.parts)
          expect(again.fixes).toEqual([])
        }
      }),
    )
  })
})

describe('toAsciiHost', () => {
  const urlClass = (globalThis as unknown as { URL: new (u: string) => { hostname: string } }).URL
  it('encodes international host names as the URL parser does', () => {
    const unicodeLabel = fc
      .stringMatching(/^[a-zäöüßéèçñøåæœłđ-]{1,12}$/)
      .filter((s) => !s.startsWith('-') && !s.endsWith('-') && !s.includes('--'))
    fc.assert(
      fc.property(fc.array(unicodeLabel, { minLength: 1, maxLength: 3 }), tld, (labels, t) => {
        const h = `${labels.join('.')}.${t}`
        expect(toAsciiHost(h)).toBe(new urlClass(`https://${h}`).hostname)
      }),
      { numRuns: 500 },
    )
  })
})
