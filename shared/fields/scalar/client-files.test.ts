// Values copied from the sample client files (people-us.csv, companies-eu.csv, opportunities.xlsx), read with the
// context analyzeColumn decides from each whole column, as the checker does.
import { describe, expect, it } from 'vitest'
import type { SelectOption } from '../../model/workspace-model'
import type { CheckSettings } from '../column-context'
import type { TargetKind } from '../targets'
import { analyzeColumn } from './analyze-column'
import { runCases, type ScalarCase } from './case-table.test-support'
import { scalarNormalizers } from './index'

function columnOf(
  kind: TargetKind,
  values: readonly string[],
  options: readonly SelectOption[] = [],
  settings: CheckSettings = {},
) {
  return analyzeColumn(kind, values, options, settings)
}

const BIRTHDAYS = [
  '12/10/1985',
  '01/02/1970',
  '06/23/1962',
  '8/26/1968',
  '12/28/1969',
  '13/08/1936',
  '06/08/1955',
  '11/07/1939',
  '09/09/1941',
  '05/11/1930',
]
const NEWSLETTER = ['yes', 'no', 'Y', 'TRUE', 'false', 'no', 'yes', '', 'yes', 'no']
const SEGMENT_OPTIONS = [
  { value: 'SMB', label: 'Small business' },
  { value: 'MID_MARKET', label: 'Mid-market' },
  { value: 'ENTERPRISE', label: 'Enterprise' },
]
const SEGMENTS = [
  'Enterprise',
  'Mid-market',
  'smb',
  'Enterprise',
  'Startup',
  'Enterprise',
  'Enterprise',
  'Mid-market',
  'Enterprise',
  'SMB',
]
const INTEREST_OPTIONS = [
  { value: 'PRODUCT', label: 'Product' },
  { value: 'PRICING', label: 'Pricing' },
  { value: 'SUPPORT', label: 'Support' },
]
const INTERESTS = [
  'Product; Pricing',
  'Support',
  '',
  'Product',
  'Pricing, Support',
  'Product',
  '"Product"',
  '',
  'Support',
  'Pricing',
]
const ENGAGEMENT = ['5', '★★★★', '3', 'RATING_4', '2', '7', '4', '', '5', '1']
const TAGS = ['vip, early-adopter', '', 'research', '', 'oss;kernel', '', 'web', '', 'unix, c', '']

const EMPLOYEES = ['1.200', '45', '310', '1200', 'ca. 80', '12']
const REVENUE = ['1.234.567,89 €', '€ 98.000', '2,5 Mio. €', '1234567.89', 'CHF 4.500.000', '15.000 €']
const CUSTOMER_SINCE = ['14.03.2019', '01.02.2021', '31.12.2018', '2019-03-14', '30.02.2020', '05.06.2022']
const ICP = ['Ja', 'Nein', 'ja', 'ja', 'nein', 'Nein']

const VALUES = ['120000', '75,000.50', '18000', 'TBD', '250000']
const CURRENCIES = ['USD', 'usd', 'GBP', 'EUR', 'USD']
const CLOSE_DATES = ['46295', '46341', '2026-12-01', 'next quarter', '46418']
const STAGE_OPTIONS = [
  { value: 'NEW', label: 'New' },
  { value: 'SCREENING', label: 'Screening' },
  { value: 'MEETING', label: 'Meeting' },
  { value: 'PROPOSAL', label: 'Proposal' },
  { value: 'CUSTOMER', label: 'Customer' },
]
const STAGES = ['Proposal', 'meeting', 'Won', 'Screening', 'Customer']
const WIN = ['0.6', '40%', '1', '', '0.95']

