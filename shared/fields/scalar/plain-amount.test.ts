import { describe, expect, it } from 'vitest'
import { contextFor } from './case-table.test-support'
import { normalizeCurrencyAmount, normalizeCurrencyAmountSlow } from './currency'
import { CURRENCY_SYMBOLS, isCurrencyMark } from './currency-codes'
import { differences, numberCell, seeded } from './differential-cells.test-support'
import { normalizeNumber, normalizeNumberSlow } from './number'
import { inColumn } from './decimal-text'
import { readPlainAmount, readPlainAmountVerdict, type PlainVerdict } from './plain-amount'
import { shortDecimalValue } from './short-decimal'

const CELLS = 100_000
const cells = (() => {
  const random = seeded(20240611)
  return Array.from({ length: CELLS }, () => numberCell(random))
})()

describe.each(['.', ','] as const)('one-pass amount reading, decimal separator %s', (decimalSeparator) => {
  it('gives the general normaliser’s number result for every generated cell', () => {
    const context = contextFor('number', { decimalSeparator })
    const found = differences(
      cells,
      (raw) => normalizeNumber(raw, context),
      (raw) => normalizeNumberSlow(raw, context),
    )
    expect(found).toEqual([])
  })

  it('gives the general normaliser’s currency amount result for every generated cell', () => {
    const context = contextFor('currencyAmount', { decimalSeparator })
    const found = differences(
      cells,
      (raw) => normalizeCurrencyAmount(raw, context),
      (raw) => normalizeCurrencyAmountSlow(raw, context),
    )
    expect(found).toEqual([])
  })

  it('reads a good share of the generated cells itself, so the comparison covers it', () => {
    const read = cells.filter(
      (raw) => readPlainAmount(raw, decimalSeparator, isCurrencyMark, CURRENCY_SYMBOLS) !== null,
    ).length
    expect(read / CELLS).toBeGreaterThan(0.3)
  })
})

describe('one-pass amount reading of common shapes', () => {
  const common = [
    '1234',
    '-12',
    '1234.5',
    '1,234.56',
    '0.4',
    '9,539.58',
    '12,34,567.89',
    ' 45 ',
    '$1,234.56',
    '-$12',
    '$-12',
    '€ 1.234,56',
    '1.234,56 €',
    '500 EUR',
    'USD 99.90',
    '100 usd',
    '40%',
    '12,5 %',
    '007',
    '1,234',
    '1.200',
    '¥1,000',
    '12 kr',
    '1 234',
    '12 345,67',
    '-1 234 567.5',
    '€ 1 234',
    '1 234 €',
    '5 000 %',
  ]
  it.each(common)('%s', (raw) => {
    for (const decimalSeparator of ['.', ','] as const) {
      expect(readPlainAmount(raw, decimalSeparator, isCurrencyMark, CURRENCY_SYMBOLS)).not.toBeNull()
      const context = contextFor('number', { decimalSeparator })
      expect(normalizeNumber(raw, context)).toEqual(normalizeNumberSlow(raw, context))
      expect(normalizeCurrencyAmount(raw, context)).toEqual(normalizeCurrencyAmountSlow(raw, context))
    }
  })

  it.each([
    '1.234,56-',
    '(1,234)',
    '1  234',
    '1 23',
    '01 234',
    '1 234,5.6',
    '1 234,567 8',
    '1e3',
    '2,5 Mio. €',
    'ca. 500',
    '$1 USD',
    '1,2,3',
    '.5',
    '5.',
    '- 5',
    'TEUR 5',
  ])('leaves %s to the general reader', (raw) => {
    expect(readPlainAmount(raw, '.', isCurrencyMark, CURRENCY_SYMBOLS)).toBeNull()
  })
})

