import { describe, expect, it } from 'vitest'
import type { FieldTarget } from '../fields/targets'
import { fixtureModel, objectOf } from './fixture-model.test-support'
import { DEFAULT_MODEL } from './default-model'
import { findTarget, isImportableField, listTargets, missingRequiredFields } from './list-targets'
import type { FieldModel, ObjectModel, WorkspaceModel } from './workspace-model'

const fixture = fixtureModel()

function targetsOf(model: WorkspaceModel, name: string): FieldTarget[] {
  return listTargets(objectOf(model, name), model)
}

function labels(targets: readonly FieldTarget[]): string[] {
  return targets.map((t) => t.label)
}

function summary(targets: readonly FieldTarget[]): string[] {
  return targets.map((t) => `${t.path} | ${t.label} | ${t.kind}${t.relation ? ` -> ${t.relation.targetKind}` : ''}`)
}

function field(spec: Pick<FieldModel, 'name' | 'type'> & Partial<FieldModel>): FieldModel {
  return {
    label: spec.name,
    isNullable: true,
    isUnique: false,
    isSystem: false,
    isCustom: true,
    isActive: true,
    defaultValue: null,
    options: [],
    relation: null,
    settings: {},
    ...spec,
  }
}

function customObject(name: string, fields: FieldModel[]): ObjectModel {
  return {
    nameSingular: name,
    namePlural: `${name}s`,
    labelSingular: name,
    labelPlural: `${name}s`,
    isCustom: true,
    fields,
  }
}

describe('listTargets: people (sample workspace)', () => {
  const targets = targetsOf(fixture, 'person')

  it('offers every header of the contract 6.2 people example', () => {
    expect(labels(targets)).toEqual(
      expect.arrayContaining([
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
      ]),
    )
  })

  it('lists exactly these targets, in field order, whole-field targets first', () => {
    expect(summary(targets)).toEqual([
      'id | Id | uuid',
      'name | Name | fullName',
      'name.firstName | Name / First Name | firstName',
      'name.lastName | Name / Last Name | lastName',
      'emails.primaryEmail | Emails / Primary Email | email',
      'emails.additionalEmails | Emails / Additional Emails | emailList',
      'phones | Phones | phone',
      'phones.primaryPhoneNumber | Phones / Primary Phone Number | phone',
      'phones.primaryPhoneCountryCode | Phones / Primary Phone Country Code | phoneCountry',
      'phones.primaryPhoneCallingCode | Phones / Primary Phone Calling Code | phoneCallingCode',
      'phones.additionalPhones | Phones / Additional Phones | phoneList',
      'linkedinLink.primaryLinkUrl | Linkedin / Link URL | link',
      'linkedinLink.primaryLinkLabel | Linkedin / Link Label | linkLabel',
      'linkedinLink.secondaryLinks | Linkedin / Secondary Links | linkList',
      'jobTitle | Job Title | text',
      'city | City | text',
      'company.id | Company / Id | relation -> uuid',
      'company.domainName.primaryLinkUrl | Company / Domain Name / Link URL | relation -> domain',
      'birthday | Birthday | date',
      'newsletter | Newsletter | boolean',
      'segment | Segment | select',
      'interests | Interests | multiSelect',
      'engagement | Engagement | rating',
      'tags | Tags | array',
    ])
  })

  it('fills the relation target with the target object and its unique (sub)field', () => {
    const byDomain = findTarget(targets, 'company.domainName.primaryLinkUrl')!
    expect(byDomain.field.name).toBe('company')
    expect(byDomain.subfield).toBeNull()
    expect(byDomain.relation?.targetObject.nameSingular).toBe('company')
    expect(byDomain.relation?.targetField.name).toBe('domainName')
    expect(byDomain.relation?.targetSubfield).toBe('primaryLinkUrl')
    expect(findTarget(targets, 'company.id')?.relation).toMatchObject({ targetSubfield: null, targetKind: 'uuid' })
    expect(findTarget(targets, 'nope')).toBeUndefined()
  })

  it('never offers createdAt, and nothing is required in a stock people object', () => {
    expect(targets.some((t) => t.field.name === 'createdAt')).toBe(false)
    expect(targets.filter((t) => t.required)).toEqual([])
  })
})

