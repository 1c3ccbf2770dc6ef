import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from './default-model'
import { importOrder, planImportOrder } from './import-order'
import type { FieldModel, ObjectModel, WorkspaceModel } from './workspace-model'

function relation(name: string, targetObject: string): FieldModel {
  return {
    name,
    label: name,
    type: 'RELATION',
    isNullable: true,
    isUnique: false,
    isSystem: false,
    isCustom: true,
    isActive: true,
    defaultValue: null,
    options: [],
    relation: { type: 'MANY_TO_ONE', targetObject, joinColumn: `${name}Id` },
    settings: {},
  }
}

function custom(name: string, ...fields: FieldModel[]): ObjectModel {
  return {
    nameSingular: name,
    namePlural: `${name}s`,
    labelSingular: name,
    labelPlural: `${name}s`,
    isCustom: true,
    fields,
  }
}

function withObjects(...objects: ObjectModel[]): WorkspaceModel {
  return { objects: [...DEFAULT_MODEL.objects, ...objects] }
}

function addField(model: WorkspaceModel, object: string, extra: FieldModel): WorkspaceModel {
  return { objects: model.objects.map((o) => (o.nameSingular === object ? { ...o, fields: [...o.fields, extra] } : o)) }
}

describe('importOrder', () => {
  it('puts the one side first: companies, then people, then opportunities', () => {
    expect(importOrder(DEFAULT_MODEL, ['opportunity', 'person', 'company'])).toEqual([
      'company',
      'person',
      'opportunity',
    ])
  })

  it('returns the names as given (plural or label)', () => {
    expect(importOrder(DEFAULT_MODEL, ['Opportunities', 'people', 'Companies'])).toEqual([
      'Companies',
      'people',
      'Opportunities',
    ])
  })

  it('orders custom objects by their relation graph, after the stock ones when free', () => {
    const model = withObjects(
      custom('lineItem', relation('invoice', 'invoice')),
      custom('invoice', relation('customer', 'company')),
      custom('tag'),
    )
    expect(importOrder(model, ['lineItem', 'tag', 'person', 'invoice', 'company'])).toEqual([
      'company',
      'person',
      'tag',
      'invoice',
      'lineItem',
    ])
  })

  it('puts a custom object before a stock object that points to it', () => {
    const model = addField(withObjects(custom('region')), 'person', relation('region', 'region'))
    expect(importOrder(model, ['person', 'region'])).toEqual(['region', 'person'])
  })

  it('ignores relations to objects not being imported', () => {
    expect(planImportOrder(DEFAULT_MODEL, ['opportunity', 'task'])).toEqual({
      order: ['opportunity', 'task'],
      deferred: [],
    })
  })

  it('breaks a cycle at the object Twenty would import first and defers its links', () => {
    const model = addField(DEFAULT_MODEL, 'company', relation('mainContact', 'person'))
    expect(planImportOrder(model, ['person', 'opportunity', 'company'])).toEqual({
      order: ['company', 'person', 'opportunity'],
      deferred: [{ object: 'company', field: 'mainContact', targetObject: 'person', reason: 'cycle' }],
    })
  })

  it('breaks a cycle between custom objects in the order given', () => {
    const model = withObjects(custom('a', relation('b', 'b')), custom('b', relation('a', 'a')))
    expect(planImportOrder(model, ['b', 'a'])).toEqual({
      order: ['b', 'a'],
      deferred: [{ object: 'b', field: 'a', targetObject: 'a', reason: 'cycle' }],
    })
  })

  it('defers self-relations without affecting the order', () => {
    const model = addField(DEFAULT_MODEL, 'company', relation('parentCompany', 'company'))
    expect(planImportOrder(model, ['person', 'company'])).toEqual({
      order: ['company', 'person'],
      deferred: [{ object: 'company', field: 'parentCompany', targetObject: 'company', reason: 'self' }],
    })
  })

  it('throws on a name that is not in the model', () => {
    expect(() => importOrder(DEFAULT_MODEL, ['company', 'unicorn'])).toThrow(
      'importOrder: no object named unicorn in the model',
    )
  })
})
