// Wall-clock date-times read in an IANA time zone: the UTC instant a local time stands for, found with Intl, so
// daylight saving and historical offsets are the zone's own. Invariant: a local time the zone skipped (clocks
// forward) or repeated (clocks back) is resolved as Temporal's 'compatible' does (a skipped time moves forward by
// the gap, a repeated one is the earlier instant) and the caller is told which, so it is never silent.

const DAY_MS = 86_400_000
const MINUTE_MS = 60_000
/** Days whose offsets a zone clock keeps; a column of a million date-times spans a few thousand. */
const MAX_CACHED_DAYS = 50_000

/** How a local time was found in its zone. */
export type LocalReading =
  | { readonly kind: 'exact' }
  /** The zone skipped this local time: read with the offset before the change, i.e. `gapMs` later on the new clock. */
  | { readonly kind: 'skipped'; readonly gapMs: number }
  /** The zone lived this local time twice: the earlier instant was taken; `laterMs` is the other. */
  | { readonly kind: 'repeated'; readonly laterMs: number }

export interface ZonedInstant {
  /** Milliseconds since the epoch (UTC). */
  readonly ms: number
  /** The zone's offset at that instant, in ms east of UTC. */
  readonly offsetMs: number
  readonly reading: LocalReading
}

let machineZone: string | undefined

/** This computer's IANA time zone (`Europe/Berlin`), as Intl reports it; `UTC` when it reports none. */
export function machineTimeZone(): string {
  machineZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  return machineZone
}

/** A zone name as Intl spells it (`europe/berlin` -> `Europe/Berlin`), or null when Intl knows no such zone. */
export function canonicalTimeZone(name: string): string | null {
  if (name.trim() === '' || name !== name.trim()) return null
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

/** Whether Intl knows the zone name (any spelling it accepts). */
export function isTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null
}

/** A zone's offsets, asked of Intl once per instant and remembered per local day where the day has no change. */
class ZoneClock {
  private readonly format: Intl.DateTimeFormat
  /** Local day number -> the offset of the whole day, or null when the offset changes around that day. */
  private readonly days = new Map<number, number | null>()
  /** Day number -> the offset at 00:00 UTC that day. */
  private readonly samples = new Map<number, number>()
  /** The day last resolved (values of one day often come together) and its entry in `days`. */
  private lastDay = Number.NaN
  private lastOffset: number | null = null

  constructor(readonly zone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
  }

  /** The zone's offset at a UTC instant, in ms east of UTC (whole seconds, as the tz database has them). */
  offsetAt(utcMs: number): number {
    const seconds = Math.floor(utcMs / 1000) * 1000
    let year = 0
    let month = 1
    let day = 1
    let hour = 0
    let minute = 0
    let second = 0
    let bc = false
    for (const part of this.format.formatToParts(seconds)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value)
          break
        case 'month':
          month = Number(part.value)
          break
        case 'day':
          day = Number(part.value)
          break
        case 'hour':
          hour = Number(part.value)
          break
        case 'minute':
          minute = Number(part.value)
          break
        case 'second':
          second = Number(part.value)
          break
        case 'era':
          bc = part.value.startsWith('B')
          break
        default:
          break
      }
    }
    const wall = new Date(0)
    wall.setUTCFullYear(bc ? 1 - year : year, month - 1, day)
    wall.setUTCHours(hour, minute, second, 0)
    return wall.getTime() - seconds
  }

  /** The instant a local wall-clock time (given as if it were UTC) stands for in this zone. */
  resolve(localMs: number): ZonedInstant {
    const dayNumber = Math.floor(localMs / DAY_MS)
    let offset = dayNumber === this.lastDay ? this.lastOffset : this.days.get(dayNumber)
    if (offset === undefined) {
      offset = this.dayOffset(dayNumber)
      if (this.days.size >= MAX_CACHED_DAYS) this.days.clear()
      this.days.set(dayNumber, offset)
    }
    this.lastDay = dayNumber
    this.lastOffset = offset
    return offset === null ? this.resolveExactly(localMs) : { ms: localMs - offset, offsetMs: offset, reading: EXACT }
  }

  /**
   * One offset for every local time of the day when the zone has it at 00:00 UTC the day before and two days
   * after (every instant such a local time can stand for lies between; no zone changes twice within three days).
   */
  private dayOffset(dayNumber: number): number | null {
    const before = this.offsetAtDayStart(dayNumber - 1)
    return this.offsetAtDayStart(dayNumber + 2) === before ? before : null
  }

  /** offsetAt 00:00 UTC of a day, remembered: neighbouring days share these samples. */
  private offsetAtDayStart(dayNumber: number): number {
    let offset = this.samples.get(dayNumber)
    if (offset === undefined) {
      offset = this.offsetAt(dayNumber * DAY_MS)
      if (this.samples.size >= MAX_CACHED_DAYS) this.samples.clear()
      this.samples.set(dayNumber, offset)
    }
    return offset
  }

  private resolveExactly(localMs: number): ZonedInstant {
    const before = this.offsetAt(localMs - DAY_MS)
    const after = this.offsetAt(localMs + DAY_MS)
    const offsets = new Set([before, after, this.offsetAt(localMs - before), this.offsetAt(localMs - after)])
    const candidates = [...offsets]
      .filter((offset) => this.offsetAt(localMs - offset) === offset)
      .map((offset) => localMs - offset)
      .sort((a, b) => a - b)
    const [first] = candidates
    const last = candidates[candidates.length - 1]
    if (first === undefined || last === undefined) {
      const gapMs = Math.max(...offsets) - Math.min(...offsets)
      return { ms: localMs - before, offsetMs: this.offsetAt(localMs - before), reading: { kind: 'skipped', gapMs } }
    }
    return {
      ms: first,
      offsetMs: localMs - first,
      reading: last === first ? EXACT : { kind: 'repeated', laterMs: last },
    }
  }
}

const EXACT: LocalReading = Object.freeze({ kind: 'exact' })
const clocks = new Map<string, ZoneClock>()

/**
 * The UTC instant of a local time in `zone`: `localMs` is the wall-clock time written as if it were UTC
 * (`Date.UTC(year, month - 1, day, hour, ...)`). Throws a RangeError for a zone Intl does not know: zones are
 * checked where they enter (the CLI flag, project files, templates).
 */
export function zonedInstant(localMs: number, zone: string): ZonedInstant {
  let clock = clocks.get(zone)
  if (clock === undefined) {
    clock = new ZoneClock(zone)
    clocks.set(zone, clock)
  }
  return clock.resolve(localMs)
}

/** `+02:00`, `-03:30`, `+00:53:28`: an offset in ms as ISO 8601 writes it. */
export function offsetText(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+'
  const total = Math.abs(Math.round(offsetMs / 1000))
  const hh = String(Math.floor(total / 3600)).padStart(2, '0')
  const mm = String(Math.floor((total % 3600) / 60)).padStart(2, '0')
  const ss = total % 60
  return `${sign}${hh}:${mm}${ss === 0 ? '' : `:${String(ss).padStart(2, '0')}`}`
}

/** How far the clocks moved: whole hours (`n` 1 for `1 hour`), else minutes (`30 minutes`). */
export function clockShift(ms: number): { readonly unit: 'hours' | 'minutes'; readonly n: number } {
  const minutes = Math.round(Math.abs(ms) / MINUTE_MS)
  return minutes % 60 === 0 ? { unit: 'hours', n: minutes / 60 } : { unit: 'minutes', n: minutes }
}
