// The `address` (whole address in one cell), `addressPart` and address-country normalisers (ADDRESS subfields).
// Invariant: a whole-address split is never silent: every result carries ADDRESS_SPLIT_GUESSED for review.
import { EMPTY_RESULT, type CellFix } from '../cell-result'
import type { Normalizer } from '../column-context'
import { worded, wordedFix } from '../scalar/wording'
import { splitAddress, type AddressParts } from './address-split'
import { countryNameEn, countryToIso2 } from './countries'
import { cleanCell, collapseSpaces, quote, WHITESPACE_COLLAPSED } from './text'

const LABELS: ReadonlyArray<readonly [keyof AddressParts, string]> = [
  ['addressStreet1', 'Address 1'],
  ['addressStreet2', 'Address 2'],
  ['addressPostcode', 'Post Code'],
  ['addressCity', 'City'],
  ['addressState', 'State'],
  ['addressCountry', 'Country'],
]

function cleanFixes(raw: string): { readonly text: string; readonly fixes: CellFix[] } {
  const { text, fix } = cleanCell(raw)
  const collapsed = collapseSpaces(text)
  const fixes = [fix, collapsed === text ? null : WHITESPACE_COLLAPSED].filter((f): f is CellFix => f !== null)
  return { text: collapsed, fixes }
}

/**
 * Splits a whole address written in one cell (`Königsallee 12, 40212 Düsseldorf, Deutschland`,
 * `1 Main St, Springfield, IL 62701, USA`) into addressStreet1, addressStreet2, addressCity, addressPostcode,
 * addressState and addressCountry (all six keys, '' when unknown; the country as its English name). Value and
 * parts are that object. Splitting is a guess, so the result always carries warning ADDRESS_SPLIT_GUESSED
 * describing the split; when nothing could be told apart the whole text is in addressStreet1.
 */
export const normalizeAddress: Normalizer = (raw) => {
  const { text: cleaned, fix } = cleanCell(raw)
  if (cleaned === '') return EMPTY_RESULT
  // Line breaks separate parts like commas do; they are not a change to report.
  const lines = cleaned.replace(/\s*(?:\r\n?|\n)\s*/g, ', ')
  const text = collapseSpaces(lines)
  const fixes = [fix, text === lines ? null : WHITESPACE_COLLAPSED].filter((f): f is CellFix => f !== null)
  const { parts, split } = splitAddress(text)
  const described = LABELS.filter(([key]) => parts[key] !== '').map(([key, label]) => `${label} ${quote(parts[key])}`)
  // The parts found are listed by Twenty's labels of the ADDRESS subfields, as its field labels are named elsewhere.
  const guess = split
    ? worded('warning', 'ADDRESS_SPLIT_GUESSED.split', { value: quote(text), parts: described.join(', ') })
    : worded('warning', 'ADDRESS_SPLIT_GUESSED.notSplit', { value: quote(text) })
  return { value: { ...parts }, parts: { ...parts }, issues: [guess], fixes }
}

/** Normalises one address subfield written in its own column: trimmed text, inner runs of spaces collapsed. */
export const normalizeAddressPart: Normalizer = (raw) => {
  const { text, fixes } = cleanFixes(raw)
  if (text === '') return EMPTY_RESULT
  return { value: text, issues: [], fixes }
}

/**
 * Normalises the addressCountry subfield: a country code or a name in another language becomes the English name
 * Twenty's country picker uses (`DE`, `Deutschland` -> `Germany`; fix ADDRESS_COUNTRY_NORMALISED). A value that
 * names no country is kept as written (Twenty stores free text) with warning ADDRESS_COUNTRY_UNKNOWN.
 */
export const normalizeAddressCountry: Normalizer = (raw) => {
  const { text, fixes } = cleanFixes(raw)
  if (text === '') return EMPTY_RESULT
  const iso2 = countryToIso2(text)
  const english = iso2 === null ? null : countryNameEn(iso2)
  if (english === null) {
    return {
      value: text,
      issues: [worded('warning', 'ADDRESS_COUNTRY_UNKNOWN', { value: quote(text) })],
      fixes,
    }
  }
  if (english !== text)
    fixes.push(wordedFix('ADDRESS_COUNTRY_NORMALISED', { value: quote(text), country: quote(english) }))
  return { value: english, issues: [], fixes }
}
