import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { findObject, type ObjectModel } from '../model/workspace-model'
import { toApiRecord } from './to-api-record'

const person = findObject(DEFAULT_MODEL, 'person')!
const id = '0b9b0b1e-3d2c-4f5a-9e8d-7c6b5a493827'
const memberId = '5f0c8e8e-1b1a-4c2d-8e3f-9a8b7c6d5e4f'

describe('toApiRecord', () => {
  it('never sends deletedAt, timestamps, createdBy/updatedBy, position or searchVector, even without a model', () => {
    const draft = {
      jobTitle: 'CTO',
      deletedAt: '2025-01-01T00:00:00.000Z',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      createdBy: { source: 'IMPORT' },
      updatedBy: { source: 'IMPORT' },
      position: 3,
      searchVector: 'x',
    }
    expect(toApiRecord(draft)).toEqual({ jobTitle: 'CTO' })
    expect(toApiRecord(draft, { object: person })).toEqual({ jobTitle: 'CTO' })
  })

  it('drops keys that are not importable fields of the object when it is given', () => {
    expect(toApiRecord({ jobTitle: 'CTO', avatarUrl: 'x', shoeSize: 44 }, { object: person })).toEqual({
      jobTitle: 'CTO',
    })
    expect(toApiRecord({ jobTitle: 'CTO', shoeSize: 44 })).toEqual({ jobTitle: 'CTO', shoeSize: 44 })
  })

  it('turns a connect on id alone into the join column, with or without the model', () => {
    const draft = { company: { connect: { where: { id } } } }
    expect(toApiRecord(draft)).toEqual({ companyId: id })
    expect(toApiRecord(draft, { object: person })).toEqual({ companyId: id })
  })

  it('uses the join column of the model, which may not be <name>Id', () => {
    const deal: ObjectModel = {
      ...findObject(DEFAULT_MODEL, 'opportunity')!,
      fields: findObject(DEFAULT_MODEL, 'opportunity')!.fields.map((f) =>
        f.name === 'company'
          ? { ...f, relation: { type: 'MANY_TO_ONE' as const, targetObject: 'company', joinColumn: 'accountRef' } }
          : f,
      ),
    }
    expect(toApiRecord({ company: { connect: { where: { id } } } }, { object: deal })).toEqual({ accountRef: id })
  })

  it('keeps other connects nested unless an id is known, and adds known ids of relations not in the draft', () => {
    const draft = { company: { connect: { where: { domainName: { primaryLinkUrl: 'https://acme.com' } } } } }
    expect(toApiRecord(draft, { object: person })).toEqual(draft)
    expect(toApiRecord(draft, { object: person, relationIds: new Map([['company', id]]) })).toEqual({ companyId: id })
    const company = findObject(DEFAULT_MODEL, 'company')!
    expect(
      toApiRecord(
        { name: 'Acme' },
        {
          object: company,
          relationIds: new Map([
            ['accountOwner', memberId],
            ['people', id],
          ]),
        },
      ),
    ).toEqual({
      name: 'Acme',
      accountOwnerId: memberId,
    })
  })

  it('leaves a composite that merely looks like a connect alone when the field is not a relation', () => {
    const draft = { tags: ['a'], erpData: { connect: { where: { id } } } }
    const custom: ObjectModel = {
      nameSingular: 'thing',
      namePlural: 'things',
      labelSingular: 'Thing',
      labelPlural: 'Things',
      isCustom: true,
      fields: [
        {
          name: 'tags',
          label: 'Tags',
          type: 'ARRAY',
          isNullable: true,
          isUnique: false,
          isSystem: false,
          isCustom: true,
          isActive: true,
          defaultValue: null,
          options: [],
          relation: null,
          settings: {},
        },
        {
          name: 'erpData',
          label: 'ERP',
          type: 'RAW_JSON',
          isNullable: true,
          isUnique: false,
          isSystem: false,
          isCustom: true,
          isActive: true,
          defaultValue: null,
          options: [],
          relation: null,
          settings: {},
        },
      ],
    }
    expect(toApiRecord(draft, { object: custom })).toEqual(draft)
  })
})
