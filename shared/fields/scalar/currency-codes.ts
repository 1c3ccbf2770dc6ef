// ISO 4217 codes, currency symbols and names, and how a written mark resolves to one code.
// Invariant: a mark resolves to at most one code; marks shared by several currencies say so (`ambiguous`).
import { foldKey } from './wording'

/** Codes Twenty's currency picker offers (twenty-shared CurrencyCode enum). */
const TWENTY_CODES = (
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD ' +
  'CDF CHF CLP CLF CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF ' +
  'GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP ' +
  'LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB ' +
  'PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL ' +
  'THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XCD XOF YER ZAR ZMW ZWG'
).split(' ')

/** Active ISO 4217 codes Twenty does not list (CFA franc BEAC, CFP franc, fund codes...). */
const OTHER_ISO_CODES = 'XAF XPF XCG VED BOV CHE CHW COU MXV USN UYI UYW'.split(' ')

/** All active ISO 4217 currency codes (metals and test codes excluded). */
export const ISO_CURRENCY_CODES: ReadonlySet<string> = new Set([...TWENTY_CODES, ...OTHER_ISO_CODES])
export const TWENTY_CURRENCY_CODES: ReadonlySet<string> = new Set(TWENTY_CODES)

/** Withdrawn codes clients still have in old files, with what replaced them. */
export const WITHDRAWN_CODES: ReadonlyMap<string, string> = new Map([
  ['DEM', 'EUR'],
  ['FRF', 'EUR'],
  ['ITL', 'EUR'],
  ['ESP', 'EUR'],
  ['NLG', 'EUR'],
  ['BEF', 'EUR'],
  ['ATS', 'EUR'],
  ['PTE', 'EUR'],
  ['FIM', 'EUR'],
  ['IEP', 'EUR'],
  ['GRD', 'EUR'],
  ['LUF', 'EUR'],
  ['SIT', 'EUR'],
  ['CYP', 'EUR'],
  ['MTL', 'EUR'],
  ['SKK', 'EUR'],
  ['EEK', 'EUR'],
  ['LVL', 'EUR'],
  ['LTL', 'EUR'],
  ['HRK', 'EUR'],
  ['VEF', 'VES'],
  ['BYR', 'BYN'],
  ['MRO', 'MRU'],
  ['STD', 'STN'],
  ['ZMK', 'ZMW'],
  ['GHC', 'GHS'],
  ['SLL', 'SLE'],
  ['ZWL', 'ZWG'],
  ['CUC', 'CUP'],
  ['TRL', 'TRY'],
  ['ROL', 'RON'],
  ['RUR', 'RUB'],
])

