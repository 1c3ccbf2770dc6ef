// The column that gives each row's country, for what is read in it (national phone numbers, amounts): a column
// mapped to a country field, else the one the file's settings name, imported or not (a client's Country column
// the workspace has no field for still says where each row's numbers are from). And, for a one-click fix, a column
// that looks like countries when none is in use.
import { countryToIso2 } from '../fields/contact/countries'

/** The index of the column named `name` (as headers are matched: trimmed, any case); undefined when absent. */
export function columnNamed(headers: readonly string[], name: string | undefined): number | undefined {
  if (name === undefined) return undefined
  const wanted = name.trim().toLowerCase()
  const at = headers.findIndex((h) => h.trim().toLowerCase() === wanted)
  return at < 0 ? undefined : at
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
export function countryColumnCandidate(headers: readonly string[], values: (column: number) => readonly string[]): { column: number; name: string } | null {
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
