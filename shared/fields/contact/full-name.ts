// The `fullName` normaliser (a whole FULL_NAME in one cell) and the `firstName` / `lastName` subfield ones.
// Invariant: removing a title or reading `Last, First` is a fix; any split that could be wrong is a warning.
import { EMPTY_RESULT, type CellFix, type CellIssue } from '../cell-result'
import type { Normalizer } from '../column-context'
import { worded, wordedFix } from '../scalar/wording'
import { hasLowerCase, isDegree, isGeneration, isInitial, isParticle, isTitle, isUpperWord } from './name-words'
import { cleanCell, collapseSpaces, quote, WHITESPACE_COLLAPSED } from './text'

interface NameSplit {
  readonly firstName: string
  readonly lastName: string
  readonly removed: readonly string[]
  readonly reordered: boolean
  /** The warning for a split that could be wrong, or null. */
  readonly guessed: CellIssue | null
}

function cleaned(raw: string): { readonly text: string; readonly fixes: CellFix[] } {
  const { text, fix } = cleanCell(raw)
  const collapsed = collapseSpaces(text)
  return {
    text: collapsed,
    fixes: [fix, collapsed === text ? null : WHITESPACE_COLLAPSED].filter((f): f is CellFix => f !== null),
  }
}

/** Drops titles before and degrees after the words, keeping at least one word. */
function stripWords(words: string[], removed: string[]): string[] {
  const w = words
  while (w.length > 1 && isTitle(w[0]!)) removed.push(w.shift()!)
  while (w.length > 1 && isDegree(w[w.length - 1]!)) removed.unshift(w.pop()!)
  return w
}

function splitWords(text: string, words: string[], removed: string[]): NameSplit {
  const generation = words.length > 2 && isGeneration(words[words.length - 1]!) ? words.pop()! : null
  const withGeneration = (last: string): string => (generation === null ? last : `${last} ${generation}`.trim())
  if (words.length === 1)
    return { firstName: words[0]!, lastName: withGeneration(''), removed, reordered: false, guessed: null }
  let caps = 0
  while (caps < words.length - 1 && isUpperWord(words[caps]!)) caps++
  if (caps > 0 && hasLowerCase(words.slice(caps).join(' '))) {
    const firstName = words.slice(caps).join(' ')
    const lastName = withGeneration(words.slice(0, caps).join(' '))
    const guessed = worded('warning', 'NAME_SPLIT_GUESSED.capitals', {
      value: quote(text),
      lastName: quote(lastName),
      firstName: quote(firstName),
    })
    return { firstName, lastName, removed, reordered: false, guessed }
  }
  let firstEnd = 1
  while (firstEnd < words.length - 1 && isInitial(words[firstEnd]!)) firstEnd++
  let particle = -1
  for (let i = firstEnd; i < words.length - 1 && particle < 0; i++) if (isParticle(words[i]!)) particle = i
  const cut = particle >= 0 ? particle : firstEnd
  const firstName = words.slice(0, cut).join(' ')
  const lastName = withGeneration(words.slice(cut).join(' '))
  const guessed =
    particle < 0 && words.length - cut > 1
      ? worded('warning', 'NAME_SPLIT_GUESSED.middleName', {
          value: quote(text),
          firstName: quote(firstName),
          lastName: quote(lastName),
          word: quote(words[cut]!),
        })
      : null
  return { firstName, lastName, removed, reordered: false, guessed }
}

function splitName(text: string): NameSplit {
  const removed: string[] = []
  const segments = text.split(/\s*,\s*/).filter((s) => s !== '')
  let generation = ''
  while (segments.length > 1) {
    const tail = segments[segments.length - 1]!.split(' ')
    if (tail.every(isDegree)) removed.unshift(segments.pop()!)
    else if (tail.length === 1 && isGeneration(tail[0]!) && generation === '') generation = segments.pop()!
    else break
  }
  if (segments.length === 2) {
    const first = stripWords(segments[1]!.split(' '), removed).join(' ')
    const last = stripWords(segments[0]!.split(' '), removed).join(' ')
    return {
      firstName: first,
      lastName: generation === '' ? last : `${last} ${generation}`,
      removed,
      reordered: true,
      guessed: null,
    }
  }
  const words = stripWords(segments.join(' ').split(' '), removed)
  if (generation !== '') words.push(generation)
  const split = splitWords(text, words, removed)
  if (segments.length > 2 && split.guessed === null) {
    const guessed = worded('warning', 'NAME_SPLIT_GUESSED.commas', {
      value: quote(text),
      firstName: quote(split.firstName),
      lastName: quote(split.lastName),
    })
    return { ...split, guessed }
  }
  return split
}

/** NAME_TITLE_REMOVED for the (quoted) titles and degrees removed from `value`: one message per count up to three. */
function titlesRemoved(removed: readonly string[], value: string): CellFix {
  const [first = '', second = '', third = ''] = removed
  if (removed.length === 1) return wordedFix('NAME_TITLE_REMOVED.one', { value, first })
  if (removed.length === 2) return wordedFix('NAME_TITLE_REMOVED.two', { value, first, second })
  if (removed.length === 3) return wordedFix('NAME_TITLE_REMOVED.three', { value, first, second, third })
  // Four or more (`Prof. Dr. Dr. h.c. ... MBA`): the English list, rare enough to keep as written.
  return wordedFix('NAME_TITLE_REMOVED.many', { value, titles: removed.join(' and ') })
}

/**
 * Splits a whole name into firstName and lastName: `Ada Lovelace`, `Lovelace, Ada` (fix NAME_REORDERED),
 * `Dr. Ada Lovelace` (fix NAME_TITLE_REMOVED), `Ludwig van Beethoven` (last name from the particle on),
 * `J. R. R. Tolkien` (initials stay with the first name). Three or more words without a particle split after
 * the first word with warning NAME_SPLIT_GUESSED; one word goes into firstName with warning NAME_SINGLE_WORD.
 * Value and parts: `{ firstName, lastName }`.
 */
export const normalizeFullName: Normalizer = (raw) => {
  const { text, fixes } = cleaned(raw)
  if (text === '') return EMPTY_RESULT
  const split = splitName(text)
  if (split.removed.length > 0) {
    fixes.push(titlesRemoved(split.removed.map(quote), quote(text)))
  }
  if (split.reordered) {
    fixes.push(
      wordedFix('NAME_REORDERED', {
        value: quote(text),
        firstName: quote(split.firstName),
        lastName: quote(split.lastName),
      }),
    )
  }
  const issues: CellIssue[] = []
  if (split.guessed !== null) issues.push(split.guessed)
  if (split.lastName === '') issues.push(worded('warning', 'NAME_SINGLE_WORD', { value: quote(text) }))
  const name = { firstName: split.firstName, lastName: split.lastName }
  return { value: name, parts: { ...name }, issues, fixes }
}

/** Normalises a first or last name written in its own column: trimmed, inner runs of spaces collapsed. */
export const normalizeNamePart: Normalizer = (raw) => {
  const { text, fixes } = cleaned(raw)
  if (text === '') return EMPTY_RESULT
  return { value: text, issues: [], fixes }
}
