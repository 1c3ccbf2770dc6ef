// Small value detectors (regular expressions only) and the share of a column's samples each one accepts.
// Invariant: shares are over non-empty samples; a column without non-empty samples has every share 0.

/** The kinds of values a column can be recognised by. */
export type ValueType =
  | 'uuid'
  | 'email'
  | 'linkedinUrl'
  | 'xUrl'
  | 'url'
  | 'date'
  | 'currency'
  | 'phone'
  | 'boolean'
  | 'number'
  | 'fullName'
  | 'address'

/** What a column's samples look like: how many there are, and the share each detector accepts. */
export interface ContentProfile {
  /** Non-empty samples looked at. */
  readonly total: number
  readonly shares: Readonly<Record<ValueType, number>>
  /** The non-empty samples themselves (trimmed), for option matching. */
  readonly values: readonly string[]
}

const MAX_SAMPLES = 200
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const EMAIL = /^[^\s@<>(),;:]+@[^\s@<>(),;:]+\.[\p{L}]{2,}$/u
const URL_LIKE = /^(https?:\/\/)?(www\.)?[\p{L}\d-]+(\.[\p{L}\d-]+)*\.[\p{L}]{2,24}(:\d+)?([/?#]\S*)?$/iu
const LINKEDIN = /^(https?:\/\/)?([\w-]+\.)?linkedin\.com\//i
const X_URL = /^(https?:\/\/)?(www\.)?(twitter|x)\.com\//i
const DATES = [
  /^\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
  /^\d{1,2}[./-]\d{1,2}[./-](\d{2}|\d{4})( \d{1,2}:\d{2}(:\d{2})?( ?[ap]m)?)?$/i,
  /^\d{4}\/\d{1,2}\/\d{1,2}$/,
  /^\d{1,2}\.? [\p{L}]{3,10}\.? \d{4}$/u,
  /^[\p{L}]{3,10}\.? \d{1,2},? \d{4}$/u,
]
const NUMBER = /^[-+]?(\d{1,3}([,.' \u00a0\u202f]\d{3})+|\d+)([.,]\d+)?%?$/
const CURRENCY_SIGN = /^(-?\s?[$€£¥₽₹]|[A-Z]{3}\s)|([$€£¥₽₹]|\s[A-Z]{3})$/
const PHONE_CHARS = /^(\+|00)?[\d\s()./-]+((ext|x|durchwahl|poste)\.?\s*\d+)?$/i
const BOOLEANS = new Set([
  'true',
  'false',
  'yes',
  'no',
  'y',
  'n',
  'ja',
  'nein',
  'oui',
  'non',
  'si',
  'sí',
  'sim',
  'não',
  'nao',
  'vero',
  'falso',
  'verdadero',
  'wahr',
  'falsch',
  'waar',
  'onwaar',
  'tak',
  'nie',
  'да',
  'нет',
  'x',
  '✓',
  '✔',
  '0',
  '1',
])
const NAME_WORD = /^[\p{Lu}][\p{L}'’-]*\.?$/u
const STREET_WORD =
  /\b(street|st|road|rd|avenue|ave|lane|straße|strasse|str|weg|platz|rue|avenue|calle|avenida|via|piazza|straat|laan|rua|ulica|ul|улица|ул)\b/iu

function isPhone(value: string): boolean {
  if (!PHONE_CHARS.test(value) || DATES.some((re) => re.test(value))) return false
  const digits = value.replace(/\D/g, '').length
  if (digits < 7 || digits > 15) return false
  // A bare run of digits is a number unless it starts like a phone number (0, 00 or +).
  return /[\s()./-]/.test(value) || /^(\+|0)/.test(value)
}

function isFullName(value: string): boolean {
  const words = value.split(/\s+/)
  if (words.length < 2 || words.length > 4) return false
  if (words.every(NAME_WORD.test.bind(NAME_WORD))) return true
  // `Lovelace, Ada`
  return /^[\p{Lu}][\p{L}'’-]+, [\p{Lu}][\p{L}'’-]+$/u.test(value)
}

function isAddress(value: string): boolean {
  return /\d/.test(value) && /\p{L}{3,}/u.test(value) && (/,/.test(value) || STREET_WORD.test(value))
}

const DETECTORS: Readonly<Record<ValueType, (value: string) => boolean>> = {
  uuid: (v) => UUID.test(v),
  email: (v) => EMAIL.test(v),
  linkedinUrl: (v) => LINKEDIN.test(v),
  xUrl: (v) => X_URL.test(v),
  url: (v) => !v.includes('@') && URL_LIKE.test(v),
  date: (v) => DATES.some((re) => re.test(v)),
  currency: (v) => CURRENCY_SIGN.test(v) && NUMBER.test(v.replace(/[$€£¥₽₹]|[A-Z]{3}/g, '').trim()),
  phone: isPhone,
  boolean: (v) => BOOLEANS.has(v.toLowerCase()),
  number: (v) => NUMBER.test(v),
  fullName: isFullName,
  address: isAddress,
}

/** Looks at up to 200 non-empty samples of a column and returns the share each detector accepts. */
export function profileContent(samples: readonly string[] | undefined): ContentProfile {
  const values = (samples ?? [])
    .map((value) => value.trim())
    .filter((value) => value !== '')
    .slice(0, MAX_SAMPLES)
  const shares = {} as Record<ValueType, number>
  for (const type of Object.keys(DETECTORS) as ValueType[]) {
    const accepted = values.filter((value) => DETECTORS[type](value)).length
    shares[type] = values.length === 0 ? 0 : accepted / values.length
  }
  // 0/1 and x columns are booleans only when they hold no more than two distinct values.
  if (new Set(values.map((value) => value.toLowerCase())).size > 2) shares.boolean = 0
  return { total: values.length, shares, values }
}

/** `97% of 200`, for reasons. */
export function describeShare(profile: ContentProfile, type: ValueType): string {
  return `${Math.round(profile.shares[type] * 100)}% of ${profile.total}`
}
