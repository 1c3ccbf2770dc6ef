// Counts, sizes and times follow the app's language (and the OS's region for it); English stays as en-US.
import { afterEach, describe, expect, it } from 'vitest'
import { formatBytes, formatCount, formatEta, formatRows } from './format'
import { setLanguage, setSystemLanguages } from './i18n'

afterEach(() => {
  setLanguage('en')
  setSystemLanguages([])
})

describe('format', () => {
  it('writes English as en-US wherever the OS is', () => {
    setSystemLanguages(['de-DE'])
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatRows(1)).toBe('1 row')
    expect(formatRows(12345)).toBe('12,345 rows')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatEta(40)).toBe('40 s left')
    expect(formatEta(600)).toBe('10 min left')
  })

  it('writes German counts with German separators', () => {
    setLanguage('de')
    expect(formatCount(1234567)).toBe('1.234.567')
    expect(formatRows(12345)).toBe('12.345 Zeilen')
    expect(formatBytes(1536)).toBe('1,5 KB')
  })

  it('takes the OS’s region when it speaks the app’s language', () => {
    setSystemLanguages(['de-CH'])
    setLanguage('de')
    expect(formatCount(12345)).toBe(new Intl.NumberFormat('de-CH').format(12345))
    expect(formatCount(12345)).not.toBe('12.345')
  })

  it('picks the Russian plural form for the count', () => {
    setLanguage('ru')
    expect([1, 3, 5, 21, 12345].map(formatRows)).toEqual([
      '1 строка',
      '3 строки',
      '5 строк',
      '21 строка',
      '12\u00a0345 строк',
    ])
  })
})
