import { describe, expect, it } from 'vitest'
import { decimalString, formatCell, microsToDecimalString } from './csv-values'

describe('decimalString', () => {
  it('writes plain dot decimals, never an exponent', () => {
    expect(
      [0, -0, 42, -3.5, 0.1, 1234567.891, 1e21, 1.5e22, -2e21, 1e-7, 1.25e-10, 5e-324, Number.MAX_VALUE].map(
        decimalString,
      ),
    ).toEqual([
      '0',
      '0',
      '42',
      '-3.5',
      '0.1',
      '1234567.891',
      '1000000000000000000000',
      '15000000000000000000000',
      '-2000000000000000000000',
      '0.0000001',
      '0.000000000125',
      `0.${'0'.repeat(323)}5`,
      `17976931348623157${'0'.repeat(292)}`,
    ])
  })

  it('reads back to the same number', () => {
    for (const n of [1e21, 1.234e-9, -9.87654321e25, 123.456, 5e-324]) expect(Number(decimalString(n))).toBe(n)
  })
})

describe('microsToDecimalString', () => {
  it('writes micros in major units exactly, without trailing zeros', () => {
    expect(
      [1_500_000_000, 1_234_560_000, -1_234_560_000, 1, -1, 0, 999_999, 9_007_199_254_740_991].map(
        microsToDecimalString,
      ),
    ).toEqual(['1500', '1234.56', '-1234.56', '0.000001', '-0.000001', '0', '0.999999', '9007199254.740991'])
  })
})

describe('formatCell', () => {
  it('writes each format as Twenty reads it', () => {
    expect(formatCell(true, 'boolean')).toBe('TRUE')
    expect(formatCell(false, 'boolean')).toBe('FALSE')
    expect(formatCell(1_234_560_000, 'micros')).toBe('1234.56')
    expect(formatCell(1e21, 'number')).toBe('1000000000000000000000')
    expect(formatCell(['PRODUCT', 'SUPPORT'], 'json')).toBe('["PRODUCT","SUPPORT"]')
    expect(formatCell({ key: 'value' }, 'json')).toBe('{"key":"value"}')
    expect(formatCell('plain "text"', 'json')).toBe('"plain \\"text\\""')
    expect(formatCell('2025-03-01', 'text')).toBe('2025-03-01')
    expect(formatCell(null, 'text')).toBe('')
    expect(formatCell(undefined, 'micros')).toBe('')
  })
})
