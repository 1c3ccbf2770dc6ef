import { describe, expect, it } from 'vitest'
import { normalizePhone } from './phone'
import { normalizePhoneCallingCode, normalizePhoneCountry } from './phone-codes'
import { normalizePhoneList } from './phone-list'
import { check, contextFor, label, type Case } from './contact-cases.test-support'

const us = (n: string) => ({ primaryPhoneNumber: n, primaryPhoneCountryCode: 'US', primaryPhoneCallingCode: '+1' })
const gb = (n: string) => ({ primaryPhoneNumber: n, primaryPhoneCountryCode: 'GB', primaryPhoneCallingCode: '+44' })
const de = (n: string) => ({ primaryPhoneNumber: n, primaryPhoneCountryCode: 'DE', primaryPhoneCallingCode: '+49' })
const fr = (n: string) => ({ primaryPhoneNumber: n, primaryPhoneCountryCode: 'FR', primaryPhoneCallingCode: '+33' })

const PHONES: readonly Case[] = [
  // people-us.csv, default country US
  { raw: '(415) 909-5555', country: 'US', value: '4159095555', parts: us('4159095555'), fixes: ['PHONE_NORMALISED'] },
  { raw: '+1 415-909-5556', country: 'US', value: '4159095556', parts: us('4159095556'), fixes: ['PHONE_NORMALISED'] },
  { raw: '415.909.5557', country: 'US', value: '4159095557', parts: us('4159095557'), fixes: ['PHONE_NORMALISED'] },
  { raw: '7575551234', country: 'US', value: '7575551234', parts: us('7575551234') },
  {
    raw: '(503) 555-0199 x12',
    country: 'US',
    value: '5035550199',
    parts: us('5035550199'),
    issues: ['PHONE_EXTENSION_DROPPED'],
    fixes: ['PHONE_NORMALISED'],
    says: ['extension 12'],
  },
  { raw: 'n/a', country: 'US', value: null, issues: ['PHONE_INVALID'], suggestion: '', says: ["'n/a'"] },
  { raw: '+44 20 7946 0958', country: 'US', value: '2079460958', parts: gb('2079460958'), fixes: ['PHONE_NORMALISED'] },
  { raw: '617-253-5000', country: 'US', value: '6172535000', parts: us('6172535000'), fixes: ['PHONE_NORMALISED'] },
  {
    raw: '+1 (908) 582-3000',
    country: 'US',
    value: '9085823000',
    parts: us('9085823000'),
    fixes: ['PHONE_NORMALISED'],
  },
  { raw: '512 471 3434', country: 'US', value: '5124713434', parts: us('5124713434'), fixes: ['PHONE_NORMALISED'] },
  // legacy-contacts.xls, UK numbers, default country GB
  { raw: '+44 20 7946 0000', country: 'GB', value: '2079460000', parts: gb('2079460000'), fixes: ['PHONE_NORMALISED'] },
  { raw: '020 7946 0001', country: 'GB', value: '2079460001', parts: gb('2079460001'), fixes: ['PHONE_NORMALISED'] },
  { raw: '07400 123456', country: 'GB', value: '7400123456', parts: gb('7400123456'), fixes: ['PHONE_NORMALISED'] },
  // a +44 number from Guernsey's range keeps its own country, as Twenty's flag picker would show it
  {
    raw: '07911 123456',
    country: 'GB',
    value: '7911123456',
    parts: { primaryPhoneNumber: '7911123456', primaryPhoneCountryCode: 'GG', primaryPhoneCallingCode: '+44' },
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '+44 (0) 20 7946 0002',
    country: 'GB',
    value: '2079460002',
    parts: gb('2079460002'),
    fixes: ['PHONE_NORMALISED'],
  },
  // extensions in other spellings
  {
    raw: '(503) 555-0199 ext. 12',
    country: 'US',
    value: '5035550199',
    issues: ['PHONE_EXTENSION_DROPPED'],
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '503-555-0199 #7',
    country: 'US',
    value: '5035550199',
    issues: ['PHONE_EXTENSION_DROPPED'],
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '+49 211 1234567 Durchwahl 30',
    value: '2111234567',
    parts: de('2111234567'),
    issues: ['PHONE_EXTENSION_DROPPED'],
    fixes: ['PHONE_NORMALISED'],
  },
  // international prefixes, and the "+1+1" quirk: the calling code never stays in the number
  {
    raw: '0044 20 7946 0958',
    country: 'DE',
    value: '2079460958',
    parts: gb('2079460958'),
    fixes: ['PHONE_NORMALISED'],
  },
  { raw: '0033 6 12 34 56 78', value: '612345678', parts: fr('612345678'), fixes: ['PHONE_NORMALISED'] },
  { raw: '+33 6 12 34 56 78', value: '612345678', parts: fr('612345678'), fixes: ['PHONE_NORMALISED'] },
  { raw: '+33612345678', value: '612345678', parts: fr('612345678'), fixes: ['PHONE_NORMALISED'] },
  { raw: '+14159095555', value: '4159095555', parts: us('4159095555'), fixes: ['PHONE_NORMALISED'] },
  {
    raw: '011 44 20 7946 0958',
    country: 'US',
    value: '2079460958',
    parts: gb('2079460958'),
    fixes: ['PHONE_NORMALISED'],
  },
  { raw: 'tel:+33612345678', value: '612345678', parts: fr('612345678'), fixes: ['PHONE_NORMALISED'] },
  // national numbers read in the row's country, written in any language
  {
    raw: '0211 1234567',
    rowCountry: 'Deutschland',
    value: '2111234567',
    parts: de('2111234567'),
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '0211 1234567',
    rowCountry: 'DE',
    country: 'US',
    value: '2111234567',
    parts: de('2111234567'),
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '06 12 34 56 78',
    rowCountry: 'France',
    value: '612345678',
    parts: fr('612345678'),
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '030/12345678',
    rowCountry: 'Germany',
    value: '3012345678',
    parts: de('3012345678'),
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '+49 (0)211 1234567',
    rowCountry: 'France',
    value: '2111234567',
    parts: de('2111234567'),
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '38 12 34 56',
    rowCountry: 'Dänemark',
    value: '38123456',
    parts: { primaryPhoneNumber: '38123456', primaryPhoneCountryCode: 'DK', primaryPhoneCallingCode: '+45' },
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '044 123 45 67',
    rowCountry: 'Schweiz',
    value: '441234567',
    parts: { primaryPhoneNumber: '441234567', primaryPhoneCountryCode: 'CH', primaryPhoneCallingCode: '+41' },
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '02 512 34 56',
    rowCountry: 'Belgien',
    value: '25123456',
    parts: { primaryPhoneNumber: '25123456', primaryPhoneCountryCode: 'BE', primaryPhoneCallingCode: '+32' },
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '06 1234 5678',
    rowCountry: 'Italia',
    value: '0612345678',
    parts: { primaryPhoneNumber: '0612345678', primaryPhoneCountryCode: 'IT', primaryPhoneCallingCode: '+39' },
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '416 555 0199',
    country: 'US',
    value: '4165550199',
    parts: { primaryPhoneNumber: '4165550199', primaryPhoneCountryCode: 'CA', primaryPhoneCallingCode: '+1' },
    fixes: ['PHONE_NORMALISED'],
  },
  // no country anywhere
  { raw: '0211 1234567', value: null, issues: ['PHONE_NO_COUNTRY'], says: ['default country'] },
  { raw: '0211 1234567', rowCountry: 'Atlantis', value: null, issues: ['PHONE_NO_COUNTRY'], says: ["'Atlantis'"] },
  { raw: '0211 1234567', rowCountry: 'Atlantis', country: 'DE', value: '2111234567', fixes: ['PHONE_NORMALISED'] },
  // not numbers
  { raw: '-', country: 'US', value: null, issues: ['PHONE_INVALID'], suggestion: '' },
  { raw: 'unknown', country: 'US', value: null, issues: ['PHONE_INVALID'], suggestion: '' },
  { raw: 'keine', country: 'DE', value: null, issues: ['PHONE_INVALID'] },
  { raw: 'call reception', country: 'US', value: null, issues: ['PHONE_INVALID'], says: ['letters'] },
  { raw: '1-800-FLOWERS', country: 'US', value: null, issues: ['PHONE_INVALID'], says: ['characters'] },
  { raw: '123', country: 'US', value: null, issues: ['PHONE_INVALID'], says: ['too short'] },
  { raw: '555-1234', country: 'US', value: null, issues: ['PHONE_INVALID'], says: ['United States (+1)'] },
  { raw: '415 909 55555', country: 'US', value: null, issues: ['PHONE_INVALID'], says: ['too many digits'] },
  { raw: '+1 555 555 5555', value: null, issues: ['PHONE_INVALID'], says: ['+1'] },
  { raw: '+999 123 456', value: null, issues: ['PHONE_INVALID'] },
  { raw: '1234567890123456789', country: 'US', value: null, issues: ['PHONE_INVALID'], says: ['19 digits'] },
  { raw: '+800 1234 5678', value: null, issues: ['PHONE_INVALID'], says: ['belongs to no country'] },
  // a number that only lacks its +: suggested, not applied
  { raw: '44 20 7946 0958', country: 'US', value: null, issues: ['PHONE_INVALID'], suggestion: '+44 20 7946 0958' },
  { raw: '4159095555', country: 'GB', value: null, issues: ['PHONE_INVALID'], says: ['United Kingdom (+44)'] },
  // several numbers in one cell
  {
    raw: '0211 1234567 / 0171 7654321',
    country: 'DE',
    value: null,
    issues: ['PHONE_MULTIPLE'],
    suggestion: '0211 1234567',
    says: ['Additional Phones'],
  },
  {
    raw: '(415) 909-5555, (415) 909-5556',
    country: 'US',
    value: null,
    issues: ['PHONE_MULTIPLE'],
    suggestion: '(415) 909-5555',
  },
  { raw: '+44 20 7946 0000 or 020 7946 0001', country: 'GB', value: null, issues: ['PHONE_MULTIPLE'] },
  // cleaning
  { raw: ' 4159095555 ', country: 'US', value: '4159095555', fixes: ['WHITESPACE_TRIMMED'] },
  { raw: '\u200D+1 415 909 5555', value: '4159095555', fixes: ['WHITESPACE_TRIMMED', 'PHONE_NORMALISED'] },
]

