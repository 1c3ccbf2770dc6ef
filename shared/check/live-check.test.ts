import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import { tableFromRows } from '../table/table-from-rows'
import { CELL_ERROR, CELL_FIXED, CELL_OK, checkTable } from './check-table'
import { LiveCheck } from './live-check'

const targets = listTargets(findObject(DEFAULT_MODEL, 'people')!, DEFAULT_MODEL)

describe('LiveCheck', () => {
  it('rechecks an edited cell and the duplicates it makes or ends, like a full check would', () => {
    const cells = [['ada@example.com'], ['grace@navy.mil'], ['ada@example.com'], ['bad']]
    const table = tableFromRows(['Email'], cells)
    const check = checkTable(
      table,
      [{ column: 0, name: 'Email', target: findTarget(targets, 'emails.primaryEmail')! }],
      { settings: {} },
    )
    const texts = cells.map((c) => c[0]!)
    const live = new LiveCheck(check, (row) => texts[row]!)
    expect([...check.cellStates[0]!]).toEqual([CELL_OK, CELL_OK, CELL_ERROR, CELL_ERROR])

    // Row 0 changes: row 2 is no longer a duplicate.
    texts[0] = 'Ada@Example.org'
    expect(live.edit(0, 0, texts[0]).sort()).toEqual([0, 2])
    expect([...check.cellStates[0]!]).toEqual([CELL_FIXED, CELL_OK, CELL_OK, CELL_ERROR])
    expect([...check.rowHasError]).toEqual([0, 0, 0, 1])

    // Row 3 becomes Grace's address: a duplicate of row 1.
    texts[3] = ' grace@navy.mil'
    live.edit(0, 3, texts[3])
    expect(check.cellStates[0]![3]).toBe(CELL_ERROR)
    const fresh = checkTable(
      tableFromRows(
        ['Email'],
        texts.map((t) => [t]),
      ),
      [{ column: 0, name: 'Email', target: findTarget(targets, 'emails.primaryEmail')! }],
      { settings: {} },
    )
    expect([...check.cellStates[0]!]).toEqual([...fresh.cellStates[0]!])
  })

  it('takes a deleted row out of duplicates and brings it back on undo', () => {
    const texts = ['a@x.io', 'a@x.io', 'b@x.io']
    const check = checkTable(
      tableFromRows(
        ['Email'],
        texts.map((t) => [t]),
      ),
      [{ column: 0, name: 'Email', target: findTarget(targets, 'emails.primaryEmail')! }],
      { settings: {} },
    )
    const deleted = new Set<number>()
    const live = new LiveCheck(
      check,
      (row) => texts[row]!,
      (row) => deleted.has(row),
    )
    expect([...check.cellStates[0]!]).toEqual([CELL_OK, CELL_ERROR, CELL_OK])
    deleted.add(0)
    live.setDeleted(0, true)
    expect([...check.cellStates[0]!]).toEqual([CELL_OK, CELL_OK, CELL_OK])
    expect([...check.rowHasError]).toEqual([0, 0, 0])
    deleted.delete(0)
    live.setDeleted(0, false)
    expect([...check.cellStates[0]!]).toEqual([CELL_OK, CELL_ERROR, CELL_OK])
  })
})
