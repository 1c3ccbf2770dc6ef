// Date issues and fixes, and the date columns' notes, worded in other languages from the message files: the key
// and params the engine keeps must name a message every language has, with every placeholder filled.
import { describe, expect, it } from 'vitest'
import type { CellFix, CellIssue } from '../cell-result'
import type { ColumnContext } from '../column-context'
import { fixIn, issueIn } from '../../messages/catalogues'
import { LANGUAGES } from '../../messages/languages'
import { analyzeColumn } from './analyze-column'
import { normalizeDate, normalizeDateTime } from './date'

const context = (extra: Partial<ColumnContext> = {}): ColumnContext => ({
  kind: 'date',
  decimalSeparator: '.',
  dateOrder: null,
  defaultCountry: null,
  options: [],
  blankIsFalse: false,
  ...extra,
})

const notes = (issues: readonly CellIssue[], fixes: readonly CellFix[] = []) => [
  ...issues.map((issue) => ({ english: issue.message, in: (l: (typeof LANGUAGES)[number]) => issueIn(issue, l) })),
  ...fixes.map((fix) => ({ english: fix.message, in: (l: (typeof LANGUAGES)[number]) => fixIn(fix, l) })),
]

describe('date messages in other languages', () => {
  it('words an unreadable date in German and Russian', () => {
    const [issue] = normalizeDate('garbage', context()).issues
    expect(issueIn(issue!, 'de')).toBe(
      '„garbage“ ist kein Datum, das Preflight lesen kann. Schreiben Sie es als JJJJ-MM-TT, etwa 2019-03-14.',
    )
    expect(issueIn(issue!, 'ru')).toBe(
      '«garbage» — не дата, которую Preflight может прочитать. Запишите её как ГГГГ-ММ-ДД, например 2019-03-14.',
    )
  })

  it('words a month-and-year cell with its suggestion in German', () => {
    const [issue] = normalizeDate('2019-03', context()).issues
    expect(issue?.suggestion).toBe('2019-03-01')
    expect(issueIn(issue!, 'de')).toBe(
      '„2019-03“ nennt nur Monat und Jahr; Twenty braucht ein vollständiges Datum. Übernehmen Sie 2019-03-01 (den ersten Tag) oder tragen Sie das genaue Datum ein; bis dahin bleibt die Zelle leer.',
    )
  })

  it('spells a reformatted date, an Excel date and a missing day in the language’s own month names', () => {
    const [fix] = normalizeDate('14.03.2019', context()).fixes
    expect(fixIn(fix!, 'ru')).toBe('«14.03.2019» прочитано как 14 марта 2019 (2019-03-14).')
    expect(fixIn(fix!, 'de')).toBe('„14.03.2019“ als 14. März 2019 (2019-03-14) gelesen.')
    const [serial] = normalizeDate('43538', context()).fixes
    expect(serial!.message).toBe('Read the Excel date number 43538 as 14 March 2019 (2019-03-14).')
    expect(fixIn(serial!, 'es')).toBe('Número de fecha de Excel 43538 leído como 14 de marzo de 2019 (2019-03-14).')
    const [issue] = normalizeDate('2019-02-30', context()).issues
    expect(issue!.message).toBe(
      '“2019-02-30” is not a real date: February 2019 has no day 30. Correct it in the source or leave the cell empty.',
    )
    expect(issueIn(issue!, 'ru')).toBe(
      '«2019-02-30» — несуществующая дата: в феврале 2019 года нет 30-го числа. Исправьте её в источнике или оставьте ячейку пустой.',
    )
  })

  it('words a skipped local time in Russian with the plural of its hours', () => {
    const [issue] = normalizeDateTime(
      '2024-03-31 02:30',
      context({ kind: 'dateTime', timeZone: 'Europe/Berlin' }),
    ).issues
    expect(issue?.code).toBe('DATETIME_NONEXISTENT')
    expect(issueIn(issue!, 'ru')).toContain('часы перевели вперёд на 1 час.')
    expect(issueIn(issue!, 'de')).toContain('Die Uhren wurden um 1 Stunde vorgestellt.')
  })

  it('words the date columns’ notes in German and Russian', () => {
    const mixed = analyzeColumn('date', ['13/01/2020', '01/13/2020', '14/01/2020'], [], {}).issues
    expect(mixed.map((issue) => issueIn(issue, 'de'))).toEqual([
      'Diese Spalte mischt Datumsangaben mit dem Tag zuerst (etwa „13/01/2020“) und mit dem Monat zuerst (etwa „01/13/2020“). Sie wird mit dem Tag zuerst gelesen, wie die meisten ihrer Werte; Werte wie „01/13/2020“ sind Fehler, die zu korrigieren sind. Wählen Sie die Reihenfolge in den Dateieinstellungen, falls das falsch ist.',
    ])
    const zones = analyzeColumn(
      'dateTime',
      [
        '2020-01-01 10:00',
        '2020-01-02 11:00',
        '2020-01-03 12:00',
        '2020-01-04 13:00',
        '2020-01-05 14:00',
        '2020-01-06',
      ],
      [],
      { timeZone: 'Europe/Berlin' },
    ).issues
    expect(zones.map((issue) => issueIn(issue, 'ru').split('.')[0])).toEqual([
      '5 значений, например «2020-01-01 10:00», содержат время без часового пояса',
      '1 значение, например «2020-01-06», содержит дату без времени',
    ])
  })

  it('words every date note in every language, placeholders filled', () => {
    const cells = [
      '2019',
      'Q1 2019',
      '14 March',
      '31/02/2020',
      '13/08/1936',
      '2019-13-01',
      'tbd',
      'next week',
      '43538',
      '14-Mar-19',
      'Friday, 14 March 2019',
      '2019-03-14 10:30',
    ]
    const found = new Set<string>()
    for (const order of [null, 'dmy', 'mdy', 'ymd'] as const) {
      for (const cell of cells) {
        const date = normalizeDate(cell, context({ dateOrder: order }))
        const dateTime = normalizeDateTime(
          cell,
          context({ kind: 'dateTime', dateOrder: order, timeZone: 'America/New_York' }),
        )
        for (const note of [...notes(date.issues, date.fixes), ...notes(dateTime.issues, dateTime.fixes)]) {
          found.add(note.english)
          expect(note.in('en')).toBe(note.english)
          for (const language of LANGUAGES.filter((l) => l !== 'en')) {
            const text = note.in(language)
            expect(text, `${note.english} in ${language}`).not.toMatch(/\{\w+\}/)
            expect(text, `${note.english} in ${language}`).not.toBe(note.english)
          }
        }
      }
    }
    expect(found.size).toBeGreaterThan(20)
  })
})
