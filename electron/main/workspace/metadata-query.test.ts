import { describe, expect, it } from 'vitest'
import { buildMetadataQuery, FULL_SELECTION, nextSelection } from './metadata-query'

const rejected = (...names: string[]) =>
  names.map((name) => ({ message: `Cannot query field "${name}" on type "Field".` }))

describe('the data-model query', () => {
  it('asks current servers for fieldsList, relations, uniqueness and unique indexes', () => {
    const query = buildMetadataQuery(FULL_SELECTION)
    expect(query).toMatch(/objects\(paging: \{ first: 1000 \}\)/)
    expect(query).toMatch(/fieldsList \{ id type name label .*isUnique .*relation \{ type targetObjectMetadata/)
    expect(query).toContain('indexMetadataList { isUnique indexFieldMetadataList { fieldMetadataId } }')
    expect(query).toContain('pageInfo { hasNextPage }')
  })

  it('steps down one rejected part at a time and stops when nothing is left to drop', () => {
    const connection = nextSelection(FULL_SELECTION, [{ message: 'Unknown field fieldsList on type Object' }])
    expect(connection).toEqual({ ...FULL_SELECTION, fields: 'connection' })
    expect(buildMetadataQuery(connection!)).toContain('fields(paging: { first: 1000 }) { edges { node { id type name')
    const legacy = nextSelection(connection!, rejected('relation', 'settings'))
    expect(legacy).toEqual({ ...connection, relation: 'relationDefinition', dropped: ['settings'] })
    expect(nextSelection(legacy!, rejected('relationDefinition'))).toMatchObject({ relation: 'none' })
    expect(
      nextSelection(legacy!, [{ message: 'Cannot query field "indexMetadataList" on type "Object".' }]),
    ).toMatchObject({ indexes: false })
    expect(nextSelection(legacy!, rejected('settings'))).toBeNull()
    expect(nextSelection(legacy!, rejected('name'))).toBeNull()
    expect(nextSelection(legacy!, [{ message: 'Token invalid.' }])).toBeNull()
    expect(nextSelection(connection!, [{ message: 'Cannot query field "fieldsList" on type "Object".' }])).toBeNull()
  })
})
