// Column evidence for numbers and amounts: which decimal separator the column uses, and percent scales.
// Invariant: one decision per column. A value proves a separator when it reads under that one alone, or when it
// is an amount in a currency always written with a decimal point (`$1,234`, `£1,500`).
import type { CheckSettings, ColumnIssue, DecimalEvidence } from '../column-context'
import { scanAmount } from './amount-text'
import { cleanValue } from './clean-text'
import { isCurrencyMark, readCurrencyMark } from './currency-codes'
import { decimalTextFor, readDecimal, type DecimalSeparator } from './decimal-text'
import { quote, worded } from './wording'

const EVIDENCE = 5
/** Countries whose numbers are written with a decimal comma. */
const COMMA_COUNTRIES: ReadonlySet<string> = new Set(
  (
    'AD AL AM AO AR AT AZ BA BE BG BO BR BY CL CM CO CR CU CV CY CZ DE DK DZ EC EE ES FI FO FR GE GL GR HR HU ID ' +
    'IS IT KZ LB LT LU LV MA MD ME MK MN MZ NL NO PE PL PT PY RO RS RU SE SI SK SR TN TR UA UY UZ VE VN'
  ).split(' '),
)

/** The decimal separator a country writes, or null when no country is set. */
export function countryDecimalSeparator(country: string | undefined): DecimalSeparator | null {
  if (country === undefined) return null
  return COMMA_COUNTRIES.has(country.toUpperCase()) ? ',' : '.'
}

/** Currencies whose amounts are written with a decimal point wherever they are used: `$1,234` is 1234. */
const DOT_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set(
  'USD GBP JPY CNY INR AUD NZD SGD HKD MXN PHP THB KRW ILS'.split(' '),
)

function markedWithDotCurrency(marks: readonly string[]): boolean {
  if (marks.length === 0) return false
  return marks.every((mark) => {
    const reading = readCurrencyMark(mark, null)
    return (
      (reading.kind === 'code' || reading.kind === 'shared') &&
      reading.code !== null &&
      DOT_DECIMAL_CURRENCIES.has(reading.code)
    )
  })
}

export interface Tally {
  /** The first EVIDENCE cells of each kind, as written (clean them before showing them). */
  readonly dot: string[]
  readonly comma: string[]
  readonly ambiguous: string[]
  /** How many cells of each kind. */
  readonly counts: { dot: number; comma: number; ambiguous: number }
}

type Evidence = 'none' | 'dot' | 'comma' | 'ambiguous'

/** What one cell proves about the decimal separator. */
export function evidenceOf(raw: string): Evidence {
  const text = cleanValue(raw)
  if (text === '') return 'none'
  const scan = scanAmount(text, isCurrencyMark)
  if (scan.kind !== 'amount') return 'none'
  const reading = readDecimal(scan.amount.digits)
  if (reading.kind === 'proven') return reading.separator === '.' ? 'dot' : 'comma'
  if (reading.kind === 'ambiguous') return markedWithDotCurrency(scan.amount.currencies) ? 'dot' : 'ambiguous'
  return 'none'
}

// What a cell proves depends on where its digits, zeros, separators and marks are, never on which digits
// 1-9 they are, so cells of one shape (`9,999.99`) are read once: a million amounts come down to a few
// hundred shapes. A short cell of common characters is its shape as a number (4 bits a character, below 2^53,
// so equal numbers are equal shapes); any other cell's shape is hashed in place (no string per cell) and
// confirmed against a cell of the shape.
const MAX_SHAPES = 20_000

const shapeCode = (code: number) => (code >= 0x31 && code <= 0x39 ? 0x39 : code)

function shapeHash(raw: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < raw.length; i++) hash = Math.imul(hash ^ shapeCode(raw.charCodeAt(i)), 0x01000193)
  return hash >>> 0
}

function sameShape(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (shapeCode(a.charCodeAt(i)) !== shapeCode(b.charCodeAt(i))) return false
  return true
}

/** The characters a shape key holds, by class 1-15 (`0`, then `1`-`9` together, then one class each); 0: none. */
const KEY_CLASSES = (() => {
  const classes = new Uint8Array(0x20ad)
  classes[0x30] = 1
  for (let code = 0x31; code <= 0x39; code++) classes[code] = 2
  ;['.', ',', ' ', '-', '$', '€', '%', '(', ')', "'", '+', 'e', 'E'].forEach(
    (ch, i) => (classes[ch.charCodeAt(0)] = 3 + i),
  )
  return classes
})()
// A leading 1 and 13 classes of 4 bits stay below 2^53.
const MAX_KEY_LENGTH = 13

