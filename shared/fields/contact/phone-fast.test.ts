import type { CountryCode } from 'libphonenumber-js/core'
import { describe, expect, it } from 'vitest'
import { judgeFast } from './phone-fast'
import { readPhone, readPhoneWith } from './phone-read'
import { SAMPLE_REGIONS, fuzzPhones, realisticPhones } from './phone-samples.test-support'
import { judgeWithLibrary } from './phone-verdict'

const readFast = (text: string, region: CountryCode | null) => readPhoneWith(text, region, null, judgeFast)
const readSlow = (text: string, region: CountryCode | null) => readPhoneWith(text, region, null, judgeWithLibrary)

// Shapes the fast path must decide itself: shared calling codes, national prefixes with transform rules (GG, AR,
// BR), IDD prefixes, a calling code typed without `+`, non-geographic codes, and invalid numbers of each kind.
const TRICKY: readonly (readonly [string, CountryCode | null])[] = [
  ['07911 123456', 'GB'],
  ['01481 256789', 'GG'],
  ['256789', 'GG'],
  ['01534 456789', 'JE'],
  ['416 555 0199', 'US'],
  ['011 44 20 7946 0958', 'US'],
  ['810 44 20 7946 0958', 'RU'],
  ['49 30 12345678', 'DE'],
  ['1 415 909 5555', 'US'],
  ['8 (800) 555-35-35', 'RU'],
  ['+7 727 123 4567', null],
  ['+800 1234 5678', null],
  ['011 15-2345-6789', 'AR'],
  ['+54 9 11 2345-6789', null],
  ['0 21 11 98765 4321', 'BR'],
  ['464 1234', 'AG'],
  ['+1 268 464 1234', null],
  ['06 1234 5678', 'IT'],
  ['+39 06 698 12345', null],
  ['+262 269 61 23 45', null],
  ['+61 8 9162 1234', null],
  ['0044 (0)20 7946 0958', 'DE'],
  ['+1 555 555 5555', null],
  ['4159095555', 'GB'],
  ['415 909 55555', 'US'],
  ['+999 123 456', null],
  ['00123', 'DE'],
  ['0000 1234', 'DE'],
  ['+0 123 4567', null],
  ['(503) 555-0199 x12', 'US'],
]

describe('fast phone path', () => {
  it.each(TRICKY)('decides %s (%s) as libphonenumber does', (text, region) => {
    const fast = readFast(text, region)
    expect(fast).not.toBeNull()
    expect(fast).toStrictEqual(readSlow(text, region))
  })

  it('leaves a too-long national number that is valid with a + to the library, which suggests it', () => {
    expect(readFast('44 20 7946 0958', 'US')).toBeNull()
    const read = readPhone('44 20 7946 0958', 'US')
    expect(read).toStrictEqual(readSlow('44 20 7946 0958', 'US'))
    expect(read.kind === 'invalid' && read.issue.suggestion).toBe('+44 20 7946 0958')
  })

  it(
    'reads 200,000 generated cells (31 regions, and no region) exactly as libphonenumber does',
    { timeout: 180_000 },
    () => {
      const samples = fuzzPhones(200_000, 20_240_611)
      let decided = 0
      const ok = new Map<string, number>()
      const invalid = new Map<string, number>()
      for (const { text, region } of samples) {
        const fast = readFast(text, region)
        if (fast === null) continue
        decided++
        const slow = readSlow(text, region)
        expect(fast, text).toStrictEqual(slow)
        const counts = fast.kind === 'ok' ? ok : invalid
        counts.set(`${region}`, (counts.get(`${region}`) ?? 0) + 1)
      }
      console.info(
        `fast path decided ${decided} of ${samples.length} generated cells (${((100 * decided) / samples.length).toFixed(2)}%), the library the rest`,
      )
      expect(decided / samples.length).toBeGreaterThan(0.99)
      // Both verdicts were compared in every region, not only the easy one.
      for (const region of SAMPLE_REGIONS) {
        expect(ok.get(region), region).toBeGreaterThan(1_000)
        expect(invalid.get(region), region).toBeGreaterThan(1_000)
      }
    },
  )

  it('decides at least 95% of a realistic US/FR/GB/DE mix itself', () => {
    const samples = realisticPhones(20_000, 7)
    const reads = samples.map(({ text, region }) => readFast(text, region))
    const decided = reads.filter((read) => read !== null)
    expect(decided.length / samples.length).toBeGreaterThanOrEqual(0.95)
    expect(decided.filter((read) => read.kind === 'invalid').length).toBeGreaterThan(1_000)
  })
})
