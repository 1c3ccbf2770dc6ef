// Differential tests: each verdict reader, where it answers, says exactly what its kind's normaliser's result
// says (fixes or not, the value, the issues' codes and severities in order), on generated and adversarial cells.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyVerdict, verdictOf, type VerdictReader } from './cell-verdict'
import type { ColumnContext, Normalizer, RowContext } from './column-context'
import { emailVerdict, normalizeEmail } from './contact/email'
import { isTwentyEmail } from './contact/email-read'
import { phoneVerdict, normalizePhone } from './contact/phone'
import { internationalPrefix } from './contact/phone-read'
import { fuzzPhones, realisticPhones } from './contact/phone-samples.test-support'
import { contextFor } from './contact/contact-cases.test-support'
import { contextFor as scalarContext } from './scalar/case-table.test-support'
import { currencyAmountVerdict, normalizeCurrencyAmount } from './scalar/currency'
import { numberCell, seeded } from './scalar/differential-cells.test-support'
import { normalizeText, textVerdict } from './scalar/text'

interface Cell {
  readonly raw: string
  readonly context: ColumnContext
  readonly row?: RowContext
}

/** Compares reader and normaliser on every cell; returns how many cells the reader answered. */
function compare(
  reader: VerdictReader,
  normalize: Normalizer,
  cells: Iterable<Cell>,
): { answered: number; total: number } {
  const out = emptyVerdict()
  let answered = 0
  let total = 0
  for (const { raw, context, row } of cells) {
    total++
    const expected = verdictOf(normalize(raw, context, row))
    if (!reader(raw, context, row, out)) continue
    answered++
    expect(
      { fixed: out.fixed, value: out.value, issues: [...out.issues] },
      JSON.stringify({ raw, row, country: context.defaultCountry }),
    ).toStrictEqual(expected)
  }
  return { answered, total }
}

// Wrappings a cell gets in client files: spaces, invisible characters, an Excel text mark.
const WRAPS: readonly ((s: string) => string)[] = [
  (s) => s,
  (s) => ` ${s} `,
  (s) => `\u200B${s}`,
  (s) => `'${s}`,
  (s) => `${s}\u00A0`,
  (s) => `\t${s}`,
]

