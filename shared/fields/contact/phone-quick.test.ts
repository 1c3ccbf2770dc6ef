import type { CountryCode } from 'libphonenumber-js/core'
import { describe, expect, it } from 'vitest'
import { judgeDigitsQuick, judgeFastNoSuggestion, INVALID_NUMBER } from './phone-fast'
import { EXTENSION, extensionSearchStart, internationalPrefix, maySplit, plainCellDigits, SEVERAL } from './phone-read'
import metadataJson from 'libphonenumber-js/metadata.max.json'
import { countryPlan } from './phone-plans'
import { phoneRegionFor } from './phone-region'
import { fuzzPhones, realisticPhones } from './phone-samples.test-support'
import { contextFor } from './contact-cases.test-support'
import { cleanCell } from './text'

// A small seeded generator (mulberry32), so a failure names a reproducible cell.
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Pieces that make the regexes' near misses: keywords, their last letters, separators, spaces of every kind.
const PIECES = [
  '0',
  '1',
  '5',
  '9',
  '12',
  '1234567',
  '12345678',
  ' ',
  '  ',
  '\u00A0',
  '\t',
  '\u2003',
  ':',
  ' : ',
  ',',
  ';',
  '|',
  '/',
  ' / ',
  '.',
  '#',
  '-',
  '(',
  ')',
  '+',
  'x',
  'X',
  'ext',
  'ext.',
  'EXT',
  'extension',
  'poste',
  'Durchwahl',
  'dw',
  'dw.',
  'int',
  'int.',
  'n',
  't',
  'e',
  'l',
  'w',
  'o',
  'O',
  'or',
  'oder',
  'ou',
  'of',
  ' or ',
  ' o ',
  'a',
  'z',
  'é',
  '\u200B',
  '\u00AD',
  'tel:',
  'TEL: ',
  "'",
]

function cellsOf(count: number, seed: number): string[] {
  const next = random(seed)
  const cells: string[] = []
  for (let i = 0; i < count; i++) {
    let cell = ''
    const length = 1 + Math.floor(next() * 8)
    for (let j = 0; j < length; j++) cell += PIECES[Math.floor(next() * PIECES.length)]
    cells.push(cell)
  }
  return cells
}

