import { describe, expect, it } from 'vitest'
import { createProgressReporter } from './push-progress'

function fakeStream(isTTY: boolean) {
  const written: string[] = []
  const stream = { isTTY, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream
  return { stream, written }
}

describe('createProgressReporter', () => {
  it('redraws one bar in place on a terminal, with records done, rate and ETA', () => {
    let clock = 0
    const { stream, written } = fakeStream(true)
    const reporter = createProgressReporter(stream, () => clock)
    reporter.update({ total: 100, sent: 0, failed: 0 })
    clock = 2_000
    reporter.update({ total: 100, sent: 38, failed: 2 })
    reporter.finish()
    expect(written[1]).toBe('\r\x1b[2K[##########--------------] 40/100 records  20.0 records/s  ETA 3s')
    expect(written.at(-1)).toBe('\n')
  })

  it('writes a plain line at most every three seconds elsewhere, counting only this run in the rate', () => {
    let clock = 0
    const { stream, written } = fakeStream(false)
    const reporter = createProgressReporter(stream, () => clock)
    reporter.update({ total: 300, sent: 100, failed: 0 })
    clock = 1_000
    reporter.update({ total: 300, sent: 120, failed: 0 })
    clock = 4_000
    reporter.update({ total: 300, sent: 180, failed: 0 })
    clock = 5_000
    reporter.update({ total: 300, sent: 200, failed: 0 })
    reporter.finish()
    expect(written).toEqual(['preflight push: 180/300 records, 20.0 records/s, ETA 6s\n'])
  })
})
