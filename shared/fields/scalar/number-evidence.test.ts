// The decimal-separator tally reads each cell shape once; this proves the shortcut sound: changing which
// non-zero digits a cell holds never changes what it proves.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { seeded } from './differential-cells.test-support'
import { decideDecimalSeparator, evidenceOf, tally } from './number-evidence'

const amountLike = fc
  .array(fc.constantFrom(..."0123456789.,' $€£-%ekMio EURUSDkr".split('')), { minLength: 1, maxLength: 14 })
  .map((cs) => cs.join(''))

describe('decimal separator evidence', () => {
  it('depends on a cell’s shape, not on its non-zero digits', () => {
    fc.assert(
      fc.property(amountLike, fc.integer({ min: 1, max: 9 }), (raw, digit) => {
        const other = raw.replace(/[1-9]/g, String(digit))
        expect(evidenceOf(other)).toBe(evidenceOf(raw))
      }),
      { numRuns: 3000 },
    )
  })

  it('counts every cell of a shape, and names cleaned cells as evidence', () => {
    const values = [' 1,234 ', '2,345', '3,456', '12,5']
    const decided = decideDecimalSeparator(values, {})
    expect(decided.separator).toBe(',')
    const mixed = decideDecimalSeparator(['1,234.50', '2.345,10', ' 3,456 '], {})
    expect(mixed.issues[0]?.evidence).toEqual(['2.345,10', '1,234.50', '3,456'])
  })
})

describe('the tally of a column', () => {
  // The reference: every cell read on its own.
  function naive(values: readonly string[]) {
    const result = {
      dot: [] as string[],
      comma: [] as string[],
      ambiguous: [] as string[],
      counts: { dot: 0, comma: 0, ambiguous: 0 },
    }
    for (const raw of values) {
      if (raw === '') continue
      const evidence = evidenceOf(raw)
      if (evidence !== 'none' && result.counts[evidence]++ < 5) result[evidence].push(raw)
    }
    return result
  }
  const cell = fc
    .array(fc.constantFrom(..."0123456789.,' $€£-%()+eEkMio EURUSDkr\u00A0".split('')), { minLength: 0, maxLength: 18 })
    .map((cs) => cs.join(''))

  it('counts what every cell proves, short and long, common characters or not', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 400 }), (values) => {
        expect(tally(values)).toEqual(naive(values))
      }),
      { numRuns: 300 },
    )
  })

  it('counts past the shapes it remembers', () => {
    const random = seeded(5)
    const values = Array.from({ length: 60_000 }, () => {
      let text = ''
      for (let n = 1 + Math.floor(random() * 16); n > 0; n--) text += '0123456789.,., $-e'[Math.floor(random() * 18)]
      return text
    })
    expect(tally(values)).toEqual(naive(values))
  })
})
