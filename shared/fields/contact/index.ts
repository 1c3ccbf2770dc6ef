// Normalisers for Twenty's contact and composite field kinds (emails, phones, links, domains, addresses, names),
// keyed by TargetKind, plus the country lookup and the keys the uniqueness checks compare by.
import type { VerdictReader } from '../cell-verdict'
import type { Normalizer } from '../column-context'
import { normalizeAddress, normalizeAddressCountry, normalizeAddressPart } from './address'
import { normalizeDomain } from './domain'
import { emailVerdict, normalizeEmail } from './email'
import { normalizeEmailList } from './email-list'
import { normalizeFullName, normalizeNamePart } from './full-name'
import { normalizeLink, normalizeLinkLabel } from './link'
import { normalizeLinkList } from './link-list'
import { normalizePhone, phoneVerdict } from './phone'
import { normalizePhoneCallingCode, normalizePhoneCountry } from './phone-codes'
import { normalizePhoneList } from './phone-list'

export { countryNameEn, countryToIso2 } from './countries'
export { canonicalDomainKey } from './domain'
export { normalizeEmailKey } from './email'
export { normalizeAddressCountry }

/** The target kinds this folder normalises. */
export type ContactKind =
  | 'email'
  | 'emailList'
  | 'phone'
  | 'phoneCountry'
  | 'phoneCallingCode'
  | 'phoneList'
  | 'link'
  | 'domain'
  | 'linkLabel'
  | 'linkList'
  | 'address'
  | 'addressPart'
  | 'fullName'
  | 'firstName'
  | 'lastName'

/**
 * The normaliser for each contact kind. `addressPart` is plain text for every ADDRESS subfield; for the
 * addressCountry subfield use `normalizeAddressCountry` instead, which writes countries as Twenty's country list
 * names them. Every normaliser returns EMPTY_RESULT for an empty or blank cell.
 */
export const contactNormalizers: { readonly [K in ContactKind]: Normalizer } = {
  email: normalizeEmail,
  emailList: normalizeEmailList,
  phone: normalizePhone,
  phoneCountry: normalizePhoneCountry,
  phoneCallingCode: normalizePhoneCallingCode,
  phoneList: normalizePhoneList,
  link: normalizeLink,
  domain: normalizeDomain,
  linkLabel: normalizeLinkLabel,
  linkList: normalizeLinkList,
  address: normalizeAddress,
  addressPart: normalizeAddressPart,
  fullName: normalizeFullName,
  firstName: normalizeNamePart,
  lastName: normalizeNamePart,
}

/** Verdict readers (cell-verdict.ts) for the kinds whose normalisers the bulk check calls most. */
export const contactVerdictReaders: { readonly [K in ContactKind]?: VerdictReader } = {
  phone: phoneVerdict,
  email: emailVerdict,
}
