// libphonenumber-js's 'max' numbering plans with their patterns compiled once, lazily, per country or calling code.
// Invariant: every pattern tests exactly what the library's own RegExp built from the same metadata string tests,
// and a literal prefix (prefixLiterals, iddLiteral) matches exactly what its RegExp matches.
import { Metadata, type CountryCode } from 'libphonenumber-js/core'
import metadataJson from 'libphonenumber-js/metadata.max.json'

/** One numbering plan, ready for the fast phone judge. */
export interface PhonePlan {
  readonly callingCode: string
  /** The plan's national number pattern, anchored at both ends (what the library's `matchesEntirely` tests). */
  readonly nationalNumber: RegExp
  /** Sorted possible lengths of a national significant number. */
  readonly possibleLengths: readonly number[]
  /** `^(?:national_prefix_for_parsing)`, or null when the plan has no national prefix. */
  readonly prefixForParsing: RegExp | null
  /**
   * The national prefix's alternatives when its pattern is plain digits or an alternation of them (`0`, `1`,
   * `0|180020`): the first that the number starts with is what the RegExp matches. Null for any other pattern.
   */
  readonly prefixLiterals: readonly string[] | null
  readonly prefixTransformRule: string | null
  /** `^(?:idd_prefix)`: what is dialled before an international number. */
  readonly iddPrefix: RegExp
  /** The IDD prefix when its pattern is plain digits (`00`, `011`), else null. */
  readonly iddLiteral: string | null
  readonly hasTypes: boolean
  /** By national number length: one pattern matching when any number type's pattern (fixed line...) matches. */
  readonly typesByLength: readonly (RegExp | undefined)[]
  /** The last national number tested against the types, and the answer (the judge asks up to three times). */
  readonly typeMemo: { number: string; result: boolean }
  /** countryGroup's answer for this plan's calling code, once asked (undefined before). */
  group: CountryGroup | null | undefined
}

/** A country of a shared calling code, with its plan compiled on first use (see memberPlan). */
export interface CountryMember {
  readonly country: CountryCode
  plan: PhonePlan | undefined
}

/**
 * How the library picks the country of a number under a shared calling code: the countries in its order, each
 * by its leading digits when it has some, else by its number types. Consecutive leading-digit countries form one
 * step whose `anyOf` pattern rules them all out at once.
 */
export type CountryStep =
  | { readonly kind: 'types'; readonly member: CountryMember; readonly plan: PhonePlan }
  | {
      readonly kind: 'leadingDigits'
      readonly anyOf: RegExp
      readonly members: readonly { readonly member: CountryMember; readonly leadingDigits: RegExp }[]
    }

/** The countries of one calling code, main country first. */
export interface CountryGroup {
  readonly countries: readonly CountryCode[]
  /** The same countries as members, in the same order. */
  readonly members: readonly CountryMember[]
  readonly steps: readonly CountryStep[]
}

// The runtime accessors of the library's numbering plan (METADATA.md); its typings declare only a few of them.
interface LibraryType {
  pattern(): string
  possibleLengths(): readonly number[]
}
interface LibraryPlan {
  callingCode(): string
  IDDPrefix(): string
  nationalNumberPattern(): string
  possibleLengths(): readonly number[]
  nationalPrefixForParsing(): string | undefined
  nationalPrefixTransformRule(): string | undefined
  leadingDigits(): string | undefined
  hasTypes(): boolean
  type(name: string): LibraryType | undefined
}

// Every type getNumberType tries; the first that matches names the type, so any match makes the number valid.
const TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
]

function libraryPlan(selector: string): LibraryPlan {
  const metadata = new Metadata(metadataJson)
  metadata.selectNumberingPlan(selector as CountryCode)
  return metadata.numberingPlan as unknown as LibraryPlan
}

function compileTypes(plan: LibraryPlan): (RegExp | undefined)[] {
  const sources: string[][] = []
  if (!plan.hasTypes()) return []
  for (const name of TYPES) {
    const type = plan.type(name)
    const pattern = type?.pattern()
    if (type === undefined || !pattern) continue
    for (const length of type.possibleLengths()) (sources[length] ??= []).push(`(?:${pattern})`)
  }
  return Array.from(sources, (list) => (list === undefined ? undefined : new RegExp(`^(?:${list.join('|')})$`)))
}

const DIGITS_ONLY = /^\d+$/
const DIGIT_ALTERNATIVES = /^\d+(?:\|\d+)*$/

