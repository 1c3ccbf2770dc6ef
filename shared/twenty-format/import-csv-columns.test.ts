import { describe, expect, it } from 'vitest'
import type { FieldTarget } from '../fields/targets'
import { fixtureModel, objectOf } from '../model/fixture-model.test-support'
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import type { WorkspaceModel } from '../model/workspace-model'
import { readCsv } from './read-csv.test-support'
import type { RecordDraft } from './assemble-record'
import { importCsvColumns, writeImportCsv } from './import-csv-columns'
import { MAX_RECORDS_PER_IMPORT_FILE } from './write-csv'

function pick(model: WorkspaceModel, object: string, paths: readonly string[]): FieldTarget[] {
  const targets = listTargets(objectOf(model, object), model)
  return paths.map((p) => {
    const t = findTarget(targets, p)
    if (t === undefined) throw new Error(`no target ${p}`)
    return t
  })
}

const fixture = fixtureModel()
const id = '0b9b0b1e-3d2c-4f5a-9e8d-7c6b5a493827'

describe('importCsvColumns: people', () => {
  const targets = pick(fixture, 'person', [
    'name',
    'emails.primaryEmail',
    'emails.additionalEmails',
    'phones',
    'linkedinLink.primaryLinkUrl',
    'jobTitle',
    'city',
    'company.domainName.primaryLinkUrl',
    'id',
    'newsletter',
    'interests',
    'birthday',
    'engagement',
    'tags',
  ])

  it('heads columns with exactly the labels Twenty offers, expanding whole-field targets', () => {
    expect(importCsvColumns(targets).map((c) => c.label)).toEqual([
      'Name / First Name',
      'Name / Last Name',
      'Emails / Primary Email',
      'Emails / Additional Emails',
      'Phones / Primary Phone Number',
      'Phones / Primary Phone Country Code',
      'Phones / Primary Phone Calling Code',
      'Linkedin / Link URL',
      'Job Title',
      'City',
      'Company / Domain Name / Link URL',
      'Id',
      'Newsletter',
      'Interests',
      'Birthday',
      'Engagement',
      'Tags',
    ])
  })

  it('writes the file Twenty imports: JSON lists, TRUE/FALSE, all three phone parts', () => {
    const ada: RecordDraft = {
      id,
      name: { firstName: 'Ada', lastName: 'Lovelace' },
      emails: { primaryEmail: 'ada@example.com', additionalEmails: ['ada@work.example'] },
      phones: { primaryPhoneNumber: '4159095555', primaryPhoneCountryCode: 'US', primaryPhoneCallingCode: '+1' },
      linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/ada' },
      jobTitle: 'Analyst, engines',
      company: { connect: { where: { domainName: { primaryLinkUrl: 'https://acme.com' } } } },
      newsletter: false,
      interests: ['PRODUCT', 'SUPPORT'],
      birthday: '1815-12-10',
      engagement: 'RATING_5',
      tags: ['vip', 'say "hi"'],
    }
    const bob: RecordDraft = { name: { firstName: 'Bob' }, newsletter: true, company: { connect: { where: { id } } } }
    const text = writeImportCsv(targets, [ada, bob])
    expect(text.split('\r\n').slice(1)).toEqual([
      `Ada,Lovelace,ada@example.com,"[""ada@work.example""]",4159095555,US,+1,https://linkedin.com/in/ada,"Analyst, engines",,https://acme.com,${id},FALSE,"[""PRODUCT"",""SUPPORT""]",1815-12-10,RATING_5,"[""vip"",""say \\""hi\\""""]"`,
      'Bob,,,,,,,,,,,,TRUE,,,,',
      '',
    ])
    expect(readCsv(text)[1]?.[16]).toBe('["vip","say \\"hi\\""]')
  })
})

