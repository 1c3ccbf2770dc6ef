// Excel date serials as timezone-free ISO text, never through a local-time Date. A serial counts days and the
// fraction is the time of day. 1900 system: 1 is 1900-01-01 and 60 the fictitious 1900-02-29 Excel keeps for
// Lotus compatibility; 1904 system (old Mac workbooks): 0 is 1904-01-01. Times round to the nearest second.

const SECONDS_PER_DAY = 86_400
/** Unix day (days since 1970-01-01) of serial 0 in the 1900 system: before and after the fake leap day. */
const UNIX_DAY_OF_1900_EARLY = -25_568
const UNIX_DAY_OF_1900 = -25_569
/** Unix day of 1904-01-01, serial 0 of the 1904 system. */
const UNIX_DAY_OF_1904 = -24_107
const FAKE_LEAP_DAY = 60

/**
 * `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ss` when the serial has a time of day, or `HH:mm:ss` for a pure time
 * (serial below 1). Undefined for serials no Excel version shows as a date (negative, or past 9999-12-31).
 */
export function excelDateText(serial: number, date1904: boolean): string | undefined {
  if (!(serial >= 0)) return undefined
  const total = Math.round(serial * SECONDS_PER_DAY)
  const days = Math.floor(total / SECONDS_PER_DAY)
  const seconds = total - days * SECONDS_PER_DAY
  if (serial < 1) return clockText(seconds)
  let date: string
  if (date1904) date = civilDate(days + UNIX_DAY_OF_1904)
  else if (days === FAKE_LEAP_DAY) date = '1900-02-29'
  else date = civilDate(days + (days < FAKE_LEAP_DAY ? UNIX_DAY_OF_1900_EARLY : UNIX_DAY_OF_1900))
  if (date.length > 10) return undefined
  return seconds === 0 ? date : `${date}T${clockText(seconds)}`
}

/** Elapsed time for `[h]:mm:ss`-style formats: `36:00:00`, not a date. */
export function excelDurationText(serial: number): string {
  const total = Math.round(Math.abs(serial) * SECONDS_PER_DAY)
  const hours = Math.floor(total / 3600)
  return `${serial < 0 ? '-' : ''}${pad2(hours)}:${pad2(Math.floor(total / 60) % 60)}:${pad2(total % 60)}`
}

function clockText(seconds: number): string {
  return `${pad2(Math.floor(seconds / 3600) % 24)}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`
}

/** Proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's civil_from_days). */
function civilDate(unixDay: number): string {
  const z = unixDay + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return `${year}-${pad2(month)}-${pad2(day)}`
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}
