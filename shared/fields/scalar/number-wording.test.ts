// The number family's issues and fixes (numbers, amounts, currencies, ratings, booleans, JSON, arrays, UUIDs)
// word in every language from their key and params: real engine results rendered in German and Russian, and
// every message of a broad sample in all six languages with no placeholder left unfilled.
import { describe, expect, it } from 'vitest'
import type { CellResult } from '../cell-result'
import { fixIn, issueIn } from '../../messages/catalogues'
import { LANGUAGES, type Language } from '../../messages/languages'
import { contextFor } from './case-table.test-support'
import {
  normalizeCurrency,
  normalizeCurrencyAmount,
  normalizeCurrencyAmountSlow,
  normalizeCurrencyCode,
} from './currency'
import { normalizeNumber, normalizeNumberSlow } from './number'
import { normalizeArray } from './array'
import { normalizeBoolean } from './boolean'
import { normalizeJson } from './json'
import { normalizeRating } from './rating'
import { normalizeRecordId, normalizeUuid } from './uuid'

const comma = { decimalSeparator: ',' } as const

function issueText(result: CellResult, language: Language, at = 0): string {
  const issue = result.issues[at]
  if (issue === undefined) throw new Error('no issue')
  return issueIn(issue, language)
}

function fixText(result: CellResult, language: Language, at = 0): string {
  const fix = result.fixes[at]
  if (fix === undefined) throw new Error('no fix')
  return fixIn(fix, language)
}

/** Every issue and fix of `results` carries a key and params, and renders fully in every language. */
function expectWordedEverywhere(results: readonly CellResult[]): void {
  for (const result of results) {
    for (const item of [...result.issues, ...result.fixes]) {
      expect(item.key, item.message).toBeDefined()
      expect(item.params, item.message).toBeDefined()
    }
    for (const language of LANGUAGES) {
      for (const issue of result.issues) {
        const text = issueIn(issue, language)
        expect(text, `${issue.key} in ${language}`).not.toMatch(/\{\w+\}/)
        if (language !== 'en') expect(text, `${issue.key} in ${language}`).not.toBe(issue.message)
      }
      for (const fix of result.fixes) {
        const text = fixIn(fix, language)
        expect(text, `${fix.key} in ${language}`).not.toMatch(/\{\w+\}/)
        if (language !== 'en') expect(text, `${fix.key} in ${language}`).not.toBe(fix.message)
      }
    }
  }
}

describe('number messages in the user’s language', () => {
  const number = contextFor('number')
  it('words a placeholder, a dash and an estimate in German and Russian', () => {
    expect(issueText(normalizeNumber('n/a', number), 'de')).toBe(
      '„n/a“ ist ein Platzhalter, keine Zahl. Lassen Sie die Zelle leer, wenn der Wert unbekannt ist.',
    )
    expect(issueText(normalizeNumber('—', number), 'ru')).toMatch(/^«—» — не число\. Одиночный прочерк/)
    expect(issueText(normalizeNumber('ca. 500', number), 'de')).toBe(
      '„ca. 500“ ist eine Schätzung, keine Zahl. Twenty braucht eine einfache Zahl: Übernehmen Sie 500 oder schreiben Sie den genauen Wert.',
    )
    expect(issueText(normalizeNumber('abc', number), 'de')).toBe(
      '„abc“ ist keine Zahl. Schreiben Sie nur Ziffern, etwa 1234,56.',
    )
  })

  it('words the reformatting fix and the separator warning by their own phrase', () => {
    expect(fixText(normalizeNumber('1,234.5', number), 'de')).toBe('„1,234.5“ als 1234,5 gelesen.')
    expect(fixText(normalizeNumber('1,234.5', number), 'ru')).toBe('Значение «1,234.5» прочитано как 1234,5.')
    const mismatch = normalizeNumber('1234.5', contextFor('number', comma))
    expect(mismatch.issues[0]?.key).toBe('NUMBER_SEPARATOR_MISMATCH.numberPoint')
    expect(issueText(mismatch, 'de')).toMatch(
      /^„1234\.5“ verwendet einen Dezimalpunkt, die Zahlen dieser Spalte aber ein Dezimalkomma\. Als 1234,5 gelesen;/,
    )
    expect(issueText(mismatch, 'ru')).toMatch(
      /^В «1234\.5» десятичная точка, а в числах этого столбца — десятичная запятая\./,
    )
  })

  it('renders every number message in every language', () => {
    const cells = [
      'n/a',
      '-',
      '#DIV/0!',
      'abc',
      '80-100',
      '1,23,4',
      '1e999',
      'ca. 500',
      '500 employees',
      '2,5 Mio.',
      '$12',
      '40%',
      '1,234.5',
      '0123',
      '12345678901234567890',
      '1.234,5',
    ]
    expectWordedEverywhere(
      cells.flatMap((raw) => [normalizeNumber(raw, number), normalizeNumberSlow(raw, contextFor('number', comma))]),
    )
  })
})

