// The time-of-day part of a date-time cell: `10:30`, `10:30:15.250`, `3:05 PM`, `10:30 Uhr`, with an optional
// offset `Z`, `UTC`, `+02:00`, `+0200`, `GMT+2`. Invariant: an offset is returned in minutes east of UTC.

export interface TimeOfDay {
  readonly hour: number
  readonly minute: number
  readonly second: number
  readonly millisecond: number
}

export interface TimeRead {
  readonly time: TimeOfDay
  /** Minutes east of UTC; null when the cell gives no offset. */
  readonly offsetMinutes: number | null
}

const TIME =
  /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(am|pm|a\.\s?m\.|p\.\s?m\.)?\s*(?:uhr|h)?\s*(z|utc|gmt|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?)?$/i
const OFFSET = /^(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i
const MERIDIEM_NOISE = /[.\s]/g
const SPACES = /\s+/g

function readOffset(text: string | undefined): number | null | 'invalid' {
  if (text === undefined) return null
  const lower = text.toLowerCase()
  if (lower === 'z' || lower === 'utc' || lower === 'gmt') return 0
  const m = OFFSET.exec(text)
  if (m === null) return 'invalid'
  const hours = Number(m[2])
  const minutes = Number(m[3] ?? 0)
  if (hours > 14 || minutes > 59) return 'invalid'
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes)
}

/** Reads a time of day with an optional offset; null when the text is not one. */
export function readTime(text: string): TimeRead | null {
  const m = TIME.exec(text.trim())
  if (m === null) return null
  let hour = Number(m[1])
  const minute = Number(m[2])
  const second = Number(m[3] ?? 0)
  const millisecond = Math.floor(Number(`0.${m[4] ?? '0'}`) * 1000)
  const meridiem = m[5]?.toLowerCase().replace(MERIDIEM_NOISE, '')
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0)
  }
  if (hour > 23 || minute > 59 || second > 59) return null
  const offsetMinutes = readOffset(m[6]?.replace(SPACES, ''))
  if (offsetMinutes === 'invalid') return null
  return { time: { hour, minute, second, millisecond }, offsetMinutes }
}

/** 00:00:00.000 exactly. */
export function isMidnight(time: TimeOfDay): boolean {
  return time.hour === 0 && time.minute === 0 && time.second === 0 && time.millisecond === 0
}
