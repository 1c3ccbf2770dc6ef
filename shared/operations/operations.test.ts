// Each operation's apply/revert round trip on a small table, undo and redo as single steps, and a property:
// any sequence of operations undone in full gives back the file's values exactly.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tableFromRows } from '../table/table-from-rows'
import { computeChange, OperationError, type FixSource } from './compute-change'
import { EditedTable } from './edited-table'
import { History } from './history'
import { OperationSchema, type Operation } from './operation'
import { replayRecipe } from './replay'

const HEADERS = ['Name', 'Email', 'Status', 'City']
const ROWS = [
  ['  Ada Lovelace ', 'ADA@Example.com', 'lead', 'london'],
  ['Grace Hopper', 'grace@navy.mil', 'Customer', 'new york'],
  ['alan turing', '', 'lead', 'Wilmslow'],
  ['Ada Lovelace', 'ada@example.com', 'churned', 'London'],
]
const fresh = () => new EditedTable(tableFromRows(HEADERS, ROWS, 2))
const column = (t: EditedTable, id: string) =>
  Array.from({ length: t.rowCount }, (_, r) => (t.isDeleted(r) ? null : t.cell(r, id)))
const snapshot = (t: EditedTable) => t.columns.map((c) => column(t, c.id))

const cases: { name: string; op: Operation; expect: (t: EditedTable) => void; fixes?: FixSource }[] = [
  {
    name: 'set-cells',
    op: { op: 'set-cells', cells: [{ column: 'c3', rows: [0, 2], values: ['London', 'Wilmslow'] }] },
    expect: (t) => expect(column(t, 'c3')).toEqual(['London', 'new york', 'Wilmslow', 'London']),
  },
  {
    name: 'replace plain, case-insensitive',
    op: { op: 'replace', columns: ['c2'], find: 'LEAD', replace: 'Lead', regex: false, caseSensitive: false },
    expect: (t) => expect(column(t, 'c2')).toEqual(['Lead', 'Customer', 'Lead', 'churned']),
  },
  {
    name: 'replace regex everywhere with groups',
    op: { op: 'replace', columns: null, find: '^(\\w+)@', replace: '$1+crm@', regex: true, caseSensitive: true },
    expect: (t) =>
      expect(column(t, 'c1')).toEqual(['ADA+crm@Example.com', 'grace+crm@navy.mil', '', 'ada+crm@example.com']),
  },
  {
    name: 'replace keeps $ literal when plain',
    op: { op: 'replace', columns: ['c0'], find: 'Ada', replace: '$1', regex: false, caseSensitive: true },
    expect: (t) => expect(t.cell(3, 'c0')).toBe('$1 Lovelace'),
  },
  { name: 'trim', op: { op: 'trim', columns: ['c0'] }, expect: (t) => expect(t.cell(0, 'c0')).toBe('Ada Lovelace') },
  {
    name: 'change-case title',
    op: { op: 'change-case', columns: ['c0', 'c3'], to: 'title' },
    expect: (t) => expect(column(t, 'c3')).toEqual(['London', 'New York', 'Wilmslow', 'London']),
  },
  {
    name: 'change-case lower',
    op: { op: 'change-case', columns: ['c1'], to: 'lower' },
    expect: (t) => expect(t.cell(0, 'c1')).toBe('ada@example.com'),
  },
  {
    name: 'map-values',
    op: { op: 'map-values', column: 'c2', map: { lead: 'LEAD', Customer: 'CUSTOMER' } },
    expect: (t) => expect(column(t, 'c2')).toEqual(['LEAD', 'CUSTOMER', 'LEAD', 'churned']),
  },
  {
    name: 'set-constant all',
    op: { op: 'set-constant', column: 'c2', value: 'ACTIVE', rows: null },
    expect: (t) => expect(new Set(column(t, 'c2'))).toEqual(new Set(['ACTIVE'])),
  },
  {
    name: 'set-constant some rows',
    op: { op: 'set-constant', column: 'c2', value: 'X', rows: [1] },
    expect: (t) => expect(column(t, 'c2')).toEqual(['lead', 'X', 'lead', 'churned']),
  },
  {
    name: 'apply-fix from the source',
    op: { op: 'apply-fix', column: 'c1', code: 'EMAIL_UPPERCASE', rows: null },
    fixes: {
      suggestion: (_row, _column, code, text) =>
        code === 'EMAIL_UPPERCASE' && text !== text.toLowerCase() ? text.toLowerCase() : null,
    },
    expect: (t) => expect(t.cell(0, 'c1')).toBe('ada@example.com'),
  },
  {
    name: 'apply-fixes in several columns, the first code listed winning on a cell',
    op: {
      op: 'apply-fixes',
      fixes: [
        { column: 'c1', code: 'EMAIL_UPPERCASE' },
        { column: 'c1', code: 'ANY' },
        { column: 'c0', code: 'TRIM' },
      ],
    },
    fixes: {
      suggestion: (_row, _column, code, text) =>
        code === 'EMAIL_UPPERCASE' && text !== text.toLowerCase()
          ? text.toLowerCase()
          : code === 'ANY'
            ? 'other@example.com'
            : code === 'TRIM' && text !== text.trim()
              ? text.trim()
              : null,
    },
    expect: (t) => {
      expect(t.cell(0, 'c1')).toBe('ada@example.com')
      expect(t.cell(0, 'c0')).toBe('Ada Lovelace')
    },
  },
  { name: 'delete-rows', op: { op: 'delete-rows', rows: [1, 1, 3] }, expect: (t) => expect(t.liveRowCount).toBe(2) },
  {
    name: 'keep-rows not empty',
    op: { op: 'keep-rows', column: 'c1', match: { kind: 'not-empty' } },
    expect: (t) => expect(column(t, 'c0')).toEqual(['  Ada Lovelace ', 'Grace Hopper', null, 'Ada Lovelace']),
  },
  {
    name: 'keep-rows regex',
    op: { op: 'keep-rows', column: 'c3', match: { kind: 'regex', value: '^lon', caseSensitive: false } },
    expect: (t) => expect(t.liveRowCount).toBe(2),
  },
  {
    name: 'split-column',
    op: { op: 'split-column', column: 'c0', separator: ' ', names: ['First', 'Last'] },
    expect: (t) => {
      expect(t.columns.map((c) => c.name)).toEqual([...HEADERS, 'First', 'Last'])
      expect(column(t, 'x1')).toEqual(['', 'Grace', 'alan', 'Ada'])
      expect(column(t, 'x2')).toEqual(['Ada Lovelace', 'Hopper', 'turing', 'Lovelace'])
    },
  },
  {
    name: 'merge-columns',
    op: { op: 'merge-columns', columns: ['c0', 'c3'], separator: ', ', name: 'City' },
    expect: (t) => {
      expect(t.columns.at(-1)!.name).toBe('City (2)')
      expect(t.cell(2, 'x1')).toBe('alan turing, Wilmslow')
    },
  },
  {
    name: 'merge-rows',
    op: { op: 'merge-rows', groups: [{ keep: 0, drop: [3], take: { c3: 3 } }] },
    expect: (t) => {
      expect(t.cell(0, 'c3')).toBe('London')
      expect(t.isDeleted(3)).toBe(true)
    },
  },
  {
    name: 'dedupe-rows by email: the first of each kept, blanks dropped',
    op: { op: 'dedupe-rows', column: 'c1', compare: 'email' },
    expect: (t) => expect(column(t, 'c1')).toEqual(['ADA@Example.com', 'grace@navy.mil', null, null]),
  },
]

