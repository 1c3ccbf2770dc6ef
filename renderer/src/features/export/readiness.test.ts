import { describe, expect, it } from 'vitest'
import { checkTable } from '../../../../shared/check/check-table'
import { DEFAULT_MODEL } from '../../../../shared/model/default-model'
import { findTarget, listTargets } from '../../../../shared/model/list-targets'
import { findObject } from '../../../../shared/model/workspace-model'
import { tableFromRows } from '../../../../shared/table/table-from-rows'
import { readinessOf } from './readiness'

const targets = listTargets(findObject(DEFAULT_MODEL, 'people')!, DEFAULT_MODEL)
const table = tableFromRows(
  ['Email', 'Phone'],
  [
    ['ada@example.com', '+1 415 555 0100'],
    ['not an email', '12'],
    ['ada@example.com', '+1 415 555 0101'],
    ['x@y.io', '+1 415 555 0102'],
    ['bad@', '+1 415 555 0103'],
  ],
)
const check = checkTable(
  table,
  [
    { column: 0, name: 'Email', target: findTarget(targets, 'emails.primaryEmail')! },
    { column: 1, name: 'Phone', target: findTarget(targets, 'phones.primaryPhoneNumber')! },
  ],
  { settings: {} },
)

describe('readinessOf', () => {
  it('counts the rows that go and those kept out, by reason', () => {
    const ready = readinessOf(check, table.rowCount, () => false)
    // Row 1: a bad email and a bad phone; row 2: Ada again; row 4: a bad email.
    expect(ready).toMatchObject({ going: 2, keptOut: 3 })
    const emailRows = ready.reasons.filter((r) => r.column === 'Email').reduce((n, r) => n + r.rows, 0)
    expect(emailRows).toBe(3)
    expect(ready.reasons.some((r) => r.column === 'Phone' && r.rows === 1)).toBe(true)
    expect(ready.reasons.map((r) => r.rows)).toEqual([...ready.reasons.map((r) => r.rows)].sort((a, b) => b - a))
  })

  it('leaves deleted rows out of both counts and every reason', () => {
    const ready = readinessOf(check, table.rowCount, (row) => row === 1)
    expect(ready).toMatchObject({ going: 2, keptOut: 2 })
    expect(ready.reasons.some((r) => r.column === 'Phone')).toBe(false)
  })
})