describe('listTargets: companies', () => {
  it('offers every header of the contract 6.2 companies example (stock model)', () => {
    expect(labels(targetsOf(DEFAULT_MODEL, 'company'))).toEqual(
      expect.arrayContaining([
        'Name',
        'Domain Name / Link URL',
        'Employees',
        'ARR / Amount',
        'ARR / Currency',
        'Address / Address 1',
        'Address / City',
        'Address / Post Code',
        'Address / Country',
        'ICP',
        'Account Owner / Id',
      ]),
    )
  })

  it('types the sample workspace company targets', () => {
    expect(summary(targetsOf(fixture, 'company'))).toEqual([
      'id | Id | uuid',
      'name | Name | text',
      'domainName.primaryLinkUrl | Domain Name / Link URL | domain',
      'domainName.primaryLinkLabel | Domain Name / Link Label | linkLabel',
      'domainName.secondaryLinks | Domain Name / Secondary Links | linkList',
      'employees | Employees | number',
      'linkedinLink.primaryLinkUrl | Linkedin / Link URL | link',
      'linkedinLink.primaryLinkLabel | Linkedin / Link Label | linkLabel',
      'linkedinLink.secondaryLinks | Linkedin / Secondary Links | linkList',
      'annualRecurringRevenue | ARR | currency',
      'annualRecurringRevenue.amountMicros | ARR / Amount | currencyAmount',
      'annualRecurringRevenue.currencyCode | ARR / Currency | currencyCode',
      'address | Address | address',
      'address.addressStreet1 | Address / Address 1 | addressPart',
      'address.addressStreet2 | Address / Address 2 | addressPart',
      'address.addressCity | Address / City | addressPart',
      'address.addressState | Address / State | addressPart',
      'address.addressCountry | Address / Country | addressPart',
      'address.addressPostcode | Address / Post Code | addressPart',
      'idealCustomerProfile | ICP | boolean',
      'customerSince | Customer since | date',
      'erpData | ERP data | json',
    ])
  })

  it('links an account owner by id or by the member email (unique though system)', () => {
    expect(summary(targetsOf(DEFAULT_MODEL, 'company').filter((t) => t.field.name === 'accountOwner'))).toEqual([
      'accountOwner.id | Account Owner / Id | relation -> uuid',
      'accountOwner.userEmail | Account Owner / User Email | relation -> text',
    ])
  })
})

describe('listTargets: opportunities', () => {
  it('links the point of contact by id or primary email, the company by id or domain', () => {
    expect(summary(targetsOf(fixture, 'opportunity'))).toEqual([
      'id | Id | uuid',
      'name | Name | text',
      'amount | Amount | currency',
      'amount.amountMicros | Amount / Amount | currencyAmount',
      'amount.currencyCode | Amount / Currency | currencyCode',
      'closeDate | Close date | dateTime',
      'stage | Stage | select',
      'pointOfContact.id | Point of Contact / Id | relation -> uuid',
      'pointOfContact.emails.primaryEmail | Point of Contact / Emails / Primary Email | relation -> email',
      'company.id | Company / Id | relation -> uuid',
      'company.domainName.primaryLinkUrl | Company / Domain Name / Link URL | relation -> domain',
      'probability | Probability | number',
    ])
  })
})

describe('listTargets: what is left out, and required fields', () => {
  const skipped = [
    field({ name: 'createdAt', type: 'DATE_TIME' }),
    field({ name: 'updatedAt', type: 'DATE_TIME' }),
    field({ name: 'deletedAt', type: 'DATE_TIME' }),
    field({ name: 'position', type: 'POSITION' }),
    field({ name: 'searchVector', type: 'TS_VECTOR' }),
    field({ name: 'createdBy', type: 'ACTOR' }),
    field({ name: 'attachmentsFiles', type: 'FILES' }),
    field({ name: 'target', type: 'MORPH_RELATION' }),
    field({
      name: 'people',
      type: 'RELATION',
      relation: { type: 'ONE_TO_MANY', targetObject: 'person', joinColumn: '' },
    }),
    field({ name: 'avatarUrl', type: 'TEXT', isSystem: true }),
    field({ name: 'retired', type: 'TEXT', isActive: false }),
  ]

  it('skips system (but id), inactive, POSITION, TS_VECTOR, ACTOR, FILES, MORPH_RELATION, ONE_TO_MANY and timestamps', () => {
    const object = customObject('thing', [
      field({ name: 'id', type: 'UUID', isSystem: true, isNullable: false }),
      ...skipped,
      field({ name: 'kept', type: 'TEXT' }),
    ])
    expect(listTargets(object, { objects: [object] }).map((t) => t.path)).toEqual(['id', 'kept'])
    expect(skipped.map(isImportableField)).toEqual(skipped.map(() => false))
  })

  it('marks required the targets of a non-nullable field without default; any one of them satisfies it', () => {
    const object = customObject('ticket', [
      field({ name: 'id', type: 'UUID', isSystem: true, isNullable: false }),
      field({ name: 'subject', type: 'TEXT', isNullable: false }),
      field({
        name: 'priority',
        type: 'SELECT',
        isNullable: false,
        defaultValue: "'LOW'",
        options: [{ value: 'LOW', label: 'Low' }],
      }),
      field({ name: 'owner', type: 'FULL_NAME', isNullable: false }),
    ])
    const targets = listTargets(object, { objects: [object] })
    expect(targets.filter((t) => t.required).map((t) => t.path)).toEqual([
      'subject',
      'owner',
      'owner.firstName',
      'owner.lastName',
    ])
    expect(missingRequiredFields(targets, ['owner.lastName']).map((f) => f.name)).toEqual(['subject'])
    expect(missingRequiredFields(targets, ['subject', 'owner'])).toEqual([])
  })
})

