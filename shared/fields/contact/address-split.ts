// Best-effort split of a whole address written in one cell into Twenty's ADDRESS subfields. Always a guess:
// the caller reports every split for review. Knows European `PC City`, US/Canadian `City, ST 12345` and UK
// postcodes, and a country name (any of seven languages) or code as the last part.
import { countryNameEn, countryToIso2 } from './countries'

/** Twenty's ADDRESS subfields as strings, '' when unknown (Twenty's own default for them). */
export interface AddressParts {
  readonly addressStreet1: string
  readonly addressStreet2: string
  readonly addressCity: string
  readonly addressPostcode: string
  readonly addressState: string
  readonly addressCountry: string
}

/** A split address, and whether anything could be told apart at all. */
export interface AddressSplit {
  readonly parts: AddressParts
  /** False when nothing could be told apart and the whole text went into addressStreet1. */
  readonly split: boolean
}

const SEGMENT_SEPARATORS = /\s*(?:[,;]|\r\n?|\n)\s*/
const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ ' +
    'NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP'
  ).split(' '),
)
const CA_PROVINCES = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '))
// Dutch `1012 LG` first, so its letters are not read as the start of the city.
const POSTCODE = '\\d{4}\\s?[A-Z]{2}(?=\\s)|(?:[A-Z]{1,3}-)?\\d{4,5}(?:-\\d{3})?|\\d{3}\\s\\d{2}'
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}'
const STATE_ZIP = /^([A-Z]{2})\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/i
const CITY_STATE_ZIP = /^(.+?)\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/
const PC_CITY = new RegExp(`^(${POSTCODE})\\s+(\\D.*)$`, 'i')
const CITY_PC = new RegExp(`^(\\D+?)\\s+(\\d{4,5}|${UK_POSTCODE})$`, 'i')
const PC_ONLY = new RegExp(`^(?:${POSTCODE}|${UK_POSTCODE})$`, 'i')
const ONE_LINE = new RegExp(`^(.*?\\d+\\s?[a-z]?)\\s+(${POSTCODE})\\s+(\\D.+)$`, 'i')

const MAX_ADDRESS_LENGTH = 300
const EMPTY_PARTS: AddressParts = {
  addressStreet1: '',
  addressStreet2: '',
  addressCity: '',
  addressPostcode: '',
  addressState: '',
  addressCountry: '',
}

interface Draft {
  street: string[]
  city: string
  postcode: string
  state: string
  country: string
}

function stateCountry(state: string): string {
  const upper = state.toUpperCase()
  if (US_STATES.has(upper)) return 'US'
  return CA_PROVINCES.has(upper) ? 'CA' : ''
}

/** Finds the segment with the postcode (scanning from the end) and fills city, postcode, state and street. */
function readLocality(segments: readonly string[], draft: Draft, hadCountry: boolean): boolean {
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i]!
    let m = STATE_ZIP.exec(seg)
    if (m !== null && i >= 1 && stateCountry(m[1]!) !== '') {
      Object.assign(draft, { state: m[1]!.toUpperCase(), postcode: m[2]!, city: i >= 2 ? segments[i - 1]! : '' })
      draft.street = segments.slice(0, i >= 2 ? i - 1 : i)
      return true
    }
    m = CITY_STATE_ZIP.exec(seg)
    if (m !== null && i >= 1 && stateCountry(m[2]!) !== '') {
      Object.assign(draft, { city: m[1]!, state: m[2]!, postcode: m[3]! })
      draft.street = segments.slice(0, i)
      return true
    }
    // A lone first segment is a street ('1600 Amphitheatre Parkway') unless a country followed it.
    if (i === 0 && (segments.length > 1 || !hadCountry)) break
    m = PC_CITY.exec(seg)
    if (m !== null) {
      Object.assign(draft, { postcode: m[1]!, city: m[2]! })
      draft.street = segments.slice(0, i)
      return true
    }
    m = CITY_PC.exec(seg)
    if (m !== null && i >= 1) {
      Object.assign(draft, { city: m[1]!, postcode: m[2]!.toUpperCase() })
      draft.street = segments.slice(0, i)
      return true
    }
    if (PC_ONLY.test(seg) && i >= 1) {
      const cityAfter = i + 1 < segments.length
      Object.assign(draft, {
        postcode: seg.toUpperCase(),
        city: cityAfter ? segments[i + 1]! : i >= 2 ? segments[i - 1]! : '',
      })
      draft.street = segments.slice(0, cityAfter || i < 2 ? i : i - 1)
      return true
    }
  }
  return false
}

/** Splits one address; the country comes out as its English name when it is recognised. */
export function splitAddress(text: string): AddressSplit {
  // No postal address is this long; not trying keeps the patterns below cheap on junk.
  if (text.length > MAX_ADDRESS_LENGTH) return { parts: { ...EMPTY_PARTS, addressStreet1: text }, split: false }
  const segments = text.split(SEGMENT_SEPARATORS).filter((s) => s !== '')
  const draft: Draft = { street: [], city: '', postcode: '', state: '', country: '' }
  if (segments.length >= 2) {
    const last = segments[segments.length - 1]!
    const iso = countryToIso2(last)
    const europeanBefore = PC_CITY.test(segments[segments.length - 2]!)
    if (iso !== null && (last.length > 2 || !US_STATES.has(last.toUpperCase()) || europeanBefore)) {
      draft.country = countryNameEn(iso) ?? last
      segments.pop()
    }
  }
  const hadCountry = draft.country !== ''
  let found = readLocality(segments, draft, hadCountry)
  if (!found && segments.length === 1) {
    const m = ONE_LINE.exec(segments[0]!)
    if (m !== null) {
      Object.assign(draft, { street: [m[1]!], postcode: m[2]!, city: m[3]! })
      found = true
    }
  }
  if (!found) {
    if (segments.length >= 2) {
      draft.street = segments.slice(0, -1)
      draft.city = segments[segments.length - 1]!
    } else if (hadCountry && !/\d/.test(segments[0] ?? '')) {
      draft.city = segments[0] ?? ''
    } else {
      draft.street = [...segments]
    }
  }
  if (draft.country === '' && draft.state !== '') draft.country = countryNameEn(stateCountry(draft.state)) ?? ''
  const parts: AddressParts = {
    addressStreet1: draft.street[0] ?? '',
    addressStreet2: draft.street.slice(1).join(', '),
    addressCity: draft.city,
    addressPostcode: draft.postcode,
    addressState: draft.state,
    addressCountry: draft.country,
  }
  const split = parts.addressStreet1 !== text
  return { parts, split }
}
