import { describe, expect, it } from 'vitest'
import { contextFor, normalizeCase, runCases, type ScalarCase } from './case-table.test-support'
import { normalizeDateTime, normalizeDateTimeSlow } from './date'
import { daysInMonth } from './date-read'

const dmy = { dateOrder: 'dmy' } as const
const mdy = { dateOrder: 'mdy' } as const
const d = (raw: string, value: string, extra: Partial<ScalarCase> = {}): ScalarCase => ({
  kind: 'date',
  raw,
  value,
  ...extra,
})

const dates: ScalarCase[] = [
  d('2019-03-14', '2019-03-14'),
  d('2019/03/14', '2019-03-14', { fix: 'DATE_REFORMATTED' }),
  d('2019.3.4', '2019-03-04'),
  d('20190314', '2019-03-14', { fix: 'DATE_REFORMATTED' }),
  d('03/14/2019', '2019-03-14', { context: mdy }),
  d('14/03/2019', '2019-03-14', { context: dmy }),
  d('14.03.2019', '2019-03-14', { fix: 'DATE_REFORMATTED' }),
  d('01.02.2021', '2021-02-01'),
  d('14-03-2019', '2019-03-14', { context: dmy }),
  d('8/26/1968', '1968-08-26', { context: mdy }),
  d('12/10/1985', '1985-12-10', { context: mdy }),
  d('12/10/1985', '1985-10-12', { context: dmy }),
  d('12/10/1985', '1985-12-10'),
  d('12/10/1985', '1985-10-12', { context: { defaultCountry: 'DE' } }),
  d('12/10/85', '1985-12-10', { context: mdy, fix: 'DATE_YEAR_EXPANDED' }),
  d('01/02/49', '2049-02-01', { context: dmy, fix: 'DATE_YEAR_EXPANDED' }),
  d('01/02/50', '1950-02-01', { context: dmy }),
  d('29.02.2020', '2020-02-29'),
  d('2019-03-14T10:30:00Z', '2019-03-14', { fix: 'DATE_TIME_DROPPED' }),
  d('2019-03-14T23:30:00-05:00', '2019-03-14', { fix: 'DATE_TIME_DROPPED' }),
  d('2019-03-14 00:00:00', '2019-03-14'),
  d('14.03.2019 10:30', '2019-03-14', { fix: 'DATE_TIME_DROPPED' }),
  d('46295', '2026-09-30', { fix: 'DATE_SERIAL_CONVERTED' }),
  d('43538', '2019-03-14', { fix: 'DATE_SERIAL_CONVERTED' }),
  d('61', '1900-03-01'),
  d('1', '1900-01-01'),
  d('43538.75', '2019-03-14', { fix: 'DATE_TIME_DROPPED' }),
  d('14 März 2019', '2019-03-14', { fix: 'DATE_REFORMATTED' }),
  d('14. März 2019', '2019-03-14'),
  d('Do, 14. März 2019', '2019-03-14'),
  d('March 14, 2019', '2019-03-14'),
  d('Mar 14 2019', '2019-03-14'),
  d('14-Mar-19', '2019-03-14', { fix: 'DATE_YEAR_EXPANDED' }),
  d('14-mar-2019', '2019-03-14'),
  d('14th March 2019', '2019-03-14'),
  d('March 14th, 2019', '2019-03-14'),
  d('Thursday, March 14, 2019', '2019-03-14'),
  d('jeudi 14 mars 2019', '2019-03-14'),
  d('1er mars 2019', '2019-03-01'),
  d('14 févr. 2019', '2019-02-14'),
  d('14 de marzo de 2019', '2019-03-14'),
  d('14 dic 2019', '2019-12-14'),
  d('14 maggio 2019', '2019-05-14'),
  d('14 maart 2019', '2019-03-14'),
  d('14 mrt 2019', '2019-03-14'),
  d('14 de março de 2019', '2019-03-14'),
  d('3 out 2019', '2019-10-03'),
  d('2019 Mar 14', '2019-03-14'),
  d('Sept. 3, 2019', '2019-09-03'),
  d('5 Jänner 2020', '2020-01-05'),
  d('Friday, March 14, 2019', '2019-03-14', { code: 'DATE_WEEKDAY_MISMATCH' }),
  { kind: 'date', raw: '30.02.2020', value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: '31/02/2020', context: dmy, value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: '29.02.2019', value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: '31 June 2020', value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: '13/08/1936', context: mdy, value: null, code: 'DATE_INVALID', suggestion: '1936-08-13' },
  { kind: 'date', raw: '06/23/1962', context: dmy, value: null, code: 'DATE_INVALID', suggestion: '1962-06-23' },
  { kind: 'date', raw: '2019-13-01', value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: 'next quarter', value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: 'TBD', value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: 'ASAP', value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: 'heute', value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: 'soon-ish', value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: '0000-00-00', value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: '60', value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: '14/03/2019 25:00', value: null, code: 'DATE_INVALID' },
  { kind: 'date', raw: 'mars 2019', value: null, code: 'DATE_INCOMPLETE', suggestion: '2019-03-01' },
  { kind: 'date', raw: 'March 2019', value: null, code: 'DATE_INCOMPLETE', suggestion: '2019-03-01' },
  { kind: 'date', raw: 'Mar-19', value: null, code: 'DATE_INCOMPLETE', suggestion: '2019-03-01' },
  { kind: 'date', raw: '03/2019', value: null, code: 'DATE_INCOMPLETE', suggestion: '2019-03-01' },
  { kind: 'date', raw: '2019-03', value: null, code: 'DATE_INCOMPLETE', suggestion: '2019-03-01' },
  { kind: 'date', raw: 'Q3 2019', value: null, code: 'DATE_INCOMPLETE', suggestion: '2019-07-01' },
  { kind: 'date', raw: '2019', value: null, code: 'DATE_INCOMPLETE', suggestion: '2019-01-01' },
  { kind: 'date', raw: '14 March', value: null, code: 'DATE_INCOMPLETE' },
  { kind: 'date', raw: '   ', value: null },
]