describe('quick phone path', () => {
  const cells = [
    ...cellsOf(200_000, 42),
    ...fuzzPhones(20_000, 3).map((s) => s.text),
    ...realisticPhones(20_000, 4).map((s) => s.text),
  ]

  it('never rules out a cell EXTENSION or SEVERAL matches, nor skips the start of a match, and rules most others out', () => {
    let skipped = 0
    let extensions = 0
    let several = 0
    for (const cell of cells) {
      const full = EXTENSION.exec(cell)
      const from = extensionSearchStart(cell)
      if (full !== null) {
        extensions++
        expect(from, cell).toBeGreaterThanOrEqual(0)
        expect(from, cell).toBeLessThanOrEqual(full.index)
        // Searching from there finds the same match.
        const part = EXTENSION.exec(cell.slice(from))
        expect(part === null ? null : [from + part.index, part[1]], cell).toStrictEqual([full.index, full[1]])
      }
      if (SEVERAL.test(cell)) {
        several++
        expect(maySplit(cell), cell).toBe(true)
      }
      if (from < 0) skipped++
    }
    // Both regexes matched often enough for the property to mean something.
    expect(extensions).toBeGreaterThan(5_000)
    expect(several).toBeGreaterThan(5_000)
    expect(skipped / cells.length).toBeGreaterThan(0.5)
  })

  it('reads a plain cell only when cleanCell leaves it as it is, with the digits the regexes give', () => {
    let plain = 0
    for (const cell of [...cells, '', ' ', '\u00A0123 4567', '123 4567 ', '(415) 909-5555', '+1 415.909/5555']) {
      const digits = plainCellDigits(cell)
      if (digits === null) continue
      plain++
      expect(cleanCell(cell), cell).toStrictEqual({ text: cell, fix: null })
      expect(/^[\d\s()+\-./\u00A0]+$/.test(cell), cell).toBe(true)
      expect(digits, cell).toBe(cell.replace(/\D/g, ''))
    }
    expect(plain).toBeGreaterThan(10_000)
  })

  it('judges digits as judgeFastNoSuggestion does, without the verdict objects', () => {
    const samples = [...fuzzPhones(100_000, 11), ...realisticPhones(20_000, 12)]
    const regions: (CountryCode | null)[] = ['US', 'FR', 'GB', 'DE', 'BR', 'JP', 'AR', 'GG', null]
    let valid = 0
    samples.forEach(({ text, region }, i) => {
      const digits = text.replace(/\D/g, '')
      const international = internationalPrefix(text)
      const read = i % 3 === 0 ? regions[i % regions.length]! : region
      if (international === null && read === null) return
      const input = international === null ? digits : `+${international === '00' ? digits.slice(2) : digits}`
      const verdict = judgeFastNoSuggestion(input, international !== null, read)
      const expected = verdict === null ? null : verdict.kind === 'valid' ? verdict.nationalNumber : INVALID_NUMBER
      const quick = judgeDigitsQuick(international === '00' ? digits.slice(2) : digits, international !== null, read)
      expect(quick, `${text} in ${read}`).toBe(expected)
      if (quick !== null && quick !== INVALID_NUMBER) valid++
    })
    expect(valid).toBeGreaterThan(10_000)
  })

  it('resolves a row context again when the default country or the row’s values differ from the last time', () => {
    const row: { country: string; phoneCountry?: string } = { country: 'Atlantis' }
    expect(phoneRegionFor(contextFor('phone', 'US'), row)).toStrictEqual({ region: 'US', unreadRowCountry: 'Atlantis' })
    expect(phoneRegionFor(contextFor('phone', 'FR'), row)).toStrictEqual({ region: 'FR', unreadRowCountry: 'Atlantis' })
    expect(phoneRegionFor(contextFor('phone', null), row)).toStrictEqual({ region: null, unreadRowCountry: 'Atlantis' })
    row.country = 'Deutschland'
    expect(phoneRegionFor(contextFor('phone', null), row)).toStrictEqual({ region: 'DE', unreadRowCountry: null })
    row.phoneCountry = 'GB'
    expect(phoneRegionFor(contextFor('phone', null), row)).toStrictEqual({ region: 'GB', unreadRowCountry: null })
    expect(phoneRegionFor(contextFor('phone', 'US'))).toStrictEqual({ region: 'US', unreadRowCountry: null })
  })

  it('reads literal national and IDD prefixes as their RegExps do, in every country', () => {
    const next = random(7)
    let literal = 0
    for (const country of Object.keys(metadataJson.countries)) {
      const plan = countryPlan(country)!
      const starts = ['', '0', '00', '1', '011', '180020', '1800', '8', '810', '9']
      for (let i = 0; i < 200; i++) {
        let number = starts[i % starts.length]!
        const length = Math.floor(next() * 12)
        for (let j = 0; j < length; j++) number += String(Math.floor(next() * 10))
        if (plan.prefixLiterals !== null && number !== '') {
          literal++
          const match = plan.prefixForParsing!.exec(number)
          const found = plan.prefixLiterals.find((p) => number.startsWith(p))
          expect(found, `${country} ${number}`).toBe(match === null ? undefined : match[0])
          expect(match === null || match.length === 1, country).toBe(true)
        }
        if (plan.iddLiteral !== null) {
          const match = plan.iddPrefix.exec(number)
          expect(number.startsWith(plan.iddLiteral), `${country} ${number}`).toBe(
            match !== null && match[0] === plan.iddLiteral,
          )
        }
      }
    }
    expect(literal).toBeGreaterThan(10_000)
  })
})
