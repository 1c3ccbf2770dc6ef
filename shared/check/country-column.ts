// The column that gives each row's country, for what is read in it (national phone numbers, amounts): a column
// mapped to a country field, else the one the file's settings name, imported or not (a client's Country column
// the workspace has no field for still says where each row's numbers are from). And, for one-click fixes, a column
// that looks like countries when none is in use, or the country most of a phone column's numbers call.
import { countryToIso2 } from '../fields/contact/countries'
import { countryForCallingCode } from '../fields/contact/phone-codes'

/** The index of the column named `name` (as headers are matched: trimmed, any case); undefined when absent. */
export function columnNamed(headers: readonly string[], name: string | undefined): number | undefined {
  if (name === undefined) return undefined
  const wanted = name.trim().toLowerCase()
  const at = headers.findIndex((h) => h.trim().toLowerCase() === wanted)
  return at < 0 ? undefined : at
}

/**
 * The rows' country column for a check: a column mapped to a country (`isCountry` says which targets are), else
 * the one named by the file's settings (`name`, imported or not). Its index is all the check reads.
 */
export function countryColumnOf<T extends { readonly column: number }>(
  mapped: readonly T[],
  isCountry: (m: T) => boolean,
  headers: readonly string[],
  name: string | undefined,
): { column: number } | undefined {
  const found = mapped.find(isCountry)
  if (found) return found
  const column = columnNamed(headers, name)
  return column === undefined ? undefined : { column }
}

/** Header words that name a country column, in the languages client files come in. */
const COUNTRY_WORDS = /\b(country|countries|land|pays|pa[ií]s|paese|kraj|страна)\b/i

const SAMPLE = 50
const MIN_VALUES = 3
const SHARE = 0.8

/**
 * A column most of whose values are countries (names or codes), its header preferred when it says so; null when
 * none is. `values(column)` gives a column's first non-empty values.
 */
export function countryColumnCandidate(
  headers: readonly string[],
  values: (column: number) => readonly string[],
): { column: number; name: string } | null {
  let best: { column: number; name: string; score: number } | null = null
  headers.forEach((name, column) => {
    const sample = values(column).slice(0, SAMPLE)
    if (sample.length < MIN_VALUES) return
    const countries = sample.filter((v) => countryToIso2(v.trim()) !== null).length
    if (countries / sample.length < SHARE) return
    const score = countries / sample.length + (COUNTRY_WORDS.test(name) ? 1 : 0)
    if (!best || score > best.score) best = { column, name, score }
  })
  const found = best as { column: number; name: string; score: number } | null
  return found ? { column: found.column, name: found.name } : null
}

/** The calling code's country of a number written with it (`+33 6...`, `0033 6...`), or null. */
function callingCountry(value: string): string | null {
  const text = value.trim()
  const digits = text.startsWith('+') ? text.slice(1) : text.startsWith('00') ? text.slice(2) : null
  if (digits === null) return null
  const plain = digits.replace(/[\s().-]/g, '')
  // Calling codes are prefix-free: the first prefix that is one is the number's.
  for (let length = 1; length <= 3 && length <= plain.length; length++) {
    const country = countryForCallingCode(`+${plain.slice(0, length)}`)
    if (country !== null) return country
  }
  return null
}

/**
 * The country most of a phone column's numbers carry the calling code of (at least `share` of its non-empty
 * values), so numbers written without one can be read there; null when no country has that many.
 */
export function dominantCallingCountry(values: readonly string[], share = 0.6): string | null {
  const filled = values.filter((v) => v.trim() !== '')
  if (filled.length < MIN_VALUES) return null
  const counts = new Map<string, number>()
  for (const value of filled) {
    const country = callingCountry(value)
    if (country !== null) counts.set(country, (counts.get(country) ?? 0) + 1)
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1])
  return top !== undefined && top[1] / filled.length >= share ? top[0] : null
}
