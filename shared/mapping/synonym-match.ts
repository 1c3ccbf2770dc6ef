// Tier 3: finds the concept a header names through synonyms (nine languages, CRM exports), and whose property it
// is (`Company Phone`, `Deal - Value`). Says nothing yet about fields: resolve-concept.ts turns a hit into targets.
// Invariant: a whole-header synonym (or one among words that change nothing) beats one qualified by another object,
// which beats one merely contained in a longer header.
import type { ConceptId, Entity } from './concepts'
import { compactKey, headerTokens } from './header-key'
import { ENTITY_WORDS, NOISE_WORDS, SECONDARY_WORDS, WEAK_WORDS } from './header-words'
import { SOURCE_NAMES, SYNONYMS, type SynonymSource } from './synonyms'

/** Confidences: a whole-header synonym, one qualified by another object, a second of its kind, one inside a longer header. */
export const SYNONYM_CONFIDENCE = 0.8
export const QUALIFIED_CONFIDENCE = 0.78
export const SECONDARY_CONFIDENCE = 0.7
export const CONTAINED_CONFIDENCE = 0.6

const ADDRESS_PARTS: ReadonlySet<ConceptId> = new Set(['city', 'postcode', 'street', 'street2', 'state', 'country'])
const ADDRESS_WORDS = new Set([
  'address',
  'addr',
  'adresse',
  'adres',
  'anschrift',
  'direccion',
  'indirizzo',
  'endereco',
  'адрес',
])

interface SynonymEntry {
  readonly concept: ConceptId
  readonly phrase: string
  readonly sources: readonly SynonymSource[]
}

/** How a header named a concept. */
export interface SynonymHit {
  readonly concept: ConceptId
  /** The synonym's compact key (`nom`), for the per-object overrides of ambiguous words. */
  readonly key: string
  /** Whose property the header says it is (`Company` in `Company Phone`), if it says. */
  readonly qualifier: Entity | null
  readonly confidence: number
  /** Where the word comes from, in plain language: `German synonym`, `Salesforce export header`. */
  readonly origin: string
  /** The synonym as found in the header, when it was only part of it. */
  readonly found: string | null
}

function buildIndex(): ReadonlyMap<string, SynonymEntry> {
  const index = new Map<string, SynonymEntry>()
  for (const [concept, bySource] of Object.entries(SYNONYMS) as [
    ConceptId,
    Partial<Record<SynonymSource, readonly string[]>>,
  ][]) {
    for (const [source, phrases] of Object.entries(bySource) as [SynonymSource, readonly string[]][]) {
      for (const phrase of phrases) {
        const key = compactKey(phrase)
        const entry = index.get(key)
        if (!entry) index.set(key, { concept, phrase, sources: [source] })
        else if (entry.concept === concept && !entry.sources.includes(source)) {
          index.set(key, { ...entry, sources: [...entry.sources, source] })
        }
      }
    }
  }
  return index
}

const INDEX = buildIndex()

function originOf(entry: SynonymEntry): string {
  const languages = entry.sources.filter((s) => !['hubspot', 'salesforce', 'pipedrive', 'zoho'].includes(s))
  if (languages.length > 0) return `${languages.map((s) => SOURCE_NAMES[s]).join('/')} synonym`
  return `${entry.sources.map((s) => SOURCE_NAMES[s]).join('/')} export header`
}

interface Parse {
  readonly start: number
  readonly end: number
  readonly entry: SynonymEntry
}

function classify(token: string, concept: ConceptId): 'entity' | 'noise' | 'secondary' | 'unknown' {
  if (ENTITY_WORDS[token]) return 'entity'
  if (NOISE_WORDS.has(token)) return 'noise'
  // `Address 1 - City`, `Adresse PLZ`: the address word only says which address the part belongs to.
  if (ADDRESS_PARTS.has(concept) && ADDRESS_WORDS.has(token)) return 'noise'
  if (SECONDARY_WORDS.has(token) || /^([2-9]|\d{2,})$/.test(token)) return 'secondary'
  return 'unknown'
}

function windows(tokens: readonly string[]): Parse[] {
  const found: Parse[] = []
  for (let size = tokens.length; size >= 1; size--) {
    for (let start = 0; start + size <= tokens.length; start++) {
      const entry = INDEX.get(tokens.slice(start, start + size).join(''))
      if (entry) found.push({ start, end: start + size, entry })
    }
  }
  return found
}

function hitFor(parse: Parse, tokens: readonly string[], contained: boolean): SynonymHit {
  const rest = tokens.filter((_, i) => i < parse.start || i >= parse.end)
  const qualifierWord = rest.find((t) => classify(t, parse.entry.concept) === 'entity')
  const secondary = rest.some((t) => classify(t, parse.entry.concept) === 'secondary')
  const confidence = contained
    ? CONTAINED_CONFIDENCE
    : secondary
      ? SECONDARY_CONFIDENCE
      : qualifierWord
        ? QUALIFIED_CONFIDENCE
        : SYNONYM_CONFIDENCE
  return {
    concept: parse.entry.concept,
    key: compactKey(parse.entry.phrase),
    qualifier: qualifierWord ? ENTITY_WORDS[qualifierWord]! : null,
    confidence,
    origin: originOf(parse.entry),
    found: parse.entry.phrase,
  }
}

/**
 * The concept a header names, if any: `Vorname` (German synonym of first name), `MailingCity` (city, `mailing`
 * ignored), `Organization - Name` (name, qualified by company), `Email 2` (email, second of its kind).
 */
export function matchSynonym(header: string): SynonymHit | undefined {
  const tokens = headerTokens(header)
  if (tokens.length === 0) return undefined
  const whole = INDEX.get(tokens.join(''))
  if (whole) {
    return {
      concept: whole.concept,
      key: compactKey(whole.phrase),
      qualifier: null,
      confidence: SYNONYM_CONFIDENCE,
      origin: originOf(whole),
      found: null,
    }
  }
  const parses = windows(tokens)
  const clean = parses.filter((p) =>
    tokens.every((t, i) => (i >= p.start && i < p.end) || classify(t, p.entry.concept) !== 'unknown'),
  )
  // Longest synonym first; among equals, a concept over an entity word (`Company ID` is an id, not a company), then
  // the last one: qualifiers come first (`Deal - Organization` is the deal's organisation).
  const isEntity = (p: Parse) => Number(ENTITY_WORDS[p.entry.phrase] !== undefined)
  const best = [...clean].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || isEntity(a) - isEntity(b) || b.start - a.start,
  )[0]
  if (best) return hitFor(best, tokens, false)
  const contained = parses.find((p) => {
    const key = compactKey(p.entry.phrase)
    return key.length >= 4 && !WEAK_WORDS.has(key)
  })
  if (contained) return hitFor(contained, tokens, true)
  return matchCompoundEnd(tokens.join(''))
}

/** German-style compounds: `Geschäftstelefon`, `Firmenanschrift` end with a known word. */
function matchCompoundEnd(compact: string): SynonymHit | undefined {
  let best: SynonymEntry | undefined
  for (const [key, entry] of INDEX) {
    if (key.length < 5 || key.length >= compact.length || WEAK_WORDS.has(key) || !compact.endsWith(key)) continue
    if (!best || key.length > compactKey(best.phrase).length) best = entry
  }
  if (!best) return undefined
  return {
    concept: best.concept,
    key: compactKey(best.phrase),
    qualifier: null,
    confidence: CONTAINED_CONFIDENCE,
    origin: originOf(best),
    found: best.phrase,
  }
}
