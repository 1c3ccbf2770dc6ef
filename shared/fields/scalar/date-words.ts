// Dates written with a month name: `14 März 2019`, `March 14, 2019`, `14-Mar-19`, `Do, 14. März 2019`,
// `14 de marzo de 2019`, `1er mars 2019`, `2019 Mar 14`, `mars 2019` (month and year only).
// Invariant: exactly one month word; weekday names are dropped (and checked by the caller); other words fail.
import { readTime, type TimeRead } from './date-time-text'
import { monthOfKey, weekdayOfKey } from './month-names'
import { foldKey } from './wording'

export interface WordsDate {
  readonly month: number
  /** Null for `mars 2019`. */
  readonly day: number | null
  /** Null for `14 March`. */
  readonly year: number | null
  /** The year as written when it had two digits (`19`), for the caller to expand. */
  readonly twoDigitYear: boolean
  readonly weekday: number | null
  readonly time: TimeRead | null
}

const TIME_PART =
  /\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*(?:am|pm|a\.\s?m\.|p\.\s?m\.))?(?:\s*(?:uhr|h))?(?:\s*(?:z|utc|gmt|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?))?(?=\s|$)/i
const SEPARATORS = /[\s,/-]+/
const FILLERS: ReadonlySet<string> = new Set([
  'de',
  'del',
  'of',
  'the',
  'den',
  'der',
  'le',
  'el',
  'il',
  'em',
  'am',
  'on',
  'at',
  'um',
  'a',
  'à',
])
const NUMBER_TOKEN = /^(\d{1,4})(?:st|nd|rd|th|er|re|e|eme|o|º|ª)?\.?$/
const HAS_LETTER = /\p{L}/u
const DASH_OR_SLASH = /[-/]/

/** Reads a date with a month name; undefined when the text has no month word or has unknown words. */
export function readWordsDate(text: string): WordsDate | undefined {
  if (!HAS_LETTER.test(text)) return undefined
  let rest = text
  let time: TimeRead | null = null
  const timeMatch = TIME_PART.exec(rest)
  if (timeMatch !== null) {
    time = readTime(timeMatch[0])
    if (time === null) return undefined
    rest = rest.slice(0, timeMatch.index) + rest.slice(timeMatch.index + timeMatch[0].length)
  }
  let month: number | null = null
  let monthAt = -1
  let weekday: number | null = null
  const numbers: { readonly value: number; readonly digits: number }[] = []
  const tokens = rest.split(SEPARATORS).filter((t) => t !== '' && t !== '.')
  for (const token of tokens) {
    const key = foldKey(token)
    const number = NUMBER_TOKEN.exec(key)
    if (number !== null) {
      numbers.push({ value: Number(number[1]), digits: (number[1] ?? '').length })
      continue
    }
    if (FILLERS.has(key)) continue
    const asMonth = monthOfKey(key)
    if (asMonth !== undefined && month === null) {
      month = asMonth
      monthAt = numbers.length
      continue
    }
    const asWeekday = weekdayOfKey(key)
    if (asWeekday !== undefined && weekday === null && month === null && numbers.length === 0) {
      weekday = asWeekday
      continue
    }
    return undefined
  }
  if (month === null || numbers.length > 2) return undefined
  return placeNumbers(month, monthAt, numbers, weekday, time, DASH_OR_SLASH.test(text))
}

function placeNumbers(
  month: number,
  monthAt: number,
  numbers: readonly { readonly value: number; readonly digits: number }[],
  weekday: number | null,
  time: TimeRead | null,
  dashed: boolean,
): WordsDate | undefined {
  const base = { month, weekday, time }
  const [first, second] = numbers
  if (first === undefined) return undefined
  if (second === undefined) {
    // `mars 2019`, `Mar-19` (Excel's mmm-yy) are month and year; `14 March` and `March 14` are day and month.
    if (first.digits === 4 || (dashed && monthAt === 0 && first.digits === 2)) {
      return { ...base, day: null, year: first.value, twoDigitYear: first.digits === 2 }
    }
    return first.digits <= 2 ? { ...base, day: first.value, year: null, twoDigitYear: false } : undefined
  }
  // A four-digit number is the year wherever it stands (`2019 Mar 14`); otherwise the year comes last.
  const yearFirst = first.digits === 4 && second.digits <= 2
  const year = yearFirst ? first : second
  const day = yearFirst ? second : first
  if (day.digits > 2 || (year.digits !== 4 && year.digits !== 2)) return undefined
  return { ...base, day: day.value, year: year.value, twoDigitYear: year.digits === 2 }
}
