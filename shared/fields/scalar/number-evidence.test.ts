// The decimal-separator tally reads each cell shape once; this proves the shortcut sound: changing which
// non-zero digits a cell holds never changes what it proves.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decideDecimalSeparator, evidenceOf } from './number-evidence'

const amountLike = fc.array(fc.constantFrom(...'0123456789.,\' $€£-%ekMio EURUSDkr'.split('')), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(''))

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
