// POST /metadata: answers Twenty's `objects` query with the model it was given. The request's selection picks
// the fields shape: `fieldsList` (current servers) and/or `fields(paging...) { edges { node } }` (older ones);
// nodes are returned whole, not projected. Any other operation gets a GraphQL error body.
import { isPlainObject } from './http-io'
import type { ServerModel, ServerObject } from './workspace-model'

export interface GraphqlReply {
  readonly status: number
  readonly body: unknown
}

export function answerMetadataQuery(
  model: ServerModel,
  request: unknown,
  fieldsSupport: 'both' | 'connection-only',
): GraphqlReply {
  const query = isPlainObject(request) ? request['query'] : undefined
  if (typeof query !== 'string') return { status: 400, body: graphqlError('Must provide query string.', 'BAD_REQUEST') }
  if (!/\bobjects\s*[({]/.test(query) || /^\s*mutation\b/.test(query)) {
    const rootField = /\{\s*(\w+)/.exec(query)?.[1] ?? '?'
    return {
      status: 200,
      body: graphqlError(`Cannot query field "${rootField}" on type "Query".`, 'GRAPHQL_VALIDATION_FAILED'),
    }
  }
  const wantsList = /\bfieldsList\b/.test(query)
  const wantsConnection = /\bfields\s*[({]/.test(query)
  if (wantsList && fieldsSupport === 'connection-only') {
    return {
      status: 200,
      body: graphqlError(
        'Cannot query field "fieldsList" on type "Object". Did you mean "fields"?',
        'GRAPHQL_VALIDATION_FAILED',
      ),
    }
  }
  const edges = [...model.values()].map((object) => ({ node: objectNode(object, wantsList, wantsConnection) }))
  const pageInfo = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }
  return { status: 200, body: { data: { objects: { edges, pageInfo } } } }
}

function objectNode(object: ServerObject, withList: boolean, withConnection: boolean): Record<string, unknown> {
  const node: Record<string, unknown> = { ...structuredClone(object.rawNode) }
  if (withList) node['fieldsList'] = structuredClone(object.rawFields)
  if (withConnection) {
    node['fields'] = {
      edges: object.rawFields.map((field) => ({ node: structuredClone(field) })),
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    }
  }
  return node
}

function graphqlError(message: string, code: string): unknown {
  return { errors: [{ message, extensions: { code } }] }
}
