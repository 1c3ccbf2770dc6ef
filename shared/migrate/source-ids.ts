// Source system record ids: recognising them (a Salesforce 15- or 18-character id and its three-character key
// prefix, which tells an Account from a Contact in a polymorphic `WhoId`/`WhatId`), the one form a row is keyed
// by (an 18-character Salesforce id and its 15-character form name the same record), and the `;`-joined lists
// association columns hold. Pure.
import type { SourceSystem } from './migration-schema'

/** Salesforce key prefixes of the objects a CRM migration meets. */
export const SALESFORCE_PREFIXES: Readonly<Record<string, string>> = {
  '001': 'Account',
  '003': 'Contact',
  '005': 'User',
  '006': 'Opportunity',
  '00Q': 'Lead',
  '00T': 'Task',
  '00U': 'Event',
  '002': 'Note',
  '00k': 'OpportunityContactRole',
  '500': 'Case',
  '701': 'Campaign',
}

const ID_15 = /^[a-zA-Z0-9]{15}$/
const ID_18 = /^[a-zA-Z0-9]{18}$/
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'

/** The three checksum characters that make a 15-character (case-sensitive) Salesforce id an 18-character one. */
export function salesforceSuffix(id15: string): string {
  let suffix = ''
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0
    for (let i = 0; i < 5; i++) {
      const ch = id15[chunk * 5 + i]!
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i
    }
    suffix += SUFFIX_ALPHABET[bits]
  }
  return suffix
}

/** A Salesforce record id: 15 characters, or 18 whose last three are the checksum of the first 15. */
export function isSalesforceId(value: string): boolean {
  if (ID_15.test(value)) return /[0-9]/.test(value.slice(0, 3)) || value.slice(0, 3) in SALESFORCE_PREFIXES
  return ID_18.test(value) && salesforceSuffix(value.slice(0, 15)) === value.slice(15).toUpperCase()
}

/** The Salesforce object a record id belongs to, by its key prefix (`001` Account), or null. */
export function salesforceObjectOf(id: string): string | null {
  return SALESFORCE_PREFIXES[id.trim().slice(0, 3)] ?? null
}

/**
 * The key a source record id is known by: trimmed; a Salesforce id by its 15-character form (a report export
 * writes 15 characters, a data export 18, for the same record). Null for an empty value.
 */
export function sourceKeyOf(system: SourceSystem, raw: string): string | null {
  const value = raw.trim()
  if (value === '') return null
  if (system === 'salesforce' && ID_18.test(value) && isSalesforceId(value)) return value.slice(0, 15)
  return value
}

/** The values of an association cell: one, or several joined by `;` (HubSpot's `5100200300;5100200307`), in order. */
export function splitLinkValues(cell: string): string[] {
  const seen = new Set<string>()
  for (const part of cell.split(';')) {
    const value = part.trim()
    if (value !== '') seen.add(value)
  }
  return [...seen]
}

/** How a person or company name is compared when files link by name (Pipedrive): case, accents and spacing aside. */
export function nameKeyOf(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}
