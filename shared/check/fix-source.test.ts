import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import { computeChange } from '../operations/compute-change'
import { EditedTable } from '../operations/edited-table'
import { tableFromRows } from '../table/table-from-rows'
import { checkTable } from './check-table'
import { fixSourceFromCheck } from './fix-source'

const targets = listTargets(findObject(DEFAULT_MODEL, 'people')!, DEFAULT_MODEL)

describe('fixSourceFromCheck', () => {
  it('applies a code’s suggestion on the rows the check found, reading each cell as it is now', () => {
    const table = tableFromRows(['Phone'], [['+1 415 555 0100'], ['n/a'], ['-'], ['n/a']])
    const check = checkTable(
      table,
      [{ column: 0, name: 'Phone', target: findTarget(targets, 'phones.primaryPhoneNumber')! }],
      { settings: { defaultCountry: 'US' } },
    )
    const edited = new EditedTable(table)
    const fixes = fixSourceFromCheck(check, edited)
    expect([...(fixes.rowsWith!('c0', 'PHONE_INVALID') ?? [])]).toEqual([1, 2, 3])
    // Row 3 was fixed by hand since the check: it gets no suggestion.
    edited.apply({
      cells: [{ column: 'c0', rows: Uint32Array.from([3]), before: ['n/a'], after: '+1 415 555 0101'.split('|') }],
      deleted: new Uint32Array(0),
      added: [],
    })
    const change = computeChange(edited, { op: 'apply-fix', column: 'c0', code: 'PHONE_INVALID', rows: null }, fixes)
    expect([...change.cells[0]!.rows]).toEqual([1, 2])
    expect(change.cells[0]!.after).toEqual(['', ''])
  })

  it('suggests a phone country from the number in the same row (PHONE_COUNTRY_CONFLICT)', () => {
    const table = tableFromRows(
      ['Phone', 'Country'],
      [
        ['+44 20 7946 0958', 'US'],
        ['+1 415 909 5555', 'US'],
        ['+33 1 42 68 53 00', 'DE'],
      ],
    )
    const mapped = [
      { column: 0, name: 'Phone', target: findTarget(targets, 'phones.primaryPhoneNumber')! },
      { column: 1, name: 'Country', target: findTarget(targets, 'phones.primaryPhoneCountryCode')! },
    ]
    const check = checkTable(table, mapped, { settings: {} })
    const edited = new EditedTable(table)
    const fixes = fixSourceFromCheck(check, edited)
    expect([...(fixes.rowsWith!('c1', 'PHONE_COUNTRY_CONFLICT') ?? [])]).toEqual([0, 2])
    const change = computeChange(
      edited,
      { op: 'apply-fix', column: 'c1', code: 'PHONE_COUNTRY_CONFLICT', rows: null },
      fixes,
    )
    expect([...change.cells[0]!.rows]).toEqual([0, 2])
    expect(change.cells[0]!.after).toEqual(['GB', 'FR'])
  })
})
