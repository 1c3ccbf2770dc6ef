// Property tests: a normalised value written back as its canonical text normalises to itself with nothing
// left to fix, and numbers and dates round-trip through the ways spreadsheets and locales write them.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CellResult, JsonValue } from '../cell-result'
import type { ColumnContext } from '../column-context'
import { contextFor } from './case-table.test-support'
import { ISO_CURRENCY_CODES } from './currency-codes'
import { formatForColumn } from './decimal-text'
import { scalarNormalizers, type ScalarKind } from './index'

const RUNS = { numRuns: 300 }

function run(kind: ScalarKind, raw: string, context: Partial<ColumnContext> = {}): CellResult {
  return scalarNormalizers[kind](raw, contextFor(kind, context))
}

/** The text a value is written back as (CSV cell / the suggestion a user accepts). */
function canonicalText(kind: ScalarKind, value: JsonValue, context: Partial<ColumnContext> = {}): string {
  switch (kind) {
    case 'number':
    case 'currencyAmount':
      return formatForColumn(value as number, context.decimalSeparator ?? '.')
    case 'currency': {
      const { amountMicros, currencyCode } = value as { amountMicros: number; currencyCode: string }
      return `${currencyCode} ${formatForColumn(amountMicros / 1e6, context.decimalSeparator ?? '.')}`
    }
    case 'json':
    case 'array':
    case 'multiSelect':
      return JSON.stringify(value)
    default:
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the kinds left hold strings, numbers and booleans
      return String(value)
  }
}

/** Normalises `raw`; when it yields a value, that value's canonical text must give the same value, unfixed. */
function expectIdempotent(kind: ScalarKind, raw: string, context: Partial<ColumnContext> = {}): void {
  const first = run(kind, raw, context)
  if (first.value === null) return
  const again = run(kind, canonicalText(kind, first.value, context), context)
  expect(JSON.stringify(again.value)).toBe(JSON.stringify(first.value))
  expect(again.fixes).toEqual([])
  expect(again.issues.filter((i) => i.severity === 'error')).toEqual([])
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

const chars = (alphabet: string, maxLength = 24) =>
  fc.string({ unit: fc.constantFrom(...Array.from(alphabet)), maxLength })

const SEPARATORS = ['.', ','] as const
const LOCALES_BY_SEPARATOR = {
  '.': ['en-US', 'en-GB', 'de-CH', 'en-IN'],
  ',': ['de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR'],
} as const
const STAGES = [
  { value: 'NEW', label: 'New' },
  { value: 'MID_MARKET', label: 'Mid-market' },
  { value: 'PROPOSAL', label: 'Proposal' },
  { value: 'CLOSED_WON', label: 'Closed won' },
  { value: 'ÉTÉ', label: 'Été' },
]
const date = fc.date({
  min: new Date('1001-01-01T00:00:00Z'),
  max: new Date('9998-12-31T23:59:59Z'),
  noInvalidDate: true,
})
const day = date.map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())))
const iso = (d: Date) => d.toISOString().slice(0, 10)

