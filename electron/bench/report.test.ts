// The final JSON line is what tooling reads: key order, rounding and collisions are part of its contract.
import { describe, expect, it } from 'vitest'
import { describeMetric, mergeResults } from './report'

describe('bench report', () => {
  it('puts every section’s metrics before any section’s details, rounded to 3 decimals', () => {
    const merged = mergeResults([
      { metrics: [{ key: 'a', value: 1.23456 }], details: { aRaw: [1.00049, 2] } },
      { metrics: [{ key: 'b', value: 2 }], details: { bRaw: 'x' } },
    ])
    expect(Object.keys(merged)).toEqual(['a', 'b', 'aRaw', 'bRaw'])
    expect(merged).toEqual({ a: 1.235, b: 2, aRaw: [1, 2], bRaw: 'x' })
  })

  it('refuses two sections reporting the same key', () => {
    const result = { metrics: [{ key: 'a', value: 1 }], details: {} }
    expect(() => mergeResults([result, result])).toThrow('two bench sections report a')
  })

  it('says whether a target is met', () => {
    expect(describeMetric({ key: 'ratio', value: 1.3, max: 1.3 })).toBe('ratio = 1.3 (target <= 1.3): MET')
    expect(describeMetric({ key: 'ratio', value: 1.3001, max: 1.3 })).toContain('MISSED')
  })

  it('says whether a lower bound (more is better) is met, alone or with an upper one', () => {
    expect(describeMetric({ key: 'efficiency', value: 0.95, min: 0.95 })).toBe(
      'efficiency = 0.95 (target >= 0.95): MET',
    )
    expect(describeMetric({ key: 'efficiency', value: 0.9499, min: 0.95 })).toBe(
      'efficiency = 0.95 (target >= 0.95): MISSED',
    )
    expect(describeMetric({ key: 'share', value: 0.5, min: 0.2, max: 0.8 })).toBe(
      'share = 0.5 (target >= 0.2 and <= 0.8): MET',
    )
    expect(describeMetric({ key: 'share', value: 0.1, min: 0.2, max: 0.8 })).toContain('MISSED')
    expect(describeMetric({ key: 'share', value: 0.9, min: 0.2, max: 0.8 })).toContain('MISSED')
    expect(describeMetric({ key: 'plain', value: 2 })).toBe('plain = 2')
  })
})
