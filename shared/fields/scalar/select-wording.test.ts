// Select issues and fixes, and the cleaning fixes of text cells, worded in other languages from the message files.
import { describe, expect, it } from 'vitest'
import type { ColumnContext } from '../column-context'
import type { SelectOption } from '../../model/workspace-model'
import { fixIn, issueIn } from '../../messages/catalogues'
import { LANGUAGES } from '../../messages/languages'
import { normalizeMultiSelect, normalizeSelect } from './select'
import { normalizeText } from './text'

const OPTIONS: SelectOption[] = [
  { value: 'SMB', label: 'Small business' },
  { value: 'MID_MARKET', label: 'Mid-market' },
  { value: 'ENT', label: 'ENT' },
] as SelectOption[]
const context = (options: readonly SelectOption[] = OPTIONS): ColumnContext => ({
  kind: 'select',
  decimalSeparator: '.',
  dateOrder: null,
  defaultCountry: null,
  options,
  blankIsFalse: false,
})

describe('select messages in other languages', () => {
  it('words an unknown option with its closest one in German', () => {
    const [issue] = normalizeSelect('SMBB', context()).issues
    expect(issueIn(issue!, 'de')).toBe(
      '„SMBB“ ist keine Option dieses Feldes. Meinten Sie Small business (SMB)? Gültige Optionen: Small business (SMB), Mid-market (MID_MARKET), ENT. ' +
        'Legen Sie fehlende Optionen zuerst in Twenty an (Einstellungen → Datenmodell): Ein Import legt sie nie an.',
    )
  })

  it('words unknown options of a multi-select in Russian, with the plural of their count', () => {
    const [one] = normalizeMultiSelect('xx', context([])).issues
    expect(issueIn(one!, 'ru')).toBe(
      '«xx» — не вариант этого поля. У поля пока нет вариантов. Сначала добавьте недостающие варианты в Twenty (Настройки → Модель данных): импорт никогда их не создаёт.',
    )
    const [two] = normalizeMultiSelect('xx, yy', context()).issues
    expect(issueIn(two!, 'ru')).toMatch(/^«xx», «yy» — не варианты этого поля\. Допустимые варианты: /)
  })

  it('words a split list in Russian and German', () => {
    const { fixes } = normalizeMultiSelect('SMB; ENT; mid market', context())
    expect(fixes.map((fix) => fixIn(fix, 'ru'))).toEqual([
      '«SMB; ENT; mid market» разделено на 3 варианта по точкам с запятой.',
      'Сопоставлено: «mid market» → MID_MARKET.',
    ])
    expect(fixIn(fixes[0]!, 'de')).toBe('„SMB; ENT; mid market“ an den Semikolons in 3 Optionen aufgeteilt.')
  })

  it('words the cleaning of a text cell in German', () => {
    const { fixes } = normalizeText('\u200D=SUM(A1) ')
    expect(fixes.map((fix) => fixIn(fix, 'de'))).toEqual([
      'Unsichtbare Markierung entfernt, die der CSV-Export von Twenty vor Werte setzt, die mit =, +, - oder @ beginnen.',
      'Leerzeichen am Anfang und Ende entfernt.',
    ])
  })

  it('words every select and text note in every language, placeholders filled', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ value: `OPT_${i}`, label: `Opt ${i}` })) as SelectOption[]
    const notes = []
    for (const options of [OPTIONS, many, []]) {
      for (const cell of [
        'small business',
        'SMBB',
        'xyzzy',
        'mid market, ENT',
        '"SMB", \'ENT\'',
        'SMB|ENT|SMB',
        'SMB\nENT',
        '[{"a":1}]',
        'xx, yy',
        'opt 9, opt 10',
      ]) {
        for (const result of [normalizeSelect(cell, context(options)), normalizeMultiSelect(cell, context(options))]) {
          notes.push(
            ...result.issues.map((issue) => ({
              english: issue.message,
              in: (l: (typeof LANGUAGES)[number]) => issueIn(issue, l),
            })),
          )
          notes.push(
            ...result.fixes.map((fix) => ({
              english: fix.message,
              in: (l: (typeof LANGUAGES)[number]) => fixIn(fix, l),
            })),
          )
        }
      }
    }
    for (const cell of [' a ', '\u200Bx', '\u00A0y', '\u200D=1']) {
      notes.push(
        ...normalizeText(cell).fixes.map((fix) => ({
          english: fix.message,
          in: (l: (typeof LANGUAGES)[number]) => fixIn(fix, l),
        })),
      )
    }
    expect(new Set(notes.map((note) => note.english)).size).toBeGreaterThan(20)
    for (const note of notes) {
      expect(note.in('en')).toBe(note.english)
      for (const language of LANGUAGES.filter((l) => l !== 'en')) {
        expect(note.in(language), `${note.english} in ${language}`).not.toMatch(/\{\w+\}/)
        expect(note.in(language), `${note.english} in ${language}`).not.toBe(note.english)
      }
    }
  })
})
