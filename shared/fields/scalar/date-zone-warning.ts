// The cell warning for a date-time written in local time that its zone skipped or lived twice at a clock change.
// Invariant: the message names the reading taken, and the suggestion (that reading with its offset, when it can
// be written as one) reads back as the same instant with no warning.
import type { CellIssue } from '../cell-result'
import { clockShift, offsetText, type ZonedInstant } from './date-zone'
import { quote, worded } from './wording'

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** `2024-03-31T03:30:00+02:00`: the instant as a local time with its offset, which reads back as that instant. */
function localText(ms: number, offsetMs: number): string | undefined {
  if (offsetMs % 60_000 !== 0) return undefined
  const local = new Date(ms + offsetMs)
  if (local.getUTCFullYear() < 1000 || local.getUTCFullYear() > 9999) return undefined
  const milliseconds = local.getUTCMilliseconds()
  const clockText = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${milliseconds === 0 ? '' : `.${pad(milliseconds, 3)}`}`
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${clockText}${offsetText(offsetMs)}`
}

/**
 * The warning for a local time the zone skipped (DATETIME_NONEXISTENT) or lived twice (DATETIME_AMBIGUOUS): the
 * zone, the change, the reading taken, and that reading with its offset as the suggestion that keeps it.
 */
export function localTimeIssue(text: string, value: string, zoned: ZonedInstant, zone: string): CellIssue {
  const taken = localText(zoned.ms, zoned.offsetMs)
  const keep = taken === undefined ? '' : 'Keep'
  const base = {
    value: quote(text),
    zone,
    offset: offsetText(zoned.offsetMs),
    instant: value,
    ...(taken === undefined ? {} : { taken }),
  }
  if (zoned.reading.kind === 'skipped') {
    const moved = new Date(zoned.ms + zoned.offsetMs)
    const shift = clockShift(zoned.reading.gapMs)
    const params = { ...base, n: shift.n, time: `${pad(moved.getUTCHours())}:${pad(moved.getUTCMinutes())}` }
    return worded('warning', `DATETIME_NONEXISTENT.${shift.unit}${keep}`, params, taken)
  }
  const later = zoned.reading.kind === 'repeated' ? zoned.reading.laterMs : zoned.ms
  const laterOffset = zoned.ms + zoned.offsetMs - later
  const shift = clockShift(later - zoned.ms)
  const params = { ...base, n: shift.n, second: new Date(later).toISOString(), laterOffset: offsetText(laterOffset) }
  return worded('warning', `DATETIME_AMBIGUOUS.${shift.unit}${keep}`, params, taken)
}
