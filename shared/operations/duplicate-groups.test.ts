import { describe, expect, it } from 'vitest'
import { comparableText, groupDuplicates, mergePlan, rowKey } from './duplicate-groups'

describe('duplicates by chosen columns', () => {
  const rows = [
    ['Ada', 'Lovelace', ''],
    ['Grace', 'Hopper', 'Navy'],
    ['ADA ', 'Lovelace', 'Analytical'],
    ['', '', 'x'],
    ['', '', 'y'],
    ['Adá', ' lovelace', ''],
  ]
  const key = (row: number) => rowKey([comparableText(rows[row]![0]!), comparableText(rows[row]![1]!)])

  it('groups rows equal after folding case, accents and spaces, skipping rows with every chosen cell empty', () => {
    expect(comparableText('  Ádà   LOVE\u00a0lace ')).toBe('ada love lace')
    expect(groupDuplicates([0, 1, 2, 3, 4, 5], key)).toEqual([{ keep: 0, drop: [2, 5] }])
  })

  it('merges a group: the kept row takes the first non-empty value it lacks', () => {
    const groups = groupDuplicates([0, 1, 2, 3, 4, 5], key)
    expect(mergePlan(groups, ['first', 'last', 'company'], (row, column) => rows[row]![column]!)).toEqual([
      { keep: 0, drop: [2, 5], take: { company: 2 } },
    ])
  })
})