describe('one-pass reading of space-grouped amounts', () => {
  // Cells built around space grouping (`12 345,67`): regular and irregular groups, both separators, signs, marks,
  // doubled and trailing spaces; the one-pass reader must agree with the general one on each.
  const random = seeded(7041)
  const int = (below: number) => Math.floor(random() * below)
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!
  const spaced = Array.from({ length: 30_000 }, () => {
    let integer = String(int(10 ** (1 + int(9))))
    if (random() < 0.05) integer = `0${integer}`
    let grouped = ''
    for (let i = 0; i < integer.length; i++) {
      const regular = (integer.length - i) % 3 === 0
      if (i > 0 && (random() < 0.03 ? !regular : regular))
        grouped += random() < 0.04 ? pick(['  ', '.', ',', '\u00A0']) : ' '
      grouped += integer[i]
    }
    const point = pick(['', '', '.', ',', ',', ', ', '. '])
    let text = point === '' ? grouped : `${grouped}${point}${String(int(1000)).padStart(1 + int(3), '0')}`
    if (random() < 0.05) text += pick([' 5', ',5', '.5', ' ', ' -'])
    if (random() < 0.2) text = `-${text}`
    const mark = random()
    if (mark < 0.2) text = `${pick(['€', '$', 'EUR', 'kr', 'zł'])}${pick(['', ' ', '  '])}${text}`
    else if (mark < 0.4) text = `${text}${pick(['', ' ', '  '])}${pick(['€', '$', 'EUR', 'kr', '%', 'k'])}`
    return random() < 0.1 ? ` ${text} ` : text
  })

  it.each(['.', ','] as const)('agrees with the general reader, decimal separator %s', (decimalSeparator) => {
    const number = contextFor('number', { decimalSeparator })
    const amount = contextFor('currencyAmount', { decimalSeparator })
    expect(
      differences(
        spaced,
        (raw) => normalizeNumber(raw, number),
        (raw) => normalizeNumberSlow(raw, number),
      ),
    ).toEqual([])
    expect(
      differences(
        spaced,
        (raw) => normalizeCurrencyAmount(raw, amount),
        (raw) => normalizeCurrencyAmountSlow(raw, amount),
      ),
    ).toEqual([])
    const read = spaced.filter(
      (raw) => /\d \d/.test(raw) && readPlainAmount(raw, decimalSeparator, isCurrencyMark, CURRENCY_SYMBOLS) !== null,
    )
    expect(read.length / spaced.length).toBeGreaterThan(0.2)
  })
})

describe('amount verdicts read in place', () => {
  // readPlainAmountVerdict must say what readPlainAmount's strings say: the value shortDecimalValue (else Number)
  // gives the digits, the mismatch, and whether the cell has a mark or differs from its digits in the column.
  const random = seeded(90210)
  const digitsOf = (count: number) => Array.from({ length: count }, () => String(Math.floor(random() * 10))).join('')
  const long = Array.from({ length: 20_000 }, () => {
    const integer = random() < 0.3 ? '0' : digitsOf(1 + Math.floor(random() * 18))
    const fraction =
      random() < 0.3 ? '' : `.${'0'.repeat(Math.floor(random() * 8))}${digitsOf(Math.floor(random() * 12))}`
    return `${random() < 0.3 ? '-' : ''}${integer}${fraction === '.' ? '' : fraction}`
  })
  const all = [
    ...cells,
    ...long,
    '-0',
    '-0.00',
    '0,000',
    '-0,0 €',
    '$-0',
    '0.0000001',
    '0.000001',
    '1234567890123456',
    '123456789012345',
    '0.00000000000000000000001',
    '0.0000000000000000000001',
    '-0.' + '0'.repeat(25) + '1',
    '1 234,' + '0'.repeat(21) + '5',
  ]

  it.each(['.', ','] as const)('agrees with readPlainAmount, decimal separator %s', (decimalSeparator) => {
    const out: PlainVerdict = { value: -1, mismatch: null, fixed: false }
    let answered = 0
    for (const raw of all) {
      const plain = readPlainAmount(raw, decimalSeparator, isCurrencyMark, CURRENCY_SYMBOLS)
      const answers = readPlainAmountVerdict(raw, decimalSeparator, isCurrencyMark, CURRENCY_SYMBOLS, out)
      if (answers !== (plain !== null && !plain.percent)) expect({ raw, answers }).toEqual({ raw, answers: !answers })
      if (!answers || plain === null) continue
      answered++
      const number = Number(plain.read.text)
      const expected = {
        value: shortDecimalValue(plain.read.text) ?? (number === 0 ? 0 : number),
        mismatch: plain.read.mismatch,
        fixed: plain.mark !== null || plain.text !== inColumn(plain.read.text, decimalSeparator),
      }
      if (!Object.is(out.value, expected.value) || out.mismatch !== expected.mismatch || out.fixed !== expected.fixed) {
        expect({ raw, ...out }).toEqual({ raw, ...expected })
      }
    }
    expect(answered).toBeGreaterThan(40_000)
  })
})