const t = (raw: string, value: string, extra: Partial<ScalarCase> = {}): ScalarCase => ({
  kind: 'dateTime',
  raw,
  value,
  ...extra,
})

const dateTimes: ScalarCase[] = [
  t('2019-03-14T08:30:00.000Z', '2019-03-14T08:30:00.000Z'),
  t('2019-03-14T10:30:00+02:00', '2019-03-14T08:30:00.000Z', { fix: 'DATETIME_REFORMATTED' }),
  t('2019-03-14T10:30:00+0200', '2019-03-14T08:30:00.000Z'),
  t('2019-03-14T10:30:00.123456Z', '2019-03-14T10:30:00.123Z'),
  t('2019-03-14T03:30-05:00', '2019-03-14T08:30:00.000Z'),
  t('2019-03-14 10:30', '2019-03-14T10:30:00.000Z'),
  t('2019-03-14 10:30 UTC', '2019-03-14T10:30:00.000Z'),
  t('2019-03-14', '2019-03-14T00:00:00.000Z'),
  t('14.03.2019 10:30', '2019-03-14T10:30:00.000Z'),
  t('14.03.2019 10:30 Uhr', '2019-03-14T10:30:00.000Z'),
  t('3/14/2019 10:30 PM', '2019-03-14T22:30:00.000Z', { context: mdy }),
  t('3/14/2019 12:05 AM', '2019-03-14T00:05:00.000Z', { context: mdy }),
  t('14 March 2019 09:15', '2019-03-14T09:15:00.000Z'),
  t('46295.5', '2026-09-30T12:00:00.000Z', { fix: 'DATE_SERIAL_CONVERTED' }),
  t('46295', '2026-09-30T00:00:00.000Z'),
  t('2019-03-14T00:30:00+01:00', '2019-03-13T23:30:00.000Z'),
  { kind: 'dateTime', raw: '2019-03-14T10:30:00+25:00', value: null, code: 'DATE_INVALID' },
  { kind: 'dateTime', raw: '2019-03-14 13:30 PM', value: null, code: 'DATE_INVALID' },
  { kind: 'dateTime', raw: 'next quarter', value: null, code: 'DATE_INVALID' },
  { kind: 'dateTime', raw: 'Q4 2026', value: null, code: 'DATE_INCOMPLETE', suggestion: '2026-10-01' },
]