/** The cell's exact shape as a number (a leading 1, then each character's class), or 0 when it has none. */
// The last key's hash (shapeKey sets it).
let keyHashed = 0

function shapeKey(raw: string): number {
  const length = raw.length
  if (length > MAX_KEY_LENGTH) return 0
  let key = 1
  let hash = 0
  for (let i = 0; i < length; i++) {
    const code = raw.charCodeAt(i)
    const cls = code < 0x20ad ? KEY_CLASSES[code]! : 0
    if (cls === 0) return 0
    key = key * 16 + cls
    hash = Math.imul(hash ^ cls, 0x9e3779b1) ^ (hash >>> 15)
  }
  keyHashed = hash
  return key
}

const EVIDENCES: readonly Evidence[] = ['none', 'dot', 'comma', 'ambiguous']
// Open-addressing tables of the shapes seen (power of two, at least twice MAX_SHAPES each).
const SHAPE_SLOTS = 65_536

const NONE = 0
const UNSEEN = 255

/** Counts what the column's cells prove, with the first few cells of each kind (exported for tests). */
export function tally(values: readonly string[]): Tally {
  const result: Tally = { dot: [], comma: [], ambiguous: [], counts: { dot: 0, comma: 0, ambiguous: 0 } }
  const lists: readonly string[][] = [[], result.dot, result.comma, result.ambiguous]
  const counts = [0, 0, 0, 0]
  const mask = SHAPE_SLOTS - 1
  // Shapes as keys: slot -> key (0: free) and its evidence (an index in EVIDENCES).
  const keys = new Float64Array(SHAPE_SLOTS)
  const keyEvidences = new Uint8Array(SHAPE_SLOTS)
  let keyCount = 0
  // Other shapes: slot -> shape + 1, with each shape's hash, evidence and a cell of it.
  const slots = new Int32Array(SHAPE_SLOTS)
  const hashes = new Uint32Array(MAX_SHAPES)
  const evidences = new Uint8Array(MAX_SHAPES)
  const cells: string[] = []
  for (let v = 0; v < values.length; v++) {
    const raw = values[v]!
    if (raw === '') continue
    let evidence = UNSEEN
    const key = shapeKey(raw)
    if (key !== 0) {
      let slot = keyHashed & mask
      for (let entry = keys[slot]!; entry !== 0; entry = keys[(slot = (slot + 1) & mask)]!) {
        if (entry === key) {
          evidence = keyEvidences[slot]!
          break
        }
      }
      if (evidence === UNSEEN) {
        evidence = EVIDENCES.indexOf(evidenceOf(raw))
        if (keyCount < MAX_SHAPES) {
          keyCount++
          keys[slot] = key
          keyEvidences[slot] = evidence
        }
      }
    } else {
      const hash = shapeHash(raw)
      let slot = hash & mask
      for (let entry = slots[slot]!; entry !== 0; entry = slots[(slot = (slot + 1) & mask)]!) {
        if (hashes[entry - 1] === hash && sameShape(cells[entry - 1]!, raw)) {
          evidence = evidences[entry - 1]!
          break
        }
      }
      if (evidence === UNSEEN) {
        evidence = EVIDENCES.indexOf(evidenceOf(raw))
        if (cells.length < MAX_SHAPES) {
          hashes[cells.length] = hash
          evidences[cells.length] = evidence
          cells.push(raw)
          slots[slot] = cells.length
        }
      }
    }
    if (evidence !== NONE && counts[evidence]!++ < EVIDENCE) lists[evidence]!.push(raw)
  }
  result.counts.dot = counts[1]!
  result.counts.comma = counts[2]!
  result.counts.ambiguous = counts[3]!
  return result
}

/** The two readings of an ambiguous cell (`1,234`: 1234 with a decimal point, 1.234 with a comma). */
function readingsOf(raw: string): { text: string; dot: string; comma: string } {
  const text = cleanValue(raw)
  const scan = scanAmount(text, isCurrencyMark)
  const reading = scan.kind === 'amount' ? readDecimal(scan.amount.digits) : null
  if (reading?.kind !== 'ambiguous') throw new Error(`${text} is not an ambiguous amount`)
  return { text, dot: reading.dot, comma: reading.comma }
}

