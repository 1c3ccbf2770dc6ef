// The notes analyzeColumn makes on whole columns (the app's IssuePanel lists them through issueText) worded in other
// languages from the message files, for number, amount and currency columns.
import { describe, expect, it } from 'vitest'
import { issueIn } from '../../messages/catalogues'
import { LANGUAGES } from '../../messages/languages'
import { analyzeColumn } from './analyze-column'

describe('column notes in other languages', () => {
  it('words an ambiguous decimal separator in German and Russian', () => {
    const [issue] = analyzeColumn('number', ['1,234'], [], { defaultCountry: 'de' }).issues
    expect(issueIn(issue!, 'de')).toBe(
      'Zahlen wie „1,234“ lesen sich mit Dezimalpunkt als 1234 oder mit Dezimalkomma als 1,234, und kein Wert dieser Spalte entscheidet das. ' +
        'Sie wurden mit Dezimalkomma gelesen (üblich in DE, dem Standardland der Datei), also ist „1,234“ gleich 1,234. ' +
        'Falls das falsch ist, legen Sie das Standardland der Datei fest oder schreiben Sie die Zahlen ohne Tausendertrennzeichen.',
    )
    expect(issueIn(issue!, 'ru')).toContain(
      'Они прочитаны с десятичной запятой (как принято в стране DE, стране файла по умолчанию)',
    )
  })

  it('words mixed separators, percent scales and shared currency symbols in German', () => {
    const mixed = analyzeColumn('number', ['1,5', '2.5', '3.5', '1,234'], [], {}).issues
    expect(mixed.map((issue) => issueIn(issue, 'de'))).toEqual([
      'Diese Spalte mischt Zahlen mit Dezimalkomma (etwa „1,5“) und mit Dezimalpunkt (etwa „2.5“). Werte wie „1,234“ lesen sich je nachdem anders; sie wurden mit Dezimalpunkt gelesen, wie der Großteil der Spalte. Prüfen Sie sie.',
    ])
    const percents = analyzeColumn('number', ['40%', '60'], [], {}).issues
    expect(issueIn(percents[0]!, 'de')).toBe(
      'Diese Spalte mischt Prozentwerte wie „40%“, die als Anteile gespeichert werden (40 % ist 0,4), mit einfachen Zahlen über 1 wie „60“. Sind die einfachen Zahlen auch Prozente, schreiben Sie sie mit % oder als Anteile.',
    )
    const symbols = analyzeColumn('currency', ['$12'], [], {}).issues
    expect(symbols.map((issue) => [issue.suggestion, issueIn(issue, 'de')])).toEqual([
      [
        'USD',
        'Werte wie „$12“ verwenden ein Zeichen, das mehrere Währungen teilen; sie wurden als US-Dollar (USD) gelesen. Ist es eine andere Währung, schreiben Sie den ISO-Code oder legen Sie das Standardland der Datei fest.',
      ],
    ])
  })

  it('words every column note in every language, placeholders filled', () => {
    const columns: [Parameters<typeof analyzeColumn>[0], string[], Parameters<typeof analyzeColumn>[3]][] = [
      ['number', ['1,5', '2.5', '1,234'], {}],
      ['number', ['1,5', '2,5', '3.5', '1.234'], {}],
      ['number', ['1,234'], {}],
      ['number', ['1.234'], { defaultCountry: 'fr' }],
      ['number', ['40%', '60'], {}],
      ['currency', ['$12', '¥5', 'kr 5'], {}],
      ['date', ['13/01/2020', '01/13/2020'], {}],
      ['date', ['02/03/2020'], { defaultCountry: 'de' }],
      ['date', ['02/03/2020'], {}],
      ['date', ['13/01/2020'], { dateOrder: 'mdy' }],
      ['dateTime', ['2020-01-01 10:00', '2020-01-02'], {}],
      ['dateTime', ['2020-01-01 10:00', '2020-01-02'], { timeZone: 'Asia/Tokyo' }],
    ]
    const issues = columns.flatMap(([kind, values, settings]) => analyzeColumn(kind, values, [], settings ?? {}).issues)
    expect(issues.length).toBeGreaterThan(12)
    for (const issue of issues) {
      expect(issueIn(issue, 'en')).toBe(issue.message)
      for (const language of LANGUAGES.filter((l) => l !== 'en')) {
        expect(issueIn(issue, language), `${issue.message} in ${language}`).not.toMatch(/\{\w+\}/)
        expect(issueIn(issue, language), `${issue.message} in ${language}`).not.toBe(issue.message)
      }
    }
  })
})