function compilePlan(selector: string): PhonePlan {
  const plan = libraryPlan(selector)
  const prefix = plan.nationalPrefixForParsing()
  const idd = plan.IDDPrefix()
  return {
    callingCode: plan.callingCode(),
    nationalNumber: new RegExp(`^(?:${plan.nationalNumberPattern()})$`),
    possibleLengths: plan.possibleLengths(),
    prefixForParsing: prefix ? new RegExp(`^(?:${prefix})`) : null,
    prefixLiterals: prefix && DIGIT_ALTERNATIVES.test(prefix) ? prefix.split('|') : null,
    prefixTransformRule: plan.nationalPrefixTransformRule() || null,
    iddPrefix: new RegExp(`^(?:${idd})`),
    iddLiteral: DIGITS_ONLY.test(idd) ? idd : null,
    hasTypes: plan.hasTypes(),
    typesByLength: compileTypes(plan),
    typeMemo: { number: '-', result: false },
    group: undefined,
  }
}

const countriesByCallingCode = new Map<string, readonly CountryCode[]>()
for (const [code, countries] of Object.entries(metadataJson.country_calling_codes)) {
  // Like Metadata.getCountryCodesForCallingCode: a lone 3-letter entry ('001') is not a country.
  if (countries.length !== 1 || countries[0]!.length !== 3) countriesByCallingCode.set(code, countries)
}
const nonGeographic = new Set(Object.keys(metadataJson.nonGeographic ?? {}))

const byCountry = new Map<string, PhonePlan>()
/** The plan of a country libphonenumber knows, or undefined. */
export function countryPlan(country: string): PhonePlan | undefined {
  let plan = byCountry.get(country)
  if (plan === undefined && Object.hasOwn(metadataJson.countries, country)) {
    plan = compilePlan(country)
    byCountry.set(country, plan)
  }
  return plan
}

// Calling codes are 1 to 3 digits: slot 1000 * length + value, so a lookup needs no substring.
const byCallingCode: (PhonePlan | null | undefined)[] = new Array<PhonePlan | null | undefined>(4000)
/**
 * The plan the library selects for the calling code spelt by the first `length` (1-3) digits of `digits`: its
 * main country's, or the non-geographic plan (+800...). Undefined when those digits are no calling code.
 */
export function callingCodePlanAt(digits: string, length: number): PhonePlan | undefined {
  let slot = 1000 * length
  let value = 0
  for (let i = 0; i < length; i++) value = value * 10 + digits.charCodeAt(i) - 48
  slot += value
  let plan = byCallingCode[slot]
  if (plan === undefined) {
    const code = digits.slice(0, length)
    const countries = countriesByCallingCode.get(code)
    plan = countries !== undefined ? countryPlan(countries[0]!)! : nonGeographic.has(code) ? compilePlan(code) : null
    byCallingCode[slot] = plan
  }
  return plan ?? undefined
}

/** A member's plan (every country of a calling code has one). */
export function memberPlan(member: CountryMember): PhonePlan {
  return (member.plan ??= countryPlan(member.country)!)
}

function compileGroup(countries: readonly CountryCode[]): CountryGroup {
  const steps: CountryStep[] = []
  const members: CountryMember[] = []
  let run: { member: CountryMember; leadingDigits: RegExp; source: string }[] = []
  const closeRun = (): void => {
    if (run.length === 0) return
    const anyOf = new RegExp(`^(?:${run.map((m) => `(?:${m.source})`).join('|')})`)
    steps.push({
      kind: 'leadingDigits',
      anyOf,
      members: run.map(({ member, leadingDigits }) => ({ member, leadingDigits })),
    })
    run = []
  }
  for (const country of countries) {
    const leading = libraryPlan(country).leadingDigits()
    const member: CountryMember = { country, plan: undefined }
    members.push(member)
    if (leading) {
      run.push({ member, leadingDigits: new RegExp(`^(?:${leading})`), source: leading })
    } else {
      closeRun()
      steps.push({ kind: 'types', member, plan: memberPlan(member) })
    }
  }
  closeRun()
  return { countries, members, steps }
}

const groups = new Map<string, CountryGroup | null>()
/** The countries sharing a plan's calling code; null for a non-geographic calling code (+800...). */
export function countryGroup(plan: PhonePlan): CountryGroup | null {
  if (plan.group !== undefined) return plan.group
  let group = groups.get(plan.callingCode)
  if (group === undefined) {
    const countries = countriesByCallingCode.get(plan.callingCode)
    group = countries === undefined ? null : compileGroup(countries)
    groups.set(plan.callingCode, group)
  }
  plan.group = group
  return group
}
