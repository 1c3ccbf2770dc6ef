// Messy cell values as clients' CRM exports contain them: accented names, nicknames in quotes, emails in
// mixed case with stray spaces, phones typed many ways, three date formats, amounts with separators.
import type { SeededRandom } from './seeded-random'

const FIRST_NAMES = [
  'José',
  'Zoë',
  'François',
  'Łukasz',
  'Søren',
  'Ngozi',
  'Chloé',
  'Björn',
  'Renée',
  'Siobhán',
  'Hiroshi',
  'Anaïs',
  'Mary',
  'John',
  'Wei',
  'Priya',
  'Ahmed',
  'Olga',
  'Mateo',
  'Emma',
  'Noah',
  'Liam',
  'Sofía',
  'Jürgen',
  'Inês',
  'Dmitri',
  'Aoife',
  'Kwame',
  'Élodie',
  'Zoltán',
] as const
const LAST_NAMES = [
  "O'Brien",
  'García',
  'Nguyễn',
  'Müller',
  'Dvořák',
  'van der Berg',
  'Smith-Jones',
  'Kowalczyk',
  "d'Almeida",
  'Ångström',
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Lefèvre',
  'Rossi',
  'Novák',
  'Yılmaz',
  'Kim',
  'Okafor',
  'Fernández',
  'Schröder',
  'Łęcki',
  'Núñez',
  'Björklund',
  'Papadopoulos',
  'Haddad',
  'MacDonald',
  'Østergaard',
  'Gonçalves',
] as const
const NICKNAMES = ['Bobby', 'JJ', 'Kiki', 'the Boss', 'Sasha', 'Doc'] as const
const DOMAINS = [
  'example.com',
  'gmail.com',
  'Yahoo.fr',
  'outlook.COM',
  'acme-corp.io',
  'web.de',
  'orange.fr',
  'company.co.uk',
] as const
const COMPANIES = [
  'Acme, Inc.',
  'Dupont & Fils',
  'Müller GmbH',
  'Smith, Jones and Partners LLP',
  'Globex',
  'Initech',
  'Société Générale des Eaux',
  'Nakamura K.K.',
  'Umbrella Corp',
  'Łódź Logistics Sp. z o.o.',
  'Stark Industries',
  '',
] as const
const JOB_TITLES = [
  'CEO',
  'VP, Sales',
  'Head of Marketing',
  'Directeur Général',
  'Account Executive',
  'Software Engineer',
  'Office Manager',
  'CFO',
  'Sales Rep.',
  'Product Owner',
  'Consultant',
  '',
] as const
const PLACES = [
  { city: 'Paris', countries: ['France', 'FR', 'france', 'FRANCE', 'Fr '] },
  { city: 'Saint-Étienne', countries: ['France', 'FR', 'france'] },
  { city: 'Montréal', countries: ['Canada', 'CA', 'canada'] },
  { city: 'New York', countries: ['USA', 'United States', 'US', 'U.S.', 'united states of america'] },
  { city: 'San Francisco', countries: ['USA', 'United States', 'US'] },
  { city: 'London', countries: ['UK', 'United Kingdom', 'GB', 'England', 'U.K.'] },
  { city: 'Zürich', countries: ['Switzerland', 'CH', 'Schweiz'] },
  { city: 'Kraków', countries: ['Poland', 'PL', 'Polska'] },
  { city: 'São Paulo', countries: ['Brazil', 'Brasil', 'BR'] },
  { city: 'Lagos', countries: ['Nigeria', 'NG'] },
  { city: 'Tōkyō', countries: ['Japan', 'JP', '日本'] },
  { city: 'Berlin', countries: ['Germany', 'DE', 'Deutschland', 'germany'] },
] as const
const STATUSES = [
  'Active',
  'active',
  'ACTIVE',
  ' Active ',
  'Lead',
  'lead',
  'Customer',
  'customer ',
  'Churned',
  'churned',
  'Prospect',
  'N/A',
  '',
] as const
const BOOLEANS = ['yes', 'Yes', 'no', 'No', 'TRUE', 'false', '1', '0', 'Y', 'N', '', 'x'] as const
const TAGS = ['vip', 'partner', 'newsletter', 'trade-show 2023', 'referral', 'b2b', 'priority', 'do not call'] as const
const TAG_SEPARATORS = [';', ', ', '|', ' ; '] as const
const WORDS = [
  'called',
  'back',
  'next',
  'week',
  'interested',
  'in',
  'the',
  'premium',
  'plan,',
  'met',
  'at',
  'salon',
  'à',
  'Lyon',
  'wants',
  'a',
  'quote',
  'for',
  '50',
  'seats;',
  'budget',
  'approved',
  'déjà',
  'client',
  'follow-up',
  'needed,',
  'asap',
] as const

const UNDECOMPOSABLE: Record<string, string> = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ı: 'i' }
const foldToAscii = (text: string) =>
  text
    .replace(/[øØłŁı]/g, (letter) => UNDECOMPOSABLE[letter]!)
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
const FIRST_ASCII = FIRST_NAMES.map(foldToAscii)
const LAST_ASCII = LAST_NAMES.map(foldToAscii)

export interface Person {
  readonly first: number
  readonly last: number
}

export const pickPerson = (rng: SeededRandom): Person => ({
  first: rng.below(FIRST_NAMES.length),
  last: rng.below(LAST_NAMES.length),
})

