import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UniqueIndex } from './unique-index'

describe('UniqueIndex', () => {
  it('keeps the lowest row of a value as the original through edits', () => {
    const keys = ['a', 'b', 'a', null, 'a']
    const index = UniqueIndex.build(keys.length, (r) => keys[r]!)
    expect([0, 1, 2, 3, 4].map((r) => index.firstOf(r))).toEqual([null, null, 0, null, 0])
    expect(index.update(0, 'c').sort()).toEqual([0, 2])
    expect([0, 2, 4].map((r) => index.firstOf(r))).toEqual([null, null, 2])
    index.update(3, 'b')
    expect(index.firstOf(3)).toBe(1)
  })

  it('agrees with a rebuild after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', null), { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('a', 'b', 'd', null)), { maxLength: 30 }),
        (start, edits) => {
          const keys: (string | null)[] = [...start]
          const index = UniqueIndex.build(keys.length, (r) => keys[r]!)
          for (const [at, key] of edits) {
            const row = at % keys.length
            const before = keys.map((_, r) => index.firstOf(r) !== null)
            keys[row] = key
            const touched = new Set(index.update(row, key))
            // Every row whose duplicate status changed is among the rows update() names.
            keys.forEach((_, r) => {
              if ((index.firstOf(r) !== null) !== before[r]) expect(touched.has(r)).toBe(true)
            })
          }
          const fresh = UniqueIndex.build(keys.length, (r) => keys[r]!)
          expect(keys.map((_, r) => index.firstOf(r))).toEqual(keys.map((_, r) => fresh.firstOf(r)))
        },
      ),
    )
  })
})
