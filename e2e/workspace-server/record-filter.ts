// The REST `filter` grammar of contract section 5: `field[comparator]:value`, dotted subfields, and(...),
// or(...), not(...); a bare list is an and(). Values are read as Twenty reads them: `in` splits on every
// comma and strips one pair of quotes per item; NUMBER parses as float, NUMERIC as int, BOOLEAN as "true".
import { fail, succeed, type Outcome } from './http-io'

export const COMPARATORS = [
  'eq',
  'neq',
  'in',
  'containsAny',
  'is',
  'gt',
  'gte',
  'lt',
  'lte',
  'startsWith',
  'endsWith',
  'like',
  'ilike',
] as const
export type Comparator = (typeof COMPARATORS)[number]

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly children: readonly FilterNode[] }
  | { readonly kind: 'not'; readonly child: FilterNode }
  | { readonly kind: 'leaf'; readonly path: readonly string[]; readonly comparator: Comparator; readonly value: string }

export function parseFilter(text: string): Outcome<FilterNode> {
  const trimmed = text.trim()
  const conjunction = /^(and|or|not)\(/.exec(trimmed)
  if (conjunction && closingParenthesis(trimmed, conjunction[0].length - 1) === trimmed.length - 1) {
    const kind = conjunction[1] as 'and' | 'or' | 'not'
    const parts = splitTopLevel(trimmed.slice(conjunction[0].length, -1))
    const children: FilterNode[] = []
    for (const part of parts) {
      const child = parseFilter(part)
      if (!child.ok) return child
      children.push(child.value)
    }
    if (kind !== 'not') return succeed({ kind, children })
    const [only] = children
    return children.length === 1 && only
      ? succeed({ kind, child: only })
      : fail(400, `'filter' invalid: not() takes one predicate`)
  }
  const parts = splitTopLevel(trimmed)
  if (parts.length > 1) return parseFilter(`and(${trimmed})`)
  return parseLeaf(trimmed)
}

function parseLeaf(text: string): Outcome<FilterNode> {
  const match = /^([^[]+)\[([^\]]+)\]:(.+)$/s.exec(text)
  if (match === null) return fail(400, `'filter' invalid for '${text}'. eg: price[gte]:10`)
  const [, fields = '', comparator = '', value = ''] = match
  if (!(COMPARATORS as readonly string[]).includes(comparator)) {
    return fail(400, `'filter' invalid for '${text}', comparator ${comparator} not in ${COMPARATORS.join(', ')}`)
  }
  return succeed({ kind: 'leaf', path: fields.split('.'), comparator: comparator as Comparator, value })
}

/** Index of the parenthesis closing the one at `open`, or -1; brackets and quotes hide parentheses. */
function closingParenthesis(text: string, open: number): number {
  let depth = 0
  let quoted = false
  for (let i = open; i < text.length; i++) {
    const c = text[i]
    if (c === '"') quoted = !quoted
    if (quoted) continue
    if (c === '(') depth++
    if (c === ')' && --depth === 0) return i
  }
  return -1
}

/** Splits on commas outside parentheses, [lists] and quotes (Twenty's parseFilterContent). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let inBrackets = false
  let inDouble = false
  let inSingle = false
  let current = ''
  for (const c of text) {
    if (c === '(') depth++
    if (c === ')') depth--
    if (c === '[' || c === ']') inBrackets = !inBrackets
    if (c === '"') inDouble = !inDouble
    if (c === "'") inSingle = !inSingle
    if (c === ',' && depth === 0 && !inBrackets && !inDouble && !inSingle) {
      parts.push(current)
      current = ''
      continue
    }
    current += c
  }
  parts.push(current)
  return parts
}

/** One item as Twenty's formatFieldValue reads it for a field of `type`. */
export function formatValue(raw: string, type: string): unknown {
  switch (type) {
    case 'NUMERIC':
      return parseInt(raw)
    case 'NUMBER':
    case 'POSITION':
      return parseFloat(raw)
    case 'BOOLEAN':
      return raw.toLowerCase() === 'true'
  }
  const quoted = /^["'].*["']$/s.test(raw) && raw.length >= 2
  return quoted ? raw.slice(1, -1) : raw
}

export function mentionsField(node: FilterNode, field: string): boolean {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.children.some((child) => mentionsField(child, field))
    case 'not':
      return mentionsField(node.child, field)
    case 'leaf':
      return node.path[0] === field
  }
}
