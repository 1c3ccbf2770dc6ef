// Test support: seeded, deterministic phone cells as clients type them, for the fast-path differential test and
// benchmarks. Not used by product code. Same seed, same cells, on every machine.
import type { CountryCode } from 'libphonenumber-js/core'
import examples from 'libphonenumber-js/examples.mobile.json'
import { countryPlan } from './phone-plans'
import { seededRandom } from '../../util/seeded-random'

/** One cell and the region it is read in (null: no country known). */
export interface PhoneSample {
  readonly text: string
  readonly region: CountryCode | null
}

/** The regions the differential test covers. */
export const SAMPLE_REGIONS: readonly CountryCode[] = [
  'US',
  'CA',
  'GB',
  'DE',
  'FR',
  'IT',
  'ES',
  'NL',
  'BE',
  'CH',
  'AT',
  'DK',
  'SE',
  'NO',
  'PL',
  'PT',
  'IE',
  'AU',
  'NZ',
  'JP',
  'IN',
  'BR',
  'MX',
  'AR',
  'ZA',
  'RU',
  'KZ',
  'CN',
  'SG',
  'GG',
  'JE',
]

// Fixed-line numbers (national significant numbers) to mutate, beside the library's mobile examples.
const FIXED_LINE: Readonly<Record<string, string>> = {
  US: '2015550123',
  CA: '5062345678',
  GB: '1212345678',
  DE: '30123456',
  FR: '123456789',
  IT: '0212345678',
  ES: '810123456',
  NL: '101234567',
  BE: '12345678',
  CH: '212345678',
  AT: '1234567890',
  DK: '32123456',
  SE: '8123456',
  NO: '21234567',
  PL: '122345678',
  PT: '212345678',
  IE: '2212345',
  AU: '212345678',
  NZ: '32345678',
  JP: '312345678',
  IN: '7410410123',
  BR: '1123456789',
  MX: '2001234567',
  AR: '1123456789',
  ZA: '101234567',
  RU: '3011234567',
  KZ: '7123456789',
  CN: '1012345678',
  SG: '61234567',
  GG: '1481256789',
  JE: '1534456789',
}

// Calling codes written after a `+`, beyond the sample regions: shared and non-geographic ones included.
const OTHER_CODES = [
  '1',
  '7',
  '44',
  '33',
  '49',
  '39',
  '61',
  '262',
  '590',
  '599',
  '358',
  '800',
  '808',
  '870',
  '882',
  '979',
  '999',
  '0',
]

type Random = () => number

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!
}

function digitString(random: Random, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += String(Math.floor(random() * 10))
  return out
}

/** A national significant number: a real one with some digits replaced, inserted or dropped, or random digits. */
function coreDigits(random: Random, region: CountryCode): string {
  const roll = random()
  if (roll < 0.55) {
    const base =
      random() < 0.5
        ? ((examples as Readonly<Record<string, string>>)[region] ?? FIXED_LINE[region]!)
        : FIXED_LINE[region]!
    const keep = Math.max(1, base.length - Math.floor(random() * 7))
    let digits = base.slice(0, keep) + digitString(random, base.length - keep)
    const edit = random()
    if (edit < 0.08) digits = digits.slice(0, -1)
    else if (edit < 0.16) digits += digitString(random, 1)
    return digits
  }
  return digitString(random, 5 + Math.floor(random() * 11))
}

/** Groups digits the way people type them: `415 909 5555`, `(415) 909-5555`, `06.12.34.56.78`... */
function grouped(random: Random, digits: string): string {
  const style = Math.floor(random() * 8)
  if (style === 0) return digits
  const separator = pick(random, [' ', '-', '.', '/', ' ', '\u00A0', ' - '])
  const parts: string[] = []
  let i = 0
  const firstSize = 2 + Math.floor(random() * 3)
  while (i < digits.length) {
    const size = i === 0 ? firstSize : 2 + Math.floor(random() * 3)
    parts.push(digits.slice(i, i + size))
    i += size
  }
  if (style === 1 && parts.length > 1) return `(${parts[0]}) ${parts.slice(1).join(separator)}`
  return parts.join(separator)
}

function trunkPrefix(region: CountryCode | null): string {
  if (region === null) return '0'
  if (countryPlan(region)!.prefixForParsing === null) return ''
  return region === 'US' || region === 'CA' ? '1' : region === 'RU' || region === 'KZ' ? '8' : '0'
}

function callingCode(region: CountryCode | null, random: Random): string {
  if (region === null || random() < 0.15) return pick(random, OTHER_CODES)
  return countryPlan(region)!.callingCode
}

