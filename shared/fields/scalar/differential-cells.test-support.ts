// Test support, imported only by *.test.ts: seeded generators of the number, amount, date and text cells clients
// type (common shapes, odd ones, junk and one-character mutations of each), and a strict result comparison.
// Invariant: the same seed always yields the same cells, so a failing cell can be reproduced.
import type { CellResult } from '../cell-result'
import { seededRandom } from '../../util/seeded-random'

/** A small deterministic generator (mulberry32). */
export const seeded = seededRandom

type Random = () => number
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
const int = (random: Random, below: number): number => Math.floor(random() * below)
const pad = (n: number, width: number): string => String(n).padStart(width, '0')

function digits(random: Random, count: number): string {
  let text = ''
  for (let i = 0; i < count; i++) text += String(int(random, 10))
  return text
}

/** Replaces, inserts or deletes one character, drawn from `pool`. */
function mutate(random: Random, text: string, pool: string): string {
  const at = int(random, text.length + 1)
  const ch = pool[int(random, pool.length)] as string
  switch (int(random, 3)) {
    case 0:
      return text.slice(0, at) + ch + text.slice(at + 1)
    case 1:
      return text.slice(0, at) + ch + text.slice(at)
    default:
      return text.slice(0, at) + text.slice(at + 1)
  }
}

const SPACES = ['', '', '', '', ' ', '  ', '\t', '\u00A0', '\u200B', '\u202F', '\n']
const MARKS = [
  '$',
  '€',
  '£',
  '¥',
  '₹',
  '₽',
  '元',
  '円',
  '฿',
  'kr',
  'CHF',
  'USD',
  'usd',
  'EUR',
  'eur',
  'Eur',
  'GBP',
  'JPY',
  'SEK',
  'DEM',
  'XYZ',
  'Fr.',
  'US$',
  'R$',
  'zł',
  'Euro',
  'euros',
  'yen',
  'dollars',
  'TEUR',
  'k€',
  'Mio.€',
  '¢',
  'top',
  'e',
]
const WORDS = ['k', 'K', 'Mio.', 'Mrd', 'm', 'bn', 'ca.', '~', '>', 'approx', 'pcs', 'employees', 'n/a', 'Mio', 'tsd']
const NUMBER_POOL = "0123456789.,-+−–() %$€£'’eE kUSD\u00A0\u202F\u200Ba/"

/** An unsigned number as written: grouped by `group` (or not), with a fraction after `point`. */
function writtenNumber(random: Random, group: string, point: string): string {
  const length = 1 + int(random, random() < 0.7 ? 7 : 19)
  let integer = random() < 0.1 ? '0' : digits(random, length).replace(/^0+(?=\d)/, random() < 0.9 ? '' : '0')
  if (random() < 0.05) integer = `0${integer}`
  let grouped = integer
  if (group !== '' && integer.length > 3) {
    const lakh = random() < 0.05
    const parts: string[] = []
    let rest = integer
    let size = 3
    while (rest.length > size) {
      parts.unshift(rest.slice(-size))
      rest = rest.slice(0, -size)
      size = lakh ? 2 : random() < 0.03 ? 1 + int(random, 4) : 3
    }
    parts.unshift(rest)
    grouped = parts.join(group)
  }
  const fraction = random() < 0.5 ? '' : `${point}${digits(random, 1 + int(random, random() < 0.9 ? 3 : 18))}`
  return random() < 0.03 ? fraction || `${point}5` : grouped + fraction
}

/** A number or amount cell: plain, grouped, signed, with marks, percent, words, spaces, junk or a mutation. */
export function numberCell(random: Random): string {
  const r = random()
  if (r < 0.04)
    return pick(random, [
      'n/a',
      '-',
      '—',
      '#N/A',
      '#DIV/0!',
      'TBD',
      '',
      '  ',
      '?',
      'none',
      'k.A.',
      '80-100',
      '2019-03-14',
      '1 / 2',
      'USD',
      '€',
    ])
  const [group, point] = pick(random, [
    ['', '.'],
    ['', ','],
    [',', '.'],
    ['.', ','],
    [' ', ','],
    ["'", '.'],
    ['’', '.'],
    ['\u00A0', ','],
    ['\u202F', '.'],
    [',', ','],
    ['.', '.'],
  ])
  let text = writtenNumber(random, group, point)
  if (random() < 0.03) text += `${pick(random, ['e', 'E'])}${pick(random, ['', '+', '-'])}${1 + int(random, 30)}`
  const sign = random()
  if (sign < 0.15) text = `-${text}`
  else if (sign < 0.17) text = `${pick(random, ['−', '–', '+', '- '])}${text}`
  else if (sign < 0.19) text = `(${text})`
  else if (sign < 0.2) text = `${text}-`
  const mark = random()
  const space = () => pick(random, ['', '', ' ', '\u00A0'])
  if (mark < 0.2) text = `${pick(random, MARKS)}${space()}${text}`
  else if (mark < 0.35) text = `${text}${space()}${pick(random, MARKS)}`
  else if (mark < 0.38) text = `${pick(random, ['-', '−'])}${pick(random, MARKS)}${text}`
  else if (mark < 0.4) text = `${pick(random, MARKS)} ${text} ${pick(random, MARKS)}`
  if (random() < 0.08) text = `${text}${pick(random, ['%', ' %', '%%'])}`
  if (random() < 0.05)
    text = random() < 0.5 ? `${pick(random, WORDS)} ${text}` : `${text}${space()}${pick(random, WORDS)}`
  if (random() < 0.1) text = `${pick(random, SPACES)}${text}${pick(random, SPACES)}`
  if (random() < 0.15) text = mutate(random, text, NUMBER_POOL)
  return text
}

