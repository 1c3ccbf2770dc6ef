import { describe, expect, it } from 'vitest'
import { FixRowIdSchema, fixRowIdText } from './fix-row-id'

const parse = (text: string) => {
  const result = FixRowIdSchema.safeParse(text)
  return result.success ? result.data : result.error.issues[0]!.message
}

describe('fix sheet row ids', () => {
  it('writes a row id with a check letter and reads it back', () => {
    expect([0, 4, 17, 41, 250, 4_294_967_295].map(fixRowIdText)).toEqual([
      'R0-A',
      'R4-E',
      'R17-K',
      'R41-K',
      'R250-F',
      'R4294967295-C',
    ])
    for (const id of [0, 1, 9, 10, 99, 12_345, 1_000_000, 4_294_967_295]) expect(parse(fixRowIdText(id))).toBe(id)
  })

  it('forgives spaces around the id and a change of letter case', () => {
    expect([parse(' R17-K '), parse('r17-k')]).toEqual([17, 17])
  })

  it('rejects every single wrong digit and every swap of neighbouring digits', () => {
    for (const id of [17, 250, 90_210, 1_234_567]) {
      const digits = String(id)
      const [, letter] = fixRowIdText(id).split('-')
      for (let i = 0; i < digits.length; i++) {
        for (let d = 0; d <= 9; d++) {
          const changed = digits.slice(0, i) + d + digits.slice(i + 1)
          if (changed === digits || (changed.startsWith('0') && changed.length > 1)) continue
          expect(parse(`R${changed}-${letter}`)).toMatch(/is not a row id Preflight wrote/)
        }
        const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)
        if (i + 1 < digits.length && swapped !== digits && !swapped.startsWith('0')) {
          expect(parse(`R${swapped}-${letter}`)).toMatch(/is not a row id Preflight wrote/)
        }
      }
    }
  })

  it('rejects what is not an id, saying what it got', () => {
    for (const text of [
      '',
      '17',
      'R17',
      'R17-',
      'R017-K',
      'R17-I',
      'R-17-K',
      'R4294967296-D',
      'R17-K R18-L',
      '=R17-K',
    ]) {
      expect([text, parse(text)]).toEqual([text, `"${text}" is not a row id Preflight wrote`])
    }
  })

  it('refuses to write what is not a row id', () => {
    for (const id of [-1, 1.5, Number.NaN, 4_294_967_296]) expect(() => fixRowIdText(id)).toThrow(/not a row id/)
  })
})