describe('operations', () => {
  for (const c of cases) {
    it(`${c.name}: applies, reverts to the file, re-applies`, () => {
      const table = fresh()
      const before = snapshot(table)
      expect(OperationSchema.parse(c.op)).toEqual(c.op)
      const change = computeChange(table, c.op, c.fixes)
      table.apply(change)
      c.expect(table)
      const after = snapshot(table)
      table.revert(change)
      expect(snapshot(table)).toEqual(before)
      expect(table.editedCount()).toBe(0)
      table.apply(change)
      expect(snapshot(table)).toEqual(after)
    })
  }

  it('says what is wrong with an operation that cannot run', () => {
    expect(() => computeChange(fresh(), { op: 'trim', columns: ['c9'] })).toThrow(
      new OperationError('The table has no column c9.'),
    )
    expect(() =>
      computeChange(fresh(), {
        op: 'replace',
        columns: null,
        find: '(',
        replace: '',
        regex: true,
        caseSensitive: false,
      }),
    ).toThrow(/not a valid regular expression/)
    expect(() => computeChange(fresh(), { op: 'apply-fix', column: 'c1', code: 'X', rows: null })).toThrow(/checked/)
  })

  it('keeps one gesture as one undo step, with a label and a size, and drops redo after a new step', () => {
    const history = new History(fresh())
    history.perform({ op: 'trim', columns: ['c0'] })
    const step = history.perform({
      op: 'replace',
      columns: ['c2'],
      find: 'lead',
      replace: 'LEAD',
      regex: false,
      caseSensitive: false,
    })!
    expect(step).toMatchObject({ label: 'Replace “lead” with “LEAD” in Status', size: 2 })
    expect(history.perform({ op: 'trim', columns: ['c0'] })).toBeNull()
    history.undo()
    expect(history.table.cell(0, 'c2')).toBe('lead')
    history.redo()
    expect(history.table.cell(0, 'c2')).toBe('LEAD')
    history.undo()
    history.perform({ op: 'change-case', columns: ['c3'], to: 'upper' })
    expect(history.canRedo).toBe(false)
    expect(history.recipe().map((o) => o.op)).toEqual(['trim', 'change-case'])
  })

  it('materializes live rows with their spreadsheet row numbers and added columns', () => {
    const history = new History(fresh())
    history.perform({ op: 'delete-rows', rows: [1] })
    history.perform({ op: 'split-column', column: 'c0', separator: ' ', names: ['First', 'Last'] })
    const { table, rowIds } = history.table.materialize(2)
    expect([...rowIds]).toEqual([0, 2, 3])
    expect(table.rowCount).toBe(3)
    expect([0, 1, 2].map((r) => table.sourceRow(r))).toEqual([2, 4, 5])
    expect(table.rowsBetween(1, 2)).toEqual([['alan turing', '', 'lead', 'Wilmslow', 'alan', 'turing']])
  })

  it('replays a recipe on a new version by column name, skipping row edits', () => {
    const history = new History(fresh())
    history.perform({ op: 'trim', columns: ['c0'] })
    history.perform({ op: 'set-cells', cells: [{ column: 'c3', rows: [0], values: 'London'.split(',') }] })
    history.perform({ op: 'map-values', column: 'c2', map: { lead: 'LEAD' } })
    const next = new EditedTable(tableFromRows(['City', 'Status', 'Name'], [['paris', 'lead', ' Zoë ']]))
    const replay = replayRecipe(next, history.recipe(), {
      sameSource: false,
      columnMap: new Map([
        ['c0', 'c2'],
        ['c2', 'c1'],
        ['c3', 'c0'],
      ]),
    })
    expect(replay.applied).toBe(2)
    expect(replay.skipped.map((s) => [s.index, s.operation.op])).toEqual([[1, 'set-cells']])
    expect(next.materialize().table.rowsBetween(0, 1)).toEqual([['paris', 'LEAD', 'Zoë']])
  })

  it('undoes any sequence of operations back to the file exactly', () => {
    const ops = fc.oneof(
      fc.record({ op: fc.constant('trim' as const), columns: fc.subarray(['c0', 'c1', 'c2', 'c3'], { minLength: 1 }) }),
      fc.record({
        op: fc.constant('change-case' as const),
        columns: fc.subarray(['c0', 'c3'], { minLength: 1 }),
        to: fc.constantFrom('upper' as const, 'lower' as const, 'title' as const),
      }),
      fc.record({
        op: fc.constant('replace' as const),
        columns: fc.constant(null),
        find: fc.constantFrom('a', 'L', ' '),
        replace: fc.string({ maxLength: 3 }),
        regex: fc.constant(false),
        caseSensitive: fc.boolean(),
      }),
      fc.record({
        op: fc.constant('delete-rows' as const),
        rows: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 2 }),
      }),
      fc.record({
        op: fc.constant('set-cells' as const),
        cells: fc.constant([{ column: 'c1', rows: [2], values: ['x@y.io'] }]),
      }),
      fc.record({
        op: fc.constant('split-column' as const),
        column: fc.constantFrom('c0', 'c3'),
        separator: fc.constant(' '),
        names: fc.constant(['A', 'B']),
      }),
      fc.record({
        op: fc.constant('dedupe-rows' as const),
        column: fc.constantFrom('c0', 'c2', 'c3'),
        compare: fc.constantFrom('text' as const, 'domain' as const),
      }),
    )
    fc.assert(
      fc.property(fc.array(ops, { maxLength: 8 }), (sequence) => {
        const history = new History(fresh())
        const original = snapshot(history.table)
        for (const op of sequence) history.perform(op as Operation)
        while (history.canUndo) history.undo()
        expect(snapshot(history.table)).toEqual(original)
        expect(history.table.columns.map((c) => c.name)).toEqual(HEADERS)
      }),
      { numRuns: 200 },
    )
  })
})