const inZone = (timeZone: string, raw: string, value: string, extra: Partial<ScalarCase> = {}): ScalarCase => ({
  kind: 'dateTime',
  raw,
  value,
  ...extra,
  context: { timeZone, ...extra.context },
})

// Zone-less date-times read in the file's time zone, on both sides of each change and in the changes themselves.
const zoned: ScalarCase[] = [
  inZone('UTC', '2024-03-05 14:30', '2024-03-05T14:30:00.000Z'),
  inZone('Europe/Berlin', '2024-03-05 14:30', '2024-03-05T13:30:00.000Z', { fix: 'DATETIME_REFORMATTED' }),
  inZone('Europe/Berlin', '05/03/2024 2:30 PM', '2024-03-05T13:30:00.000Z', { context: dmy }),
  inZone('Europe/Berlin', '2024-07-01 14:30', '2024-07-01T12:30:00.000Z'),
  inZone('Europe/Berlin', '01.07.2024 14:30 Uhr', '2024-07-01T12:30:00.000Z'),
  inZone('Europe/Berlin', '2024-03-05', '2024-03-04T23:00:00.000Z'),
  inZone('Europe/Berlin', '46295.5', '2026-09-30T10:00:00.000Z', { fix: 'DATE_SERIAL_CONVERTED' }),
  inZone('Europe/Berlin', '2024-03-31 01:59', '2024-03-31T00:59:00.000Z'),
  inZone('Europe/Berlin', '2024-03-31 02:30', '2024-03-31T01:30:00.000Z', {
    code: 'DATETIME_NONEXISTENT',
    suggestion: '2024-03-31T03:30:00+02:00',
  }),
  inZone('Europe/Berlin', '2024-03-31 03:00', '2024-03-31T01:00:00.000Z'),
  inZone('Europe/Berlin', '2024-10-27 01:59', '2024-10-26T23:59:00.000Z'),
  inZone('Europe/Berlin', '2024-10-27 02:30', '2024-10-27T00:30:00.000Z', {
    code: 'DATETIME_AMBIGUOUS',
    suggestion: '2024-10-27T02:30:00+02:00',
  }),
  inZone('Europe/Berlin', '2024-10-27 03:00', '2024-10-27T02:00:00.000Z'),
  inZone('Europe/Berlin', '2024-03-31T02:30:00+01:00', '2024-03-31T01:30:00.000Z'),
  inZone('Europe/Berlin', '2024-10-27T02:30:00Z', '2024-10-27T02:30:00.000Z'),
  inZone('Europe/Berlin', '2024-10-27 02:30 UTC', '2024-10-27T02:30:00.000Z'),
  inZone('America/New_York', '3/10/2024 2:30 AM', '2024-03-10T07:30:00.000Z', {
    context: mdy,
    code: 'DATETIME_NONEXISTENT',
    suggestion: '2024-03-10T03:30:00-04:00',
  }),
  inZone('America/New_York', '2024-11-03 01:30', '2024-11-03T05:30:00.000Z', {
    code: 'DATETIME_AMBIGUOUS',
    suggestion: '2024-11-03T01:30:00-04:00',
  }),
  inZone('America/New_York', '2024-01-15 09:00', '2024-01-15T14:00:00.000Z'),
  inZone('Australia/Sydney', '2024-04-07 02:30', '2024-04-06T15:30:00.000Z', { code: 'DATETIME_AMBIGUOUS' }),
  inZone('Australia/Sydney', '2024-10-06 02:30', '2024-10-05T16:30:00.000Z', { code: 'DATETIME_NONEXISTENT' }),
  inZone('Australia/Sydney', '2024-07-01 09:00', '2024-06-30T23:00:00.000Z'),
  inZone('Australia/Lord_Howe', '2024-04-07 01:45', '2024-04-06T14:45:00.000Z', { code: 'DATETIME_AMBIGUOUS' }),
  inZone('Asia/Kolkata', '2024-03-05 14:30', '2024-03-05T09:00:00.000Z'),
  inZone('Asia/Kolkata', '2024-03-05 14:30:15.250', '2024-03-05T09:00:15.250Z'),
  inZone('Pacific/Apia', '2011-12-30 12:00', '2011-12-30T22:00:00.000Z', { code: 'DATETIME_NONEXISTENT' }),
  inZone('Europe/Berlin', '2024-03-31 02:30 PM', '2024-03-31T12:30:00.000Z'),
  {
    kind: 'date',
    raw: '2024-03-31 02:30',
    context: { timeZone: 'Europe/Berlin' },
    value: '2024-03-31',
    fix: 'DATE_TIME_DROPPED',
  },
  { kind: 'date', raw: '2024-03-05 23:30', context: { timeZone: 'Asia/Tokyo' }, value: '2024-03-05' },
]

