// Tier 4: what a column's values say when its header says nothing, and whether they contradict what its header
// says. Confidence grows with the share of values that fit (0.62 at 60%, 0.7 at 100%).
import type { FieldTarget, TargetKind } from '../fields/targets'
import { describeShare, type ContentProfile, type ValueType } from './content-profile'
import { compactKey } from './header-key'
import type { MappingCandidate } from './mapping-suggestion'

const MIN_SHARE = 0.6
const BASE = 0.5
const SPAN = 0.2
const MIN_EVIDENCE = 5
const CONTRADICTION = 0.3
const CONTRADICTED_FACTOR = 0.6
const WEAK_HEADER = 0.7

/** Plain words for each value type, in reasons. */
const TYPE_WORDS: Readonly<Record<ValueType, string>> = {
  uuid: 'ids (UUIDs)',
  email: 'email addresses',
  linkedinUrl: 'LinkedIn profile URLs',
  xUrl: 'X (Twitter) URLs',
  url: 'web addresses or domains',
  date: 'dates',
  currency: 'amounts with a currency',
  phone: 'phone numbers',
  boolean: 'yes/no values',
  number: 'numbers',
  fullName: 'full names',
  address: 'addresses',
}

/** Detector order: the first type most values fit decides (0/1 is boolean before number, a date is no phone). */
const PRIORITY: readonly ValueType[] = [
  'uuid',
  'email',
  'linkedinUrl',
  'xUrl',
  'url',
  'date',
  'currency',
  'phone',
  'boolean',
  'number',
  'fullName',
  'address',
]

const isKind =
  (...kinds: TargetKind[]) =>
  (t: FieldTarget) =>
    kinds.includes(t.kind)
const linksTo =
  (...kinds: TargetKind[]) =>
  (t: FieldTarget) =>
    t.kind === 'relation' && kinds.includes(t.relation?.targetKind ?? 'text')
const isSocial = (t: FieldTarget) => /linkedin|xlink|twitter/i.test(t.field.name)

