// Turns a recognised concept into candidate targets of the file's object. A concept of the object itself maps to
// its own fields; one of a related object goes through the relation, which Twenty links by unique fields only:
// a company or contact NAME never links, so it maps to null with the linkable targets as alternatives.
import type { FieldTarget } from '../fields/targets'
import { CONCEPTS, type Concept, type ConceptId, type Entity, type LinkKind } from './concepts'
import { describeShare, type ContentProfile } from './content-profile'
import type { MappingCandidate } from './mapping-suggestion'
import { pluralName, singularName } from './object-role'
import type { SynonymHit } from './synonym-match'
import { ROLE_OVERRIDES } from './header-words'

const LINK_ALTERNATIVE_CONFIDENCE = 0.3
const NO_FIELD_CONFIDENCE = 0.6
const STEP = 0.01
const EVIDENCE = 0.6

/** What resolution needs to know about the file and the column. */
export interface ResolveContext {
  readonly role: Entity | null
  readonly objectName: string
  readonly targets: readonly FieldTarget[]
  readonly profile: ContentProfile
}

function describe(hit: SynonymHit, concept: Concept): string {
  return hit.found === null
    ? `${hit.origin} of ${concept.description}`
    : `Header contains "${hit.found}", ${hit.origin} of ${concept.description}`
}

/** Settles ambiguous words (`Nom`, `Title`) for the entity they describe, and whose property the concept is. */
function settle(hit: SynonymHit, role: Entity | null): { id: ConceptId; entity: Entity | null } {
  const base = CONCEPTS[hit.concept]
  const speaker = hit.qualifier !== null && !base.fixed ? hit.qualifier : role
  const override = speaker === null ? undefined : ROLE_OVERRIDES[speaker]?.[hit.key]
  if (override) return { id: override, entity: speaker }
  if (base.fixed) return { id: hit.concept, entity: base.entity }
  return { id: hit.concept, entity: hit.qualifier ?? base.entity ?? role }
}

function ownPaths(concept: Concept, id: ConceptId, ctx: ResolveContext): readonly string[] {
  const present = concept.paths.filter((p) => ctx.targets.some((t) => t.path === p))
  if (id === 'revenue' || id === 'amount') {
    // `EUR 1.200` or `$1,200` in one cell is a whole currency; plain numbers are the amount.
    if (ctx.profile.shares.currency >= 0.5) {
      return [...present.filter((p) => !p.includes('.')), ...present.filter((p) => p.includes('.'))]
    }
  }
  return present
}

/** The targets of the object's first relation to `entity` (people -> company: company.id, company.domainName...). */
function relationTargets(entity: Entity, ctx: ResolveContext): FieldTarget[] {
  const all = ctx.targets.filter((t) => t.relation?.targetObject.nameSingular === entity)
  const field = all[0]?.field.name
  return all.filter((t) => t.field.name === field)
}

function linkBy(kind: LinkKind, links: readonly FieldTarget[], profile: ContentProfile): FieldTarget | undefined {
  const byId = links.find((t) => t.relation?.targetField.name === 'id')
  const byEmail = links.find(
    (t) => t.relation?.targetKind === 'email' || /email/i.test(t.relation?.targetField.name ?? ''),
  )
  const byDomain = links.find((t) => t.relation?.targetKind === 'domain' || t.relation?.targetKind === 'link')
  switch (kind) {
    case 'id':
      return byId
    case 'email':
      return byEmail
    case 'domain':
      return byDomain
    case 'name':
      // A "company" column may hold domains or ids after all; the values decide.
      if (profile.shares.uuid >= EVIDENCE) return byId
      if (profile.shares.email >= EVIDENCE) return byEmail
      if (profile.shares.url >= EVIDENCE) return byDomain
      return undefined
    case 'none':
      return undefined
  }
}

/** Candidates for a synonym hit, best first; a null candidate first means "do not import", with why. */
export function resolveConcept(hit: SynonymHit, ctx: ResolveContext): MappingCandidate[] {
  if (hit.concept === 'website' && ctx.profile.shares.linkedinUrl >= EVIDENCE) {
    // LinkedIn's own export calls the profile link `URL`.
    const profiles = resolveConcept({ ...hit, concept: 'linkedin' }, ctx)
    const why = `${describe(hit, CONCEPTS.website)}, and the values are LinkedIn profiles (${describeShare(ctx.profile, 'linkedinUrl')})`
    return profiles.map((c) => (c.path === null ? c : { ...c, reason: why }))
  }
  const settled = settle(hit, ctx.role)
  const concept = CONCEPTS[settled.id]
  const base = describe(hit, concept)
  const objects = pluralName(ctx.role, ctx.objectName)
  if (concept.never) return [{ path: null, confidence: hit.confidence, reason: `${base}: ${concept.never}` }]
  const own = settled.entity === ctx.role || ctx.role === null ? ownPaths(concept, settled.id, ctx) : []
  if (own.length > 0) {
    return own.map((path, i) => ({ path, confidence: hit.confidence - i * STEP, reason: base }))
  }
  const entity = settled.entity === ctx.role || settled.entity === null ? (concept.elsewhere ?? null) : settled.entity
  const links = entity === null ? [] : relationTargets(entity, ctx)
  if (entity === null || links.length === 0) {
    const whose =
      entity === null || settled.entity === ctx.role ? '' : ` (it describes ${article(singularName(entity))})`
    return [
      { path: null, confidence: NO_FIELD_CONFIDENCE, reason: `${base}, but ${objects} have no field for it${whose}` },
    ]
  }
  return linkCandidates(links, concept.link, base, hit.confidence, ctx)
}

/**
 * Candidates for a column that refers to a related record through `links` (the relation's targets): the unique
 * field the values fit, or null with the linkable targets as alternatives when they are names.
 */
export function linkCandidates(
  links: readonly FieldTarget[],
  kind: LinkKind,
  base: string,
  confidence: number,
  ctx: ResolveContext,
): MappingCandidate[] {
  const relation = links[0]!.field.label
  const link = linkBy(kind, links, ctx.profile)
  if (link) return [{ path: link.path, confidence, reason: `${base}; links "${relation}" by ${link.label}` }]
  const by = links.map((t) => `"${t.label}"`).join(' or ')
  if (kind !== 'name') {
    const entity = links[0]!.relation!.targetObject.labelSingular.toLowerCase()
    const why = `it describes ${article(entity)}, and ${pluralName(ctx.role, ctx.objectName)} only link to it by ${by}`
    return [{ path: null, confidence: NO_FIELD_CONFIDENCE, reason: `${base}, but ${why}` }]
  }
  return [
    {
      path: null,
      confidence,
      reason: `${base}; Twenty links "${relation}" only by a unique field (${by}), not by a name`,
    },
    ...links.map((t) => ({
      path: t.path,
      confidence: LINK_ALTERNATIVE_CONFIDENCE,
      reason: `Link "${relation}" by ${t.label} instead, if the column can be changed to hold that`,
    })),
  ]
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`
}
