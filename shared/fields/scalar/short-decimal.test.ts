import { describe, expect, it } from 'vitest'
import { seeded } from './differential-cells.test-support'
import { shortDecimal, shortDecimalValue } from './short-decimal'

function decimalText(random: () => number): string {
  const digits = (count: number): string =>
    Array.from({ length: count }, () => String(Math.floor(random() * 10))).join('')
  const zeros = (count: number): string => '0'.repeat(count)
  const integer =
    random() < 0.3
      ? zeros(1 + Math.floor(random() * 3))
      : `${zeros(random() < 0.1 ? 2 : 0)}${digits(1 + Math.floor(random() * 17))}`
  const fraction =
    random() < 0.3
      ? ''
      : `.${zeros(Math.floor(random() * (random() < 0.5 ? 8 : 3)))}${digits(Math.floor(random() * 17))}${zeros(random() < 0.2 ? 3 : 0)}`
  return `${random() < 0.3 ? '-' : ''}${integer}${fraction === '.' ? '.0' : fraction}`
}

describe('shortDecimal', () => {
  it('equals Number() and String() for every decimal it accepts', () => {
    const random = seeded(42)
    let accepted = 0
    for (let n = 0; n < 200_000; n++) {
      const text = decimalText(random)
      const short = shortDecimal(text)
      if (short === null) continue
      accepted++
      const value = Number(text) === 0 ? 0 : Number(text)
      if (!Object.is(short.value, value) || short.shown !== String(value))
        expect({ text, ...short }).toEqual({ text, value, shown: String(value) })
    }
    expect(accepted).toBeGreaterThan(80_000)
  })

  it.each([
    ['1234', 1234, '1234'],
    ['-12', -12, '-12'],
    ['0.4', 0.4, '0.4'],
    ['1234.50', 1234.5, '1234.5'],
    ['007', 7, '7'],
    ['-0.000', 0, '0'],
    ['0.000001', 0.000001, '0.000001'],
    ['999999999999999', 999999999999999, '999999999999999'],
  ] as const)('%s', (text, value, shown) => expect(shortDecimal(text)).toEqual({ value, shown }))

  it.each(['0.0000001', '1234567890123456', '1e3', '', '-', '.5', '5.', '1.2.3', '1,5', '+5'])(
    'leaves %s to the general conversions',
    (text) => {
      expect(shortDecimal(text)).toBeNull()
    },
  )

  it('gives the same value without writing the number back (shortDecimalValue)', () => {
    const random = seeded(43)
    for (let n = 0; n < 100_000; n++) {
      const text = n % 10 === 0 ? `${decimalText(random)}x` : decimalText(random)
      expect(shortDecimalValue(text), text).toBe(shortDecimal(text)?.value ?? null)
    }
    for (const text of ['', '-', '.', '1.', '.5', '0', '-0', '-0.000', '0.0000001', '1e3'])
      expect(shortDecimalValue(text), text).toBe(shortDecimal(text)?.value ?? null)
  })
})