describe('every kind is idempotent on its own output', () => {
  it('text and rich text', () => {
    const messy = chars('ab \u00A0\u200B\u200C\u200D\uFEFF\t\n\u000B\u2028😀é\u202F\u00AD=-', 20)
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ unit: 'binary' })), (raw) => {
        expectIdempotent('text', raw)
        expectIdempotent('richText', raw)
      }),
      RUNS,
    )
  })
  it('number and currency amount, under both separators', () => {
    fc.assert(
      fc.property(chars("0123456789.,' -()%€$kMe+~a"), fc.constantFrom(...SEPARATORS), (raw, decimalSeparator) => {
        expectIdempotent('number', raw, { decimalSeparator })
        expectIdempotent('currencyAmount', raw, { decimalSeparator })
        expectIdempotent('currency', raw, { decimalSeparator })
      }),
      RUNS,
    )
  })
  it('boolean', () => {
    fc.assert(
      fc.property(fc.constantFrom('yes', 'NO', 'Ja', 'x', 'fałsz', 'Sí', '0', 'maybe', ''), (raw) =>
        expectIdempotent('boolean', raw),
      ),
    )
  })
  it('date and date-time', () => {
    fc.assert(
      fc.property(chars('0123456789./- :TZ+', 22), fc.constantFrom('dmy', 'mdy', null), (raw, dateOrder) => {
        expectIdempotent('date', raw, { dateOrder })
        expectIdempotent('dateTime', raw, { dateOrder })
      }),
      RUNS,
    )
  })
  it('uuid', () => {
    // Twenty's UUID fields take versions 1-5 only; every other version is refused.
    fc.assert(
      fc.property(fc.uuid({ version: [1, 2, 3, 4, 5] }), fc.boolean(), (id, upper) => {
        const result = run('uuid', upper ? `{${id.toUpperCase()}}` : id)
        expect(result.value).toBe(id.toLowerCase())
        expectIdempotent('uuid', id)
      }),
    )
    fc.assert(
      fc.property(fc.uuid({ version: [6, 7, 8, 9, 10, 11, 12, 13, 14, 15] }), (id) => {
        expect(run('uuid', id).issues.map((i) => i.code)).toEqual(['UUID_VERSION_UNSUPPORTED'])
      }),
    )
  })
  it('json', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const parsed: unknown = JSON.parse(text)
        const result = run('json', text)
        // Twenty refuses a bare number or boolean, and text that is not JSON itself.
        const refused =
          typeof parsed === 'number' || typeof parsed === 'boolean' || (typeof parsed === 'string' && !isJson(parsed))
        if (refused) expect(result.issues.map((i) => i.code)).toEqual(['JSON_SCALAR_REFUSED'])
        else expect(JSON.stringify(result.value)).toBe(JSON.stringify(parsed))
        expectIdempotent('json', text)
      }),
      RUNS,
    )
  })
  it('array', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (items) => expectIdempotent('array', JSON.stringify(items))),
      RUNS,
    )
    const word = chars('abcxyz -_.é', 10)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1 }), fc.constantFrom(', ', ';', ' | ', '\n'), (items, separator) => {
        const expected = items.map((i) => i.trim()).filter((i) => i !== '')
        const result = run('array', items.join(separator))
        if (expected.length > 0) expect(result.value).toEqual(expected)
        expectIdempotent('array', items.join(separator))
      }),
      RUNS,
    )
  })
  it('rating', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (n) => {
        for (const raw of [`RATING_${n}`, String(n), '★'.repeat(n), `${n}/5`, `${n} stars`]) {
          expect(run('rating', raw).value).toBe(`RATING_${n}`)
          expectIdempotent('rating', raw)
        }
      }),
    )
  })
  it('select and multi-select', () => {
    const options = { options: STAGES }
    fc.assert(
      fc.property(fc.constantFrom(...STAGES), (option) => {
        for (const raw of [
          option.value,
          option.label,
          option.label.toUpperCase(),
          option.value.toLowerCase().replace(/_/g, '-'),
        ]) {
          expect(run('select', raw, options).value).toBe(option.value)
          expectIdempotent('select', raw, options)
        }
      }),
    )
    fc.assert(
      fc.property(fc.subarray(STAGES), (chosen) => {
        expect(run('multiSelect', JSON.stringify(chosen.map((o) => o.value)), options).value).toEqual(
          chosen.map((o) => o.value),
        )
        const labels = chosen.map((o) => o.label).join('; ')
        if (chosen.length > 0) expect(run('multiSelect', labels, options).value).toEqual(chosen.map((o) => o.value))
        expectIdempotent('multiSelect', labels, options)
      }),
    )
  })
  it('currency code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ISO_CURRENCY_CODES), fc.boolean(), (code, lower) => {
        expect(run('currencyCode', lower ? code.toLowerCase() : code).value).toBe(code)
        expectIdempotent('currencyCode', code.toLowerCase())
      }),
    )
  })
})

