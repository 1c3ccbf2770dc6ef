import { describe, expect, it } from 'vitest'
import { backoffDelay, Pacer, type Timing } from './pacer'

/** A clock that moves only when slept on, each sleep lasting `lateMs` longer than asked (as a busy loop's timers do). */
function fakeTiming(lateMs = 0): Timing & { clock: number; slept: number[] } {
  const timing = {
    clock: 1_000_000,
    slept: [] as number[],
    now: () => timing.clock,
    sleep: async (ms: number) => {
      timing.slept.push(ms)
      timing.clock += ms + lateMs
    },
  }
  return timing
}

/** When each of four takes, one after another, got its token: ms from the first call. */
async function fourTakes(lateMs: number): Promise<number[]> {
  const timing = fakeTiming(lateMs)
  const pacer = new Pacer(60, timing)
  const start = timing.clock
  const at: number[] = []
  for (let i = 0; i < 4; i++) {
    await pacer.take()
    at.push(timing.clock - start)
  }
  return at
}

describe('pacer', () => {
  it('lets one request through at once, then one per 60000/N ms', async () => {
    expect(await fourTakes(0)).toEqual([0, 1000, 2000, 3000])
  })

  it('keeps its rate when every timer fires late, instead of adding the lateness to each interval', async () => {
    expect(await fourTakes(7)).toEqual([0, 1007, 2007, 3007])
  })

  it('does not save up more than its burst while idle', async () => {
    const timing = fakeTiming()
    const pacer = new Pacer(120, timing, 2)
    timing.clock += 60_000
    const start = timing.clock
    for (let i = 0; i < 3; i++) await pacer.take()
    expect(timing.clock - start).toBe(500)
  })

  it('holds every queued request through a pause, then lets them out in order, one per interval', async () => {
    const timing = fakeTiming()
    const pacer = new Pacer(60, timing)
    const start = timing.clock
    await pacer.take()
    pacer.pause(5_000)
    const at: string[] = []
    await Promise.all(
      ['a', 'b', 'c'].map((name) => pacer.take().then(() => at.push(`${name}@${timing.clock - start}`))),
    )
    expect(at).toEqual(['a@5000', 'b@6000', 'c@7000'])
  })

  it('keeps the longer of two pauses', async () => {
    const timing = fakeTiming()
    const pacer = new Pacer(60_000, timing)
    const start = timing.clock
    pacer.pause(3_000)
    pacer.pause(1_000)
    await pacer.take()
    expect(timing.clock - start).toBe(3_000)
  })

  it('stops waiting when aborted', async () => {
    const pacer = new Pacer(1)
    await pacer.take()
    const controller = new AbortController()
    const waiting = pacer.take(controller.signal)
    controller.abort()
    await expect(waiting).rejects.toThrow()
  })

  it('serves the callers behind one that gave up', async () => {
    const timing = fakeTiming()
    const pacer = new Pacer(60, timing)
    await pacer.take()
    const controller = new AbortController()
    controller.abort()
    const start = timing.clock
    await expect(pacer.take(controller.signal)).rejects.toThrow()
    await pacer.take()
    expect(timing.clock - start).toBe(1_000)
  })

  it('takes a new rate from the next token on, and atRate leaves it alone without one', async () => {
    const timing = fakeTiming()
    const pacer = new Pacer(60, timing)
    const start = timing.clock
    await pacer.take()
    expect(pacer.atRate(undefined).ratePerMinute).toBe(60)
    expect(pacer.atRate(600)).toBe(pacer)
    await pacer.take()
    await pacer.take()
    expect(timing.clock - start).toBe(200)
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
