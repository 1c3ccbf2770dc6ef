import { describe, expect, it } from 'vitest'
import { getCountries } from 'libphonenumber-js/max'
import { countryNameEn, countryToIso2 } from './countries'
import { toAsciiHost } from './punycode'

const COUNTRIES: ReadonlyArray<readonly [string, string | null]> = [
  // companies-eu.csv
  ['Deutschland', 'DE'],
  ['France', 'FR'],
  ['Dänemark', 'DK'],
  ['DE', 'DE'],
  ['Schweiz', 'CH'],
  ['Belgien', 'BE'],
  // the UK by any name
  ['UK', 'GB'],
  ['U.K.', 'GB'],
  ['England', 'GB'],
  ['Great Britain', 'GB'],
  ['Royaume-Uni', 'GB'],
  ['Reino Unido', 'GB'],
  ['Vereinigtes Königreich', 'GB'],
  ['Scotland', 'GB'],
  // every language, any case and accents
  ['Allemagne', 'DE'],
  ['Alemania', 'DE'],
  ['Germania', 'DE'],
  ['Duitsland', 'DE'],
  ['Alemanha', 'DE'],
  ['ÉTATS-UNIS', 'US'],
  ['Estados Unidos', 'US'],
  ['USA', 'US'],
  ['u.s.a.', 'US'],
  ['United States of America', 'US'],
  ['Spanien', 'ES'],
  ['España', 'ES'],
  ['espana', 'ES'],
  ['Österreich', 'AT'],
  ['oesterreich', null],
  ['Autriche', 'AT'],
  ['Pays-Bas', 'NL'],
  ['The Netherlands', 'NL'],
  ['Holland', 'NL'],
  ['Nederland', 'NL'],
  ['Niederlande', 'NL'],
  ['Suisse', 'CH'],
  ['Svizzera', 'CH'],
  ['Zwitserland', 'CH'],
  ['Suíça', 'CH'],
  ['Danemark', 'DK'],
  ['Dinamarca', 'DK'],
  ['Italie', 'IT'],
  ['Italia', 'IT'],
  ['Portogallo', 'PT'],
  ['Türkei', 'TR'],
  ['Turkey', 'TR'],
  ['Türkiye', 'TR'],
  ['Czech Republic', 'CZ'],
  ['Tschechien', 'CZ'],
  ['South Korea', 'KR'],
  ['Côte d’Ivoire', 'CI'],
  ['Ivory Coast', 'CI'],
  ['Trinidad & Tobago', 'TT'],
  ['Trinidad and Tobago', 'TT'],
  ['Bosnia and Herzegovina', 'BA'],
  // codes
  ['fr', 'FR'],
  ['DEU', 'DE'],
  ['che', 'CH'],
  ['GBR', 'GB'],
  [' nld ', 'NL'],
  // not one country
  ['Congo', null],
  ['Atlantis', null],
  ['XX', null],
  ['', null],
  ['Europe', null],
]

describe('countryToIso2', () => {
  it.each(COUNTRIES)('%s -> %s', (input, expected) => {
    expect(countryToIso2(input)).toBe(expected)
  })

  it('knows every country libphonenumber has a numbering plan for, by code and by English name', () => {
    for (const code of getCountries()) {
      if (code === 'AC' || code === 'TA') continue
      expect(countryToIso2(code)).toBe(code)
      expect(countryToIso2(countryNameEn(code) ?? '')).toBe(code)
    }
  })
})

describe('countryNameEn', () => {
  it("gives the English name Twenty's country list uses", () => {
    expect(countryNameEn('DE')).toBe('Germany')
    expect(countryNameEn('gb')).toBe('United Kingdom')
    expect(countryNameEn('US')).toBe('United States')
    expect(countryNameEn('ZZ')).toBeNull()
  })
})

describe('toAsciiHost', () => {
  it.each([
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['MÜNCHEN.DE', 'xn--mnchen-3ya.de'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['straße.de', 'xn--strae-oqa.de'],
    ['點看.com', 'xn--c1yn36f.com'],
    ['www.München．DE', 'www.xn--mnchen-3ya.de'],
    ['example.com', 'example.com'],
  ])('%s -> %s', (host, ascii) => {
    expect(toAsciiHost(host)).toBe(ascii)
  })
})
