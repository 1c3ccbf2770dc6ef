import { describe, expect, it } from 'vitest'
import { fixtureResponse, objectOf } from './fixture-model.test-support'
import { MetadataError, parseWorkspaceMetadata } from './parse-metadata'
import { WorkspaceModelSchema, type FieldModel, type WorkspaceModel } from './workspace-model'

type Node = Record<string, unknown> & { fieldsList: Record<string, unknown>[] }

function nodes(): Node[] {
  return fixtureResponse().data.objects.edges.map((e) => e.node)
}

function graphql(objects: Node[]): unknown {
  return { data: { objects: { edges: objects.map((node) => ({ node })), pageInfo: { hasNextPage: false } } } }
}

/** The older GraphQL shape: fields(paging) as a connection instead of fieldsList. */
function withFieldEdges(node: Node): Record<string, unknown> {
  const { fieldsList, ...rest } = node
  return { ...rest, fields: { edges: fieldsList.map((f) => ({ node: f })) } }
}

function fieldOf(model: WorkspaceModel, object: string, name: string): FieldModel {
  const found = objectOf(model, object).fields.find((f) => f.name === name)
  if (found === undefined) throw new Error(`no field ${object}.${name}`)
  return found
}

function errorOf(json: unknown): string {
  try {
    parseWorkspaceMetadata(json)
  } catch (error) {
    expect(error).toBeInstanceOf(MetadataError)
    return (error as Error).message
  }
  throw new Error('expected a MetadataError')
}

const reference = parseWorkspaceMetadata(fixtureResponse())

describe('parseWorkspaceMetadata: the sample GraphQL response (fieldsList)', () => {
  it('reads every object and field, with no warnings', () => {
    expect(reference.warnings).toEqual([])
    expect(reference.model.objects.map((o) => [o.nameSingular, o.namePlural, o.labelPlural])).toEqual([
      ['person', 'people', 'People'],
      ['company', 'companies', 'Companies'],
      ['opportunity', 'opportunities', 'Opportunities'],
    ])
    expect(objectOf(reference.model, 'person').fields.map((f) => f.name)).toEqual([
      'id',
      'name',
      'emails',
      'phones',
      'linkedinLink',
      'jobTitle',
      'city',
      'company',
      'createdAt',
      'birthday',
      'newsletter',
      'segment',
      'interests',
      'engagement',
      'tags',
    ])
    expect(WorkspaceModelSchema.parse(reference.model)).toEqual(reference.model)
  })

  it('keeps uniqueness, defaults, options and settings, with lenient defaults for nulls', () => {
    const m = reference.model
    expect(fieldOf(m, 'person', 'emails')).toMatchObject({
      type: 'EMAILS',
      isUnique: true,
      settings: { maxNumberOfValues: 1 },
    })
    expect(fieldOf(m, 'company', 'domainName').isUnique).toBe(true)
    expect(fieldOf(m, 'person', 'jobTitle')).toMatchObject({
      isUnique: false,
      options: [],
      settings: {},
      defaultValue: null,
    })
    expect(fieldOf(m, 'company', 'idealCustomerProfile').defaultValue).toBe(false)
    const stage = fieldOf(m, 'opportunity', 'stage')
    expect(stage.defaultValue).toBe("'NEW'")
    expect(stage.options).toEqual([
      { value: 'NEW', label: 'New' },
      { value: 'SCREENING', label: 'Screening' },
      { value: 'MEETING', label: 'Meeting' },
      { value: 'PROPOSAL', label: 'Proposal' },
      { value: 'CUSTOMER', label: 'Customer' },
    ])
  })

  it('reads relations with their join column', () => {
    expect(fieldOf(reference.model, 'person', 'company').relation).toEqual({
      type: 'MANY_TO_ONE',
      targetObject: 'company',
      joinColumn: 'companyId',
    })
    expect(fieldOf(reference.model, 'opportunity', 'pointOfContact').relation).toEqual({
      type: 'MANY_TO_ONE',
      targetObject: 'person',
      joinColumn: 'pointOfContactId',
    })
  })
})

describe('parseWorkspaceMetadata: other response shapes give the same model', () => {
  it('older GraphQL servers: fields as a connection', () => {
    const parsed = parseWorkspaceMetadata(graphql(nodes().map(withFieldEdges) as Node[]))
    expect(parsed).toEqual(reference)
  })

  it('REST /rest/metadata/objects: edges stripped, pageInfo and totalCount hoisted', () => {
    const rest = { data: { objects: nodes() }, pageInfo: { hasNextPage: false }, totalCount: 3 }
    expect(parseWorkspaceMetadata(rest)).toEqual(reference)
  })

  it('REST from older versions: objects array with fields still as a connection', () => {
    expect(parseWorkspaceMetadata({ data: { objects: nodes().map(withFieldEdges) } })).toEqual(reference)
  })

  it('newest REST controllers ({ data: [...] }) and a bare { objects: [...] }', () => {
    expect(parseWorkspaceMetadata({ data: nodes(), totalCount: 3 })).toEqual(reference)
    expect(parseWorkspaceMetadata({ objects: nodes() })).toEqual(reference)
  })
})

