import { describe, expect, it } from 'vitest'
import { median, retainedBetween } from './measure'

describe('measure', () => {
  it('takes the middle value, or the mean of the middle two, without reordering its input', () => {
    const runs = [3, 1, 2]
    expect(median(runs)).toBe(2)
    expect(runs).toEqual([3, 1, 2])
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('counts external memory, which includes buffers that arrayBuffers misses', () => {
    const before = { heapUsed: 100, arrayBuffers: 10, external: 50 }
    const after = { heapUsed: 130, arrayBuffers: 10, external: 1050 }
    expect(retainedBetween(before, after)).toEqual({ heapPlusExternal: 1030, heapPlusArrayBuffers: 30 })
  })
})
