// The `address` (whole address in one cell), `addressPart` and address-country normalisers (ADDRESS subfields).
// Invariant: a whole-address split is never silent: every result carries ADDRESS_SPLIT_GUESSED for review.
import { EMPTY_RESULT, type CellFix } from '../cell-result'
import type { Normalizer } from '../column-context'
import { splitAddress, type AddressParts } from './address-split'
import { countryNameEn, countryToIso2 } from './countries'
import { cleanCell, collapseSpaces, quote, WHITESPACE_COLLAPSED } from './text'

const LABELS: ReadonlyArray<readonly [keyof AddressParts, string]> = [
  ['addressStreet1', 'Address 1'], ['addressStreet2', 'Address 2'], ['addressPostcode', 'Post Code'],
  ['addressCity', 'City'], ['addressState', 'State'], ['addressCountry', 'Country'],
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
  const message = split
    ? `Split ${quote(text)} into ${described.join(', ')}. This is a guess: check it, or map separate address columns.`
    : `Could not tell the parts of ${quote(text)} apart, so all of it goes into Address 1. Split it into street, post code, city and country columns if Twenty should know them.`
  return { value: { ...parts }, parts: { ...parts }, issues: [{ code: 'ADDRESS_SPLIT_GUESSED', severity: 'warning', message }], fixes }
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
      issues: [{
        code: 'ADDRESS_COUNTRY_UNKNOWN',
        severity: 'warning',
        message: `${quote(text)} is not a country Preflight recognises. Twenty stores it as written, but its country list will not match it: write the country's English name (such as Germany) if it is one.`,
      }],
      fixes,
    }
  }
  if (english !== text) fixes.push({ code: 'ADDRESS_COUNTRY_NORMALISED', message: `Wrote ${quote(text)} as ${quote(english)}, the name Twenty's country list uses.` })
  return { value: english, issues: [], fixes }
}
