// Which country a national phone number is read in: the phone's own country column when it names one
// libphonenumber knows (Twenty reads the number in it), else the row's country when it does, else the column's
// default country. Pure function of its inputs so callers may cache on (raw, region); it remembers its answers
// per (default country, row country) and per row context object.
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max'
import type { ColumnContext, RowContext } from '../column-context'
import { countryToIso2 } from './countries'

export interface PhoneRegion {
  /** The region numbers without `+`/`00` are read in, or null when none is known. */
  readonly region: CountryCode | null
  /** The row's country as written when it could not be read as a country (for messages). */
  readonly unreadRowCountry: string | null
}

// A column has few distinct countries and a million numbers: remember each (default, row country) pair's
// region, in two levels so no key string is built per call.
const MEMO_LIMIT = 4096
const memo = new Map<string, Map<string, PhoneRegion>>()
let memoSize = 0

/** What a row context's region was last resolved from (a check reads one context object for many rows). */
interface RowRegion {
  readonly defaultCountry: string | null
  readonly country: string | null | undefined
  readonly phoneCountry: string | undefined
  readonly region: PhoneRegion
}
const byRow = new WeakMap<RowContext, RowRegion>()

/** Resolves the region for a cell from the row's country (any language, or a code), then the column default. */
export function phoneRegionFor(context: ColumnContext, row?: RowContext): PhoneRegion {
  if (row === undefined) return regionFor(context, row)
  // The same row object with the same values gives the same region (it is a function of these three values).
  const known = byRow.get(row)
  if (
    known !== undefined &&
    known.defaultCountry === context.defaultCountry &&
    known.country === row.country &&
    known.phoneCountry === row.phoneCountry
  ) {
    return known.region
  }
  const region = regionFor(context, row)
  byRow.set(row, {
    defaultCountry: context.defaultCountry,
    country: row.country,
    phoneCountry: row.phoneCountry,
    region,
  })
  return region
}

function regionFor(context: ColumnContext, row?: RowContext): PhoneRegion {
  const fallback = context.defaultCountry ?? ''
  let byCountry = memo.get(fallback)
  if (byCountry === undefined) memo.set(fallback, (byCountry = new Map<string, PhoneRegion>()))
  // The phone's own country, when given, is part of the key (NUL cannot be in a cell's country).
  const own = row?.phoneCountry
  const country = own === undefined || own === '' ? (row?.country ?? '') : `${own}\u0000${row?.country ?? ''}`
  let region = byCountry.get(country)
  if (region === undefined) {
    region = resolveRegion(context, row)
    if (memoSize < MEMO_LIMIT) {
      byCountry.set(country, region)
      memoSize++
    }
  }
  return region
}

function resolveRegion(context: ColumnContext, row?: RowContext): PhoneRegion {
  const own = row?.phoneCountry === undefined ? null : countryToIso2(row.phoneCountry.trim())
  if (own !== null && isSupportedCountry(own)) return { region: own, unreadRowCountry: null }
  const written = row?.country?.trim() ?? ''
  if (written !== '') {
    const iso2 = countryToIso2(written)
    if (iso2 !== null && isSupportedCountry(iso2)) return { region: iso2, unreadRowCountry: null }
    return { region: supported(context.defaultCountry), unreadRowCountry: written }
  }
  return { region: supported(context.defaultCountry), unreadRowCountry: null }
}

function supported(code: string | null): CountryCode | null {
  if (code === null) return null
  const upper = code.toUpperCase()
  return isSupportedCountry(upper) ? upper : null
}
