import { describe, expect, it } from 'vitest'
import { readDecimal, shiftDecimal, significantDigits } from './decimal-text'
import { seeded } from './differential-cells.test-support'
import { monthNumber, weekdayNumber } from './month-names'

describe('readDecimal', () => {
  it.each([
    ['1234', { kind: 'plain', text: '1234' }],
    ['1 234', { kind: 'plain', text: '1234' }],
    ['1.234,56', { kind: 'proven', separator: ',', text: '1234.56' }],
    ['1,234.56', { kind: 'proven', separator: '.', text: '1234.56' }],
    ['0,500', { kind: 'proven', separator: ',', text: '0.500' }],
    ['1234,567', { kind: 'proven', separator: ',', text: '1234.567' }],
    ['1.234.567', { kind: 'proven', separator: ',', text: '1234567' }],
    ["1'234.5", { kind: 'proven', separator: '.', text: '1234.5' }],
    ['1.200', { kind: 'ambiguous', dot: '1.200', comma: '1200' }],
    ['1,5e3', { kind: 'proven', separator: ',', text: '1.5e3' }],
    ['1.2.3', { kind: 'invalid' }],
    ['1 234.567,8', { kind: 'invalid' }],
  ])('%s', (digits, expected) => {
    expect(readDecimal(digits)).toEqual(expected)
  })
})

describe('shiftDecimal', () => {
  it.each([
    ['12.5', -2, '0.125'],
    ['40', -2, '0.4'],
    ['1.5', 6, '1500000'],
    ['-2.5', 6, '-2500000'],
    ['1234.56', 6, '1234560000'],
    ['0.000001', 6, '1'],
    ['1.5e3', 0, '1500'],
    ['7', -3, '0.007'],
  ])('%s by %i', (text, places, expected) => {
    expect(shiftDecimal(text, places)).toBe(expected)
  })
})

describe('significantDigits', () => {
  it('ignores leading and trailing zeros', () => {
    expect([significantDigits('0.00120'), significantDigits('1234.5'), significantDigits('1.5e300')]).toEqual([2, 5, 2])
  })

  it('counts as the regular-expression definition does', () => {
    const byPattern = (text: string): number =>
      text.replace(/e.*$/i, '').replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '').length
    const random = seeded(7)
    for (let n = 0; n < 20_000; n++) {
      let text = ''
      for (let length = Math.floor(random() * 24); length > 0; length--)
        text += '000123456789.-eE+'[Math.floor(random() * 17)]
      if (significantDigits(text) !== byPattern(text)) expect(significantDigits(text), text).toBe(byPattern(text))
    }
  })
})

describe('month and weekday names', () => {
  it('reads each language’s months, folded', () => {
    expect(['März', 'MAERZ', 'mars', 'marzo', 'maart', 'março', 'Mar.'].map(monthNumber)).toEqual([3, 3, 3, 3, 3, 3, 3])
    expect(['août', 'Augustus', 'ago', 'dez', 'dic.', 'Jänner', 'févr.'].map(monthNumber)).toEqual([
      8, 8, 8, 12, 12, 1, 2,
    ])
  })
  it('keeps `mar` a month unless asked for weekdays that are also months', () => {
    expect(weekdayNumber('mar')).toBeUndefined()
    expect(weekdayNumber('mar', true)).toBe(2)
    expect(['Donnerstag', 'jeudi', 'giovedì', 'quinta-feira', 'do'].map((w) => weekdayNumber(w))).toEqual([
      4, 4, 4, 4, 4,
    ])
  })
})