describe('normalizePhone', () => {
  it.each(PHONES.map((c) => [`${label(c)} ${c.rowCountry ?? c.country ?? '-'}`, c] as const))('%s', (_, c) => {
    check(normalizePhone, 'phone', c)
  })

  it('fills all three primary subfields and never the calling code inside the number', () => {
    const result = normalizePhone('+1 415-909-5556', contextFor('phone', 'US'))
    expect(result.parts).toEqual(us('4159095556'))
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a phone's parts are strings
    expect(String(result.parts?.primaryPhoneNumber)).not.toMatch(/^\+|^1415/)
  })

  it('returns the empty result for blank cells', () => {
    expect(normalizePhone('  ', contextFor('phone', 'US'))).toEqual({ value: null, issues: [], fixes: [] })
  })
})

const COUNTRIES: readonly Case[] = [
  { raw: 'FR', value: 'FR' },
  { raw: 'fr', value: 'FR', fixes: ['PHONE_COUNTRY_CONVERTED'] },
  { raw: 'Deutschland', value: 'DE', fixes: ['PHONE_COUNTRY_CONVERTED'] },
  { raw: 'United Kingdom', value: 'GB', fixes: ['PHONE_COUNTRY_CONVERTED'] },
  { raw: 'UK', value: 'GB', fixes: ['PHONE_COUNTRY_CONVERTED'] },
  { raw: 'USA', value: 'US', fixes: ['PHONE_COUNTRY_CONVERTED'] },
  { raw: 'Espagne', value: 'ES', fixes: ['PHONE_COUNTRY_CONVERTED'] },
  { raw: ' CHE ', value: 'CH', fixes: ['WHITESPACE_TRIMMED', 'PHONE_COUNTRY_CONVERTED'] },
  { raw: '+33', value: null, issues: ['PHONE_COUNTRY_INVALID'], suggestion: 'FR' },
  { raw: '1', value: null, issues: ['PHONE_COUNTRY_INVALID'], suggestion: 'US' },
  { raw: 'Atlantis', value: null, issues: ['PHONE_COUNTRY_INVALID'], says: ["'Atlantis'"] },
  { raw: 'AQ', value: null, issues: ['PHONE_COUNTRY_INVALID'], says: ['Antarctica'] },
]

