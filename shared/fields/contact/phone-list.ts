// The `phoneList` normaliser (PHONES additionalPhones): Twenty's JSON `[{number, countryCode, callingCode}]`
// or a `,`/`;` list of numbers, each read like the primary phone. Invariant: value is null on any error.
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max'
import { EMPTY_RESULT, type CellFix, type CellIssue, type JsonValue } from '../cell-result'
import type { Normalizer } from '../column-context'
import { wordedError, wordedFix } from '../scalar/wording'
import { countryToIso2 } from './countries'
import { itemError, readListCell, stringField } from './list-cell'
import { callingCodeDigits, countryForCallingCode } from './phone-codes'
import { extensionWarning, phoneFix } from './phone'
import { phoneRegionFor } from './phone-region'
import { readPhone, type PhoneRead } from './phone-read'
import { cleanCell, quote } from './text'

interface ListItem {
  readonly text: string
  readonly region: CountryCode | null
}

function numberField(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined
  const number = (item as Readonly<Record<string, unknown>>).number
  return typeof number === 'string' ? number : typeof number === 'number' ? String(number) : undefined
}

/** One JSON item: its number, read in its own countryCode, or with its callingCode in front. */
function jsonItem(item: unknown, fallback: CountryCode | null): ListItem | null {
  if (typeof item === 'string') return { text: item.trim(), region: fallback }
  const number = numberField(item)?.trim()
  if (number === undefined) return null
  const country = countryToIso2(stringField(item, 'countryCode') ?? '')
  if (country !== null && isSupportedCountry(country)) return { text: number, region: country }
  const callingCode = stringField(item, 'callingCode') ?? ''
  const digits = callingCodeDigits(callingCode)
  if (digits !== null && !/^\(?\s*(\+|00)/.test(number)) {
    return { text: `+${digits} ${number}`, region: countryForCallingCode(callingCode) }
  }
  return { text: number, region: fallback }
}

/**
 * Normalises additional phones. Accepts `[{"number":"612345678","countryCode":"FR","callingCode":"+33"}]`
 * (countryCode or callingCode may be missing), a JSON list of strings, or numbers separated by `,` / `;` / line
 * breaks read in the row's or column's country. Value: `[{number, countryCode, callingCode}]`.
 */
export const normalizePhoneList: Normalizer = (raw, context, row) => {
  const { text, fix } = cleanCell(raw)
  if (text === '') return EMPTY_RESULT
  const { region, unreadRowCountry } = phoneRegionFor(context, row)
  const cell = readListCell(text, false)
  if (cell.kind === 'badJson') return wordedError(`PHONE_LIST_INVALID.${cell.reason}`, { value: quote(text) })
  const items: ListItem[] = []
  if (cell.kind === 'json') {
    for (const entry of cell.items) {
      const item = jsonItem(entry, region)
      if (item === null) return wordedError('PHONE_LIST_INVALID.noNumber', { value: quote(text) })
      if (item.text !== '') items.push(item)
    }
  } else {
    for (const t of cell.items) items.push({ text: t, region })
  }
  if (items.length === 0) return EMPTY_RESULT

  const value: JsonValue[] = []
  const seen = new Set<string>()
  const issues: CellIssue[] = []
  const fixes: CellFix[] = fix === null ? [] : [fix]
  let hasError = false
  for (const item of items) {
    const read: PhoneRead = readPhone(item.text, item.region, unreadRowCountry)
    if (read.kind === 'invalid') {
      hasError = true
      issues.push(itemError(read.issue))
      continue
    }
    const key = `${read.callingCode}${read.number}`
    if (seen.has(key)) {
      fixes.push(wordedFix('PHONE_DUPLICATE_REMOVED', { value: quote(item.text) }))
      continue
    }
    seen.add(key)
    if (item.text !== read.number) fixes.push(phoneFix(item.text, read))
    if (read.extension !== null) issues.push(extensionWarning(item.text, read))
    value.push({ number: read.number, countryCode: read.country, callingCode: read.callingCode })
  }
  if (hasError) return { value: null, issues, fixes: [] }
  return { value, issues, fixes }
}
