// Number cells: the raw text copied as it is only where String(parseFloat(text)) gives it back, and every other
// number read as parseFloat reads it; both checked against today's SheetJS path on cells written by hand.
import { describe, expect, it } from 'vitest'
import { isCanonicalNumber } from './cell-decoder'
import { readStreamed, readThroughSheetJs, workbookWithSheetXml } from './stream-vs-sheetjs.test-support'

const bytesOf = (text: string) => new TextEncoder().encode(text)
const canonical = (text: string) => isCanonicalNumber(bytesOf(text), 0, text.length)

/** A deterministic pseudo-random sequence (mulberry32), so a failure names the same texts on every run. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Number texts as writers put them in `<v>`: shortest, padded, long, tiny, huge, signed. */
function numberTexts(count: number): string[] {
  const next = random(0x5eed)
  const texts: string[] = []
  for (let i = 0; i < count; i++) {
    const magnitude = 10 ** Math.floor(next() * 30 - 10)
    const value = (next() - 0.3) * magnitude
    const digits = 1 + Math.floor(next() * 17)
    const forms = [
      String(value),
      value.toPrecision(digits),
      value.toFixed(Math.floor(next() * 8)),
      String(Math.round(value)),
    ]
    texts.push(forms[Math.floor(next() * forms.length)]!)
  }
  return texts
}

describe('isCanonicalNumber', () => {
  it('accepts exactly the texts String(parseFloat(text)) gives back, among those it tells apart', () => {
    for (const text of [
      '0',
      '7',
      '-7',
      '0.5',
      '-0.25',
      '123456789012345',
      '0.000001',
      '0.0000015',
      '29247.17',
      '99999.99',
    ]) {
      expect([text, canonical(text)]).toEqual([text, true])
      expect(String(parseFloat(text))).toBe(text)
    }
    for (const text of [
      '-0',
      '007',
      '1.50',
      '1.',
      '.5',
      '+1',
      '1e3',
      '0.0000001',
      '1234567890123456',
      '12345678901.23456',
      '1,5',
      '',
      '-',
    ]) {
      expect([text, canonical(text)]).toEqual([text, false])
    }
  })

  it('never accepts a text that reads back differently', () => {
    for (const text of numberTexts(20_000)) {
      if (canonical(text)) expect(String(parseFloat(text)), text).toBe(text)
    }
  })
})

describe('number cells against SheetJS', () => {
  const cells = (texts: readonly string[], style: number) =>
    texts.map(
      (text, i) =>
        `<row r="${i + 2}"><c r="A${i + 2}"${style ? ` s="${style}"` : ''}><v>${text}</v></c><c r="B${i + 2}" t="n"><v>${text}</v></c></row>`,
    )

  it.each([
    ['General', 0],
    ['a display-only format', 1],
    ['a date format', 2],
    ['a zero-padded format', 3],
  ])('reads every number text as today in %s', async (_name, style) => {
    const texts = [
      ...numberTexts(3_000),
      '-0',
      '007',
      '1.50',
      '1.',
      '.5',
      '1e3',
      '1E-7',
      '0.0000001',
      '12345678901234567890123',
      '&#49;2',
      '4_x0035_',
    ]
    const bytes = workbookWithSheetXml(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>N</t></is></c></row>${cells(texts, style).join('')}`,
      {
        formats: ['#,##0.00', 'yyyy-mm-dd hh:mm', '000000'],
        dimension: 'A1:B9999',
      },
    )
    const ours = await readStreamed(bytes)
    expect(ours).toEqual(readThroughSheetJs(bytes))
  })
})
