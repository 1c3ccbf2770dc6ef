// The duplicates search: cells of a mapped column compared as Twenty would store them, other columns as folded
// text; deleted rows left out; progress before each slice; a cancelled search gives no groups.
import { describe, expect, it } from 'vitest'
import { checkTable } from '../../../../shared/check/check-table'
import { DEFAULT_MODEL } from '../../../../shared/model/default-model'
import { findTarget, listTargets } from '../../../../shared/model/list-targets'
import { findObject } from '../../../../shared/model/workspace-model'
import { EditedTable } from '../../../../shared/operations/edited-table'
import { tableFromRows } from '../../../../shared/table/table-from-rows'
import { comparableReader, findDuplicateGroups } from './duplicate-search'

const targets = listTargets(findObject(DEFAULT_MODEL, 'companies')!, DEFAULT_MODEL)
const rows = [
  ['Acme', 'www.acme.com/'],
  ['ACME ', 'https://acme.com'],
  ['Globex', 'globex.com'],
  ['Ácme', ''],
  ['Initech', 'https://globex.com/'],
]
const source = tableFromRows(['Name', 'Domain'], rows)
const check = checkTable(
  source,
  [{ column: 1, name: 'Domain', target: findTarget(targets, 'domainName.primaryLinkUrl')! }],
  { settings: {} },
)
const everything = { slice: 1000, onProgress: () => {}, cancelled: () => false }

describe('duplicate search', () => {
  it('reads a mapped column as Twenty would store it, and the others without case, accents or extra spaces', () => {
    const table = new EditedTable(source)
    const domain = comparableReader(table, check, 'c1')
    expect(domain(0)).toBe(domain(1))
    expect(domain(2)).toBe(domain(4))
    expect(domain(0)).not.toBe(domain(2))
    expect(domain(3)).toBe('')
    const name = comparableReader(table, check, 'c0')
    expect([0, 1, 3].map(name)).toEqual(['acme', 'acme', 'acme'])
    // Without a check the domain is plain folded text: `www.acme.com/` and `https://acme.com` differ.
    const plain = comparableReader(table, null, 'c1')
    expect(plain(0)).not.toBe(plain(1))
  })

  it('groups rows by all chosen columns, keeping the first of each', async () => {
    const table = new EditedTable(source)
    expect(await findDuplicateGroups(table, [comparableReader(table, check, 'c1')], everything)).toEqual([
      { keep: 0, drop: [1] },
      { keep: 2, drop: [4] },
    ])
    expect(await findDuplicateGroups(table, [comparableReader(table, null, 'c0')], everything)).toEqual([
      { keep: 0, drop: [1, 3] },
    ])
    expect(
      await findDuplicateGroups(
        table,
        ['c0', 'c1'].map((id) => comparableReader(table, check, id)),
        everything,
      ),
    ).toEqual([{ keep: 0, drop: [1] }])
  })

  it('leaves deleted rows out', async () => {
    const table = new EditedTable(source)
    table.apply({ cells: [], deleted: Uint32Array.from([1]), added: [] })
    expect(await findDuplicateGroups(table, [comparableReader(table, check, 'c1')], everything)).toEqual([
      { keep: 2, drop: [4] },
    ])
  })

  it('reports progress before each slice and stops when cancelled', async () => {
    const table = new EditedTable(source)
    const seen: number[] = []
    const read = [comparableReader(table, check, 'c1')]
    expect(
      await findDuplicateGroups(table, read, { slice: 2, onProgress: (p) => seen.push(p), cancelled: () => false }),
    ).toHaveLength(2)
    expect(seen).toEqual([0, 40, 80])
    let asked = 0
    expect(
      await findDuplicateGroups(table, read, { slice: 2, onProgress: () => {}, cancelled: () => ++asked > 1 }),
    ).toBeNull()
    expect(asked).toBe(2)
  })
})
