// Resolves a batch's relations against the rows stored before it: a join id must name an existing target
// row (a foreign key: soft-deleted rows count), a connect must find exactly one live target row by a
// unique key, and one batch must connect a given relation through the same unique key in every record.
import { fail, succeed, type Outcome } from './http-io'
import { indexRows } from './key-index'
import type { RecordInput } from './record-input'
import type { RecordStore } from './record-store'
import type { ServerObject } from './workspace-model'

export function resolveRelations(
  object: ServerObject,
  inputs: readonly RecordInput[],
  store: RecordStore,
): Outcome<Record<string, unknown>[]> {
  const keyPerRelation = new Map<string, string>()
  for (const { connects } of inputs) {
    for (const { relation, key } of connects) {
      const first = keyPerRelation.get(relation.name)
      if (first !== undefined && first !== key.fullPath) {
        const message = `All records must connect "${relation.name}" through the same unique field (found ${first} and ${key.fullPath})`
        return fail(400, message)
      }
      keyPerRelation.set(relation.name, key.fullPath)
    }
  }
  const indexes = new Map<string, Map<unknown, string[]>>()
  const resolved: Record<string, unknown>[] = []
  for (const input of inputs) {
    const values = { ...input.values }
    for (const [joinColumn, relation] of object.joinColumns) {
      const id = values[joinColumn]
      const target = relation.relation
      if (typeof id !== 'string' || target === null) continue
      if (!store.rows(target.targetPlural).has(id)) {
        const constraint = `${joinColumn} ${id} is not a ${target.targetSingular}`
        return fail(
          400,
          `insert or update on table "${object.nameSingular}" violates foreign key constraint: ${constraint}`,
        )
      }
    }
    for (const { relation, key, value } of input.connects) {
      const target = relation.relation
      if (target === null) continue
      const indexName = `${target.targetPlural}:${key.fullPath}`
      let index = indexes.get(indexName)
      if (index === undefined) {
        index = indexRows(store.rows(target.targetPlural), key, (row) => row['deletedAt'] === null)
        indexes.set(indexName, index)
      }
      const found = index.get(value) ?? []
      if (found.length !== 1) {
        return fail(
          400,
          `Expected 1 record to connect to ${target.targetSingular}, but found ${found.length} for ${key.column} = ${String(value)}`,
          'CONNECT_RECORD_NOT_FOUND',
        )
      }
      values[target.joinColumn] = found[0]
    }
    resolved.push(values)
  }
  return succeed(resolved)
}
