// Header words per concept in nine languages (en, de, fr, es, it, nl, pt, pl, ru) and CRM exports (HubSpot,
// Salesforce, Pipedrive, Zoho). Invariant: a phrase belongs to one concept; ambiguous words (`Name`, `Nom`, `Title`)
// are settled per object in header-words.ts ROLE_OVERRIDES, never by listing them twice.
import type { ConceptId } from './concepts'
import { BUSINESS_SYNONYMS } from './synonyms-business'
import { PEOPLE_SYNONYMS } from './synonyms-people'

/** Where a phrase comes from: a language (ISO 639-1) or a CRM's export. */
export type SynonymSource =
  'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'pl' | 'ru' | 'hubspot' | 'salesforce' | 'pipedrive' | 'zoho'

/** Plain names of the sources, for reasons (`German synonym of first name`). */
export const SOURCE_NAMES: Readonly<Record<SynonymSource, string>> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
  pt: 'Portuguese',
  pl: 'Polish',
  ru: 'Russian',
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
  pipedrive: 'Pipedrive',
  zoho: 'Zoho',
}

/** Phrases per source for some concepts. */
export type SynonymTable = Readonly<
  Partial<Record<ConceptId, Partial<Readonly<Record<SynonymSource, readonly string[]>>>>>
>

/** Every synonym, by concept and source; languages come first, so a phrase shared with an export reads as a language's. */
export const SYNONYMS: SynonymTable = { ...PEOPLE_SYNONYMS, ...BUSINESS_SYNONYMS }
