// The cell warning for a date-time written in local time that its zone skipped or lived twice at a clock change.
// Invariant: the message names the reading taken, and the suggestion (that reading with its offset, when it can
// be written as one) reads back as the same instant with no warning.
import type { CellIssue } from '../cell-result'
import { ISSUE } from './codes'
import { offsetText, spellShift, type ZonedInstant } from './date-zone'
import { issue, quote } from './wording'

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
  const keep = taken === undefined ? '' : ` Accept ${taken} to keep this reading.`
  if (zoned.reading.kind === 'skipped') {
    const moved = new Date(zoned.ms + zoned.offsetMs)
    return issue(
      ISSUE.DATETIME_NONEXISTENT,
      'warning',
      `${quote(text)} never happened in ${zone}: the clocks jumped forward ${spellShift(zoned.reading.gapMs)} over it. It was read as ${pad(moved.getUTCHours())}:${pad(moved.getUTCMinutes())} local time (UTC${offsetText(zoned.offsetMs)}), ${value}. If that is wrong, correct the time.${keep}`,
      taken,
    )
  }
  const later = zoned.reading.kind === 'repeated' ? zoned.reading.laterMs : zoned.ms
  const laterOffset = zoned.ms + zoned.offsetMs - later
  return issue(
    ISSUE.DATETIME_AMBIGUOUS,
    'warning',
    `${quote(text)} happened twice in ${zone}: the clocks went back ${spellShift(later - zoned.ms)} over it. It was read as the first (UTC${offsetText(zoned.offsetMs)}), ${value}; the second was ${new Date(later).toISOString()}. If it means the second, add its offset, ${offsetText(laterOffset)}.${keep}`,
    taken,
  )
}
