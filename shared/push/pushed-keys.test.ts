import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { findObject } from '../model/workspace-model'
import type { JsonValue } from '../fields/cell-result'
import type { ObjectModel } from '../model/workspace-model'
import { toApiRecord } from '../twenty-format/to-api-record'
import { PushedKeys } from './pushed-keys'

const company = findObject(DEFAULT_MODEL, 'company')!
const person = findObject(DEFAULT_MODEL, 'person')!
const opportunity = findObject(DEFAULT_MODEL, 'opportunity')!
const ID_A = '0b9a4c1e-6f0e-4b5a-9d3c-000000000001'
const ID_B = '0b9a4c1e-6f0e-4b5a-9d3c-000000000002'
const byDomain = (url: string) => ({ connect: { where: { domainName: { primaryLinkUrl: url } } } })

/** A draft sent as the push sends it: the relations PushedKeys knows go by id. */
function sent(keys: PushedKeys, object: ObjectModel, draft: Record<string, JsonValue>) {
  const relationIds = keys.relationIds(object, draft)
  return { record: toApiRecord(draft, { object, relationIds }), linked: relationIds.size }
}

describe('PushedKeys', () => {
  it('sends a relation to a landed record as its join column, and leaves other connects alone', () => {
    const keys = new PushedKeys(DEFAULT_MODEL)
    keys.add(company, { name: 'Acme', domainName: { primaryLinkUrl: 'https://acme.com' } }, ID_A)
    const linked = sent(keys, person, { jobTitle: 'CTO', company: byDomain('https://acme.com') })
    expect(linked).toEqual({ record: { jobTitle: 'CTO', companyId: ID_A }, linked: 1 })
    const elsewhere = { company: byDomain('https://globex.io') }
    expect(sent(keys, person, elsewhere)).toEqual({ record: elsewhere, linked: 0 })
  })

  it('links by email to a person and by domain to a company in one record', () => {
    const keys = new PushedKeys(DEFAULT_MODEL)
    keys.add(company, { domainName: { primaryLinkUrl: 'https://acme.com' } }, ID_A)
    keys.add(person, { emails: { primaryEmail: 'ada@acme.com' } }, ID_B)
    const { record, linked } = sent(keys, opportunity, {
      name: 'Pilot',
      company: byDomain('https://acme.com'),
      pointOfContact: { connect: { where: { emails: { primaryEmail: 'ada@acme.com' } } } },
    })
    expect(linked).toBe(2)
    expect(record).toEqual({ name: 'Pilot', companyId: ID_A, pointOfContactId: ID_B })
  })

  it('never guesses: a key two landed records share keeps its connect', () => {
    const keys = new PushedKeys(DEFAULT_MODEL)
    keys.add(company, { domainName: { primaryLinkUrl: 'https://acme.com' } }, ID_A)
    keys.add(company, { domainName: { primaryLinkUrl: 'https://acme.com' } }, ID_B)
    const record = { company: byDomain('https://acme.com') }
    expect(sent(keys, person, record)).toEqual({ record, linked: 0 })
    // The same record landing twice (a resumed push) is still one record.
    const again = new PushedKeys(DEFAULT_MODEL)
    again.add(company, { domainName: { primaryLinkUrl: 'https://acme.com' } }, ID_A)
    again.add(company, { domainName: { primaryLinkUrl: 'https://acme.com' } }, ID_A)
    expect(sent(again, person, record).linked).toBe(1)
  })

  it('does not match a value of another field or another object', () => {
    const keys = new PushedKeys(DEFAULT_MODEL)
    keys.add(person, { emails: { primaryEmail: 'https://acme.com' } }, ID_A)
    expect(sent(keys, person, { company: byDomain('https://acme.com') }).linked).toBe(0)
  })
})
