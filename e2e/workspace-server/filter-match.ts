// Turns a parsed filter into a row predicate for one object: resolves each path to a field, join column or
// composite subfield (unknown ones are a 400), reads the value for that type, and compares like SQL would
// (a comparison with a null column is false, except `is`).
import { COMPOSITE_TYPES, type SubfieldKind } from './composite-types'
import { fail, succeed, type Outcome } from './http-io'
import { valueAt } from './key-index'
import { formatValue, type FilterNode } from './record-filter'
import type { ServerObject } from './workspace-model'

export type RowPredicate = (row: Readonly<Record<string, unknown>>) => boolean

const SUBFIELD_SCALAR: Readonly<Record<SubfieldKind, string>> = {
  text: 'TEXT',
  integer: 'NUMERIC',
  number: 'NUMBER',
  uuid: 'UUID',
  json: 'RAW_JSON',
  'string-list': 'RAW_JSON',
  'link-list': 'RAW_JSON',
  'phone-list': 'RAW_JSON',
}

export function compileFilter(object: ServerObject, node: FilterNode): Outcome<RowPredicate> {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const predicates: RowPredicate[] = []
      for (const child of node.children) {
        const compiled = compileFilter(object, child)
        if (!compiled.ok) return compiled
        predicates.push(compiled.value)
      }
      return succeed(
        node.kind === 'and' ? (row) => predicates.every((p) => p(row)) : (row) => predicates.some((p) => p(row)),
      )
    }
    case 'not': {
      const compiled = compileFilter(object, node.child)
      return compiled.ok ? succeed((row) => !compiled.value(row)) : compiled
    }
    case 'leaf':
      return compileLeaf(object, node)
  }
}

function compileLeaf(object: ServerObject, leaf: Extract<FilterNode, { kind: 'leaf' }>): Outcome<RowPredicate> {
  const [name = '', subfield, ...rest] = leaf.path
  const type = typeOfPath(object, name, subfield ?? null)
  if (type === null || rest.length > 0) {
    return fail(400, `field '${leaf.path.join('.')}' does not exist in '${object.nameSingular}' object`)
  }
  const key = { field: name, subfield: subfield ?? null }
  const read = (row: Readonly<Record<string, unknown>>): unknown => valueAt(row, key)
  const { comparator, value } = leaf
  if (comparator === 'is') {
    if (value !== 'NULL' && value !== 'NOT_NULL')
      return fail(400, `'filter' invalid: is expects NULL or NOT_NULL, got '${value}'`)
    return succeed((row) => (read(row) === null || read(row) === undefined) === (value === 'NULL'))
  }
  if (comparator === 'in' || comparator === 'containsAny') {
    if (!value.startsWith('[') || !value.endsWith(']')) {
      const example = `field[${comparator}]:[value_1,value_2]`
      return fail(
        400,
        `'filter' invalid for '${comparator}' operator. Received '${value}' but array value expected eg: '${example}'`,
      )
    }
    const items = value
      .slice(1, -1)
      .split(',')
      .map((item) => formatValue(item, type))
    if (comparator === 'in') return succeed((row) => items.includes(read(row)))
    return succeed((row) => {
      const actual = read(row)
      return Array.isArray(actual) && actual.some((item) => items.includes(item))
    })
  }
  const expected = formatValue(value, type)
  const test = comparison(comparator, expected)
  return succeed((row) => {
    const actual = read(row)
    return actual !== null && actual !== undefined && test(actual)
  })
}

function comparison(comparator: string, expected: unknown): (actual: unknown) => boolean {
  const text = String(expected)
  switch (comparator) {
    case 'eq':
      return (actual) => actual === expected
    case 'neq':
      return (actual) => actual !== expected
    case 'gt':
      return (actual) => (actual as number) > (expected as number)
    case 'gte':
      return (actual) => (actual as number) >= (expected as number)
    case 'lt':
      return (actual) => (actual as number) < (expected as number)
    case 'lte':
      return (actual) => (actual as number) <= (expected as number)
    case 'startsWith':
      return (actual) => String(actual).startsWith(text)
    case 'endsWith':
      return (actual) => String(actual).endsWith(text)
    default: {
      const pattern = new RegExp(
        `^${text.split('%').map(escapeRegExp).join('.*')}$`,
        comparator === 'ilike' ? 'is' : 's',
      )
      return (actual) => pattern.test(String(actual))
    }
  }
}

function typeOfPath(object: ServerObject, name: string, subfield: string | null): string | null {
  if (object.joinColumns.has(name)) return subfield === null ? 'UUID' : null
  const field = object.fields.get(name)
  if (field === undefined || field.relation !== null) return null
  const composite = COMPOSITE_TYPES[field.type]
  if (composite === undefined) return subfield === null ? field.type : null
  const kind = subfield === null ? undefined : composite.subfields[subfield]
  return kind === undefined ? null : SUBFIELD_SCALAR[kind]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
