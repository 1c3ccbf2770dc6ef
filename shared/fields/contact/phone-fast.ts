// The fast phone judge: libphonenumber-js's own parse/isValid/length steps for digit-only input, replayed on
// precompiled plans (phone-plans.ts) without its per-call allocations and RegExp compiles. Invariant: it returns
// exactly judgeWithLibrary's verdict, or null when it cannot be sure (phone-fast.test.ts holds it to that), and
// judgeDigitsQuick is judgeFastNoSuggestion's verdict reduced to the national number (phone-quick.test.ts).
import type { CountryCode } from 'libphonenumber-js/core'
import {
  callingCodePlanAt,
  countryGroup,
  countryPlan,
  memberPlan,
  type CountryMember,
  type PhonePlan,
} from './phone-plans'
import type { PhoneJudge, PhoneVerdict } from './phone-verdict'

/** Why the library's parse gives up (the error validatePhoneNumberLength returns), or PARSED: see `parsed`. */
type Parsed = 'PARSED' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_COUNTRY'

/**
 * The last parse that gave PARSED (one object for all calls, so a parse allocates nothing): read it before the
 * next parse. `plan` is the plan the number is validated in: its country's, else its calling code's.
 */
const parsed: { callingCode: string; nationalNumber: string; country: CountryCode | undefined; plan: PhonePlan } = {
  callingCode: '',
  nationalNumber: '',
  country: undefined,
  plan: undefined as unknown as PhonePlan,
}

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
  // Both patterns must match; a length no type has needs neither test.
  const types = plan.typesByLength[nationalNumber.length]
  const result = types !== undefined && plan.nationalNumber.test(nationalNumber) && types.test(nationalNumber)
  memo.number = nationalNumber
  memo.result = result
  return result
}

/** getCountryByCallingCode: the first country of the plan's calling code whose leading digits or types match. */
function countryFor(plan: PhonePlan, nationalNumber: string): CountryMember | undefined {
  // The cached answers are read here: a call to another module costs more than the lookup under some loaders.
  const group = plan.group !== undefined ? plan.group : countryGroup(plan)
  if (group === null) return undefined
  if (group.members.length === 1) return group.members[0]
  const steps = group.steps
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!
    if (step.kind === 'types') {
      if (hasType(nationalNumber, step.plan)) return step.member
    } else if (nationalNumber !== '' && step.anyOf.test(nationalNumber)) {
      for (const { member, leadingDigits } of step.members) if (leadingDigits.test(nationalNumber)) return member
    }
  }
  return undefined
}

/** extractNationalNumberFromPossiblyIncompleteNumber, national number only. */
function stripPrefix(number: string, plan: PhonePlan): string {
  if (number === '' || plan.prefixForParsing === null) return number
  const literals = plan.prefixLiterals
  if (literals !== null) {
    for (let i = 0; i < literals.length; i++)
      if (number.startsWith(literals[i]!)) return number.slice(literals[i]!.length)
    return number
  }
  const match = plan.prefixForParsing.exec(number)
  if (match === null) return number
  const groups = match.length - 1
  const captured = groups > 0 && Boolean(match[groups])
  if (plan.prefixTransformRule !== null && captured)
    return number.replace(plan.prefixForParsing, plan.prefixTransformRule)
  return number.slice(match[0].length)
}

/** extractNationalNumber: strips the national prefix unless the number reads better with it. */
function nationalNumberOf(number: string, plan: PhonePlan): string {
  const stripped = stripPrefix(number, plan)
  if (stripped === number) return number
  if (plan.nationalNumber.test(number) && !plan.nationalNumber.test(stripped)) return number
  const member = countryFor(plan, stripped)
  const length = checkLength(stripped, member === undefined ? plan : (member.plan ?? memberPlan(member)))
  return length === 'TOO_SHORT' || length === 'INVALID_LENGTH' ? number : stripped
}

/** Fills `parsed`: the country is the member's, else `country` (validated in `plan`, which has no member then). */
function finish(
  callingCode: string,
  nationalNumber: string,
  member: CountryMember | undefined,
  country: CountryCode | undefined,
  plan: PhonePlan,
): Parsed {
  if (nationalNumber.length < MIN_NSN) return 'TOO_SHORT'
  if (nationalNumber.length > MAX_NSN) return 'TOO_LONG'
  parsed.callingCode = callingCode
  parsed.nationalNumber = nationalNumber
  if (member === undefined) {
    parsed.country = country
    parsed.plan = plan
  } else {
    parsed.country = member.country
    parsed.plan = member.plan ?? memberPlan(member)
  }
  return 'PARSED'
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
    // No country: the number is validated in the calling code's plan (the library selects it by the code).
    return finish(plan.callingCode, nationalNumber, countryFor(plan, nationalNumber), undefined, plan)
  }
  return 'INVALID_COUNTRY'
}