describe('numbers round-trip through the ways they are written', () => {
  it('any finite number, written as JavaScript does, under either column separator', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(...SEPARATORS),
        (x, decimalSeparator) => {
          expect(run('number', formatForColumn(x, decimalSeparator), { decimalSeparator }).value).toBe(x === 0 ? 0 : x)
        },
      ),
      RUNS,
    )
  })
  it('amounts in cents, formatted by locales that use the column’s separator', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.constantFrom(...SEPARATORS), (cents, decimalSeparator) => {
        for (const locale of LOCALES_BY_SEPARATOR[decimalSeparator]) {
          const text = (cents / 100).toLocaleString(locale, { maximumFractionDigits: 2 })
          expect(run('number', text, { decimalSeparator }).value, `${locale} ${text}`).toBe(
            cents / 100 === 0 ? 0 : cents / 100,
          )
        }
      }),
      RUNS,
    )
  })
  it('currency micros round-trip through `CODE amount`', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(1e15 - 1), max: 1e15 - 1 }),
        fc.constantFrom('EUR', 'USD', 'JPY', 'CHF'),
        fc.constantFrom(...SEPARATORS),
        (micros, code, decimalSeparator) => {
          const context = { decimalSeparator }
          const value = run(
            'currency',
            canonicalText('currency', { amountMicros: micros, currencyCode: code }, context),
            context,
          ).value
          expect(value).toEqual({ amountMicros: micros === 0 ? 0 : micros, currencyCode: code })
        },
      ),
      RUNS,
    )
  })
})

describe('dates round-trip through the ways they are written', () => {
  it('ISO, numeric forms in the column’s order, and Excel serial numbers', () => {
    fc.assert(
      fc.property(day, (d) => {
        const [y, m, dd] = iso(d).split('-') as [string, string, string]
        expect(run('date', iso(d)).value).toBe(iso(d))
        expect(run('date', `${dd}.${m}.${y}`).value).toBe(iso(d))
        expect(run('date', `${dd}/${m}/${y}`, { dateOrder: 'dmy' }).value).toBe(iso(d))
        expect(run('date', `${Number(m)}/${Number(dd)}/${y}`, { dateOrder: 'mdy' }).value).toBe(iso(d))
        expect(run('date', `${y}/${m}/${dd}`).value).toBe(iso(d))
        // A date-time without a zone is read in the file's zone (this computer's by default): UTC here.
        expect(run('dateTime', iso(d), { timeZone: 'UTC' }).value).toBe(d.toISOString())
        const serial = (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000
        if (serial >= 61 && serial <= 2958465 && (serial < 1000 || serial > 2999))
          expect(run('date', String(serial)).value).toBe(iso(d))
      }),
      RUNS,
    )
  })
  it('month names and weekdays as seven locales write them', () => {
    const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-PT', 'pt-BR']
    const styles: Intl.DateTimeFormatOptions[] = [
      { day: 'numeric', month: 'long', year: 'numeric' },
      { day: 'numeric', month: 'short', year: 'numeric' },
      { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
      { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
    ]
    fc.assert(
      fc.property(day, (d) => {
        for (const locale of locales) {
          for (const style of styles) {
            const text = d.toLocaleDateString(locale, { ...style, timeZone: 'UTC' })
            const result = run('date', text, { dateOrder: 'dmy' })
            expect(result.value, `${locale} ${text}`).toBe(iso(d))
            expect(result.issues, `${locale} ${text}`).toEqual([])
          }
        }
      }),
      { numRuns: 60 },
    )
  })
  it('date-times with any offset give the same instant', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -48, max: 56 }), (instant, quarters) => {
        const offset = quarters * 15
        const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 23)
        const sign = offset < 0 ? '-' : '+'
        const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')
        const mm = String(Math.abs(offset) % 60).padStart(2, '0')
        expect(run('dateTime', `${local}${sign}${hh}:${mm}`).value).toBe(instant.toISOString())
        expectIdempotent('dateTime', `${local}${sign}${hh}:${mm}`)
      }),
      RUNS,
    )
  })
})
