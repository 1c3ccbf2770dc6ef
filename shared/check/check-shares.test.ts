// A check in shares, as the worker threads give it, against checkTable on one thread: the same issues, and
// the same value index for a hashed column, which crosses back as ids alone when it holds many values.
import { describe, expect, it } from 'vitest'
import { findTarget, listTargets } from '../model/list-targets'
import { DEFAULT_MODEL } from '../model/default-model'
import { overlayTable } from '../table/overlay-table'
import { tableFromRows } from '../table/table-from-rows'
import { assembleShares, checkShare, shareInput } from './check-shares'
import { checkTable, type MappedColumn } from './check-table'

const person = DEFAULT_MODEL.objects.find((o) => o.nameSingular === 'person')!
const targets = listTargets(person, DEFAULT_MODEL)

describe('checking in shares', () => {
  it('gives back a hashed index of many values as ids, read again from the cells as the thread saw them', () => {
    // 6,000 distinct emails (a few repeated, one with an accent, one empty), in chunks of 700 rows.
    const emails = Array.from({ length: 6000 }, (_, i) =>
      i === 17 ? '' : i === 99 ? 'zoë@exämple.com' : `Person.${i}@Example.com`,
    )
    const cells = [...emails, emails[5]!, emails[99]!, emails[4000]!]
    const table = tableFromRows(
      ['E-mail', 'City'],
      cells.map((email, i) => [email, `City ${i % 3}`]),
      700,
    )
    const mapped: MappedColumn[] = [
      { column: 0, name: 'E-mail', target: findTarget(targets, 'emails.primaryEmail')! },
      { column: 1, name: 'City', target: findTarget(targets, 'city')! },
    ]
    // An edit the thread checks too: the index holds the edited text.
    const overrides = [{ column: 0, rows: Uint32Array.of(3), values: ['edited@example.com'] }]
    const edited = overlayTable(table, overrides)
    const options = { settings: {} }
    const alone = checkTable(edited, mapped, options)
    const results = mapped.map((_, i) => {
      // Across a structured clone, as postMessage copies it.
      const { output } = checkShare(structuredClone(shareInput(table, mapped, [i], options, overrides)))
      return { global: [i], output: structuredClone(output) }
    })
    const sent = results[0]!.output.columns[0]!.index
    expect(sent && Object.keys(sent).sort()).toEqual(['count', 'ids'])
    const shared = assembleShares(edited, mapped, options, results)
    expect(shared.columns[0]!.index.values).toEqual(alone.columns[0]!.index.values)
    expect([...shared.columns[0]!.index.ids]).toEqual([...alone.columns[0]!.index.ids])
    expect(shared.columns[0]!.index.values[3]).toBe('edited@example.com')
    expect([...shared.cellIssues].map((i) => `${i.row}:${i.mapped}:${i.issue.code}`)).toEqual(
      [...alone.cellIssues].map((i) => `${i.row}:${i.mapped}:${i.issue.code}`),
    )
    expect(shared.cellIssues.length).toBeGreaterThan(0)
    expect(shared.fixedCells).toBe(alone.fixedCells)
    expect(shared.columns[0]!.resultAt(99).value).toEqual(alone.columns[0]!.resultAt(99).value)
  })
})
