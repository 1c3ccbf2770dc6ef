import { describe } from 'vitest'
import { runCases, type ScalarCase } from './case-table.test-support'

const comma = { decimalSeparator: ',' } as const
const money = (raw: string, amountMicros: number, currencyCode: string, extra: Partial<ScalarCase> = {}): ScalarCase =>
  ({ kind: 'currency', raw, value: { amountMicros, currencyCode }, ...extra })

const whole: ScalarCase[] = [
  money('EUR 1234.56', 1_234_560_000, 'EUR'),
  money('1234.56 EUR', 1_234_560_000, 'EUR'),
  money('EUR 1.234,56', 1_234_560_000, 'EUR', { context: comma, fix: 'CURRENCY_AMOUNT_REFORMATTED' }),
  money('1.234.567,89 €', 1_234_567_890_000, 'EUR', { context: comma }),
  money('€ 98.000', 98_000_000_000, 'EUR', { context: comma }),
  money('15.000 €', 15_000_000_000, 'EUR', { context: comma }),
  money('CHF 4.500.000', 4_500_000_000_000, 'CHF', { context: comma }),
  money("CHF 4'500'000.50", 4_500_000_500_000, 'CHF'),
  money('Fr. 120.50', 120_500_000, 'CHF'),
  money('$1,234', 1_234_000_000, 'USD'),
  money('$1,234.5', 1_234_500_000, 'USD'),
  money('-$1,234', -1_234_000_000, 'USD'),
  money('$(1,234.00)', -1_234_000_000, 'USD'),
  money('US$ 99', 99_000_000, 'USD'),
  money('£2,500', 2_500_000_000, 'GBP'),
  money('¥1,000', 1_000_000_000, 'JPY'),
  money('¥1,000', 1_000_000_000, 'CNY', { row: { country: 'CN' } }),
  money('$1,234', 1_234_000_000, 'CAD', { context: { defaultCountry: 'CA' } }),
  money('1 234,50 zł', 1_234_500_000, 'PLN', { context: comma }),
  money('R$ 1.234,56', 1_234_560_000, 'BRL', { context: comma }),
  money('12 kr', 12_000_000, 'SEK', { row: { country: 'SE' } }),
  money('500 usd', 500_000_000, 'USD'),
  money('0.000001 EUR', 1, 'EUR'),
  money('EUR 0', 0, 'EUR'),
  money('XAF 5000', 5_000_000_000, 'XAF', { code: 'CURRENCY_CODE_NOT_IN_TWENTY' }),
  money('EUR 1234567.89', 1_234_567_890_000, 'EUR', { context: comma, code: 'NUMBER_SEPARATOR_MISMATCH' }),
  { kind: 'currency', raw: '2,5 Mio. €', context: comma, value: null, code: 'CURRENCY_AMOUNT_ABBREVIATED', suggestion: 'EUR 2500000' },
  { kind: 'currency', raw: '1,2 Mio. EUR', context: comma, value: null, code: 'CURRENCY_AMOUNT_ABBREVIATED', suggestion: 'EUR 1200000' },
  { kind: 'currency', raw: '$1.5M', value: null, code: 'CURRENCY_AMOUNT_ABBREVIATED', suggestion: 'USD 1500000' },
  { kind: 'currency', raw: '10k EUR', value: null, code: 'CURRENCY_AMOUNT_ABBREVIATED', suggestion: 'EUR 10000' },
  { kind: 'currency', raw: '250 TEUR', value: null, code: 'CURRENCY_AMOUNT_ABBREVIATED', suggestion: 'EUR 250000' },
  { kind: 'currency', raw: '3 Mrd. €', context: comma, value: null, code: 'CURRENCY_AMOUNT_ABBREVIATED', suggestion: 'EUR 3000000000' },
  { kind: 'currency', raw: '1.234,56', context: comma, value: null, code: 'CURRENCY_CODE_MISSING' },
  { kind: 'currency', raw: '12 kr', value: null, code: 'CURRENCY_SYMBOL_AMBIGUOUS' },
  { kind: 'currency', raw: 'DEM 100', value: null, code: 'CURRENCY_CODE_UNKNOWN' },
  { kind: 'currency', raw: 'EUR 100 USD', value: null, code: 'CURRENCY_CODE_CONFLICT' },
  { kind: 'currency', raw: 'TBD', value: null, code: 'CURRENCY_AMOUNT_INVALID' },
  { kind: 'currency', raw: 'EUR', value: null, code: 'CURRENCY_AMOUNT_INVALID' },
  { kind: 'currency', raw: 'ca. 5000 EUR', value: null, code: 'CURRENCY_AMOUNT_INVALID', suggestion: 'EUR 5000' },
  { kind: 'currency', raw: '10% EUR', value: null, code: 'CURRENCY_AMOUNT_INVALID' },
  { kind: 'currency', raw: 'EUR 100-200', value: null, code: 'CURRENCY_AMOUNT_INVALID' },
]

