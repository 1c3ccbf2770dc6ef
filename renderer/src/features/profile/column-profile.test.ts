import { describe, expect, it } from 'vitest'
import { EditedTable } from '../../../../shared/operations/edited-table'
import { tableFromRows } from '../../../../shared/table/table-from-rows'
import { profileColumn } from './column-profile'

describe('profileColumn', () => {
  it('counts fill, distinct values and the top values, and says what the values look like', () => {
    const table = new EditedTable(tableFromRows(['Email'], [['a@x.io'], [''], ['a@x.io'], ['b@y.org'], ['  ']]))
    const profile = profileColumn(table, 'c0')
    expect(profile).toMatchObject({
      rows: 5,
      filled: 3,
      distinct: 2,
      top: [
        { value: 'a@x.io', count: 2 },
        { value: 'b@y.org', count: 1 },
      ],
    })
    expect(profile.looksLike).toEqual({ type: 'email', share: 1 })
  })

  it('follows edits and skips deleted rows', () => {
    const table = new EditedTable(tableFromRows(['City'], [['Paris'], ['Lyon'], ['Paris']]))
    table.apply({
      cells: [{ column: 'c0', rows: Uint32Array.from([1]), before: ['Lyon'], after: ['Paris'] }],
      deleted: Uint32Array.from([2]),
      added: [],
    })
    expect(profileColumn(table, 'c0')).toMatchObject({
      rows: 2,
      distinct: 1,
      top: [{ value: 'Paris', count: 2 }],
      looksLike: null,
    })
  })
})