/** Symbols and names (folded, trailing dot removed) that name exactly one currency. */
const MARKS: ReadonlyMap<string, string> = new Map([
  ['€', 'EUR'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['£', 'GBP'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['sterling', 'GBP'],
  ['us$', 'USD'],
  ['u$s', 'USD'],
  ['us-$', 'USD'],
  ['a$', 'AUD'],
  ['au$', 'AUD'],
  ['c$', 'CAD'],
  ['ca$', 'CAD'],
  ['can$', 'CAD'],
  ['nz$', 'NZD'],
  ['hk$', 'HKD'],
  ['s$', 'SGD'],
  ['mx$', 'MXN'],
  ['r$', 'BRL'],
  ['nt$', 'TWD'],
  ['fr', 'CHF'],
  ['sfr', 'CHF'],
  ['franken', 'CHF'],
  ['zl', 'PLN'],
  ['zloty', 'PLN'],
  ['zlotych', 'PLN'],
  ['kc', 'CZK'],
  ['ft', 'HUF'],
  ['lei', 'RON'],
  ['лв', 'BGN'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['руб', 'RUB'],
  ['₺', 'TRY'],
  ['₩', 'KRW'],
  ['₪', 'ILS'],
  ['₫', 'VND'],
  ['₴', 'UAH'],
  ['₱', 'PHP'],
  ['฿', 'THB'],
  ['元', 'CNY'],
  ['rmb', 'CNY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['円', 'JPY'],
  ['yen', 'JPY'],
  ['rand', 'ZAR'],
  ['₦', 'NGN'],
  ['₵', 'GHS'],
  ['₸', 'KZT'],
  ['₼', 'AZN'],
  ['₾', 'GEL'],
  ['dhs', 'AED'],
])

/** Codes also recognised in lower case around an amount (`100 usd`); others must be upper case there. */
const COMMON_CODES: ReadonlySet<string> = new Set(
  'EUR USD GBP CHF JPY CNY CAD AUD NZD SEK NOK DKK PLN CZK HUF RON BGN INR BRL MXN ZAR SGD HKD'.split(' '),
)

/** Marks several currencies use: the code read when no country says otherwise, and per-country readings. */
const SHARED_MARKS: ReadonlyMap<
  string,
  { readonly fallback: string | null; readonly byCountry: ReadonlyMap<string, string> }
> = new Map([
  [
    '$',
    {
      fallback: 'USD',
      byCountry: new Map([
        ['US', 'USD'],
        ['CA', 'CAD'],
        ['AU', 'AUD'],
        ['NZ', 'NZD'],
        ['MX', 'MXN'],
        ['SG', 'SGD'],
        ['HK', 'HKD'],
        ['AR', 'ARS'],
        ['CL', 'CLP'],
        ['CO', 'COP'],
        ['TW', 'TWD'],
        ['EC', 'USD'],
        ['SV', 'USD'],
        ['PA', 'USD'],
      ]),
    },
  ],
  [
    'dollar',
    {
      fallback: 'USD',
      byCountry: new Map([
        ['US', 'USD'],
        ['CA', 'CAD'],
        ['AU', 'AUD'],
        ['NZ', 'NZD'],
      ]),
    },
  ],
  [
    'dollars',
    {
      fallback: 'USD',
      byCountry: new Map([
        ['US', 'USD'],
        ['CA', 'CAD'],
        ['AU', 'AUD'],
        ['NZ', 'NZD'],
      ]),
    },
  ],
  [
    '¥',
    {
      fallback: 'JPY',
      byCountry: new Map([
        ['JP', 'JPY'],
        ['CN', 'CNY'],
      ]),
    },
  ],
  [
    'kr',
    {
      fallback: null,
      byCountry: new Map([
        ['SE', 'SEK'],
        ['NO', 'NOK'],
        ['DK', 'DKK'],
        ['IS', 'ISK'],
        ['FO', 'DKK'],
        ['GL', 'DKK'],
      ]),
    },
  ],
])

/** The distinct currencies each shared mark can stand for, in table order (computed once). */
const SHARED_CANDIDATES: ReadonlyMap<string, readonly string[]> = new Map(
  [...SHARED_MARKS].map(([mark, shared]) => [mark, Object.freeze([...new Set(shared.byCountry.values())])]),
)

export type MarkReading =
  /** `€`, `EUR`, `usd`, `Euro`: one currency. `exact` when written as the upper-case code itself. */
  | { readonly kind: 'code'; readonly code: string; readonly exact: boolean }
  /** `$`, `¥`, `kr`: several currencies; `code` is the country's or the fallback reading (null: none). */
  | {
      readonly kind: 'shared'
      readonly code: string | null
      readonly byCountry: boolean
      readonly candidates: readonly string[]
    }
  /** Looks like a code (`XYZ`, `DEM`) but is not an active one. */
  | { readonly kind: 'unknownCode'; readonly replacedBy: string | null }
  | { readonly kind: 'none' }

const CODE_LIKE = /^[A-Za-z]{3}$/
const TRAILING_DOT = /\.$/

function markKey(mark: string): string {
  return foldKey(mark).replace(TRAILING_DOT, '')
}

/** Reads one written currency mark; `country` (ISO alpha-2) settles shared symbols like `$` and `kr`. */
export function readCurrencyMark(mark: string, country: string | null): MarkReading {
  if (CODE_LIKE.test(mark)) {
    const upper = mark.toUpperCase()
    if (ISO_CURRENCY_CODES.has(upper)) return { kind: 'code', code: upper, exact: upper === mark }
  }
  const key = markKey(mark)
  const code = MARKS.get(key)
  if (code !== undefined) return { kind: 'code', code, exact: false }
  const shared = SHARED_MARKS.get(key)
  if (shared !== undefined) {
    const own = country === null ? undefined : shared.byCountry.get(country.toUpperCase())
    return {
      kind: 'shared',
      code: own ?? shared.fallback,
      byCountry: own !== undefined,
      candidates: SHARED_CANDIDATES.get(key) ?? [],
    }
  }
  if (CODE_LIKE.test(mark)) return { kind: 'unknownCode', replacedBy: WITHDRAWN_CODES.get(mark.toUpperCase()) ?? null }
  return { kind: 'none' }
}

/**
 * Whether a word next to an amount is a currency mark. Three-letter words count when written as an upper-case
 * code (`EUR`, `DEM`) or as a common code in any case (`usd`), so `top 10` or `all 5` are not currencies.
 */
export function isCurrencyMark(word: string): boolean {
  if (CODE_LIKE.test(word)) {
    const upper = word.toUpperCase()
    if (upper === word && (ISO_CURRENCY_CODES.has(upper) || WITHDRAWN_CODES.has(upper))) return true
    if (COMMON_CODES.has(upper)) return true
  }
  const key = markKey(word)
  return MARKS.has(key) || SHARED_MARKS.has(key)
}

/** The single characters that are currency marks (`$`, `€`, `¥`...), as char codes, for the one-pass amount reader. */
export const CURRENCY_SYMBOLS: ReadonlySet<number> = new Set(
  [...MARKS.keys(), ...SHARED_MARKS.keys()]
    .filter((mark) => mark.length === 1 && isCurrencyMark(mark))
    .map((mark) => mark.charCodeAt(0)),
)
