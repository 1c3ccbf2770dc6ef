// The formatter the check's threads, main and the CLI word messages with: parameters, literals and plural forms
// as vue-i18n reads them (every message file is held to vue-i18n's own result in renderer/src/locales).
import { describe, expect, it } from 'vitest'
import { issueIn, messageIn } from './catalogues'
import { english } from './english'
import { formatMessage } from './message-format'

describe('formatMessage', () => {
  it('fills parameters and keeps literals', () => {
    expect(formatMessage("Write {'{'}\"key\":{value}{'}'} or {'@'}.", { value: 1 }, 'en')).toBe('Write {"key":1} or @.')
    expect(formatMessage('{a} and {missing}', { a: 'x' }, 'en')).toBe('x and {missing}')
  })

  it('picks the plural form by n with the language’s rule, and not inside a literal', () => {
    const ru = '{n} строка | {n} строки | {n} строк'
    expect([1, 3, 5, 21].map((n) => formatMessage(ru, { n }, 'ru'))).toEqual([
      '1 строка',
      '3 строки',
      '5 строк',
      '21 строка',
    ])
    expect(formatMessage("a{' | '}b", {}, 'en')).toBe('a | b')
  })
})

describe('the message files outside the app', () => {
  it('word an issue in the chosen language from its key and params, English from its message', () => {
    const params = { field: 'Job Title', column: 'Title' }
    const message = english('cellIssue', 'REQUIRED_VALUE_MISSING', params)
    const issue = { code: 'REQUIRED_VALUE_MISSING', message, key: 'REQUIRED_VALUE_MISSING', params }
    expect(message).toBe('Job Title is required in Twenty and this row has no value in "Title".')
    expect(issueIn(issue, 'de')).toBe('Job Title ist in Twenty Pflicht, und diese Zeile hat keinen Wert in „Title“.')
    expect(issueIn({ code: 'X', message: 'kept' }, 'ru')).toBe('kept')
    expect(messageIn('fr', 'no.such.key')).toBeUndefined()
  })
})

describe('params in another language', () => {
  it('write decimals, weekdays and spelled dates as the language does, and quote cell values with the language’s marks, their text untouched', () => {
    const issue = {
      code: 'DATE_WEEKDAY_MISMATCH',
      message: '',
      key: 'DATE_WEEKDAY_MISMATCH',
      params: { value: '“Fri 14.03.2019”', named: 'Friday', spelled: '14 March 2019', actual: 'Thursday' },
    }
    expect(issueIn(issue, 'de')).toBe(
      '„Fri 14.03.2019“ nennt den Wochentag Freitag, aber 14. März 2019 ist ein Donnerstag. Prüfen Sie Tag und Monat.',
    )
    const ambiguous = english('cellIssue', 'NUMBER_SEPARATOR_AMBIGUOUS.point', {
      value: '“1.250”',
      dot: '1.25',
      comma: '1250',
      chosen: '1.25',
    })
    expect(ambiguous).toContain('read as 1.25 with a decimal point or 1250 with a decimal comma')
    const de = issueIn(
      {
        code: 'NUMBER_SEPARATOR_AMBIGUOUS',
        message: ambiguous,
        key: 'NUMBER_SEPARATOR_AMBIGUOUS.point',
        params: { value: '“1.250”', dot: '1.25', comma: '1250', chosen: '1.25' },
      },
      'de',
    )
    expect(de).toContain('„1.250“ lesen sich mit Dezimalpunkt als 1,25 oder mit Dezimalkomma als 1250')
  })
})

describe('country names among the params', () => {
  it('are written in the language, with their calling code kept', () => {
    const issue = {
      code: 'X',
      message: 'm',
      key: 'PHONE_COUNTRY_INVALID.noPhones',
      params: { value: '“Atlantis”', country: 'Germany' },
    }
    expect(issueIn(issue, 'de')).toContain('Deutschland')
    const fix = {
      code: 'X',
      message: 'm',
      key: 'PHONE_COUNTRY_INVALID.noPhones',
      params: { value: '“x”', country: 'United States (+1)' },
    }
    expect(issueIn(fix, 'ru')).toContain('Соединенные Штаты (+1)')
  })
})
