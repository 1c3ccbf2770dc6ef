// Reduces header text and labels to comparison keys. Headers and the labels they are compared with always go
// through the same function, so accents, case, punctuation and spacing never decide a match on their own.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g
const PLACEHOLDER_WORDS = new Set([
  'column',
  'col',
  'field',
  'feld',
  'spalte',
  'colonne',
  'champ',
  'columna',
  'campo',
  'colonna',
  'kolom',
  'veld',
  'coluna',
  'kolumna',
  'pole',
  'столбец',
  'колонка',
  'поле',
  'unnamed',
  'untitled',
  'header',
  'new',
  'blank',
])

/** Key for Twenty's exact labels: lower case, no whitespace, so `Emails/Primary Email` = `emails / primary email`. */
export function exactKey(text: string): string {
  return text.replace(INVISIBLE, '').toLowerCase().replace(/\s+/g, '')
}

function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
}

/** Key without case, accents, punctuation or spacing: `Job-Title`, `job_title`, `JobTitle` all give `jobtitle`. */
export function compactKey(text: string): string {
  return foldAccents(text.replace(INVISIBLE, ''))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * Words of a header, lower case and without accents. Identifiers without spaces are split at case changes
 * (`MailingPostalCode` -> mailing postal code); headers with spaces are not, so `LinkedIn URL` stays one word.
 */
export function headerTokens(text: string): string[] {
  let source = text.replace(INVISIBLE, '').trim()
  if (!/[\s_./-]/.test(source)) {
    source = source.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
  }
  source = source.replace(/(\p{L})(\p{N})/gu, '$1 $2').replace(/(\p{N})(\p{L})/gu, '$1 $2')
  return foldAccents(source)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '')
}

/**
 * True for headers that say nothing about the column: empty, `Column C`, `Field 7`, `Unnamed: 3`, `Spalte 5`,
 * or bare numbers and letters. Such columns are matched on their values only.
 */
export function isPlaceholderHeader(text: string): boolean {
  const tokens = headerTokens(text)
  if (tokens.length === 0) return true
  if (tokens.every((token) => /^\d+$/.test(token))) return true
  if (tokens.length === 1 && /^[a-z]$/.test(tokens[0]!)) return true
  const [first, ...rest] = tokens
  return PLACEHOLDER_WORDS.has(first!) && rest.every((token) => /^\d+$/.test(token) || /^[a-z]{1,3}$/.test(token))
}
