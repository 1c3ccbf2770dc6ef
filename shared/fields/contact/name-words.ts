// Word lists for splitting a full name: titles removed before a name, suffixes after it, and the particles
// that start a last name (`van Beethoven`, `de Gaulle`). Compared lower-case without dots.

const TITLES = new Set([
  'dr',
  'prof',
  'professor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'sir',
  'dame',
  'rev',
  'hon',
  'herr',
  'frau',
  'dipl-ing',
  'ing',
  'mag',
  'mme',
  'mlle',
  'madame',
  'monsieur',
  'dott',
  'dottssa',
  'sig',
  'sigra',
  'signor',
  'signora',
  'dhr',
  'mevr',
  'sr',
  'sra',
  'srta',
])

// Degrees written after a name: Twenty has nowhere to keep them. (`Ma` is a surname, so MA is not here.)
const DEGREES = new Set(['phd', 'md', 'mba', 'esq', 'cpa', 'dds', 'msc', 'bsc', 'jd', 'llm', 'rn'])

// Generational suffixes belong to the last name: `King Jr.`.
const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'del',
  'della',
  'delle',
  'der',
  'den',
  'di',
  'da',
  'das',
  'dos',
  'do',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'te',
  'vom',
  'zu',
  'zum',
  'zur',
  'bin',
  'ibn',
  'al',
  'el',
  'st',
  'saint',
  'san',
  'mac',
])

const INITIAL = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u
const UPPER_WORD = /^[\p{Lu}'-]{2,}$/u
const HAS_LOWER = /\p{Ll}/u

function key(word: string): string {
  return word.toLowerCase().replace(/\./g, '')
}

/** `Dr.`, `Prof`, `Herr`, `Mme`: a title, when it comes before a name (`Sr.` there is Señor, not Senior). */
export function isTitle(word: string): boolean {
  return TITLES.has(key(word))
}

/** `PhD`, `M.D.`, `MBA` after a name. */
export function isDegree(word: string): boolean {
  return DEGREES.has(key(word))
}

/** `Jr.`, `III`: kept with the last name. */
export function isGeneration(word: string): boolean {
  return GENERATIONS.has(key(word))
}

/** `van`, `de`, `von`, `da`...: starts a last name when it comes after the first word. */
export function isParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase())
}

/** `J.`, `R.R.`: an initial that belongs with the first name. */
export function isInitial(word: string): boolean {
  return INITIAL.test(word)
}

/** `LOVELACE`: a word in capitals, how some countries write the last name first. */
export function isUpperWord(word: string): boolean {
  return UPPER_WORD.test(word)
}

/** True when the text has any lower-case letter. */
export function hasLowerCase(text: string): boolean {
  return HAS_LOWER.test(text)
}
