import { describe, expect, it } from 'vitest'
import { contextFor } from './case-table'
import { normalizeCurrencyAmount, normalizeCurrencyAmountSlow } from './currency'
import { CURRENCY_SYMBOLS, isCurrencyMark } from './currency-codes'
import { differences, numberCell, seeded } from './differential-cells'
import { normalizeNumber, normalizeNumberSlow } from './number'
import { readPlainAmount } from './plain-amount'

const CELLS = 100_000
const cells = (() => {
  const random = seeded(20240611)
  return Array.from({ length: CELLS }, () => numberCell(random))
})()

describe.each(['.', ','] as const)('one-pass amount reading, decimal separator %s', (decimalSeparator) => {
  it('gives the general normaliser’s number result for every generated cell', () => {
    const context = contextFor('number', { decimalSeparator })
    const found = differences(cells, (raw) => normalizeNumber(raw, context), (raw) => normalizeNumberSlow(raw, context))
    expect(found).toEqual([])
  })

  it('gives the general normaliser’s currency amount result for every generated cell', () => {
    const context = contextFor('currencyAmount', { decimalSeparator })
    const found = differences(cells, (raw) => normalizeCurrencyAmount(raw, context), (raw) => normalizeCurrencyAmountSlow(raw, context))
    expect(found).toEqual([])
  })

  it('reads a good share of the generated cells itself, so the comparison covers it', () => {
    const read = cells.filter((raw) => readPlainAmount(raw, decimalSeparator, isCurrencyMark, CURRENCY_SYMBOLS) !== null).length
    expect(read / CELLS).toBeGreaterThan(0.3)
  })
})

describe('one-pass amount reading of common shapes', () => {
  const common = [
    '1234', '-12', '1234.5', '1,234.56', '0.4', '9,539.58', '12,34,567.89', ' 45 ', '$1,234.56', '-$12', '$-12', '€ 1.234,56',
    '1.234,56 €', '500 EUR', 'USD 99.90', '100 usd', '40%', '12,5 %', '007', '1,234', '1.200', '¥1,000', '12 kr',
  ]
  it.each(common)('%s', (raw) => {
    for (const decimalSeparator of ['.', ','] as const) {
      expect(readPlainAmount(raw, decimalSeparator, isCurrencyMark, CURRENCY_SYMBOLS)).not.toBeNull()
      const context = contextFor('number', { decimalSeparator })
      expect(normalizeNumber(raw, context)).toEqual(normalizeNumberSlow(raw, context))
      expect(normalizeCurrencyAmount(raw, context)).toEqual(normalizeCurrencyAmountSlow(raw, context))
    }
  })

  it.each(['1.234,56-', '(1,234)', '1 234', '1e3', '2,5 Mio. €', 'ca. 500', '$1 USD', '1,2,3', '.5', '5.', '- 5', 'TEUR 5'])('leaves %s to the general reader', (raw) => {
    expect(readPlainAmount(raw, '.', isCurrencyMark, CURRENCY_SYMBOLS)).toBeNull()
  })
})
