import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { excelDateText, excelDurationText } from './excel-date'

describe('excelDateText', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, '1900-02-29'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [44927, '2023-01-01'],
    [46295, '2026-09-30'],
    [44927.5, '2023-01-01T12:00:00'],
    [45000.57300231481, '2023-03-15T13:45:07'],
    [44927.999999999, '2023-01-02'],
    [0.75, '18:00:00'],
    [0.0000116, '00:00:01'],
    [0, '00:00:00'],
    [2958465, '9999-12-31'],
  ])('1900 system: %s is %s', (serial, text) => {
    expect(excelDateText(serial, false)).toBe(text)
  })

  it.each([
    [1, '1904-01-02'],
    [43465, '2023-01-01'],
    [43465.25, '2023-01-01T06:00:00'],
    [0.5, '12:00:00'],
  ])('1904 system: %s is %s', (serial, text) => {
    expect(excelDateText(serial, true)).toBe(text)
  })

  it('leaves serials Excel cannot show as dates to the caller', () => {
    expect(excelDateText(-1, false)).toBeUndefined()
    expect(excelDateText(Number.NaN, false)).toBeUndefined()
    expect(excelDateText(2958466, false)).toBeUndefined()
  })

  it('agrees with the UTC calendar for every day after the fake leap day, whatever the local time zone', () => {
    const epoch = Date.UTC(1899, 11, 30)
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), fc.integer({ min: 0, max: 86399 }), (day, second) => {
        const expected = new Date(epoch + day * 86_400_000 + second * 1000).toISOString().slice(0, 19)
        const text = excelDateText(day + second / 86400, false)!
        expect(second === 0 ? `${text}T00:00:00` : text).toBe(expected)
      }),
    )
  })
})

describe('excelDurationText', () => {
  it('counts elapsed hours past a day', () => {
    expect(excelDurationText(1.5)).toBe('36:00:00')
    expect(excelDurationText(0.0625)).toBe('01:30:00')
    expect(excelDurationText(-0.5)).toBe('-12:00:00')
  })
})
