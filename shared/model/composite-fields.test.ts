import { describe, expect, it } from 'vitest'
import { COMPOSITE_SUBFIELDS, compositeTypeOf, isDomainLinks, subfieldLabel, subfieldSpec } from './composite-fields'
import type { FieldModel, WorkspaceModel } from './workspace-model'

function field(spec: Pick<FieldModel, 'name' | 'type'> & Partial<FieldModel>): FieldModel {
  return {
    label: spec.name,
    isNullable: true,
    isUnique: false,
    isSystem: false,
    isCustom: false,
    isActive: true,
    defaultValue: null,
    options: [],
    relation: null,
    settings: {},
    ...spec,
  }
}

const modelWith = (...fields: FieldModel[]): WorkspaceModel => ({
  objects: [{ nameSingular: 'x', namePlural: 'xs', labelSingular: 'X', labelPlural: 'Xs', isCustom: true, fields }],
})

describe('composite subfields', () => {
  it('labels subfields as Twenty import headers do', () => {
    expect(subfieldLabel('ADDRESS', 'addressPostcode')).toBe('Post Code')
    expect(subfieldLabel('RICH_TEXT_V2', 'markdown')).toBe('Markdown')
    expect(subfieldLabel('TEXT', 'whatever')).toBe('whatever')
    expect(subfieldSpec('EMAILS', 'primaryEmail')).toMatchObject({
      kind: 'email',
      uniqueMember: true,
      importable: true,
    })
    expect(subfieldSpec('ADDRESS', 'addressLat')).toMatchObject({ kind: null, importable: false })
    expect(subfieldSpec('CURRENCY', 'toString')).toBeUndefined()
  })

  it('never makes lat/lng or blocknote importable', () => {
    const notImportable = Object.entries(COMPOSITE_SUBFIELDS).flatMap(([type, specs]) =>
      specs.filter((s) => !s.importable).map((s) => `${type}.${s.name}`),
    )
    expect(notImportable).toEqual(['ADDRESS.addressLat', 'ADDRESS.addressLng', 'RICH_TEXT.blocknote'])
  })

  it('tells composite RICH_TEXT from legacy text', () => {
    const body = field({ name: 'body', type: 'RICH_TEXT' })
    expect(compositeTypeOf(body, modelWith(body))).toBe('RICH_TEXT')
    expect(compositeTypeOf(body, modelWith(body, field({ name: 'bodyV2', type: 'RICH_TEXT_V2' })))).toBeNull()
    expect(compositeTypeOf(field({ name: 'b', type: 'RICH_TEXT', defaultValue: "''" }), modelWith())).toBeNull()
    expect(compositeTypeOf(field({ name: 'n', type: 'TEXT' }), modelWith())).toBeNull()
  })

  it('finds domain links by variant or as the stock company.domainName', () => {
    expect(isDomainLinks(field({ name: 'domainName', type: 'LINKS' }), 'company')).toBe(true)
    expect(isDomainLinks(field({ name: 'domainName', type: 'LINKS' }), 'person')).toBe(false)
    expect(isDomainLinks(field({ name: 'site', type: 'LINKS', settings: { type: 'domain' } }), 'vendor')).toBe(true)
    expect(isDomainLinks(field({ name: 'site', type: 'LINKS', settings: { type: 'url' } }), 'vendor')).toBe(false)
  })
})
