import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import { tableFromRows } from '../table/table-from-rows'
import { checkTable } from './check-table'
import { warmUpCheck } from './warm-up'

describe('warmUpCheck', () => {
  it('checks made-up rows of every common kind, and leaves what a later check gives as it was', () => {
    const targets = listTargets(findObject(DEFAULT_MODEL, 'people')!, DEFAULT_MODEL)
    const table = tableFromRows(
      ['Email', 'Phone', 'Country'],
      [
        [' ADA@Example.ORG ', '06 12 34 56 78', 'France'],
        ['grace at example.com', '(415) 555-0100', ''],
        ['ada@example.org', '+44 20 7946 0000', 'UK'],
        ['zoe@gmial.com', '030 12345678', 'DE'],
      ],
    )
    const mapped = [
      { column: 0, name: 'Email', target: findTarget(targets, 'emails.primaryEmail')! },
      { column: 1, name: 'Phone', target: findTarget(targets, 'phones.primaryPhoneNumber')! },
    ]
    const options = { settings: { defaultCountry: 'US' }, countryColumn: 2 }
    const read = () => {
      const check = checkTable(table, mapped, options)
      return {
        results: [0, 1, 2, 3].map((row) => check.columns.map((c) => c.resultAt(row))),
        states: check.cellStates.map((s) => [...s]),
        issues: check.cellIssues.length,
      }
    }
    const before = read()
    // People: 6 columns (the country only gives the rows' countries), companies 6, opportunities 5.
    expect(warmUpCheck(500)).toBe(500 * 17)
    expect(read()).toEqual(before)
  })
})