describe('parseWorkspaceMetadata: leniency and older attributes', () => {
  it('without isUnique anywhere (REST default selection), assumes stock uniqueness and says so', () => {
    const stripped = nodes().map((n) => ({ ...n, fieldsList: n.fieldsList.map(({ isUnique: _drop, ...f }) => f) }))
    const parsed = parseWorkspaceMetadata({ data: { objects: stripped } })
    expect(fieldOf(parsed.model, 'person', 'emails').isUnique).toBe(true)
    expect(fieldOf(parsed.model, 'company', 'domainName').isUnique).toBe(true)
    expect(fieldOf(parsed.model, 'person', 'id').isUnique).toBe(true)
    expect(fieldOf(parsed.model, 'person', 'jobTitle').isUnique).toBe(false)
    expect(parsed.warnings).toEqual([
      "The response does not say which fields are unique (no isUnique); assumed stock Twenty's: person.emails, company.domainName.",
    ])
  })

  it('reads pre-0.50 relationDefinition and falls back to <name>Id for the join column', () => {
    const list = nodes()
    const company = list[0]!.fieldsList.find((f) => f['name'] === 'company')!
    delete company['relation']
    company['settings'] = null
    company['relationDefinition'] = { direction: 'MANY_TO_ONE', targetObjectMetadata: { nameSingular: 'company' } }
    const parsed = parseWorkspaceMetadata(graphql(list))
    expect(fieldOf(parsed.model, 'person', 'company').relation).toEqual({
      type: 'MANY_TO_ONE',
      targetObject: 'company',
      joinColumn: 'companyId',
    })
  })

  it('takes the join column from settings.joinColumnName', () => {
    const list = nodes()
    const poc = list[2]!.fieldsList.find((f) => f['name'] === 'pointOfContact')!
    poc['settings'] = { relationType: 'MANY_TO_ONE', joinColumnName: 'contactRef' }
    expect(
      fieldOf(parseWorkspaceMetadata(graphql(list)).model, 'opportunity', 'pointOfContact').relation?.joinColumn,
    ).toBe('contactRef')
  })

  it('marks a field unique from a unique index over that field alone, not from a multi-field index', () => {
    const list = nodes()
    const person = list[0]!
    person['indexMetadataList'] = [
      {
        isUnique: true,
        indexFieldMetadataList: [{ fieldMetadataId: 'f0000000-0000-4000-8000-000000000021', order: 0 }],
      },
      {
        isUnique: true,
        indexFieldMetadataList: [
          { fieldMetadataId: 'f0000000-0000-4000-8000-000000000022', order: 0 },
          { fieldMetadataId: 'f0000000-0000-4000-8000-000000000001', order: 1 },
        ],
      },
      {
        isUnique: false,
        indexFieldMetadataList: [{ fieldMetadataId: 'f0000000-0000-4000-8000-000000000002', order: 0 }],
      },
    ]
    const model = parseWorkspaceMetadata(graphql(list)).model
    expect(['jobTitle', 'city', 'birthday', 'newsletter'].map((n) => fieldOf(model, 'person', n).isUnique)).toEqual([
      true,
      false,
      false,
      false,
    ])
  })

  it('reads older index connections (indexMetadatas / indexFieldMetadatas)', () => {
    const list = nodes()
    list[0]!['indexMetadatas'] = {
      edges: [
        {
          node: {
            isUnique: true,
            indexFieldMetadatas: { edges: [{ node: { fieldMetadataId: 'f0000000-0000-4000-8000-000000000022' } }] },
          },
        },
      ],
    }
    expect(fieldOf(parseWorkspaceMetadata(graphql(list)).model, 'person', 'city').isUnique).toBe(true)
  })

  it('keeps inactive fields marked, drops inactive objects', () => {
    const list = nodes()
    list[0]!.fieldsList.find((f) => f['name'] === 'city')!['isActive'] = false
    list[2]!['isActive'] = false
    const model = parseWorkspaceMetadata(graphql(list)).model
    expect(fieldOf(model, 'person', 'city').isActive).toBe(false)
    expect(model.objects.map((o) => o.nameSingular)).toEqual(['person', 'company'])
  })

  it('defaults missing labels and flags to names and safe values', () => {
    const parsed = parseWorkspaceMetadata({
      objects: [{ nameSingular: 'invoice', namePlural: 'invoices', fieldsList: [{ name: 'ref', type: 'TEXT' }] }],
    })
    const invoice = objectOf(parsed.model, 'invoice')
    expect(invoice).toMatchObject({ labelSingular: 'invoice', labelPlural: 'invoices', isCustom: false })
    expect(invoice.fields.map((f) => f.name)).toEqual(['id', 'ref'])
    expect(invoice.fields[1]).toEqual({
      name: 'ref',
      label: 'ref',
      type: 'TEXT',
      isNullable: true,
      isUnique: false,
      isSystem: false,
      isCustom: false,
      isActive: true,
      defaultValue: null,
      options: [],
      relation: null,
      settings: {},
    })
  })
})

