import { describe, expect, it } from 'vitest'
import { formatValue, parseFilter } from './record-filter'

describe('parseFilter', () => {
  it('reads a leaf with a dotted path and keeps the list value whole', () => {
    expect(parseFilter('emails.primaryEmail[in]:["a@x.com","b@y.com"]')).toEqual({
      ok: true,
      value: { kind: 'leaf', path: ['emails', 'primaryEmail'], comparator: 'in', value: '["a@x.com","b@y.com"]' },
    })
  })

  it('wraps a bare list in and(), splitting only on top-level commas', () => {
    const parsed = parseFilter('city[in]:[Paris,Lyon],name.firstName[eq]:"Ada, Countess"')
    expect(parsed.ok && parsed.value).toEqual({
      kind: 'and',
      children: [
        { kind: 'leaf', path: ['city'], comparator: 'in', value: '[Paris,Lyon]' },
        { kind: 'leaf', path: ['name', 'firstName'], comparator: 'eq', value: '"Ada, Countess"' },
      ],
    })
  })

  it('nests or() and not() inside and()', () => {
    const parsed = parseFilter('and(or(a[eq]:1,b[eq]:2),not(c[is]:NULL))')
    expect(parsed.ok && parsed.value).toEqual({
      kind: 'and',
      children: [
        {
          kind: 'or',
          children: [
            { kind: 'leaf', path: ['a'], comparator: 'eq', value: '1' },
            { kind: 'leaf', path: ['b'], comparator: 'eq', value: '2' },
          ],
        },
        { kind: 'not', child: { kind: 'leaf', path: ['c'], comparator: 'is', value: 'NULL' } },
      ],
    })
  })

  it('does not mistake two sibling conjunctions for one', () => {
    const parsed = parseFilter('or(a[eq]:1),or(b[eq]:2)')
    expect(parsed.ok && parsed.value.kind).toBe('and')
  })

  it('refuses an unknown comparator and a predicate without one', () => {
    expect(parseFilter('city[near]:Paris').ok).toBe(false)
    expect(parseFilter('city:Paris').ok).toBe(false)
  })
})

describe('formatValue', () => {
  it('reads values by field type and strips one pair of quotes from text', () => {
    expect(formatValue('12.5', 'NUMBER')).toBe(12.5)
    expect(formatValue('12.5', 'NUMERIC')).toBe(12)
    expect(formatValue('TRUE', 'BOOLEAN')).toBe(true)
    expect(formatValue('"a@x.com"', 'TEXT')).toBe('a@x.com')
    expect(formatValue("'a'", 'TEXT')).toBe('a')
    expect(formatValue('""a""', 'TEXT')).toBe('"a"')
    expect(formatValue(' "a"', 'TEXT')).toBe(' "a"')
  })
})