describe('dedupe-rows', () => {
  const sheet = () =>
    new EditedTable(
      tableFromRows(
        ['Deal', 'Company', 'Domain', 'City'],
        [
          ['Renewal', 'Acme', 'https://www.Acme.com/', ''],
          ['Upsell', 'ACME Inc', 'acme.com', 'London'],
          ['New', 'Globex', '', 'Paris'],
          ['Pilot', 'Initech', 'initech.io', 'Austin'],
          ['Extension', 'Acme', 'ACME.COM.', 'Leeds'],
        ],
        2,
      ),
    )

  it('keeps the first row of each domain, fills its empty cells from the rows it stands for', () => {
    const table = sheet()
    table.apply(computeChange(table, { op: 'dedupe-rows', column: 'c2', compare: 'domain' }))
    expect(column(table, 'c1')).toEqual(['Acme', null, null, 'Initech', null])
    expect(column(table, 'c3')).toEqual(['London', null, null, 'Austin', null])
  })

  it('compares text without case, accents or extra spaces, and is one undoable step', () => {
    const table = sheet()
    const history = new History(table)
    history.perform({ op: 'dedupe-rows', column: 'c1', compare: 'text' })
    expect(column(table, 'c0')).toEqual(['Renewal', 'Upsell', 'New', 'Pilot', null])
    history.undo()
    expect(column(table, 'c0')).toEqual(['Renewal', 'Upsell', 'New', 'Pilot', 'Extension'])
  })

  it('replays on a changed version of the file (it names no rows)', () => {
    const table = sheet()
    const result = replayRecipe(table, [{ op: 'dedupe-rows', column: 'c2', compare: 'domain' }], { sameSource: false })
    expect(result.skipped).toEqual([])
    expect(result.applied).toBe(1)
    expect(column(table, 'c2').filter((v) => v !== null)).toEqual(['https://www.Acme.com/', 'initech.io'])
  })
})