describe('normalizePhoneCountry', () => {
  it.each(COUNTRIES.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizePhoneCountry, 'phoneCountry', c)
  })
})

const CALLING_CODES: readonly Case[] = [
  { raw: '+33', value: '+33' },
  { raw: '33', value: '+33', fixes: ['PHONE_CALLING_CODE_FORMATTED'] },
  { raw: '0033', value: '+33', fixes: ['PHONE_CALLING_CODE_FORMATTED'] },
  { raw: '(+49)', value: '+49', fixes: ['PHONE_CALLING_CODE_FORMATTED'] },
  { raw: '+ 1', value: '+1', fixes: ['PHONE_CALLING_CODE_FORMATTED'] },
  { raw: '+1', value: '+1' },
  { raw: '+999', value: null, issues: ['PHONE_CALLING_CODE_INVALID'] },
  { raw: 'FR', value: null, issues: ['PHONE_CALLING_CODE_INVALID'], suggestion: '+33', says: ['France'] },
  { raw: 'Deutschland', value: null, issues: ['PHONE_CALLING_CODE_INVALID'], suggestion: '+49' },
  { raw: 'abc', value: null, issues: ['PHONE_CALLING_CODE_INVALID'] },
]

describe('normalizePhoneCallingCode', () => {
  it.each(CALLING_CODES.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizePhoneCallingCode, 'phoneCallingCode', c)
  })
})