describe('people-us.csv', () => {
  const birthday = columnOf('date', BIRTHDAYS)
  it('reads Birthday month first and reports the one day-first value on the column', () => {
    expect(birthday.context.dateOrder).toBe('mdy')
    expect(birthday.issues.map((i) => i.code)).toEqual(['DATE_ORDER_CONFLICT'])
    expect(birthday.issues[0]?.evidence).toContain('13/08/1936')
  })
  const ctx = (c: ReturnType<typeof columnOf>) => c.context
  runCases([
    { kind: 'date', raw: '12/10/1985', context: ctx(birthday), value: '1985-12-10' },
    { kind: 'date', raw: '06/23/1962', context: ctx(birthday), value: '1962-06-23' },
    { kind: 'date', raw: '8/26/1968', context: ctx(birthday), value: '1968-08-26' },
    { kind: 'date', raw: '09/09/1941', context: ctx(birthday), value: '1941-09-09' },
    {
      kind: 'date',
      raw: '13/08/1936',
      context: ctx(birthday),
      value: null,
      code: 'DATE_INVALID',
      suggestion: '1936-08-13',
    },
    { kind: 'boolean', raw: 'yes', context: ctx(columnOf('boolean', NEWSLETTER)), value: true },
    { kind: 'boolean', raw: 'Y', context: ctx(columnOf('boolean', NEWSLETTER)), value: true },
    { kind: 'boolean', raw: 'TRUE', context: ctx(columnOf('boolean', NEWSLETTER)), value: true },
    { kind: 'boolean', raw: 'false', context: ctx(columnOf('boolean', NEWSLETTER)), value: false },
    { kind: 'boolean', raw: '', context: ctx(columnOf('boolean', NEWSLETTER)), value: null },
    {
      kind: 'select',
      raw: 'Enterprise',
      context: ctx(columnOf('select', SEGMENTS, SEGMENT_OPTIONS)),
      value: 'ENTERPRISE',
    },
    {
      kind: 'select',
      raw: 'Mid-market',
      context: ctx(columnOf('select', SEGMENTS, SEGMENT_OPTIONS)),
      value: 'MID_MARKET',
    },
    { kind: 'select', raw: 'smb', context: ctx(columnOf('select', SEGMENTS, SEGMENT_OPTIONS)), value: 'SMB' },
    {
      kind: 'select',
      raw: 'Startup',
      context: ctx(columnOf('select', SEGMENTS, SEGMENT_OPTIONS)),
      value: null,
      code: 'SELECT_UNKNOWN_OPTION',
    },
    {
      kind: 'multiSelect',
      raw: 'Product; Pricing',
      context: ctx(columnOf('multiSelect', INTERESTS, INTEREST_OPTIONS)),
      value: ['PRODUCT', 'PRICING'],
    },
    {
      kind: 'multiSelect',
      raw: 'Pricing, Support',
      context: ctx(columnOf('multiSelect', INTERESTS, INTEREST_OPTIONS)),
      value: ['PRICING', 'SUPPORT'],
    },
    {
      kind: 'multiSelect',
      raw: '"Product"',
      context: ctx(columnOf('multiSelect', INTERESTS, INTEREST_OPTIONS)),
      value: ['PRODUCT'],
    },
    { kind: 'rating', raw: '5', value: 'RATING_5' },
    { kind: 'rating', raw: '★★★★', value: 'RATING_4' },
    { kind: 'rating', raw: 'RATING_4', value: 'RATING_4' },
    { kind: 'rating', raw: '7', value: null, code: 'RATING_INVALID' },
    { kind: 'array', raw: 'vip, early-adopter', value: ['vip', 'early-adopter'] },
    { kind: 'array', raw: 'oss;kernel', value: ['oss', 'kernel'] },
    { kind: 'array', raw: 'unix, c', value: ['unix', 'c'] },
  ])
  it('finds no column-wide problem in the other columns', () => {
    expect(columnOf('rating', ENGAGEMENT).issues).toEqual([])
    expect(columnOf('array', TAGS).issues).toEqual([])
    expect(columnOf('boolean', NEWSLETTER).context.blankIsFalse).toBe(false)
  })
})

describe('companies-eu.csv', () => {
  const employees = columnOf('number', EMPLOYEES)
  const employeesDe = columnOf('number', EMPLOYEES, [], { defaultCountry: 'DE' })
  const revenue = columnOf('currency', REVENUE)
  const since = columnOf('date', CUSTOMER_SINCE)
  it('flags Mitarbeiter once: nothing in the column settles what 1.200 means', () => {
    expect(employees.issues.map((i) => i.code)).toEqual(['NUMBER_SEPARATOR_AMBIGUOUS'])
    expect(employees.issues[0]?.evidence).toEqual(['1.200'])
    expect(employeesDe.context.decimalSeparator).toBe(',')
  })
  it('reads Jahresumsatz with a decimal comma, as most of its values prove', () => {
    expect(revenue.context.decimalSeparator).toBe(',')
    expect(revenue.issues.map((i) => i.code)).toEqual(['NUMBER_SEPARATOR_CONFLICT'])
  })
  it('reads Kunde seit day first without any column issue', () => {
    expect(since.context.dateOrder).toBe('dmy')
    expect(since.issues).toEqual([])
  })
  runCases([
    { kind: 'number', raw: '1.200', context: employeesDe.context, value: 1200 },
    { kind: 'number', raw: '1.200', context: employees.context, value: 1.2 },
    { kind: 'number', raw: '1200', context: employeesDe.context, value: 1200 },
    {
      kind: 'number',
      raw: 'ca. 80',
      context: employeesDe.context,
      value: null,
      code: 'NUMBER_INVALID',
      suggestion: '80',
    },
    {
      kind: 'currency',
      raw: '1.234.567,89 €',
      context: revenue.context,
      value: { amountMicros: 1_234_567_890_000, currencyCode: 'EUR' },
    },
    {
      kind: 'currency',
      raw: '€ 98.000',
      context: revenue.context,
      value: { amountMicros: 98_000_000_000, currencyCode: 'EUR' },
    },
    {
      kind: 'currency',
      raw: '15.000 €',
      context: revenue.context,
      value: { amountMicros: 15_000_000_000, currencyCode: 'EUR' },
    },
    {
      kind: 'currency',
      raw: 'CHF 4.500.000',
      context: revenue.context,
      value: { amountMicros: 4_500_000_000_000, currencyCode: 'CHF' },
    },
    {
      kind: 'currency',
      raw: '2,5 Mio. €',
      context: revenue.context,
      value: null,
      code: 'CURRENCY_AMOUNT_ABBREVIATED',
      suggestion: 'EUR 2500000',
    },
    { kind: 'currency', raw: '1234567.89', context: revenue.context, value: null, code: 'CURRENCY_CODE_MISSING' },
    {
      kind: 'currencyAmount',
      raw: '1234567.89',
      context: revenue.context,
      value: 1234567.89,
      code: 'NUMBER_SEPARATOR_MISMATCH',
    },
    { kind: 'date', raw: '14.03.2019', context: since.context, value: '2019-03-14' },
    { kind: 'date', raw: '01.02.2021', context: since.context, value: '2021-02-01' },
    { kind: 'date', raw: '31.12.2018', context: since.context, value: '2018-12-31' },
    { kind: 'date', raw: '2019-03-14', context: since.context, value: '2019-03-14' },
    { kind: 'date', raw: '30.02.2020', context: since.context, value: null, code: 'DATE_INVALID' },
    { kind: 'boolean', raw: 'Ja', context: columnOf('boolean', ICP).context, value: true },
    { kind: 'boolean', raw: 'Nein', context: columnOf('boolean', ICP).context, value: false },
    { kind: 'boolean', raw: 'ja', context: columnOf('boolean', ICP).context, value: true },
    { kind: 'boolean', raw: 'nein', context: columnOf('boolean', ICP).context, value: false },
  ])
})