/**
 * Decides a column's decimal separator from its values; when they only read either way, the separator the file's
 * other columns prove (settings.fileDecimalSeparator) settles it; else settings.defaultCountry, else the default,
 * with a warning. `evidence` is what the values alone say.
 */
export function decideDecimalSeparator(
  values: readonly string[],
  settings: CheckSettings,
): { separator: DecimalSeparator; issues: ColumnIssue[]; evidence: DecimalEvidence } {
  const { dot, comma, ambiguous, counts } = tally(values)
  const hint = countryDecimalSeparator(settings.defaultCountry)
  if (counts.dot > 0 && counts.comma > 0) {
    const separator: DecimalSeparator =
      counts.dot > counts.comma ? '.' : counts.comma > counts.dot ? ',' : (hint ?? '.')
    if (counts.ambiguous === 0) return { separator, issues: [], evidence: 'mixed' }
    const sample = cleanValue(ambiguous[0]!)
    return {
      separator,
      evidence: 'mixed',
      issues: [
        {
          ...worded(
            'warning',
            `NUMBER_SEPARATOR_CONFLICT.${separator === ',' ? 'comma' : 'point'}${counts.dot === counts.comma ? 'Default' : 'Most'}`,
            {
              comma: quote(cleanValue(comma[0]!)),
              dot: quote(cleanValue(dot[0]!)),
              value: quote(sample),
            },
          ),
          evidence: [...comma.slice(0, 2), ...dot.slice(0, 2), ...ambiguous.slice(0, EVIDENCE - 4)].map(cleanValue),
        },
      ],
    }
  }
  if (counts.comma > 0) return { separator: ',', issues: [], evidence: 'comma' }
  if (counts.dot > 0) return { separator: '.', issues: [], evidence: 'dot' }
  if (counts.ambiguous === 0) return { separator: hint ?? '.', issues: [], evidence: 'none' }
  if (settings.fileDecimalSeparator !== undefined)
    return { separator: settings.fileDecimalSeparator, issues: [], evidence: 'ambiguous' }
  const separator = hint ?? '.'
  const sample = readingsOf(ambiguous[0]!)
  const chosen = separator === '.' ? sample.dot : sample.comma
  const params = {
    value: quote(sample.text),
    dot: String(Number(sample.dot)),
    comma: String(Number(sample.comma)),
    chosen: String(Number(chosen)),
  }
  const named = separator === '.' ? 'point' : 'comma'
  return {
    separator,
    evidence: 'ambiguous',
    issues: [
      {
        ...(hint === null
          ? worded('warning', `NUMBER_SEPARATOR_AMBIGUOUS.${named}`, params)
          : worded('warning', `NUMBER_SEPARATOR_AMBIGUOUS.${named}Country`, {
              ...params,
              country: settings.defaultCountry?.toUpperCase() ?? '',
            })),
        evidence: ambiguous.slice(0, EVIDENCE).map(cleanValue),
      },
    ],
  }
}

/** `40%` (read as 0.4) next to plain numbers above 1 (`60`): the column mixes two scales. */
export function percentScaleIssues(values: readonly string[], separator: DecimalSeparator): ColumnIssue[] {
  const percents: string[] = []
  const wholes: string[] = []
  for (const raw of values) {
    const text = cleanValue(raw)
    const scan = text === '' ? null : scanAmount(text, isCurrencyMark)
    if (scan === null || scan.kind !== 'amount') continue
    if (scan.amount.percent) percents.push(text)
    else {
      const decimal = decimalTextFor(readDecimal(scan.amount.digits), separator)
      if (decimal !== null && Math.abs(Number(decimal)) > 1) wholes.push(text)
    }
  }
  if (percents.length === 0 || wholes.length === 0) return []
  return [
    {
      ...worded('warning', 'NUMBER_PERCENT_SCALE_MIXED', {
        percent: quote(percents[0] as string),
        whole: quote(wholes[0] as string),
      }),
      evidence: [...percents.slice(0, 2), ...wholes.slice(0, 3)],
    },
  ]
}