describe('currency messages in the user’s language', () => {
  const currency = contextFor('currency')
  it('words a missing currency, an unknown code and a reformatted amount in German and Russian', () => {
    expect(issueText(normalizeCurrency('1234.56', currency), 'de')).toBe(
      '„1234.56“ hat keine Währung. Schreiben Sie den Code zum Betrag (EUR 1234,56) oder ordnen Sie diese Spalte dem Betrag und die Währung einer eigenen Spalte zu.',
    )
    expect(issueText(normalizeCurrency('DEM 100', currency), 'ru')).toBe(
      '«DEM» — валюта, выведенная из обращения; её заменила EUR. Сначала пересчитайте сумму в EUR: Twenty знает только действующие валюты.',
    )
    expect(fixText(normalizeCurrency('EUR 1.234,56', contextFor('currency', comma)), 'de')).toBe(
      '„EUR 1.234,56“ als 1234,56 EUR gelesen.',
    )
    expect(fixText(normalizeCurrencyAmount('1.234,56 €', contextFor('currencyAmount', comma)), 'ru')).toBe(
      'Значение «1.234,56 €» прочитано как 1234,56: валюте «€» место в столбце валюты.',
    )
    expect(fixText(normalizeCurrencyCode('usd', contextFor('currencyCode')), 'de')).toBe(
      '„usd“ in Großbuchstaben geschrieben: USD.',
    )
  })

  it('words an amount without digits as an amount, not a number', () => {
    const result = normalizeCurrencyAmount('n/a', contextFor('currencyAmount'))
    expect(result.issues[0]?.code).toBe('CURRENCY_AMOUNT_INVALID')
    expect(issueText(result, 'de')).toBe(
      '„n/a“ ist ein Platzhalter, kein Betrag. Lassen Sie die Zelle leer, wenn der Wert unbekannt ist.',
    )
  })

  it('renders every currency message in every language', () => {
    const cells = [
      'EUR',
      'n/a',
      '-',
      '#N/A',
      'abc',
      '10-20 EUR',
      '12%',
      '1e400 EUR',
      'ca. 500 EUR',
      '500 EUR net',
      '2,5 Mio. €',
      '1234.56',
      'EUR 1.234,56',
      '$ 5',
      'kr 5',
      'XYZ 5',
      'DEM 5',
      'XAF 5',
      'EUR 5 USD',
      'EUR 99999999999999',
      '€ 12,50',
    ]
    const amount = contextFor('currencyAmount', comma)
    expectWordedEverywhere([
      ...cells.map((raw) => normalizeCurrency(raw, currency)),
      ...cells.map((raw) => normalizeCurrency(raw, contextFor('currency', comma))),
      ...cells.map((raw) => normalizeCurrencyAmount(raw, amount)),
      ...cells.map((raw) => normalizeCurrencyAmountSlow(raw, contextFor('currencyAmount'))),
      ...['usd', '€', 'Euro', '$', 'kr', 'XYZ', 'DEM', 'XAF', '???'].map((raw) =>
        normalizeCurrencyCode(raw, contextFor('currencyCode')),
      ),
    ])
  })
})

