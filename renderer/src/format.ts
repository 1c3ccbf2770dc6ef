// Numbers, sizes and dates as the user reads them, in the app's language (formatLocale() in i18n.ts: the
// OS's region when it speaks that language, else the language's usual one; English reads like en-US).
// Every count the renderer shows goes through here. Each function reads the current locale, a Vue ref, so a
// template that calls it re-renders when the language changes.
import { formatLocale, i18n, type MessageParams } from './i18n'

const integers = new Map<string, Intl.NumberFormat>()
const decimals = new Map<string, Intl.NumberFormat>()

function integerFormat(locale: string): Intl.NumberFormat {
  let format = integers.get(locale)
  if (!format) integers.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })))
  return format
}

function decimalFormat(locale: string): Intl.NumberFormat {
  let format = decimals.get(locale)
  if (!format)
    decimals.set(
      locale,
      (format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })),
    )
  return format
}

/** 12345 -> "12,345" (English), "12 345" (Russian, French), "12.345" (German, Spanish, Portuguese). */
export function formatCount(value: number): string {
  return integerFormat(formatLocale()).format(value)
}

/** 12.34 -> "12.3" in English, "12,3" in German: one decimal. */
export function formatDecimal(value: number): string {
  return decimalFormat(formatLocale()).format(value)
}

/**
 * A message with a count: the plural form the language's rules pick for `count`, with `{n}` the count as
 * formatted here. tn('format.rows', 12345) -> "12,345 rows".
 */
export function tn(key: string, count: number, params: MessageParams = {}): string {
  return i18n.global.t(key, { n: formatCount(count), ...params }, count)
}

/** 12345 -> "12,345 rows"; 1 -> "1 row". */
export function formatRows(count: number): string {
  return tn('format.rows', count)
}

/** `“A”, “B” and “C”` in English, `„A“, „B“ und „C“`'s conjunction in German: a list as the language joins it. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(formatLocale(), { type: 'conjunction' }).format(items)
}

/** 1536 -> "1.5 KB"; binary units, one decimal above KB. */
export function formatBytes(bytes: number): string {
  const units = ['KB', 'MB', 'GB']
  if (bytes < 1024) return tn('format.bytes', bytes)
  let value = bytes
  let unit = -1
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${decimalFormat(formatLocale()).format(value)} ${units[unit]}`
}

/** A moment as date and time, medium date and short time: "Mar 4, 2025, 2:05 PM" in English. */
export function formatDateTime(date: Date): string {
  return date.toLocaleString(formatLocale(), { dateStyle: 'medium', timeStyle: 'short' })
}

/** The last segment of a Windows or POSIX path. */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/)
  return parts[parts.length - 1] || path
}

/** Time left as a push shows it: "40 s left", "12 min left"; empty while unknown. */
export function formatEta(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return ''
  return seconds < 90
    ? i18n.global.t('format.secondsLeft', { n: formatCount(Math.ceil(seconds)) })
    : i18n.global.t('format.minutesLeft', { n: formatCount(Math.ceil(seconds / 60)) })
}
