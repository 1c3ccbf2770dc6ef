// The GraphQL query that reads a workspace's data model (contract 2.1), and how to step down to what an
// older server knows: `fieldsList` -> the `fields(paging)` connection, `relation` -> `relationDefinition` ->
// none, and any other optional attribute a server rejects (`Cannot query field "x"`) is left out.
import type { GraphqlError } from './workspace-errors'

export interface MetadataSelection {
  readonly fields: 'list' | 'connection'
  readonly relation: 'relation' | 'relationDefinition' | 'none'
  readonly indexes: boolean
  /** Optional attributes the server rejected. */
  readonly dropped: readonly string[]
}

export const FULL_SELECTION: MetadataSelection = { fields: 'list', relation: 'relation', indexes: true, dropped: [] }

const OBJECT_ATTRIBUTES = [
  'id',
  'nameSingular',
  'namePlural',
  'labelSingular',
  'labelPlural',
  'isCustom',
  'isActive',
  'isSystem',
]
const FIELD_ATTRIBUTES = [
  'id',
  'type',
  'name',
  'label',
  'isCustom',
  'isActive',
  'isSystem',
  'isNullable',
  'isUnique',
  'defaultValue',
  'options',
  'settings',
]
// Without these the response is no data model: a server rejecting one is not Twenty.
const REQUIRED = new Set(['objects', 'edges', 'node', 'nameSingular', 'namePlural', 'name', 'type'])

const RELATION_BLOCKS = {
  relation: 'relation { type targetObjectMetadata { nameSingular namePlural } }',
  relationDefinition: 'relationDefinition { direction targetObjectMetadata { nameSingular namePlural } }',
  none: '',
} as const

export function buildMetadataQuery(selection: MetadataSelection): string {
  const keep = (names: readonly string[]) => names.filter((n) => !selection.dropped.includes(n)).join(' ')
  const field = `${keep(FIELD_ATTRIBUTES)} ${RELATION_BLOCKS[selection.relation]}`.trim()
  const fields =
    selection.fields === 'list'
      ? `fieldsList { ${field} }`
      : `fields(paging: { first: 1000 }) { edges { node { ${field} } } }`
  const indexes = selection.indexes ? 'indexMetadataList { isUnique indexFieldMetadataList { fieldMetadataId } }' : ''
  return [
    'query ObjectMetadataItems {',
    '  objects(paging: { first: 1000 }) {',
    `    edges { node { ${keep(OBJECT_ATTRIBUTES)} ${indexes} ${fields} } }`,
    '    pageInfo { hasNextPage }',
    '  }',
    '}',
  ].join('\n')
}

const UNKNOWN_FIELD = /Cannot query field "(\w+)" on type "(\w+)"/g

/** The selection to retry with after the server rejected `selection`, or null when nothing can be left out. */
export function nextSelection(selection: MetadataSelection, errors: readonly GraphqlError[]): MetadataSelection | null {
  let next = selection
  for (const { message } of errors) {
    if (next.fields === 'list' && /fieldsList/.test(message)) {
      next = { ...next, fields: 'connection' }
      continue
    }
    for (const [, name = '', type = ''] of message.matchAll(UNKNOWN_FIELD)) next = without(next, name, type)
  }
  return next === selection ? null : next
}

function without(selection: MetadataSelection, name: string, type: string): MetadataSelection {
  if (name === 'relation' || name === 'relationDefinition' || /relation/i.test(type)) {
    const relation = name === 'relationDefinition' || selection.relation !== 'relation' ? 'none' : 'relationDefinition'
    return relation === selection.relation ? selection : { ...selection, relation }
  }
  if (name.startsWith('index') || /index/i.test(type))
    return selection.indexes ? { ...selection, indexes: false } : selection
  const optional = (OBJECT_ATTRIBUTES.includes(name) || FIELD_ATTRIBUTES.includes(name)) && !REQUIRED.has(name)
  if (!optional || selection.dropped.includes(name)) return selection
  return { ...selection, dropped: [...selection.dropped, name] }
}