function targetsFor(type: ValueType, targets: readonly FieldTarget[], profile: ContentProfile): FieldTarget[] {
  const pick = (...tests: ((t: FieldTarget) => boolean)[]) => tests.flatMap((test) => targets.filter(test))
  switch (type) {
    case 'uuid':
      return pick(
        (t) => t.path === 'id',
        (t) => t.kind === 'relation' && t.relation?.targetField.name === 'id',
      )
    case 'email':
      return pick(isKind('email'), linksTo('email'), isKind('emailList'))
    case 'linkedinUrl':
      return pick((t) => t.kind === 'link' && /linkedin/i.test(t.field.name))
    case 'xUrl':
      return pick((t) => t.kind === 'link' && /xlink|twitter/i.test(t.field.name))
    case 'url':
      return pick(isKind('domain'), linksTo('domain', 'link'), (t) => t.kind === 'link' && !isSocial(t))
    case 'date':
      return pick(isKind('date', 'dateTime'))
    case 'currency':
      return pick(isKind('currency'), isKind('currencyAmount'))
    case 'phone':
      return pick(
        (t) => t.kind === 'phone' && t.subfield !== null,
        (t) => t.kind === 'phone' && t.subfield === null,
        isKind('phoneList'),
      )
    case 'boolean':
      return pick(isKind('boolean'))
    case 'number':
      return profile.values.every((v) => /^[-+]?[\d\s.,']+$/.test(v) && !/[.,]\d{1,2}$/.test(v))
        ? pick(isKind('number'), isKind('currencyAmount'))
        : pick(isKind('currencyAmount'), isKind('number'))
    case 'fullName':
      return pick(isKind('fullName'))
    case 'address':
      return pick(isKind('address'))
  }
}

function optionShare(target: FieldTarget, values: readonly string[]): number {
  const keys = new Set(target.field.options.flatMap((o) => [compactKey(o.label), compactKey(o.value)]))
  if (keys.size === 0 || values.length === 0) return 0
  const fits = (value: string): boolean =>
    target.kind === 'multiSelect'
      ? value
          .replace(/^\[|\]$/g, '')
          .split(/[,;|]/)
          .every((part) => keys.has(compactKey(part.replace(/"/g, ''))))
      : keys.has(compactKey(value))
  return values.filter(fits).length / values.length
}

const confidenceOf = (share: number): number => Math.round((BASE + SPAN * share) * 100) / 100
const share = (profile: ContentProfile, type: ValueType): number => profile.shares[type]

/**
 * Candidates from a column's values alone, best first. When values clearly are of one type but the object has
 * no field for it, a single null candidate says so.
 */
export function matchContent(
  profile: ContentProfile,
  targets: readonly FieldTarget[],
  objects: string,
): MappingCandidate[] {
  if (profile.total === 0) return []
  const out: MappingCandidate[] = []
  let unplaced: MappingCandidate | undefined
  // The first type most values fit decides: dates are not phone numbers, LinkedIn profiles are not company sites.
  const type = PRIORITY.find((t) => profile.shares[t] >= MIN_SHARE)
  if (type !== undefined) {
    const reason = `Values look like ${TYPE_WORDS[type]} (${describeShare(profile, type)})`
    const fitting = targetsFor(type, targets, profile)
    if (fitting.length === 0)
      unplaced = { path: null, confidence: 0, reason: `${reason}, but ${objects} have no field for them` }
    fitting.forEach((t, i) =>
      out.push({ path: t.path, confidence: confidenceOf(share(profile, type) - i * 0.05), reason }),
    )
  }
  for (const t of targets) {
    if (t.kind !== 'select' && t.kind !== 'multiSelect') continue
    const share = optionShare(t, profile.values)
    if (share < MIN_SHARE) continue
    const reason = `Values are options of "${t.label}" (${Math.round(share * 100)}% of ${profile.total})`
    out.push({ path: t.path, confidence: confidenceOf(share), reason })
  }
  const unique = out.filter((c, i) => out.findIndex((o) => o.path === c.path) === i)
  return unique.length > 0 ? unique : unplaced ? [unplaced] : []
}

function expectedTypes(target: FieldTarget): readonly ValueType[] {
  const kind = target.kind === 'relation' ? target.relation?.targetKind : target.kind
  switch (kind) {
    case 'email':
    case 'emailList':
      return ['email']
    case 'uuid':
      return ['uuid']
    case 'domain':
    case 'link':
      return ['url', 'linkedinUrl', 'xUrl']
    case 'phone':
      return ['phone']
    case 'date':
    case 'dateTime':
      return ['date']
    case 'number':
    case 'currencyAmount':
    case 'currency':
      return ['number', 'currency']
    case 'boolean':
      return ['boolean']
    default:
      return []
  }
}

/**
 * Checks a header-based candidate against the column's values. An id column whose values are not UUIDs (a
 * HubSpot `Record ID`, a Salesforce `Id` or `AccountId`: a source system's ids) becomes null, on any number of
 * values; other contradicted candidates lose confidence and say why (from five values on).
 */
export function weighByContent(
  candidate: MappingCandidate,
  target: FieldTarget | undefined,
  profile: ContentProfile,
): MappingCandidate {
  if (!target || profile.total === 0) return candidate
  const types = expectedTypes(target)
  if (types.length === 0) return candidate
  // Twenty refuses any id that is not a UUID, so one value is evidence enough: a small export's `Record ID`
  // (HubSpot), `Id` or `AccountId` (Salesforce) holds the source system's ids, never Twenty's.
  if (profile.total < MIN_EVIDENCE && !(types.length === 1 && types[0] === 'uuid')) return candidate
  const best = types.reduce((a, b) => (profile.shares[b] > profile.shares[a] ? b : a))
  if (profile.shares[best] >= CONTRADICTION) return candidate
  const evidence = `only ${describeShare(profile, best)} look like ${TYPE_WORDS[best]}`
  if (best === 'uuid') {
    return {
      path: null,
      confidence: candidate.confidence,
      reason: `${candidate.reason}, but the values are not Twenty ids: ${evidence}`,
    }
  }
  // A word merely found inside a longer header (`HasOptedOutOfEmail`) does not survive values that contradict it.
  if (candidate.confidence < WEAK_HEADER) {
    return { path: null, confidence: candidate.confidence, reason: `${candidate.reason}, but ${evidence}` }
  }
  return {
    path: candidate.path,
    confidence: Math.round(candidate.confidence * CONTRADICTED_FACTOR * 100) / 100,
    reason: `${candidate.reason}, but ${evidence}`,
  }
}
