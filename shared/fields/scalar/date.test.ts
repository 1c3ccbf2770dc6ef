import { describe, expect, it } from 'vitest'
import { runCases, type ScalarCase } from './case-table'
import { daysInMonth } from './date-read'

const dmy = { dateOrder: 'dmy' } as const
const mdy = { dateOrder: 'mdy' } as const
const d = (raw: string, value: string, extra: Partial<ScalarCase> = {}): ScalarCase => ({ kind: 'date', raw, value, ...extra })

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

const t = (raw: string, value: string, extra: Partial<ScalarCase> = {}): ScalarCase => ({ kind: 'dateTime', raw, value, ...extra })

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

describe('date', () => runCases(dates))
describe('dateTime', () => runCases(dateTimes))

describe('daysInMonth', () => {
  it('agrees with the calendar of Date for every month of years 0-3000 and odd inputs', () => {
    const byDate = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()
    for (let year = 0; year <= 3000; year++) {
      for (let month = 1; month <= 12; month++) if (daysInMonth(year, month) !== byDate(year, month)) expect(daysInMonth(year, month)).toBe(byDate(year, month))
    }
    for (const [year, month] of [[2019, 0], [2019, 13], [2019.5, 2], [Number.NaN, 1], [1e9, 3], [-4, 2]] as const) {
      expect(daysInMonth(year, month)).toEqual(byDate(year, month))
    }
  })
})