export function firstNameOf(rng: SeededRandom, person: Person): string {
  const name = FIRST_NAMES[person.first]!
  const roll = rng.next()
  if (roll < 0.03) return `${name} "${rng.pick(NICKNAMES)}"`
  if (roll < 0.08) return name.toUpperCase()
  if (roll < 0.12) return `${name} `
  return roll < 0.14 ? '' : name
}

export const lastNameOf = (rng: SeededRandom, person: Person): string =>
  rng.chance(0.05) ? LAST_NAMES[person.last]!.toUpperCase() : LAST_NAMES[person.last]!

export function emailOf(rng: SeededRandom, person: Person): string {
  const first = FIRST_ASCII[person.first]!
  const last = LAST_ASCII[person.last]!
  const domain = rng.pick(DOMAINS)
  const roll = rng.next()
  if (roll < 0.05) return ''
  if (roll < 0.07) return `${first}.${last} at ${domain}`
  const local =
    roll < 0.5 ? `${first}.${last}` : roll < 0.75 ? `${first[0]}${last}` : `${first}${last}${rng.between(1, 999)}`
  const caseRoll = rng.next()
  let email = `${local}@${domain}`
  if (caseRoll < 0.6) email = email.toLowerCase()
  else if (caseRoll < 0.7) email = email.toUpperCase()
  return rng.chance(0.1) ? ` ${email} ` : email
}

export function phoneOf(rng: SeededRandom): string {
  const a = rng.digits(3)
  const b = rng.digits(3)
  const c = rng.digits(4)
  switch (rng.below(12)) {
    case 0:
      return `+1 (${a}) ${b}-${c}`
    case 1:
      return `(${a}) ${b}-${c}`
    case 2:
      return `${a}.${b}.${c}`
    case 3:
      return `${a}-${b}-${c}`
    case 4:
      return `${a}${b}${c}`
    case 5:
      return `+33 6 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`
    case 6:
      return `06 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`
    case 7:
      return `+44 20 ${c} ${rng.digits(4)}`
    case 8:
      return `0044 (0)20 ${c} ${rng.digits(4)}`
    case 9:
      return `${a}-${b}-${c} ext. ${rng.digits(rng.between(2, 4))}`
    case 10:
      return `'+49 30 ${rng.digits(8)}`
    default:
      return ''
  }
}

export const companyOf = (rng: SeededRandom): string => rng.pick(COMPANIES)
export const jobTitleOf = (rng: SeededRandom): string => rng.pick(JOB_TITLES)

export function placeOf(rng: SeededRandom): { city: string; country: string } {
  const place = rng.pick(PLACES)
  return { city: rng.chance(0.04) ? '' : place.city, country: rng.pick(place.countries) }
}

/** A date between 2015 and 2025 as ISO, US (M/D/YYYY) or European (DD.MM.YYYY) text, or ''. */
export function dateTextOf(rng: SeededRandom): string {
  const date = dateOf(rng)
  const y = date.getUTCFullYear()
  const m = date.getUTCMonth() + 1
  const d = date.getUTCDate()
  const pad = (n: number) => String(n).padStart(2, '0')
  const roll = rng.next()
  if (roll < 0.4) return `${y}-${pad(m)}-${pad(d)}`
  if (roll < 0.7) return `${m}/${d}/${y}`
  return roll < 0.97 ? `${pad(d)}.${pad(m)}.${y}` : ''
}

export const dateOf = (rng: SeededRandom): Date => new Date(Date.UTC(2015, 0, 1) + rng.below(11 * 365) * 86_400_000)

export function amountTextOf(rng: SeededRandom): string {
  const cents = rng.below(5_000_000)
  const whole = Math.floor(cents / 100)
  const fraction = String(cents % 100).padStart(2, '0')
  const grouped = groupThousands(whole)
  const roll = rng.next()
  if (roll < 0.35) return `${grouped}.${fraction}`
  if (roll < 0.6) return `${whole}.${fraction}`
  if (roll < 0.7) return `$${grouped}.00`
  if (roll < 0.8) return `-${rng.between(1, 999)}.${fraction}`
  if (roll < 0.85) return `${grouped.replace(/,/g, ' ')},${fraction}`
  return roll < 0.9 ? `€ ${whole}` : ''
}

// Hand-rolled rather than toLocaleString so the bytes never depend on the ICU build.
function groupThousands(value: number): string {
  const digits = String(value)
  let out = ''
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ','
    out += digits[i]
  }
  return out
}

export const statusOf = (rng: SeededRandom): string => rng.pick(STATUSES)
export const booleanOf = (rng: SeededRandom): string => rng.pick(BOOLEANS)

export function tagsOf(rng: SeededRandom): string {
  const count = rng.below(4)
  const tags: string[] = []
  for (let i = 0; i < count; i++) tags.push(rng.pick(TAGS))
  return tags.join(rng.pick(TAG_SEPARATORS))
}

/** Free text: often empty, sometimes with commas, a quoted phrase, and once in a while a line break. */
export function noteOf(rng: SeededRandom): string {
  if (rng.chance(0.35)) return ''
  const count = rng.between(3, 15)
  const words: string[] = []
  for (let i = 0; i < count; i++) words.push(rng.pick(WORDS))
  if (rng.chance(0.03)) words.push('he said "call me back"')
  if (rng.chance(0.002)) words.splice(rng.below(words.length), 0, '\nP.S.')
  return words.join(' ')
}
