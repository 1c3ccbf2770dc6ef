import { isUtf8 } from 'node:buffer'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstInvalidUtf8, incompleteUtf8Start } from './utf8'

describe('incompleteUtf8Start', () => {
  it('finds a character cut off at the end', () => {
    const text = Buffer.from('a€😀')
    expect(incompleteUtf8Start(text, text.length)).toBe(text.length)
    expect(incompleteUtf8Start(text, 2)).toBe(1)
    expect(incompleteUtf8Start(text, 3)).toBe(1)
    expect(incompleteUtf8Start(text, 4)).toBe(4)
    expect(incompleteUtf8Start(text, 7)).toBe(4)
    expect(incompleteUtf8Start(text, 0)).toBe(0)
  })
})

describe('firstInvalidUtf8', () => {
  it('points at the first bad byte', () => {
    expect(firstInvalidUtf8(Buffer.from('ok'))).toBe(-1)
    expect(firstInvalidUtf8(Buffer.from('M\xfcller', 'latin1'))).toBe(1)
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1)
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0)
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(1)
  })
  it('agrees with the native validator on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (data) => {
        expect(firstInvalidUtf8(data) === -1).toBe(isUtf8(data))
      }),
      { numRuns: 2000 },
    )
  })
})