describe('date', () => runCases(dates))
describe('dateTime', () => runCases(dateTimes.map((c) => ({ ...c, context: { timeZone: 'UTC', ...c.context } }))))
describe('dateTime in a time zone', () => {
  runCases(zoned)

  it('names the zone, the change and the reading taken in a skipped or repeated local time', () => {
    const skipped = normalizeCase(zoned.find((c) => c.code === 'DATETIME_NONEXISTENT')!).issues[0]!
    expect(skipped.severity).toBe('warning')
    expect(skipped.message).toContain('Europe/Berlin')
    expect(skipped.message).toContain('forward 1 hour')
    expect(skipped.message).toContain('03:30 local time (UTC+02:00)')
    const repeated = normalizeCase(zoned.find((c) => c.code === 'DATETIME_AMBIGUOUS')!).issues[0]!
    expect(repeated.message).toContain('back 1 hour')
    expect(repeated.message).toContain('the second was 2024-10-27T01:30:00.000Z')
    expect(repeated.message).toContain('+01:00')
    const lordHowe = normalizeCase(zoned.find((c) => c.raw === '2024-04-07 01:45')!).issues[0]!
    expect(lordHowe.message).toContain('back 30 minutes')
  })

  it('reads an accepted suggestion back as the same instant, with no warning', () => {
    for (const c of zoned.filter((z) => z.suggestion !== undefined)) {
      const accepted = normalizeCase({ ...c, raw: c.suggestion! })
      expect(accepted.value).toBe(c.value)
      expect(accepted.issues).toEqual([])
    }
  })

  it('gives the same instant in one pass and through the general reader, in every zone', () => {
    for (const c of zoned.filter((z) => z.kind === 'dateTime')) {
      const context = contextFor('dateTime', c.context)
      expect(normalizeDateTime(c.raw, context)).toEqual(normalizeDateTimeSlow(c.raw, context))
    }
  })
})

describe('daysInMonth', () => {
  it('agrees with the calendar of Date for every month of years 0-3000 and odd inputs', () => {
    const byDate = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()
    for (let year = 0; year <= 3000; year++) {
      for (let month = 1; month <= 12; month++)
        if (daysInMonth(year, month) !== byDate(year, month)) expect(daysInMonth(year, month)).toBe(byDate(year, month))
    }
    for (const [year, month] of [
      [2019, 0],
      [2019, 13],
      [2019.5, 2],
      [Number.NaN, 1],
      [1e9, 3],
      [-4, 2],
    ] as const) {
      expect(daysInMonth(year, month)).toEqual(byDate(year, month))
    }
  })
})