const DATE_POOL = '0123456789-/.:TZ +,apmAPMUTCGMhr\u00A0'
const TIME_ZONES = [
  '',
  '',
  '',
  'Z',
  'z',
  '+02:00',
  '-05:00',
  '+0530',
  '+2',
  '-11',
  '+15:00',
  '+02:60',
  ' UTC',
  ' GMT+2',
  '+00:00',
  '-00:00',
  ' +01:00',
  'X',
]

function timeText(random: Random): string {
  const hour = random() < 0.05 ? 24 + int(random, 3) : int(random, 24)
  const hourText = random() < 0.2 ? String(hour) : pad(hour, 2)
  const minute = random() < 0.03 ? 60 : int(random, 60)
  let time = `${hourText}:${pad(minute, 2)}`
  if (random() < 0.7) {
    time += `:${pad(random() < 0.03 ? 60 : int(random, 60), 2)}`
    if (random() < 0.3) time += `${pick(random, ['.', '.', ','])}${digits(random, 1 + int(random, 9))}`
  }
  if (random() < 0.08) time += pick(random, [' am', ' PM', 'pm', ' Uhr', 'h', ' p.m.'])
  return time + pick(random, TIME_ZONES)
}

/** A date or date-time cell: ISO, slashed, dotted, dashed (any order, 2- and 4-digit years), with times, odd forms. */
export function dateCell(random: Random): string {
  const r = random()
  if (r < 0.05) {
    return pick(random, [
      'n/a',
      'TBD',
      '-',
      'today',
      'next week',
      '43538',
      '43538.75',
      '60',
      '1999',
      '2019',
      '20190314',
      '03/2019',
      '2019-03',
      'Q1 2019',
      '14 March 2019',
      'Do, 14. März 2019',
      'March 14, 2019',
      'Thursday, 2019-03-14',
      '00.00.0000',
      'x',
    ])
  }
  const year = random() < 0.05 ? pick(random, [999, 1000, 9999, 10000, 1900, 2000, 2100]) : 1950 + int(random, 90)
  const month = random() < 0.04 ? pick(random, [0, 13, 19]) : 1 + int(random, 12)
  const day = random() < 0.04 ? pick(random, [0, 29, 30, 31, 32]) : 1 + int(random, 28)
  const yearText = random() < 0.15 ? pad(year % 100, 2) : random() < 0.02 ? String(year % 1000) : pad(year, 4)
  const two = (n: number) => (random() < 0.15 ? String(n) : pad(n, 2))
  const separator = pick(random, ['-', '-', '/', '/', '.', '.', ' '])
  const shape = random()
  let text =
    shape < 0.4
      ? [yearText, two(month), two(day)].join(separator)
      : shape < 0.7
        ? [two(day), two(month), yearText].join(separator)
        : [two(month), two(day), yearText].join(separator)
  if (random() < 0.03) text += '.'
  if (random() < 0.25) text += `${pick(random, ['T', 'T', ' ', ' ', ', ', 't', ' T ', '  '])}${timeText(random)}`
  if (random() < 0.05) text = `${pick(random, SPACES)}${text}${pick(random, SPACES)}`
  if (random() < 0.15) text = mutate(random, text, DATE_POOL)
  return text
}

const TEXT_POOL = [
  'a',
  'e',
  'Z',
  ' ',
  ' ',
  '  ',
  '1',
  '-',
  '.',
  '@',
  'é',
  'ß',
  'Ö',
  '’',
  '“',
  '–',
  '…',
  '€',
  '😀',
  '👨\u200D👩',
  'ш',
  '中',
  '\t',
  '\n',
  '\r',
  '\u000B',
  '\u00A0',
  '\u00AD',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u202F',
  '\u2028',
  '\u2060',
  '\u3000',
  '\uFEFF',
  '\u0001',
  '\u007F',
  '\u0085',
  '\u180E',
  '\u2003',
  '\u205F',
]
const TEXT_WORDS = [
  'Acme',
  'GmbH',
  'Jane',
  'Smith',
  'Müller & Söhne',
  'São Paulo',
  'O’Brien',
  'Sales – EMEA',
  '12',
  '=1+1',
  'x',
]

/** A text cell: plain words most of the time, with spaces, invisible characters and control characters mixed in. */
export function textCell(random: Random): string {
  if (random() < 0.5) {
    const words: string[] = []
    for (let n = 1 + int(random, 4); n > 0; n--) words.push(pick(random, TEXT_WORDS))
    const text = words.join(' ')
    return random() < 0.8 ? text : `${pick(random, TEXT_POOL)}${text}${pick(random, TEXT_POOL)}`
  }
  let text = ''
  for (let n = int(random, 12); n > 0; n--) text += pick(random, TEXT_POOL)
  return text
}

/** Deep equality that also tells 0 from -0 and a missing key from an undefined one. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}

/** Runs `fast` and `slow` on every cell and returns the cells whose results differ (at most `limit`). */
export function differences(
  cells: readonly string[],
  fast: (raw: string) => CellResult,
  slow: (raw: string) => CellResult,
  limit = 5,
): { raw: string; fast: CellResult; slow: CellResult }[] {
  const found: { raw: string; fast: CellResult; slow: CellResult }[] = []
  for (const raw of cells) {
    const a = fast(raw)
    const b = slow(raw)
    if (!sameValue(a, b)) found.push({ raw, fast: a, slow: b })
    if (found.length >= limit) break
  }
  return found
}