describe('listTargets: rich text, legacy types, links variants and custom unique fields', () => {
  it('offers markdown only for RICH_TEXT_V2 bodies', () => {
    expect(summary(targetsOf(DEFAULT_MODEL, 'note'))).toEqual([
      'id | Id | uuid',
      'title | Title | text',
      'bodyV2.markdown | Body / Markdown | richText',
    ])
  })

  it('reads RICH_TEXT as the composite on new servers, as plain text on old ones', () => {
    const newer = customObject('memo', [field({ name: 'body', label: 'Body', type: 'RICH_TEXT' })])
    expect(summary(listTargets(newer, { objects: [newer] }))).toEqual(['body.markdown | Body / Markdown | richText'])
    const older = customObject('memo', [
      field({ name: 'body', label: 'Body', type: 'RICH_TEXT' }),
      field({ name: 'bodyV2', label: 'Body V2', type: 'RICH_TEXT_V2' }),
    ])
    expect(summary(listTargets(older, { objects: [older] }))).toEqual([
      'body | Body | text',
      'bodyV2.markdown | Body V2 / Markdown | richText',
    ])
    const textDefault = customObject('memo', [
      field({ name: 'body', label: 'Body', type: 'RICH_TEXT', defaultValue: "''" }),
    ])
    expect(summary(listTargets(textDefault, { objects: [textDefault] }))).toEqual(['body | Body | text'])
  })

  it('maps very old singular LINK, EMAIL and PHONE fields', () => {
    const old = customObject('lead', [
      field({ name: 'site', label: 'Site', type: 'LINK' }),
      field({ name: 'mail', label: 'Mail', type: 'EMAIL' }),
      field({ name: 'tel', label: 'Tel', type: 'PHONE' }),
    ])
    expect(summary(listTargets(old, { objects: [old] }))).toEqual([
      'site.url | Site | link',
      'mail | Mail | email',
      'tel | Tel | phone',
    ])
  })

  it('treats a LINKS field with the domain variant as a domain', () => {
    const vendor = customObject('vendor', [
      field({ name: 'website', label: 'Website', type: 'LINKS', settings: { type: 'domain' } }),
    ])
    expect(listTargets(vendor, { objects: [vendor] })[0]?.kind).toBe('domain')
  })

  it('links by a custom unique text field and a unique phone, and not to objects missing from the model', () => {
    const store = customObject('store', [
      field({ name: 'id', label: 'Id', type: 'UUID', isSystem: true, isUnique: true }),
      field({ name: 'storeCode', label: 'Store code', type: 'TEXT', isUnique: true }),
      field({ name: 'hotline', label: 'Hotline', type: 'PHONES', isUnique: true }),
      field({ name: 'manager', label: 'Manager', type: 'FULL_NAME', isUnique: true }),
    ])
    const order = customObject('order', [
      field({
        name: 'store',
        label: 'Store',
        type: 'RELATION',
        relation: { type: 'MANY_TO_ONE', targetObject: 'store', joinColumn: 'storeId' },
      }),
      field({
        name: 'ghost',
        label: 'Ghost',
        type: 'RELATION',
        relation: { type: 'MANY_TO_ONE', targetObject: 'ghost', joinColumn: 'ghostId' },
      }),
    ])
    expect(summary(listTargets(order, { objects: [store, order] }))).toEqual([
      'store.id | Store / Id | relation -> uuid',
      'store.storeCode | Store / Store code | relation -> text',
      'store.hotline.primaryPhoneNumber | Store / Hotline / Primary Phone Number | relation -> phone',
    ])
  })
})
