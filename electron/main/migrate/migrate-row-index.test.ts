import { describe, expect, it } from 'vitest'
import { LinkIndex } from '../../../shared/migrate/link-index'
import type { SourceSystem } from '../../../shared/migrate/migration-schema'
import { AMBIGUOUS, MISSING, RowIndex } from './migrate-row-index'

/** LinkIndex's answer as a number, the way RowIndex gives it. */
function linkIndexLookup(index: LinkIndex, by: 'key' | 'name', value: string): number {
  const found = index.find(by, value)
  return found.kind === 'found' ? found.row : found.kind === 'missing' ? MISSING : AMBIGUOUS
}

describe('RowIndex', () => {
  const cases: { system: SourceSystem; rows: [string, string][]; values: string[] }[] = [
    {
      system: 'salesforce',
      // An 18-character id and its 15-character form name one record; a key two rows share is ambiguous.
      rows: [
        ['001000000000001AAA', 'Acme'],
        ['001000000000002', ' Globex  Corp '],
        ['001000000000002', 'Initech'],
        ['', 'Émile Zola'],
        ['001000000000003', ''],
      ],
      values: [
        '001000000000001',
        '001000000000001AAA',
        '001000000000002',
        ' 001000000000003 ',
        '001000000000009',
        '',
        'acme',
        'GLOBEX corp',
        'Emile Zola',
        'emile  zola',
        'Initech',
        'nobody',
        '  ',
      ],
    },
    {
      system: 'hubspot',
      rows: [
        ['5100000001', 'Deal'],
        ['5100000002', 'Deal'],
        [' 5100000003 ', 'Other'],
        ['5100000001', ''],
      ],
      values: ['5100000001', '5100000002', '5100000003', '5100000004', 'deal', 'other', ''],
    },
  ]

  it('answers every lookup as LinkIndex does, by key and by name', () => {
    for (const { system, rows, values } of cases) {
      const reference = new LinkIndex(system)
      rows.forEach(([key, name], row) => reference.add(row, key, name))
      const index = new RowIndex(
        system,
        rows.length,
        (row) => rows[row]![0],
        (row) => rows[row]![1],
      )
      for (const by of ['key', 'name'] as const) {
        for (const value of values)
          expect([by, value, index.lookup(by, value)]).toEqual([by, value, linkIndexLookup(reference, by, value)])
      }
    }
  })

  it('finds nothing in a column the file does not have', () => {
    const index = new RowIndex('other', 2, null, null)
    expect([index.lookup('key', '1'), index.lookup('name', 'Acme')]).toEqual([MISSING, MISSING])
  })

  it('reads each name cell once and normalises names only when a lookup by name comes', () => {
    const read: number[] = []
    const index = new RowIndex(
      'pipedrive',
      3,
      (row) => String(row + 1),
      (row) => (read.push(row), ['Ada', 'Grace', 'ada'][row]!),
    )
    expect(read).toEqual([0, 1, 2])
    expect(index.lookup('key', '2')).toBe(1)
    expect([index.lookup('name', 'GRACE'), index.lookup('name', 'Ada')]).toEqual([1, AMBIGUOUS])
    expect(read).toEqual([0, 1, 2])
  })
})