/** National digits read in a region: an IDD prefix, a calling code typed without `+`, or a national number. */
function parseNational(digits: string, region: CountryCode, plan: PhonePlan): Parsed {
  const iddLength = iddPrefixLength(digits, plan)
  if (iddLength >= 0) {
    const rest = digits.slice(iddLength)
    if (rest !== '' && rest !== digits && rest[0] !== '0') return parseInternational(rest)
  }
  const callingCode = plan.callingCode
  const full = nationalNumberOf(digits, plan)
  if (digits.startsWith(callingCode)) {
    const shorter = digits.slice(callingCode.length)
    const short = nationalNumberOf(shorter, plan)
    if (
      (!plan.nationalNumber.test(full) && plan.nationalNumber.test(short)) ||
      checkLength(full, plan) === 'TOO_LONG'
    ) {
      if (shorter === '') return 'TOO_SHORT'
      const main = callingCodePlanAt(digits, callingCode.length)!
      const nationalNumber = nationalNumberOf(shorter, main)
      return finish(callingCode, nationalNumber, countryFor(main, nationalNumber), undefined, main)
    }
  }
  // No country of the calling code matches: the number is the region's.
  return finish(callingCode, full, countryFor(plan, full), region, plan)
}

/** The length of the IDD prefix `digits` start with (what `iddPrefix.exec` matches), or -1. */
function iddPrefixLength(digits: string, plan: PhonePlan): number {
  const literal = plan.iddLiteral
  if (literal !== null) return digits.startsWith(literal) ? literal.length : -1
  const idd = plan.iddPrefix.exec(digits)
  return idd === null ? -1 : idd[0].length
}

/** Parses digits (after the `+` when international) into `parsed`. */
function parse(digits: string, international: boolean, region: CountryCode, plan: PhonePlan | undefined): Parsed {
  if (!international) return parseNational(digits, region, plan!)
  // isViablePhoneNumber: a `+` needs at least three digits after it.
  return digits.length < 3 ? 'TOO_SHORT' : parseInternational(digits)
}

function isValid(nationalNumber: string, plan: PhonePlan): boolean {
  return plan.hasTypes ? hasType(nationalNumber, plan) : plan.nationalNumber.test(nationalNumber)
}

/**
 * Judges digits like judgeWithLibrary, from precompiled plans. Null (ask the library) for a region the library
 * does not know, and for national digits too long for their region that are a valid number with a `+` in front:
 * that suggestion is formatted by the library.
 */
export const judgeFast: PhoneJudge = (input, international, region): PhoneVerdict | null =>
  judge(input, international, region, true)

/**
 * judgeFast for a caller that needs no suggestion: it also decides the too-long national digits that are valid
 * with a `+` in front (invalid, as the library says), with `withPlus` left null.
 */
export const judgeFastNoSuggestion: PhoneJudge = (input, international, region): PhoneVerdict | null =>
  judge(input, international, region, false)

function judge(
  input: string,
  international: boolean,
  region: CountryCode | null,
  suggest: boolean,
): PhoneVerdict | null {
  const regionPlan = international || region === null ? undefined : countryPlan(region)
  if (!international && regionPlan === undefined) return null
  const result = parse(international ? input.slice(1) : input, international, region!, regionPlan)
  let length: 'TOO_SHORT' | 'TOO_LONG' | null
  if (result !== 'PARSED') {
    length = result === 'INVALID_COUNTRY' ? null : result
  } else {
    const { callingCode, nationalNumber, country, plan } = parsed
    if (isValid(nationalNumber, plan)) {
      if (country === undefined) return { kind: 'nonGeographic', callingCode }
      return { kind: 'valid', nationalNumber, country, callingCode }
    }
    const checked = checkLength(nationalNumber, plan)
    length = checked === 'TOO_SHORT' || checked === 'TOO_LONG' ? checked : null
  }
  if (suggest && length === 'TOO_LONG' && !international) {
    if (
      parseInternational(input) === 'PARSED' &&
      parsed.country !== undefined &&
      isValid(parsed.nationalNumber, parsed.plan)
    )
      return null
  }
  return { kind: 'invalid', length, withPlus: null }
}

/**
 * judgeFastNoSuggestion reduced to what the bulk check needs, without allocating: the national number of a valid
 * number of some country, INVALID_NUMBER ('') for every other verdict, or null when judgeFastNoSuggestion gives
 * none. `digits` are the digits after the `+` when `international`, else national digits read in `region`.
 */
export function judgeDigitsQuick(digits: string, international: boolean, region: CountryCode | null): string | null {
  const regionPlan = international || region === null ? undefined : countryPlan(region)
  if (!international && regionPlan === undefined) return null
  if (parse(digits, international, region!, regionPlan) !== 'PARSED') return INVALID_NUMBER
  const { nationalNumber, country, plan } = parsed
  return country !== undefined && isValid(nationalNumber, plan) ? nationalNumber : INVALID_NUMBER
}

/** judgeDigitsQuick's answer for an invalid number (a national number has at least two digits). */
export const INVALID_NUMBER = ''
