// The fast phone judge: libphonenumber-js's own parse/isValid/length steps for digit-only input, replayed on
// precompiled plans (phone-plans.ts) without its per-call allocations and RegExp compiles. Invariant: it returns
// exactly judgeWithLibrary's verdict, or null when it cannot be sure (phone-fast.test.ts holds it to that).
import type { CountryCode } from 'libphonenumber-js/core'
import { callingCodePlanAt, countryGroup, countryPlan, type PhonePlan } from './phone-plans'
import type { PhoneJudge, PhoneVerdict } from './phone-verdict'

/** A parsed number, or why the library's parse gives up (the error validatePhoneNumberLength returns). */
type Parsed = { readonly callingCode: string; readonly nationalNumber: string; readonly country: CountryCode | undefined } | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_COUNTRY'

type Length = 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH'

// The library's MIN_LENGTH_FOR_NSN and MAX_LENGTH_FOR_NSN.
const MIN_NSN = 2
const MAX_NSN = 17

/** checkNumberLength: the national number's length against the plan's sorted possible lengths. */
function checkLength(nationalNumber: string, plan: PhonePlan): Length {
  const lengths = plan.possibleLengths
  const length = nationalNumber.length
  if (lengths[0] === length) return 'IS_POSSIBLE'
  if (lengths[0]! > length) return 'TOO_SHORT'
  if (lengths[lengths.length - 1]! < length) return 'TOO_LONG'
  return lengths.indexOf(length, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH'
}

/** getNumberType(...) !== undefined: the national pattern and some number type's pattern match. */
function hasType(nationalNumber: string, plan: PhonePlan): boolean {
  const memo = plan.typeMemo
  if (memo.number === nationalNumber) return memo.result
  const result = plan.nationalNumber.test(nationalNumber) && (plan.typesByLength[nationalNumber.length]?.test(nationalNumber) ?? false)
  memo.number = nationalNumber
  memo.result = result
  return result
}

/** getCountryByCallingCode: the first country of the plan's calling code whose leading digits or types match. */
function countryFor(plan: PhonePlan, nationalNumber: string): CountryCode | undefined {
  const group = countryGroup(plan)
  if (group === null) return undefined
  if (group.countries.length === 1) return group.countries[0]
  for (const step of group.steps) {
    if (step.kind === 'types') {
      if (hasType(nationalNumber, step.plan)) return step.country
    } else if (nationalNumber !== '' && step.anyOf.test(nationalNumber)) {
      for (const member of step.members) if (member.leadingDigits.test(nationalNumber)) return member.country
    }
  }
  return undefined
}

/** extractNationalNumberFromPossiblyIncompleteNumber, national number only. */
function stripPrefix(number: string, plan: PhonePlan): string {
  if (number === '' || plan.prefixForParsing === null) return number
  const match = plan.prefixForParsing.exec(number)
  if (match === null) return number
  const groups = match.length - 1
  const captured = groups > 0 && Boolean(match[groups])
  if (plan.prefixTransformRule !== null && captured) return number.replace(plan.prefixForParsing, plan.prefixTransformRule)
  return number.slice(match[0].length)
}

/** extractNationalNumber: strips the national prefix unless the number reads better with it. */
function nationalNumberOf(number: string, plan: PhonePlan): string {
  const stripped = stripPrefix(number, plan)
  if (stripped === number) return number
  if (plan.nationalNumber.test(number) && !plan.nationalNumber.test(stripped)) return number
  const country = countryFor(plan, stripped)
  const length = checkLength(stripped, country === undefined ? plan : countryPlan(country)!)
  return length === 'TOO_SHORT' || length === 'INVALID_LENGTH' ? number : stripped
}

function finish(callingCode: string, nationalNumber: string, country: CountryCode | undefined): Parsed {
  if (nationalNumber.length < MIN_NSN) return 'TOO_SHORT'
  if (nationalNumber.length > MAX_NSN) return 'TOO_LONG'
  return { callingCode, nationalNumber, country }
}

/** The digits after a `+` (or after an IDD prefix): calling code, then the national number. */
function parseInternational(digits: string): Parsed {
  if (digits[0] === '0') return 'INVALID_COUNTRY'
  for (let end = 1; end <= 3 && end <= digits.length; end++) {
    const plan = callingCodePlanAt(digits, end)
    if (plan === undefined) continue
    const rest = digits.slice(end)
    if (rest === '') return 'TOO_SHORT'
    const nationalNumber = nationalNumberOf(rest, plan)
    return finish(plan.callingCode, nationalNumber, countryFor(plan, nationalNumber))
  }
  return 'INVALID_COUNTRY'
}

/** National digits read in a region: an IDD prefix, a calling code typed without `+`, or a national number. */
function parseNational(digits: string, region: CountryCode, plan: PhonePlan): Parsed {
  const idd = plan.iddPrefix.exec(digits)
  if (idd !== null) {
    const rest = digits.slice(idd[0].length)
    if (rest !== '' && rest !== digits && rest[0] !== '0') return parseInternational(rest)
  }
  const callingCode = plan.callingCode
  const full = nationalNumberOf(digits, plan)
  if (digits.startsWith(callingCode)) {
    const shorter = digits.slice(callingCode.length)
    const short = nationalNumberOf(shorter, plan)
    if ((!plan.nationalNumber.test(full) && plan.nationalNumber.test(short)) || checkLength(full, plan) === 'TOO_LONG') {
      if (shorter === '') return 'TOO_SHORT'
      const main = callingCodePlanAt(digits, callingCode.length)!
      const nationalNumber = nationalNumberOf(shorter, main)
      return finish(callingCode, nationalNumber, countryFor(main, nationalNumber))
    }
  }
  return finish(callingCode, full, countryFor(plan, full) ?? region)
}

function parse(input: string, international: boolean, region: CountryCode, plan: PhonePlan | undefined): Parsed {
  if (!international) return parseNational(input, region, plan!)
  // isViablePhoneNumber: a `+` needs at least three digits after it.
  return input.length < 4 ? 'TOO_SHORT' : parseInternational(input.slice(1))
}

function isValid(parsed: Exclude<Parsed, string>, plan: PhonePlan): boolean {
  return plan.hasTypes ? hasType(parsed.nationalNumber, plan) : plan.nationalNumber.test(parsed.nationalNumber)
}

function planOf(parsed: Exclude<Parsed, string>): PhonePlan {
  return parsed.country === undefined ? callingCodePlanAt(parsed.callingCode, parsed.callingCode.length)! : countryPlan(parsed.country)!
}

/**
 * Judges digits like judgeWithLibrary, from precompiled plans. Null (ask the library) for a region the library
 * does not know, and for national digits too long for their region that are a valid number with a `+` in front:
 * that suggestion is formatted by the library.
 */
export const judgeFast: PhoneJudge = (input, international, region): PhoneVerdict | null => judge(input, international, region, true)

/**
 * judgeFast for a caller that needs no suggestion: it also decides the too-long national digits that are valid
 * with a `+` in front (invalid, as the library says), with `withPlus` left null.
 */
export const judgeFastNoSuggestion: PhoneJudge = (input, international, region): PhoneVerdict | null => judge(input, international, region, false)

function judge(input: string, international: boolean, region: CountryCode | null, suggest: boolean): PhoneVerdict | null {
  const regionPlan = international || region === null ? undefined : countryPlan(region)
  if (!international && regionPlan === undefined) return null
  const parsed = parse(input, international, region!, regionPlan)
  let length: 'TOO_SHORT' | 'TOO_LONG' | null
  if (typeof parsed === 'string') {
    length = parsed === 'INVALID_COUNTRY' ? null : parsed
  } else {
    const plan = planOf(parsed)
    if (isValid(parsed, plan)) {
      if (parsed.country === undefined) return { kind: 'nonGeographic', callingCode: parsed.callingCode }
      return { kind: 'valid', nationalNumber: parsed.nationalNumber, country: parsed.country, callingCode: parsed.callingCode }
    }
    const checked = checkLength(parsed.nationalNumber, plan)
    length = checked === 'TOO_SHORT' || checked === 'TOO_LONG' ? checked : null
  }
  if (suggest && length === 'TOO_LONG' && !international) {
    const plus = parseInternational(input)
    if (typeof plus !== 'string' && plus.country !== undefined && isValid(plus, planOf(plus))) return null
  }
  return { kind: 'invalid', length, withPlus: null }
}