describe('opportunities.xlsx', () => {
  const value = columnOf('currencyAmount', VALUES)
  // Read in UTC, as if the file's zone were set to UTC (the default is this computer's zone).
  const close = columnOf('dateTime', CLOSE_DATES, [], { timeZone: 'UTC' })
  const win = columnOf('number', WIN)
  it('decides each column without ambiguity issues', () => {
    expect(value.context.decimalSeparator).toBe('.')
    expect(value.issues).toEqual([])
    expect(win.issues).toEqual([])
    expect(close.issues.map((i) => i.code)).toEqual(['DATETIME_DATE_ONLY'])
  })
  runCases([
    { kind: 'currencyAmount', raw: '120000', context: value.context, value: 120000 },
    { kind: 'currencyAmount', raw: '75,000.50', context: value.context, value: 75000.5 },
    { kind: 'currencyAmount', raw: 'TBD', context: value.context, value: null, code: 'CURRENCY_AMOUNT_INVALID' },
    { kind: 'currencyCode', raw: 'USD', value: 'USD' },
    { kind: 'currencyCode', raw: 'usd', value: 'USD', fix: 'CURRENCY_CODE_UPPERCASED' },
    { kind: 'currencyCode', raw: 'GBP', value: 'GBP' },
    ...CURRENCIES.map((raw): ScalarCase => ({ kind: 'currencyCode', raw, value: raw.toUpperCase() })),
    {
      kind: 'dateTime',
      raw: '46295',
      context: close.context,
      value: '2026-09-30T00:00:00.000Z',
      fix: 'DATE_SERIAL_CONVERTED',
    },
    { kind: 'dateTime', raw: '46341', context: close.context, value: '2026-11-15T00:00:00.000Z' },
    { kind: 'dateTime', raw: '46418', context: close.context, value: '2027-01-31T00:00:00.000Z' },
    { kind: 'dateTime', raw: '2026-12-01', context: close.context, value: '2026-12-01T00:00:00.000Z' },
    { kind: 'dateTime', raw: 'next quarter', context: close.context, value: null, code: 'DATE_INVALID' },
    { kind: 'select', raw: 'Proposal', context: { options: STAGE_OPTIONS }, value: 'PROPOSAL' },
    {
      kind: 'select',
      raw: 'meeting',
      context: { options: STAGE_OPTIONS },
      value: 'MEETING',
      fix: 'SELECT_LABEL_MAPPED',
    },
    { kind: 'select', raw: 'Won', context: { options: STAGE_OPTIONS }, value: null, code: 'SELECT_UNKNOWN_OPTION' },
    ...STAGES.filter((s) => s !== 'Won').map((raw): ScalarCase => ({
      kind: 'select',
      raw,
      context: { options: STAGE_OPTIONS },
      value: raw.toUpperCase(),
    })),
    { kind: 'number', raw: '0.6', context: win.context, value: 0.6 },
    { kind: 'number', raw: '40%', context: win.context, value: 0.4, fix: 'NUMBER_PERCENT_CONVERTED' },
    { kind: 'number', raw: '1', context: win.context, value: 1 },
    { kind: 'number', raw: '0.95', context: win.context, value: 0.95 },
  ])
  it('names the valid stages when a stage is unknown, and never suggests a far-off one', () => {
    const { context } = columnOf('select', STAGES, STAGE_OPTIONS)
    const [issue] = scalarNormalizers.select('Won', context).issues
    expect(issue?.message).toContain('“Won”')
    expect(issue?.message).toContain(
      'New (NEW), Screening (SCREENING), Meeting (MEETING), Proposal (PROPOSAL), Customer (CUSTOMER)',
    )
    expect(issue?.suggestion).toBeUndefined()
  })
})