describe('phone verdict reader', () => {
  it('agrees with normalizePhone on 60,000 generated cells in 32 regions, with row countries', () => {
    const rows: (RowContext | undefined)[] = [
      undefined,
      { country: 'Deutschland' },
      { country: 'Atlantis' },
      { country: 'us' },
      { country: '' },
    ]
    const cells: Cell[] = []
    fuzzPhones(30_000, 99).forEach(({ text, region }, i) => {
      cells.push({
        raw: WRAPS[i % WRAPS.length]!(text),
        context: contextFor('phone', region),
        row: rows[i % rows.length],
      })
    })
    realisticPhones(30_000, 5).forEach(({ text, region }, i) => {
      cells.push({
        raw: text,
        context: contextFor('phone', i % 7 === 0 ? null : region),
        row: i % 3 === 0 ? { country: region! } : undefined,
      })
    })
    const { answered, total } = compare(phoneVerdict, normalizePhone, cells)
    expect(answered / total).toBeGreaterThan(0.97)
  })

  it('agrees on the bench file’s shapes read in other countries (too long there, valid with a +)', () => {
    const shapes = [
      '4159095555',
      '(415) 909-5555',
      '415.909.5555',
      '+1 (415) 909-5555',
      '415-909-5555 ext. 12',
      "'+49 30 12345678",
      '0044 (0)20 7946 0958',
      '06 12 34 56 78',
      '+33 6 12 34 56 78',
      '44 20 7946 0958',
      '0211 1234567 / 0171 7654321',
      'n/a',
      '12',
    ]
    const cells: Cell[] = []
    for (const raw of shapes)
      for (const region of ['US', 'FR', 'GB', 'DE', 'JP', null])
        cells.push({ raw, context: contextFor('phone', region) })
    compare(phoneVerdict, normalizePhone, cells)
  })

  it('agrees when the phone’s own country column gives the region (national numbers read in it)', () => {
    const shapes = [
      '4159095555',
      '(415) 909-5555',
      '020 7946 0958',
      '+44 20 7946 0958',
      '06 12 34 56 78',
      '030 12345678',
      'n/a',
      '12',
    ]
    const rows: RowContext[] = [
      { phoneCountry: 'GB' },
      { phoneCountry: 'us', country: 'DE' },
      { phoneCountry: 'Frankreich' },
      { phoneCountry: 'XX', country: 'GB' },
      { phoneCountry: '', country: 'US' },
      { phoneCountry: 'AQ' },
    ]
    const cells: Cell[] = []
    for (const raw of shapes)
      for (const row of rows)
        for (const region of ['US', null]) cells.push({ raw, context: contextFor('phone', region), row })
    compare(phoneVerdict, normalizePhone, cells)
    // The phone's own country wins over the row's: a GB number read in GB though the row says US.
    expect(
      normalizePhone('020 7946 0958', contextFor('phone', null), { phoneCountry: 'GB', country: 'US' }).parts,
    ).toMatchObject({ primaryPhoneCountryCode: 'GB' })
  })

  it('finds the international prefix as the regex it replaces does', () => {
    const INTERNATIONAL = /^\(?\s*(\+|00(?!0))/
    const char = fc.constantFrom('(', ' ', '\u00A0', '\t', '\u3000', '\uFEFF', '+', '0', '00', '000', '1', '-', ')')
    fc.assert(
      fc.property(fc.array(char, { maxLength: 8 }), (chars) => {
        const body = chars.join('')
        expect(internationalPrefix(body), JSON.stringify(body)).toBe(INTERNATIONAL.exec(body)?.[1] ?? null)
      }),
      { numRuns: 20_000 },
    )
  })

  it('agrees on arbitrary cells of phone characters', () => {
    const char = fc.constantFrom(...'0123456789  +()-./#,;x', 'ext', ' or ', '00', '\u00A0', '\u200B', 'tel:', "'")
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), fc.constantFrom('US', 'FR', 'DE', 'GB', null), (chars, region) => {
        compare(phoneVerdict, normalizePhone, [{ raw: chars.join(''), context: contextFor('phone', region) }])
      }),
      { numRuns: 3000 },
    )
  })
})

// Twenty's email check (twenty-shared emailSchema) with the local part in ASCII (its server refuses any other),
// the reference for the scan in isTwentyEmail.
const TWENTY_EMAIL =
  /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+.-]{0,63}[A-Za-z0-9_+-]@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/u

describe('email verdict reader', () => {
  const piece = fc.constantFrom(
    'a',
    'b',
    'Z',
    '0',
    '9',
    '.',
    '..',
    '-',
    '_',
    "'",
    '+',
    '@',
    'gmail',
    'com',
    'co',
    'x',
    'é',
    'ß',
    '\n',
    ' ',
    ',',
    'ü',
    '\u{1D400}',
  )
  const tricky = fc.array(piece, { maxLength: 20 }).map((p) => p.join(''))

  it('scans addresses as Twenty’s regex reads them', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.emailAddress(), fc.string({ maxLength: 30 })), (s) => {
        expect(isTwentyEmail(s), JSON.stringify(s)).toBe(s.length <= 255 && TWENTY_EMAIL.test(s))
      }),
      { numRuns: 20_000 },
    )
    for (const s of [
      'a@b.co',
      'a.@b.co',
      "a'@b.co",
      "a'b@b.co",
      '.a@b.co',
      'a..b@c.de',
      'a@b..de',
      'a@-b.de',
      'a@b-.de',
      'a@b.c',
      'a@b.c1',
      'a@b',
      '@b.de',
      `${'a'.repeat(64)}@b.de`,
      `${'a'.repeat(65)}@b.de`,
      'a@1.de',
      'a@b.de.',
      'a@.de',
      'A_+-@X.DE',
      'a@b.DE',
      `a@${'b'.repeat(250)}.de`,
    ]) {
      expect(isTwentyEmail(s), s).toBe(s.length <= 255 && TWENTY_EMAIL.test(s))
    }
  })

  it('agrees with normalizeEmail on generated, mistyped and odd cells', () => {
    const context = contextFor('email')
    const cells: Cell[] = []
    const locals = ['ada', 'Ada.Lovelace', 'j.o-h_n+tag', "o'brien", 'x', 'émile', 'a..b', '.a', 'a.']
    const domains = [
      'gmail.com',
      'gmial.com',
      'GMAIL.COM',
      'hotmail.con',
      'gmail.co',
      'web.de',
      'yahoo.fr',
      'exämple.de',
      'a-b.io',
      'x.y',
      'mail.com',
    ]
    for (const local of locals)
      for (const domain of domains)
        for (const wrap of WRAPS) {
          cells.push({ raw: wrap(`${local}@${domain}`), context })
        }
    for (const raw of [
      '',
      '   ',
      'Ada <ada@x.io>',
      'mailto:ada@x.io',
      'ada at x.io',
      'a@b.io, c@d.io',
      'a@b@c.io',
      '"ada@x.io"',
      'ada@x,io',
      'n/a',
    ]) {
      cells.push({ raw, context })
    }
    const { answered, total } = compare(emailVerdict, normalizeEmail, cells)
    // Addresses with a non-ASCII local part (`émile@`) are errors the normaliser words: the reader leaves them.
    expect(answered / total).toBeGreaterThan(0.45)
    fc.assert(
      fc.property(
        fc.oneof(
          tricky,
          fc.emailAddress(),
          fc.emailAddress().map((e) => e.toUpperCase()),
        ),
        (raw) => {
          compare(emailVerdict, normalizeEmail, [{ raw, context }])
        },
      ),
      { numRuns: 5000 },
    )
  })
})

