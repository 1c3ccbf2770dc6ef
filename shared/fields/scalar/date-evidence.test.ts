import { describe, expect, it } from 'vitest'
import { analyzeColumn } from './analyze-column'
import { scalarNormalizers } from './index'

describe('date-times without a zone, per column', () => {
  const values = ['2024-03-05 14:30', '2024-03-06 09:00', '2024-03-05', '2024-03-05T14:30:00Z']

  it('reads them in the file’s time zone and says so once, naming it', () => {
    const { context, issues } = analyzeColumn('dateTime', values, [], { timeZone: 'America/New_York' })
    expect(context.timeZone).toBe('America/New_York')
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ['DATETIME_NO_TIMEZONE', 'warning'],
      ['DATETIME_DATE_ONLY', 'warning'],
    ])
    expect(issues[0]!.message).toContain('read in America/New_York time')
    expect(issues[0]!.message).toContain('--time-zone')
    expect(issues[1]!.message).toContain('midnight in America/New_York time')
    expect(scalarNormalizers.dateTime('2024-03-05 14:30', context).value).toBe('2024-03-05T19:30:00.000Z')
    expect(scalarNormalizers.dateTime('2024-03-05', context).value).toBe('2024-03-05T05:00:00.000Z')
    expect(scalarNormalizers.dateTime('2024-03-05T14:30:00Z', context).value).toBe('2024-03-05T14:30:00.000Z')
  })

  it('names UTC when that is the file’s zone', () => {
    const { issues } = analyzeColumn('dateTime', values, [], { timeZone: 'UTC' })
    expect(issues[0]!.message).toContain('read as UTC')
    expect(issues[1]!.message).toContain('midnight UTC, which Twenty shows as the previous evening')
  })

  it('leaves DATE columns alone', () => {
    const { context, issues } = analyzeColumn('date', values, [], { timeZone: 'Asia/Tokyo' })
    expect(issues).toEqual([])
    expect(scalarNormalizers.date('2024-03-05 23:30', context).value).toBe('2024-03-05')
  })
})
