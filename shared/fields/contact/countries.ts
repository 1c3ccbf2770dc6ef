// Country lookups: a name in en/de/fr/es/it/nl/pt, an ISO2 or ISO3 code -> ISO2, and ISO2 -> English name.
// The index is built once, at module load, from country-table.ts; lookups are one Map read.
import { COUNTRY_TABLE } from './country-table'
import { foldText } from './text'

interface CountryIndex {
  readonly byName: ReadonlyMap<string, string>
  readonly byIso3: ReadonlyMap<string, string>
  readonly englishName: ReadonlyMap<string, string>
}

function buildIndex(): CountryIndex {
  const byName = new Map<string, string>()
  const byIso3 = new Map<string, string>()
  const englishName = new Map<string, string>()
  for (const line of COUNTRY_TABLE.split('\n')) {
    if (line === '') continue
    const iso2 = line.slice(0, 2)
    const iso3 = line.slice(3, 6)
    const names = line.slice(7).split('|')
    englishName.set(iso2, names[0]!)
    byIso3.set(iso3, iso2)
    for (const name of names) {
      const key = foldText(name)
      if (!byName.has(key)) byName.set(key, iso2)
      // 'The Netherlands', 'the Gambia': the article is optional in writing.
      if (key.startsWith('the ')) byName.set(key.slice(4), iso2)
    }
  }
  return { byName, byIso3, englishName }
}

const INDEX = buildIndex()
const LETTERS_2 = /^[A-Za-z]{2}$/
const LETTERS_3 = /^[A-Za-z]{3}$/

/**
 * The ISO 3166 alpha-2 code for a country written as a name (English, German, French, Spanish, Italian, Dutch,
 * Portuguese, plus common aliases such as `UK`, `England`, `Holland`, `USA`), an alpha-2 or an alpha-3 code.
 * Case, accents, punctuation and a leading `the` are ignored. Null when the value names no single country
 * (`Congo` is ambiguous and gives null).
 */
export function countryToIso2(nameOrCode: string): string | null {
  const text = nameOrCode.trim()
  if (LETTERS_2.test(text)) {
    const code = text.toUpperCase()
    if (code === 'UK') return 'GB'
    return INDEX.englishName.has(code) ? code : null
  }
  if (LETTERS_3.test(text)) {
    const iso2 = INDEX.byIso3.get(text.toUpperCase())
    if (iso2 !== undefined) return iso2
  }
  return INDEX.byName.get(foldText(text)) ?? null
}

/**
 * The English name of a country by its alpha-2 code, as Twenty's country picker shows it
 * (`DE` -> `Germany`, `GB` -> `United Kingdom`); null for an unknown code.
 */
export function countryNameEn(iso2: string): string | null {
  return INDEX.englishName.get(iso2.toUpperCase()) ?? null
}

/** Every country by code with the English name Twenty's picker shows, sorted by name (for a country picker). */
export function listCountries(): { code: string; name: string }[] {
  return [...INDEX.englishName].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name))
}