/** One cell in one of the shapes clients type, around digits for `region` (or for some region when null). */
function formatCell(random: Random, region: CountryCode | null, core: string): string {
  const national = grouped(random, core)
  const code = callingCode(region, random)
  const trunk = trunkPrefix(region)
  const shape = Math.floor(random() * 16)
  let cell: string
  switch (shape) {
    case 0:
    case 1:
    case 2:
      cell = national
      break
    case 3:
    case 4:
      cell = `${trunk}${national}`
      break
    case 5:
      cell = `${trunk} ${national}`
      break
    case 6:
    case 7:
      cell = `+${code} ${national}`
      break
    case 8:
      cell = `+${code}${core}`
      break
    case 9:
      cell = `00${code} ${national}`
      break
    case 10:
      cell = `${random() < 0.5 ? '+' : '00'}${code} (${trunk || '0'})${random() < 0.5 ? ' ' : ''}${national}`
      break
    case 11:
      cell = `'+${code} ${national}`
      break
    case 12:
      cell = `(+${code}) ${national}`
      break
    case 13:
      cell = `${code} ${national}`
      break
    case 14:
      cell = `${pick(random, ['011', '00', '0011', '810', '010', '8~10'])} ${code} ${national}`
      break
    default:
      cell = `+${code}-${core.slice(0, 3)}-${core.slice(3)}`
  }
  const extra = random()
  if (extra < 0.04) cell += pick(random, [' x12', ' ext. 12', ' ext 345', ' #7', ', poste 22', ' Durchwahl 30'])
  else if (extra < 0.08) cell = ` ${cell}  `
  else if (extra < 0.1)
    cell = pick(random, ['n/a', '-', 'unknown', 'call reception', '1-800-FLOWERS', 'keine', '?', '123'])
  else if (extra < 0.12) cell = `${cell} / ${national}`
  else if (extra < 0.13) cell = `tel:${cell}`
  else if (extra < 0.14) cell = `${cell}${pick(random, ['!', '*', 'a', ' (mobile)', '+'])}`
  return cell
}

/** Cells for the differential test: every sample region and no region, mutated real numbers and random digits. */
export function fuzzPhones(count: number, seed: number): readonly PhoneSample[] {
  const random = seededRandom(seed)
  const regions: readonly (CountryCode | null)[] = [...SAMPLE_REGIONS, null]
  const samples: PhoneSample[] = []
  for (let i = 0; i < count; i++) {
    const region = regions[i % regions.length]!
    const core = coreDigits(random, region ?? pick(random, SAMPLE_REGIONS))
    samples.push({ text: formatCell(random, region, core), region })
  }
  return samples
}

const REALISTIC: readonly {
  readonly region: CountryCode
  readonly prefixes: readonly string[]
  readonly length: number
}[] = [
  {
    region: 'US',
    prefixes: ['212', '415', '617', '312', '503', '512', '713', '305', '206', '404', '646', '310', '908', '757', '555'],
    length: 10,
  },
  { region: 'FR', prefixes: ['1', '2', '3', '4', '5', '6', '7', '9', '8'], length: 9 },
  {
    region: 'GB',
    prefixes: ['20', '121', '161', '131', '113', '7400', '7700', '7911', '1632', '800', '9'],
    length: 10,
  },
  { region: 'DE', prefixes: ['30', '211', '221', '89', '40', '69', '171', '151', '160', '176', '1512'], length: 10 },
]

/** Cells like a client file's phone column: US/FR/GB/DE numbers, mostly valid, in the usual formats. */
export function realisticPhones(count: number, seed: number): readonly PhoneSample[] {
  const random = seededRandom(seed)
  const samples: PhoneSample[] = []
  for (let i = 0; i < count; i++) {
    const spec = REALISTIC[i % REALISTIC.length]!
    const prefix = pick(random, spec.prefixes)
    const length = spec.length + (random() < 0.08 ? pick(random, [-2, -1, 1]) : 0)
    const core = prefix + digitString(random, Math.max(0, length - prefix.length))
    const code = countryPlan(spec.region)!.callingCode
    const national = grouped(random, core)
    const trunk = spec.region === 'US' ? '' : '0'
    const shape = random()
    let text: string
    if (shape < 0.45) text = `${trunk}${national}`
    else if (shape < 0.7) text = `+${code} ${national}`
    else if (shape < 0.8) text = `+${code}${core}`
    else if (shape < 0.87) text = `00${code} ${national}`
    else if (shape < 0.92 && trunk !== '') text = `+${code} (0)${national}`
    else text = `${trunk}${core}`
    if (random() < 0.02) text += pick(random, [' x12', ' ext. 12', ' #7'])
    samples.push({ text, region: spec.region })
  }
  return samples
}
