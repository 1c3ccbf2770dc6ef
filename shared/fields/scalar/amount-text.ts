// Splits a number-like cell into its digits and what surrounds them: sign, brackets, percent, currency marks,
// multiplier words (`Mio.`, `k`), approximation words (`ca.`, `~`) and anything else.
// Invariant: scanning never decides the decimal separator; it only finds one run of digits.
import { foldKey } from './wording'

export interface AmountText {
  /** The digits with their separators, e.g. `1.234,56`, `1,5e3`. */
  readonly digits: string
  readonly negative: boolean
  /** A sign, bracket or minus form other than a plain leading `-`. */
  readonly unusualSign: boolean
  readonly percent: boolean
  /** Currency marks as written (`€`, `EUR`, `usd`, `Fr.`), in order. */
  readonly currencies: readonly string[]
  readonly multiplier: { readonly word: string; readonly power: number } | null
  /** Approximation marks (`ca.`, `~`, `80+`). */
  readonly approximate: readonly string[]
  /** Words that are none of the above (`employees`, `pcs`). */
  readonly others: readonly string[]
}

export type AmountScan =
  | { readonly kind: 'amount'; readonly amount: AmountText }
  /** No digits at all (`n/a`, `TBD`, `-`). */
  | { readonly kind: 'noDigits' }
  /** Several numbers (`80-100`, `2019-03-14`, `1 / 2`). */
  | { readonly kind: 'several'; readonly numbers: readonly string[] }

const DIGIT_RUN = /[.,]?\d(?:[\d.,' ’]*\d)?(?:[eE][+-]?\d{1,3}(?!\d))?/g
const MINUS = /^[-−–—]$/
const WORD = /^[^\s\d()%+\-−–—]+/
const SPACE = /^\s+/
const TRAILING_DOT = /\.$/

/** Multiplier words by folded spelling (trailing dot removed): power of ten. */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['k', 3],
  ['tsd', 3],
  ['t', 3],
  ['tausend', 3],
  ['thousand', 3],
  ['mille', 3],
  ['m', 6],
  ['mm', 6],
  ['mn', 6],
  ['mio', 6],
  ['million', 6],
  ['millions', 6],
  ['millionen', 6],
  ['millones', 6],
  ['milioni', 6],
  ['milione', 6],
  ['miljoen', 6],
  ['milhoes', 6],
  ['milhao', 6],
  ['millon', 6],
  ['b', 9],
  ['bn', 9],
  ['md', 9],
  ['mrd', 9],
  ['mia', 9],
  ['billion', 9],
  ['billions', 9],
  ['milliarde', 9],
  ['milliarden', 9],
  ['milliard', 9],
  ['milliards', 9],
  ['miliardi', 9],
  ['miljard', 9],
  // German `Bio.`/`Billion(en)` is 10^12; English `billion` stays 10^9 (only ever a suggestion).
  ['bio', 12],
  ['billionen', 12],
])
const APPROXIMATE: ReadonlySet<string> = new Set([
  'ca',
  'circa',
  'approx',
  'approximately',
  'about',
  'around',
  'roughly',
  'etwa',
  'ungefahr',
  'ungefaehr',
  'rund',
  'env',
  'environ',
  'aprox',
  'aproximadamente',
  'cerca',
  'ongeveer',
  'ong',
  'ca.',
  '~',
  '≈',
  '±',
  '>',
  '<',
  '≥',
  '≤',
  '>=',
  '<=',
  'over',
  'under',
  'uber',
  'unter',
  'max',
  'min',
  'bis',
  'oltre',
])

/** Whether a folded word (trailing dot removed) is a multiplier; returns its power of ten. */
export function multiplierPower(word: string): number | undefined {
  return MULTIPLIERS.get(foldKey(word).replace(TRAILING_DOT, ''))
}

interface Surround {
  signs: string[]
  open: boolean
  close: boolean
  percent: boolean
  words: string[]
  plus: boolean
}

function scanSurround(text: string, into: Surround): void {
  let rest = text
  while (rest !== '') {
    const space = SPACE.exec(rest)
    if (space !== null) {
      rest = rest.slice(space[0].length)
      continue
    }
    const ch = rest[0] as string
    if (ch === '(') into.open = true
    else if (ch === ')') into.close = true
    else if (ch === '%') into.percent = true
    else if (ch === '+') into.plus = true
    else if (MINUS.test(ch)) into.signs.push(ch)
    else {
      const word = WORD.exec(rest)?.[0] ?? ch
      into.words.push(word)
      rest = rest.slice(word.length)
      continue
    }
    rest = rest.slice(1)
  }
}

/**
 * Scans a cleaned cell. `isCurrency` tells whether a word is a currency mark (symbol, ISO code or name);
 * it is passed in so this file does not depend on the currency tables.
 */
export function scanAmount(text: string, isCurrency: (word: string) => boolean): AmountScan {
  const runs = text.match(DIGIT_RUN)
  if (runs === null) return { kind: 'noDigits' }
  if (runs.length > 1) return { kind: 'several', numbers: runs }
  const digits = runs[0]
  const at = text.indexOf(digits)
  const before: Surround = { signs: [], open: false, close: false, percent: false, words: [], plus: false }
  const after: Surround = { signs: [], open: false, close: false, percent: false, words: [], plus: false }
  scanSurround(text.slice(0, at), before)
  scanSurround(text.slice(at + digits.length), after)

  const currencies: string[] = []
  const approximate: string[] = []
  const others: string[] = []
  let multiplier: AmountText['multiplier'] = null
  const classify = (word: string, trailing: boolean): void => {
    const key = foldKey(word)
    if (isCurrency(word)) currencies.push(word)
    else if (APPROXIMATE.has(key) || APPROXIMATE.has(key.replace(TRAILING_DOT, ''))) approximate.push(word)
    else {
      const power = trailing && multiplier === null ? multiplierPower(word) : undefined
      const glued =
        power === undefined && trailing && multiplier === null ? splitMultiplierCurrency(word, isCurrency) : null
      if (power !== undefined) multiplier = { word, power }
      else if (glued === null) others.push(word)
      else {
        multiplier = glued.multiplier
        currencies.push(glued.currency)
      }
    }
  }
  for (const word of before.words) classify(word, false)
  for (const word of after.words) classify(word, true)
  if (after.plus) approximate.push('+')

  const signCount = before.signs.length + after.signs.length + (before.plus ? 1 : 0)
  const brackets = before.open && after.close
  const strayBracket = before.open !== after.close || before.close || after.open
  if (signCount > 1 || strayBracket || (brackets && signCount > 0)) others.push('sign')
  const sign = before.signs[0] ?? after.signs[0]
  const negative = brackets || sign !== undefined
  const unusualSign = brackets || before.plus || after.signs.length > 0 || (sign !== undefined && sign !== '-')
  return {
    kind: 'amount',
    amount: {
      digits,
      negative,
      unusualSign,
      percent: before.percent || after.percent,
      currencies,
      multiplier,
      approximate,
      others,
    },
  }
}

/** `TEUR`, `k€`, `Mio.€`: a multiplier glued to a currency mark. */
function splitMultiplierCurrency(
  word: string,
  isCurrency: (w: string) => boolean,
): { multiplier: { word: string; power: number }; currency: string } | null {
  for (let cut = 1; cut < word.length; cut++) {
    const head = word.slice(0, cut)
    const power = multiplierPower(head)
    if (power !== undefined && isCurrency(word.slice(cut))) {
      return { multiplier: { word: head, power }, currency: word.slice(cut) }
    }
  }
  return null
}
