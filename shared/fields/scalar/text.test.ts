import { describe, expect, it } from 'vitest'
import { runCases, type ScalarCase } from './case-table.test-support'
import fc from 'fast-check'
import { isCleanText, isCleanTextBytes } from './clean-text'
import { differences, seeded, textCell } from './differential-cells.test-support'
import { normalizeText, normalizeTextSlow } from './text'

const cases: ScalarCase[] = [
  { kind: 'text', raw: 'Ada Lovelace', value: 'Ada Lovelace' },
  { kind: 'text', raw: '  CTO  ', value: 'CTO', fix: 'TEXT_TRIMMED' },
  { kind: 'text', raw: '\tSan Francisco\r\n', value: 'San Francisco', fix: 'TEXT_TRIMMED' },
  { kind: 'text', raw: '   ', value: null },
  { kind: 'text', raw: '', value: null },
  { kind: 'text', raw: '\u200B', value: null },
  { kind: 'text', raw: 'Müller\u00A0&\u00A0Söhne', value: 'Müller & Söhne', fix: 'TEXT_SPACES_NORMALISED' },
  { kind: 'text', raw: '12\u202F500 €', value: '12 500 €', fix: 'TEXT_SPACES_NORMALISED' },
  { kind: 'text', raw: 'Zero\u200Bwidth', value: 'Zerowidth', fix: 'TEXT_INVISIBLE_REMOVED' },
  { kind: 'text', raw: '\uFEFFFirst Name', value: 'First Name', fix: 'TEXT_INVISIBLE_REMOVED' },
  { kind: 'text', raw: '\u200D=1+1', value: '=1+1', fix: 'TEXT_EXPORT_MARKER_REMOVED' },
  { kind: 'text', raw: '\u200D-5 units', value: '-5 units', fix: 'TEXT_EXPORT_MARKER_REMOVED' },
  { kind: 'text', raw: '\u200D@handle', value: '@handle', fix: 'TEXT_EXPORT_MARKER_REMOVED' },
  { kind: 'text', raw: 'family 👨\u200D👩\u200D👧', value: 'family 👨\u200D👩\u200D👧' },
  { kind: 'text', raw: 'می\u200Cخواهم', value: 'می\u200Cخواهم' },
  { kind: 'text', raw: 'tail\u200D ', value: 'tail', fix: 'TEXT_INVISIBLE_REMOVED' },
  { kind: 'text', raw: 'Line one\nLine two', value: 'Line one\nLine two' },
  { kind: 'text', raw: 'two  spaces kept', value: 'two  spaces kept' },
  { kind: 'text', raw: '\u200E+49 30 1234567', value: '+49 30 1234567', fix: 'TEXT_INVISIBLE_REMOVED' },
  { kind: 'text', raw: 'soft\u00ADhyphen', value: 'softhyphen', fix: 'TEXT_INVISIBLE_REMOVED' },
  { kind: 'text', raw: 'Line\u000Bbreak', value: 'Line\nbreak', fix: 'TEXT_SPACES_NORMALISED' },
  { kind: 'richText', raw: '**Bold** and _italic_', value: '**Bold** and _italic_' },
  { kind: 'richText', raw: '  # Title\n\nBody  ', value: '# Title\n\nBody', fix: 'TEXT_TRIMMED' },
]

describe('text and rich text', () => runCases(cases))

describe('text fast path', () => {
  const cells = (() => {
    const random = seeded(1815)
    return Array.from({ length: 100_000 }, () => textCell(random))
  })()

  it('gives the cleaning normaliser’s result for every generated cell', () => {
    expect(differences(cells, normalizeText, normalizeTextSlow)).toEqual([])
  })

  it('takes clean cells as they are and leaves the others to cleaning', () => {
    expect(cells.filter(isCleanText).length / cells.length).toBeGreaterThan(0.3)
    for (const raw of ['Ada Lovelace', 'O’Brien – “Sales” …', 'Müller & Söhne 😀', '中文'])
      expect(isCleanText(raw)).toBe(true)
    for (const raw of [
      '',
      ' CTO',
      'CTO ',
      'a\tb',
      'a\u00A0b',
      'a\u200Bb',
      'a\u3000',
      '\uFEFFx',
      'x\u2028y',
      'soft\u00ADhyphen',
    ]) {
      expect(isCleanText(raw)).toBe(false)
    }
  })
})

describe('isCleanTextBytes', () => {
  const encoder = new TextEncoder()
  const decoder = new TextDecoder()
  const char = fc.constantFrom(
    'a',
    'Z',
    '0',
    ' ',
    '\t',
    '\n',
    '\u007F',
    '\u0080',
    '\u009F',
    '\u00A0',
    '\u00A1',
    '\u00AD',
    '\u00AE',
    'é',
    'ß',
    'Ł',
    '\u07FF',
    '\u0800',
    '€',
    '\u1680',
    '\u180E',
    '\u2000',
    '\u200B',
    '\u200D',
    '\u2028',
    '\u205F',
    '\u3000',
    '\uFEFF',
    '中',
    '😀',
    '\u0000',
    '\u001F',
  )

  it('says clean only of cells isCleanText calls clean, and of most plain ones', () => {
    let clean = 0
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(char, { maxLength: 10 }).map((c) => c.join('')),
          fc.string(),
          fc.string({ unit: 'binary' }),
        ),
        (text) => {
          const bytes = encoder.encode(text)
          if (isCleanTextBytes(bytes, 0, bytes.length)) {
            clean++
            expect(isCleanText(text), JSON.stringify(text)).toBe(true)
          }
        },
      ),
      { numRuns: 30_000 },
    )
    expect(clean).toBeGreaterThan(3000)
    for (const text of ['Ada Lovelace', 'Müller & Söhne', 'déjà vu à Łódź', 'two  spaces'])
      expect(isCleanTextBytes(encoder.encode(text), 0, encoder.encode(text).length), text).toBe(true)
  })

  it('says clean only of byte runs that decode to clean cells, malformed UTF-8 included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), fc.nat(3), (bytes, skip) => {
        const start = Math.min(skip, bytes.length)
        if (isCleanTextBytes(bytes, start, bytes.length))
          expect(isCleanText(decoder.decode(bytes.subarray(start)))).toBe(true)
      }),
      { numRuns: 30_000 },
    )
  })
})
