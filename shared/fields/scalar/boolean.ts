// BOOLEAN cells: true/false, yes/no, y/n, 1/0, on/off, t/f, x and check marks, and yes/no words in de, fr, es,
// it, nl, pt, ru and pl (case- and accent-insensitive). Blank means false only in columns of x marks.
import { EMPTY_RESULT, type CellResult } from '../cell-result'
import type { ColumnContext } from '../column-context'
import { cleanValue } from './clean-text'
import { foldKey, quote, wordedError, wordedFix } from './wording'

const TRUE_WORDS = [
  'true',
  'yes',
  'y',
  '1',
  'on',
  't',
  'x',
  '✓',
  '✔',
  '☑',
  '✅',
  'ja',
  'j',
  'wahr',
  'oui',
  'o',
  'vrai',
  'si',
  'verdadero',
  'vero',
  'waar',
  'sim',
  's',
  'verdadeiro',
  'да',
  'истина',
  'tak',
  'prawda',
  '1.0',
  'checked',
]
const FALSE_WORDS = [
  'false',
  'no',
  'n',
  '0',
  'off',
  'f',
  '✗',
  '✘',
  '☐',
  '❌',
  'nein',
  'falsch',
  'non',
  'faux',
  'falso',
  'nee',
  'onwaar',
  'nao',
  'нет',
  'ложь',
  'nie',
  'falsz',
  '0.0',
  'unchecked',
]
const WORDS: ReadonlyMap<string, boolean> = new Map([
  ...TRUE_WORDS.map((w): [string, boolean] => [w, true]),
  ...FALSE_WORDS.map((w): [string, boolean] => [w, false]),
])
/** Marks that tick a box: a column holding only these (and blanks) reads blank as false. */
export const CHECK_MARKS: ReadonlySet<string> = new Set(['x', '✓', '✔', '☑', '✅'])

/** The boolean a cell's word means, or undefined. */
export function readBoolean(text: string): boolean | undefined {
  return WORDS.get(foldKey(text))
}

/** Normalises a BOOLEAN cell; a blank cell is false when the column is a column of x marks. */
export function normalizeBoolean(raw: string, context: ColumnContext): CellResult {
  const text = cleanValue(raw)
  if (text === '') {
    if (!context.blankIsFalse) return EMPTY_RESULT
    return { value: false, issues: [], fixes: [BLANK_FALSE] }
  }
  const value = readBoolean(text)
  if (value === undefined) return wordedError('BOOLEAN_INVALID', { value: quote(text) })
  if (text.toLowerCase() === String(value)) return { value, issues: [], fixes: [] }
  return {
    value,
    issues: [],
    fixes: [wordedFix(value ? 'BOOLEAN_MAPPED.asTrue' : 'BOOLEAN_MAPPED.asFalse', { value: quote(text) })],
  }
}

const BLANK_FALSE = wordedFix('BOOLEAN_BLANK_FALSE')