const amounts: ScalarCase[] = [
  { kind: 'currencyAmount', raw: '120000', value: 120000 },
  { kind: 'currencyAmount', raw: '75,000.50', value: 75000.5, fix: 'CURRENCY_AMOUNT_REFORMATTED' },
  { kind: 'currencyAmount', raw: '1.234,56 €', context: comma, value: 1234.56, fix: 'CURRENCY_MARKER_REMOVED' },
  { kind: 'currencyAmount', raw: 'EUR 99', value: 99, fix: 'CURRENCY_MARKER_REMOVED' },
  { kind: 'currencyAmount', raw: '(500)', value: -500 },
  { kind: 'currencyAmount', raw: 'TBD', value: null, code: 'CURRENCY_AMOUNT_INVALID' },
  { kind: 'currencyAmount', raw: '-', value: null, code: 'CURRENCY_AMOUNT_INVALID', suggestion: '0' },
  { kind: 'currencyAmount', raw: '1.5M', value: null, code: 'CURRENCY_AMOUNT_ABBREVIATED', suggestion: '1500000' },
  { kind: 'currencyAmount', raw: '2,5 Mio.', context: comma, value: null, code: 'CURRENCY_AMOUNT_ABBREVIATED', suggestion: '2500000' },
  { kind: 'currencyAmount', raw: '1,5k', context: comma, value: null, code: 'CURRENCY_AMOUNT_ABBREVIATED', suggestion: '1500' },
]

const codes: ScalarCase[] = [
  { kind: 'currencyCode', raw: 'EUR', value: 'EUR' },
  { kind: 'currencyCode', raw: 'USD', value: 'USD' },
  { kind: 'currencyCode', raw: 'usd', value: 'USD', fix: 'CURRENCY_CODE_UPPERCASED' },
  { kind: 'currencyCode', raw: ' gbp ', value: 'GBP', fix: 'CURRENCY_CODE_UPPERCASED' },
  { kind: 'currencyCode', raw: '€', value: 'EUR', fix: 'CURRENCY_SYMBOL_MAPPED' },
  { kind: 'currencyCode', raw: 'Euro', value: 'EUR', fix: 'CURRENCY_SYMBOL_MAPPED' },
  { kind: 'currencyCode', raw: '£', value: 'GBP', fix: 'CURRENCY_SYMBOL_MAPPED' },
  { kind: 'currencyCode', raw: 'RMB', value: 'CNY', fix: 'CURRENCY_SYMBOL_MAPPED' },
  { kind: 'currencyCode', raw: 'zł', value: 'PLN' },
  { kind: 'currencyCode', raw: '$', value: 'USD' },
  { kind: 'currencyCode', raw: '$', row: { country: 'AU' }, value: 'AUD' },
  { kind: 'currencyCode', raw: 'kr', row: { country: 'NO' }, value: 'NOK' },
  { kind: 'currencyCode', raw: 'kr', value: null, code: 'CURRENCY_SYMBOL_AMBIGUOUS' },
  { kind: 'currencyCode', raw: 'XYZ', value: null, code: 'CURRENCY_CODE_UNKNOWN' },
  { kind: 'currencyCode', raw: 'DEM', value: null, code: 'CURRENCY_CODE_UNKNOWN' },
  { kind: 'currencyCode', raw: 'Dollars canadiens', value: null, code: 'CURRENCY_CODE_UNKNOWN' },
  { kind: 'currencyCode', raw: 'XPF', value: 'XPF', code: 'CURRENCY_CODE_NOT_IN_TWENTY' },
]

describe('currency (one cell)', () => runCases(whole))
describe('currency amount', () => runCases(amounts))
describe('currency code', () => runCases(codes))