describe('currency amount verdict reader', () => {
  const random = seeded(77)
  const generated = Array.from({ length: 50_000 }, () => numberCell(random))
  const bench = [
    '36,140.84',
    '8,937.20',
    '$10,123.00',
    '290,23',
    '13 348,24',
    '€ 18614',
    '-414.26',
    '34248.72',
    '',
    ' ',
    '-0.00',
    '0',
    '1e3',
    '12,34,567.89',
    '1.234,56 €',
    'USD 99.90',
    '40%',
    '(1,234)',
    '2,5 Mio. €',
    '1,234',
    '1.200',
    '¥1,000',
    '12 kr',
    '007',
    '$-12',
    '-$12',
  ]

  it.each(['.', ','] as const)(
    'agrees with normalizeCurrencyAmount on generated and bench cells, decimal separator %s',
    (decimalSeparator) => {
      const context = scalarContext('currencyAmount', { decimalSeparator })
      const { answered, total } = compare(
        currencyAmountVerdict,
        normalizeCurrencyAmount,
        [...generated, ...bench].map((raw) => ({ raw, context })),
      )
      expect(answered / total).toBeGreaterThan(0.3)
    },
  )

  it('agrees on arbitrary cells of amount characters', () => {
    const char = fc.constantFrom(...'0123456789 .,-+%$€£¥', 'EUR', 'usd', 'kr', 'Mio', '\u00A0')
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }), fc.constantFrom('.', ','), (chars, decimalSeparator) => {
        compare(currencyAmountVerdict, normalizeCurrencyAmount, [
          { raw: chars.join(''), context: scalarContext('currencyAmount', { decimalSeparator }) },
        ])
      }),
      { numRuns: 5000 },
    )
  })
})

describe('text verdict reader', () => {
  it('agrees with normalizeText on arbitrary text, spaces and invisible characters', () => {
    const context = scalarContext('text')
    const char = fc.constantFrom(
      'a',
      'Z',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\u00A0',
      '\u200B',
      '\u200D',
      '\uFEFF',
      '\u00AD',
      '\u2028',
      '\u3000',
      '\u0007',
      'é',
      '😀',
      '=',
      '-',
    )
    const { answered } = compare(
      textVerdict,
      normalizeText,
      ['', ' ', 'a', 'P0000001', 'needed, client a back', ' x'].map((raw) => ({ raw, context })),
    )
    expect(answered).toBeGreaterThanOrEqual(4)
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(char, { maxLength: 12 }).map((c) => c.join('')),
          fc.string(),
          fc.string({ unit: 'binary' }),
        ),
        (raw) => {
          compare(textVerdict, normalizeText, [{ raw, context }])
        },
      ),
      { numRuns: 10_000 },
    )
  })
})
