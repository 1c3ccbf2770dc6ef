import { describe, expect, it } from 'vitest'
import { delimiterChoices, encodingChoices, parseHeaderRow, sheetChoices } from './source-options'

describe('source options', () => {
  it('labels encodings readably and marks the detected one', () => {
    expect(encodingChoices('windows-1252').map((c) => c.label)).toEqual([
      'UTF-8',
      'UTF-16 LE',
      'UTF-16 BE',
      'Windows-1252 (Western) (detected)',
    ])
  })
  it('names delimiters, tab included', () => {
    expect(delimiterChoices(';').map((c) => [c.value, c.label])).toEqual([
      [',', 'Comma ( , )'],
      [';', 'Semicolon ( ; ) (detected)'],
      ['\t', 'Tab'],
      ['|', 'Pipe ( | )'],
    ])
  })
  it('shows rows per sheet with thousands separators', () => {
    expect(sheetChoices([{ name: 'People', rows: 12345, columns: 4 }])[0]!.label).toBe('People (12,345 rows)')
  })
  it('accepts header rows 1 to 1000 only', () => {
    expect(['3', ' 12 ', '0', '1001', '2.5', '', 'x'].map(parseHeaderRow)).toEqual([
      3,
      12,
      null,
      null,
      null,
      null,
      null,
    ])
  })
})
