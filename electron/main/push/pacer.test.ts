import { describe, expect, it } from 'vitest'
import { backoffDelay, Pacer, type Timing } from './pacer'

function fakeTiming(): Timing & { clock: number; slept: number[] } {
  const timing = {
    clock: 1_000_000,
    slept: [] as number[],
    now: () => timing.clock,
    sleep: async (ms: number) => {
      timing.slept.push(ms)
      timing.clock += ms
    },
  }
  return timing
}

describe('pacer', () => {
  it('lets one request through at once, then one per 60000/N ms', async () => {
    const timing = fakeTiming()
    const pacer = new Pacer(60, timing)
    const start = timing.clock
    const at: number[] = []
    for (let i = 0; i < 4; i++) {
      await pacer.take()
      at.push(timing.clock - start)
    }
    expect(at).toEqual([0, 1000, 2000, 3000])
  })

  it('does not save up more than its burst while idle', async () => {
    const timing = fakeTiming()
    const pacer = new Pacer(120, timing, 2)
    timing.clock += 60_000
    const start = timing.clock
    for (let i = 0; i < 3; i++) await pacer.take()
    expect(timing.clock - start).toBe(500)
  })

  it('stops waiting when aborted', async () => {
    const pacer = new Pacer(1)
    await pacer.take()
    const controller = new AbortController()
    const waiting = pacer.take(controller.signal)
    controller.abort()
    await expect(waiting).rejects.toThrow()
  })
})

describe('backoffDelay', () => {
  const options = { baseMs: 100, maxMs: 1000 }
  it('doubles its ceiling per attempt, with jitter in its upper half', () => {
    expect(backoffDelay(1, { ...options, random: () => 0 })).toBe(50)
    expect(backoffDelay(1, { ...options, random: () => 0.999999 })).toBe(100)
    expect(backoffDelay(3, { ...options, random: () => 0 })).toBe(200)
    expect(backoffDelay(3, { ...options, random: () => 0.5 })).toBe(300)
  })

  it('never waits longer than maxMs', () => {
    expect(backoffDelay(30, { ...options, random: () => 0.999999 })).toBe(1000)
  })
})
