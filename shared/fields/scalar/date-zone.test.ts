import { afterEach, describe, expect, it, vi } from 'vitest'
import { canonicalTimeZone, isTimeZone, offsetText, zonedInstant } from './date-zone'

const local = (text: string): number => Date.parse(`${text}Z`)
const iso = (ms: number): string => new Date(ms).toISOString()

describe('zonedInstant', () => {
  it('reads a local time in the zone’s offset of that day, winter and summer', () => {
    expect(iso(zonedInstant(local('2024-01-15T12:00:00'), 'Europe/Berlin').ms)).toBe('2024-01-15T11:00:00.000Z')
    expect(iso(zonedInstant(local('2024-07-15T12:00:00'), 'Europe/Berlin').ms)).toBe('2024-07-15T10:00:00.000Z')
    expect(iso(zonedInstant(local('2024-07-15T12:00:00'), 'America/Los_Angeles').ms)).toBe('2024-07-15T19:00:00.000Z')
    expect(iso(zonedInstant(local('2024-01-15T12:00:00'), 'Australia/Sydney').ms)).toBe('2024-01-15T01:00:00.000Z')
    expect(iso(zonedInstant(local('2024-01-15T12:00:00'), 'Asia/Kathmandu').ms)).toBe('2024-01-15T06:15:00.000Z')
    expect(zonedInstant(local('2024-07-15T12:00:00'), 'Europe/Berlin').reading).toEqual({ kind: 'exact' })
  })

  it('moves a time the clocks skipped forward by the gap (Temporal’s compatible reading)', () => {
    const read = zonedInstant(local('2024-03-31T02:30:00'), 'Europe/Berlin')
    expect(iso(read.ms)).toBe('2024-03-31T01:30:00.000Z')
    expect(read.offsetMs).toBe(2 * 3_600_000)
    expect(read.reading).toEqual({ kind: 'skipped', gapMs: 3_600_000 })
  })

  it('takes the first of a time the clocks lived twice, and names the second', () => {
    const read = zonedInstant(local('2024-10-27T02:30:00'), 'Europe/Berlin')
    expect(iso(read.ms)).toBe('2024-10-27T00:30:00.000Z')
    expect(read.reading).toEqual({ kind: 'repeated', laterMs: Date.parse('2024-10-27T01:30:00.000Z') })
  })

  it('agrees with Intl on every half hour of a year with both changes, in zones of each hemisphere', () => {
    for (const zone of [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'America/Santiago',
    ]) {
      const wall = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
      for (let utc = Date.parse('2024-01-01T00:00:00Z'); utc < Date.parse('2025-01-01T00:00:00Z'); utc += 1_800_000) {
        const shown = wall.format(utc).replace(', ', 'T')
        const read = zonedInstant(local(`${shown}:00`), zone)
        // Every instant's own wall-clock time reads back as it, or as the earlier of two instants showing that time.
        if (read.ms !== utc && !(read.reading.kind === 'repeated' && read.reading.laterMs === utc)) {
          expect({ zone, shown, read: iso(read.ms) }).toEqual({ zone, shown, read: iso(utc) })
        }
      }
    }
  })

  it('reads dates before 1970 and years below 100 in the zone’s offset then', () => {
    expect(iso(zonedInstant(local('1950-06-01T12:00:00'), 'America/New_York').ms)).toBe('1950-06-01T16:00:00.000Z')
    const year50 = new Date(0)
    year50.setUTCFullYear(50, 0, 1)
    expect(new Date(zonedInstant(year50.getTime(), 'UTC').ms).getUTCFullYear()).toBe(50)
  })
})

describe('time zone names', () => {
  it('knows IANA names in any case and refuses others', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin')
    expect(canonicalTimeZone('UTC')).toBe('UTC')
    expect(isTimeZone('Mars/Olympus')).toBe(false)
    expect(isTimeZone('')).toBe(false)
    expect(isTimeZone(' Europe/Berlin')).toBe(false)
  })

  it('writes offsets as ISO 8601 does', () => {
    expect(offsetText(2 * 3_600_000)).toBe('+02:00')
    expect(offsetText(-(3 * 3_600_000 + 30 * 60_000))).toBe('-03:30')
    expect(offsetText(0)).toBe('+00:00')
    expect(offsetText(3208_000)).toBe('+00:53:28')
  })
})

describe('the default time zone', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.resetModules()
  })

  it('is this computer’s zone, as Intl reports it: date-times without a zone setting are read there', async () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call on a real formatter
    const real = Intl.DateTimeFormat.prototype.resolvedOptions
    const machine = real.call(new Intl.DateTimeFormat()).timeZone === 'Asia/Tokyo' ? 'America/Chicago' : 'Asia/Tokyo'
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...real.call(this), timeZone: machine }
    })
    vi.resetModules()
    const zone = await import('./date-zone')
    const date = await import('./date')
    const { contextFor } = await import('./case-table.test-support')
    expect(zone.machineTimeZone()).toBe(machine)
    const unset = contextFor('dateTime')
    expect(date.columnTimeZone(unset)).toBe(machine)
    const expected = date.normalizeDateTime('2024-03-05 14:30', contextFor('dateTime', { timeZone: machine })).value
    expect(expected).not.toBe('2024-03-05T14:30:00.000Z')
    expect(date.normalizeDateTime('2024-03-05 14:30', unset).value).toBe(expected)
    expect(date.normalizeDateTimeSlow('05.03.2024 14:30', unset).value).toBe(expected)
  })
})