describe('rating, yes/no, JSON, array and UUID messages in the user’s language', () => {
  it('words ratings and yes/no values in German and Russian', () => {
    expect(issueText(normalizeRating('8/10'), 'de')).toBe(
      '„8/10“ ist auf einer Skala bis 10; Twenty bewertet von 1 bis 5. Bei fünf Sternen sind das etwa 4: Übernehmen Sie RATING_4 oder wählen Sie eine andere Bewertung.',
    )
    expect(fixText(normalizeRating('★★★☆☆'), 'ru')).toBe('Значение «★★★☆☆» прочитано как RATING_3 (3 из 5 звёзд).')
    expect(issueText(normalizeBoolean('vielleicht', contextFor('boolean')), 'de')).toMatch(
      /^„vielleicht“ ist kein Ja\/Nein-Wert\. Schreiben Sie TRUE oder FALSE/,
    )
    expect(fixText(normalizeBoolean('nein', contextFor('boolean')), 'ru')).toBe('Значение «nein» прочитано как FALSE.')
    expect(fixText(normalizeBoolean('', contextFor('boolean', { blankIsFalse: true })), 'de')).toMatch(
      /^Die leere Zelle als FALSE gelesen/,
    )
  })

  it('words JSON with its literal braces, and the array split by its separator and count', () => {
    expect(issueText(normalizeJson('42'), 'de')).toBe(
      '„42“ ist eine alleinstehende Zahl, und Twenty lehnt sie in einem JSON-Feld ab. Schreiben Sie sie in ein Objekt, etwa {"value": 42}, oder leeren Sie die Zelle.',
    )
    expect(issueText(normalizeJson('{a'), 'ru')).toMatch(
      /^«\{a» — недопустимый JSON \(.+\)\. Напишите JSON, например \{"key":"value"\}\.$/,
    )
    expect(fixText(normalizeArray('a; b; c'), 'ru')).toBe(
      'Значение «a; b; c» разбито по точкам с запятой на 3 элемента.',
    )
    expect(fixText(normalizeArray('a; b; c; d; e'), 'ru')).toBe(
      'Значение «a; b; c; d; e» разбито по точкам с запятой на 5 элементов.',
    )
    expect(fixText(normalizeArray('a, b'), 'de')).toBe('„a, b“ an den Kommas in 2 Einträge geteilt.')
  })

  it('words why a UUID is refused', () => {
    expect(issueText(normalizeUuid('c776ee49-f608-4a77-0cc8-6fe96ae1e43f'), 'de')).toMatch(
      /^„c776ee49-f608-4a77-0cc8-6fe96ae1e43f“ ist keine UUID, die Twenty annimmt: Die Variantenziffer ist 0 \(nicht 8, 9, a oder b\)/,
    )
    expect(issueText(normalizeRecordId('c776ee49-f608-7a77-8cc8-6fe96ae1e43f'), 'ru')).toMatch(
      /^«c776ee49-f608-7a77-8cc8-6fe96ae1e43f» не может быть идентификатором записи Twenty: это UUID версии 7,/,
    )
  })

  it('renders every message of these kinds in every language', () => {
    const boolean = contextFor('boolean', { blankIsFalse: true })
    expectWordedEverywhere([
      ...['RATING_4', '4', '4/5', '8/10', '3.5', '7/3', '0', '11', '****', '******', 'good', '4 stars'].map((raw) =>
        normalizeRating(raw),
      ),
      ...['', 'yes', 'Nein', 'x', 'maybe', 'TRUE'].map((raw) => normalizeBoolean(raw, boolean)),
      ...['{a', "{'a': True}", '42', 'true', '"x"', '"[1]"', 'null', '{"a":1}'].map((raw) => normalizeJson(raw)),
      ...['[{"a":1}]', '["a",1,true]', 'a\nb', 'a;b', 'a|b', '"a","b"'].map((raw) => normalizeArray(raw)),
      ...[
        'zz',
        '00000000-0000-0000-0000-000000000000',
        'c776ee49-f608-7a77-8cc8-6fe96ae1e43f',
        'c776ee49-f608-4a77-0cc8-6fe96ae1e43f',
        '{C776EE49-F608-4A77-8CC8-6FE96AE1E43F}',
        'urn:uuid:c776ee49f6084a778cc86fe96ae1e43f',
      ].flatMap((raw) => [normalizeUuid(raw), normalizeRecordId(raw)]),
    ])
  })
})
