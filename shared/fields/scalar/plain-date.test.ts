import { describe, expect, it } from 'vitest'
import type { ColumnContext } from '../column-context'
import { contextFor } from './case-table.test-support'
import { normalizeDate, normalizeDateSlow, normalizeDateTime, normalizeDateTimeSlow } from './date'
import { dateCell, differences, seeded } from './differential-cells.test-support'
import { readPlainDate } from './plain-date'

const CELLS = 100_000
const cells = (() => {
  const random = seeded(19850312)
  return Array.from({ length: CELLS }, () => dateCell(random))
})()

const columns: readonly Partial<ColumnContext>[] = [
  { dateOrder: 'dmy' },
  { dateOrder: 'mdy' },
  { dateOrder: 'ymd' },
  { dateOrder: null },
  { dateOrder: null, defaultCountry: 'DE' },
  { dateOrder: null, defaultCountry: 'us' },
]

describe.each(columns)('one-pass date reading in a column with %o', (column) => {
  it('gives the general normaliser’s date result for every generated cell', () => {
    const context = contextFor('date', column)
    expect(
      differences(
        cells,
        (raw) => normalizeDate(raw, context),
        (raw) => normalizeDateSlow(raw, context),
      ),
    ).toEqual([])
  })

  it('gives the general normaliser’s date-time result for every generated cell', () => {
    const context = contextFor('dateTime', column)
    expect(
      differences(
        cells,
        (raw) => normalizeDateTime(raw, context),
        (raw) => normalizeDateTimeSlow(raw, context),
      ),
    ).toEqual([])
  })
})

describe('one-pass date reading of common shapes', () => {
  it('reads a good share of the generated cells itself, so the comparison covers it', () => {
    const read = cells.filter((raw) => readPlainDate(raw, 'dmy', 'mdy') !== null).length
    expect(read / CELLS).toBeGreaterThan(0.3)
  })

  const common: readonly [string, ColumnContext['dateOrder']][] = [
    ['2019-03-14', null],
    ['03/14/2019', 'mdy'],
    ['14/03/2019', 'dmy'],
    ['14.03.2019', null],
    ['1.3.19', 'dmy'],
    ['3/14/19', null],
    ['2019/3/4', 'dmy'],
    ['14-03-2019', 'dmy'],
    ['19-03-14', 'ymd'],
    ['2019-03-14T10:30:00Z', null],
    ['2019-03-14T10:30:00.250+02:00', null],
    ['2019-03-14 10:30', null],
    ['14.03.2019 10:30:15', null],
    ['2019-03-14T23:30:00-0500', 'mdy'],
    [' 2019-03-14 ', null],
    ['2019-01-01T00:30:00+01:00', null],
    ['2019-12-31T23:30:00-01:00', null],
    ['2020-02-28T23:00:00-02:00', null],
    ['2019-03-01T00:00:00+14:59', null],
    ['1000-01-01T00:00:00+01:00', null],
    ['9999-12-31T23:00:00-02:00', null],
    ['2019-03-14T10:30:00-00:00', null],
  ]
  it.each(common)('%s in a %s column', (raw, dateOrder) => {
    expect(readPlainDate(raw, dateOrder, 'mdy')).not.toBeNull()
    for (const kind of ['date', 'dateTime'] as const) {
      const context = contextFor(kind, { dateOrder })
      const [fast, slow] =
        kind === 'date'
          ? [normalizeDate(raw, context), normalizeDateSlow(raw, context)]
          : [normalizeDateTime(raw, context), normalizeDateTimeSlow(raw, context)]
      expect(fast).toEqual(slow)
      expect(fast.value).not.toBeNull()
    }
  })

  it.each([
    '31/02/2020',
    '2019-13-01',
    '0999-01-01',
    '2019-03-14T24:00',
    '2019-03-14T10:30+15:00',
    '14.03.2019.',
    '2019-03-14 10:30 PM',
    '43538',
    '14 März 2019',
  ])('leaves %s to the general reader', (raw) => expect(readPlainDate(raw, 'dmy', 'mdy')).toBeNull())
})