describe('parseWorkspaceMetadata: warnings name what was left out', () => {
  it('leaves out an unknown field type', () => {
    const list = nodes()
    list[0]!.fieldsList.push({ name: 'hologram', type: 'HOLOGRAM', label: 'Hologram' })
    const parsed = parseWorkspaceMetadata(graphql(list))
    expect(objectOf(parsed.model, 'person').fields.some((f) => f.name === 'hologram')).toBe(false)
    expect(parsed.warnings).toEqual(['Field person.hologram: field type HOLOGRAM is not known to Preflight; left out.'])
  })

  it('leaves out a relation without a target or with an unsupported type', () => {
    const list = nodes()
    list[1]!.fieldsList.push({ name: 'parent', type: 'RELATION', label: 'Parent' })
    list[1]!.fieldsList.push({
      name: 'twin',
      type: 'RELATION',
      relation: { type: 'ONE_TO_ONE', targetObjectMetadata: { nameSingular: 'company' } },
    })
    const parsed = parseWorkspaceMetadata(graphql(list))
    expect(parsed.warnings).toEqual([
      'Field company.parent: relation without a target (no relation or relationDefinition in the response); left out.',
      'Field company.twin: relation type ONE_TO_ONE is not supported; left out.',
    ])
  })

  it('warns about relations to objects the response lacks, and about a partial page', () => {
    const list = nodes().filter((n) => n['nameSingular'] !== 'company')
    const json = { data: { objects: { edges: list.map((node) => ({ node })), pageInfo: { hasNextPage: true } } } }
    expect(parseWorkspaceMetadata(json).warnings).toEqual([
      'The response holds only the first page of objects (hasNextPage); objects on later pages are missing.',
      'Field person.company: relates to company, which the response does not include; it cannot be linked.',
      'Field opportunity.company: relates to company, which the response does not include; it cannot be linked.',
    ])
  })
})

describe('parseWorkspaceMetadata: invalid responses throw MetadataError saying where', () => {
  it('rejects what is not metadata at all', () => {
    expect(errorOf(null)).toBe('Metadata response: expected a JSON object, got object.')
    expect(errorOf([])).toBe('Metadata response: expected a JSON object, got an array.')
    expect(errorOf('<html>')).toBe('Metadata response: expected a JSON object, got string.')
    expect(errorOf({ data: { workspace: {} } })).toMatch(/no objects found/)
    expect(errorOf({ data: { objects: 'x' } })).toMatch(/objects: expected an array, or a connection/)
  })

  it('passes on the server errors of GraphQL and REST bodies', () => {
    expect(errorOf({ errors: [{ message: 'Forbidden resource' }], data: null })).toBe(
      'The server answered with an error: Forbidden resource',
    )
    expect(errorOf({ statusCode: 403, error: 'Forbidden', messages: ['Forbidden resource'] })).toBe(
      'The server answered with an error: Forbidden resource',
    )
  })

  it('names the object when an object attribute is wrong', () => {
    const list = nodes()
    delete list[1]!['namePlural']
    expect(errorOf(graphql(list))).toMatch(/^Object company: namePlural: /)
    const unnamed = nodes()
    delete unnamed[2]!['nameSingular']
    expect(errorOf(graphql(unnamed))).toMatch(/^Object \[2\]: nameSingular: /)
  })

  it('names the object and field when a field attribute is wrong', () => {
    const list = nodes()
    list[1]!.fieldsList.find((f) => f['name'] === 'domainName')!['isUnique'] = 'yes'
    expect(errorOf(graphql(list))).toMatch(/^Field company\.domainName: isUnique: .*boolean/)
    const noType = nodes()
    delete noType[0]!.fieldsList[2]!['type']
    expect(errorOf(graphql(noType))).toMatch(/^Field person\.emails: type: /)
    const noName = nodes()
    delete noName[0]!.fieldsList[3]!['name']
    expect(errorOf(graphql(noName))).toMatch(/^Field person\.fields\[3\]: name: /)
    const badRelation = nodes()
    badRelation[2]!.fieldsList.find((f) => f['name'] === 'company')!['relation'] = {
      type: 'MANY_TO_ONE',
      targetObjectMetadata: {},
    }
    expect(errorOf(graphql(badRelation))).toMatch(
      /^Field opportunity\.company: relation\.targetObjectMetadata\.nameSingular: /,
    )
  })

  it('refuses an object without fields, saying how to ask for them', () => {
    const list = nodes()
    delete (list[0] as Record<string, unknown>)['fieldsList']
    expect(errorOf(graphql(list))).toBe(
      'Object person: no fields in the response (ask for fieldsList, or fields(paging: { first: 1000 })).',
    )
  })
})