const LISTS: readonly Case[] = [
  {
    raw: '[{"number":"612345678","countryCode":"FR","callingCode":"+33"}]',
    value: [{ number: '612345678', countryCode: 'FR', callingCode: '+33' }],
  },
  {
    raw: '[{"number":"612345678","callingCode":"+33"}]',
    value: [{ number: '612345678', countryCode: 'FR', callingCode: '+33' }],
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '[{"number":"0612345678","countryCode":"fr"}]',
    value: [{ number: '612345678', countryCode: 'FR', callingCode: '+33' }],
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '[{"number":4159095555}]',
    country: 'US',
    value: [{ number: '4159095555', countryCode: 'US', callingCode: '+1' }],
  },
  {
    raw: '["+44 20 7946 0958"]',
    value: [{ number: '2079460958', countryCode: 'GB', callingCode: '+44' }],
    fixes: ['PHONE_NORMALISED'],
  },
  {
    raw: '(415) 909-5555; +44 20 7946 0958',
    country: 'US',
    value: [
      { number: '4159095555', countryCode: 'US', callingCode: '+1' },
      { number: '2079460958', countryCode: 'GB', callingCode: '+44' },
    ],
    fixes: ['PHONE_NORMALISED', 'PHONE_NORMALISED'],
  },
  {
    raw: '4159095555, 415 909 5555',
    country: 'US',
    value: [{ number: '4159095555', countryCode: 'US', callingCode: '+1' }],
    fixes: ['PHONE_DUPLICATE_REMOVED'],
  },
  {
    raw: '(503) 555-0199 x12',
    country: 'US',
    value: [{ number: '5035550199', countryCode: 'US', callingCode: '+1' }],
    issues: ['PHONE_EXTENSION_DROPPED'],
    fixes: ['PHONE_NORMALISED'],
  },
  { raw: '4159095555; n/a', country: 'US', value: null, issues: ['PHONE_INVALID'] },
  { raw: '0211 1234567', value: null, issues: ['PHONE_NO_COUNTRY'] },
  { raw: '[{"num":"1"}]', value: null, issues: ['PHONE_LIST_INVALID'] },
  { raw: '[1,', value: null, issues: ['PHONE_LIST_INVALID'] },
]

describe('normalizePhoneList', () => {
  it.each(LISTS.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizePhoneList, 'phoneList', c)
  })
})