describe('importCsvColumns: companies and opportunities', () => {
  it('heads the stock company columns as the contract example', () => {
    const targets = pick(DEFAULT_MODEL, 'company', [
      'name',
      'domainName.primaryLinkUrl',
      'employees',
      'annualRecurringRevenue.amountMicros',
      'address',
      'idealCustomerProfile',
      'accountOwner.id',
    ])
    expect(importCsvColumns(targets).map((c) => c.label)).toEqual([
      'Name',
      'Domain Name / Link URL',
      'Employees',
      'ARR / Amount',
      'ARR / Currency',
      'Address / Address 1',
      'Address / Address 2',
      'Address / City',
      'Address / State',
      'Address / Country',
      'Address / Post Code',
      'ICP',
      'Account Owner / Id',
    ])
    const draft: RecordDraft = {
      name: 'Müller GmbH',
      domainName: { primaryLinkUrl: 'https://mueller.de' },
      employees: 80,
      annualRecurringRevenue: { amountMicros: 1_234_560_000, currencyCode: 'EUR' },
      address: {
        addressStreet1: 'Hauptstr. 1',
        addressCity: 'Köln',
        addressPostcode: '50667',
        addressCountry: 'Germany',
      },
      idealCustomerProfile: true,
      accountOwner: { connect: { where: { id } } },
    }
    expect(readCsv(writeImportCsv(targets, [draft]))[1]).toEqual([
      'Müller GmbH',
      'https://mueller.de',
      '80',
      '1234.56',
      'EUR',
      'Hauptstr. 1',
      '',
      'Köln',
      '',
      'Germany',
      '50667',
      'TRUE',
      id,
    ])
  })

  it('writes raw JSON, dates and a relation by email', () => {
    const companyTargets = pick(fixture, 'company', ['erpData', 'customerSince'])
    expect(
      readCsv(writeImportCsv(companyTargets, [{ erpData: { erpId: 7, tags: ['a'] }, customerSince: '2024-02-29' }])),
    ).toEqual([
      ['ERP data', 'Customer since'],
      ['{"erpId":7,"tags":["a"]}', '2024-02-29'],
    ])
    const dealTargets = pick(fixture, 'opportunity', [
      'pointOfContact.emails.primaryEmail',
      'amount.amountMicros',
      'closeDate',
      'stage',
      'probability',
    ])
    const deal: RecordDraft = {
      pointOfContact: { connect: { where: { emails: { primaryEmail: 'ada@example.com' } } } },
      amount: { amountMicros: 5_000_000_000 },
      closeDate: '2025-03-01T09:30:00.000Z',
      stage: 'PROPOSAL',
      probability: 0.4,
    }
    expect(readCsv(writeImportCsv(dealTargets, [deal]))).toEqual([
      [
        'Point of Contact / Emails / Primary Email',
        'Amount / Amount',
        'Amount / Currency',
        'Close date',
        'Stage',
        'Probability',
      ],
      ['ada@example.com', '5000', '', '2025-03-01T09:30:00.000Z', 'PROPOSAL', '0.4'],
    ])
  })

  it('writes each column once however many targets fill it', () => {
    const targets = pick(fixture, 'person', [
      'phones.primaryPhoneCountryCode',
      'phones',
      'phones.primaryPhoneNumber',
      'company.id',
      'company.id',
    ])
    expect(importCsvColumns(targets).map((c) => c.label)).toEqual([
      'Phones / Primary Phone Country Code',
      'Phones / Primary Phone Number',
      'Phones / Primary Phone Calling Code',
      'Company / Id',
    ])
  })

  it('never writes a deletedAt column, since no target holds it', () => {
    const all = listTargets(objectOf(DEFAULT_MODEL, 'person'), DEFAULT_MODEL)
    expect(
      importCsvColumns(all)
        .map((c) => c.label)
        .filter((l) => /deleted|creat|updat|position/i.test(l)),
    ).toEqual([])
  })

  it('refuses more records than one Twenty import takes', () => {
    const targets = pick(fixture, 'person', ['jobTitle'])
    const drafts = Array.from({ length: MAX_RECORDS_PER_IMPORT_FILE + 1 }, () => ({ jobTitle: 'x' }))
    expect(() => writeImportCsv(targets, drafts)).toThrow(RangeError)
    expect(readCsv(writeImportCsv(targets, drafts.slice(1)))).toHaveLength(MAX_RECORDS_PER_IMPORT_FILE + 1)
  })
})
