// The column tools' operations from what the user typed: what each asks for, when it refuses and with which
// message, the replace preview's count and error, and the value map's most frequent values.
import { describe, expect, it } from 'vitest'
import { tableFromRows } from '../../../../../shared/table/table-from-rows'
import { EditedTable } from '../../../../../shared/operations/edited-table'
import en from '../../../locales/en.json'
import {
  changeCaseOperation,
  keepRowsOperation,
  mapValuesOperation,
  matchNeedsValue,
  mergeColumnsOperation,
  previewReplace,
  replaceOperation,
  setConstantOperation,
  splitColumnOperation,
  topValues,
  trimOperation,
} from './column-operations'

const table = () =>
  new EditedTable(
    tableFromRows(
      ['Name', 'Status'],
      [
        ['Ada Lovelace', 'lead'],
        ['Grace Hopper', 'Customer'],
        ['Alan Turing', 'lead'],
        ['', 'lead'],
        ['Ada Lovelace', 'Customer'],
        ['Edsger Dijkstra', ''],
      ],
      2,
    ),
  )
const typed = { find: 'lead', replace: 'Lead', regex: false, caseSensitive: false, everywhere: false }

describe('column tool operations', () => {
  it('trims and changes the case of the chosen column, and does nothing without one', () => {
    expect(trimOperation('c1')).toEqual({ op: 'trim', columns: ['c1'] })
    expect(changeCaseOperation('c0', 'title')).toEqual({ op: 'change-case', columns: ['c0'], to: 'title' })
    expect(trimOperation(null)).toBeNull()
    expect(changeCaseOperation(null, 'upper')).toBeNull()
  })

  it('replaces in the chosen column or everywhere, once there is text to find', () => {
    expect(replaceOperation('c1', typed)).toEqual({
      op: 'replace',
      columns: ['c1'],
      find: 'lead',
      replace: 'Lead',
      regex: false,
      caseSensitive: false,
    })
    expect(replaceOperation('c1', { ...typed, everywhere: true, regex: true, caseSensitive: true })).toEqual({
      op: 'replace',
      columns: null,
      find: 'lead',
      replace: 'Lead',
      regex: true,
      caseSensitive: true,
    })
    expect(replaceOperation('c1', { ...typed, find: '' })).toBeNull()
    expect(replaceOperation(null, typed)).toBeNull()
  })

  it('previews how many cells a replace would change without changing them, or why it cannot run', () => {
    const t = table()
    expect(previewReplace(t, replaceOperation('c1', typed)!)).toEqual({ count: 3, error: null })
    expect(t.cell(0, 'c1')).toBe('lead')
    expect(previewReplace(t, replaceOperation('c1', { ...typed, find: 'nowhere' })!)).toEqual({ count: 0, error: null })
    const bad = previewReplace(t, replaceOperation('c1', { ...typed, find: '(', regex: true })!)
    expect(bad.count).toBe(0)
    expect(bad.error).toEqual(expect.any(String))
    expect(bad.error).not.toBe('')
  })

  it('sets every cell of the column, an empty value included', () => {
    expect(setConstantOperation('c1', 'ACTIVE')).toEqual({
      op: 'set-constant',
      column: 'c1',
      value: 'ACTIVE',
      rows: null,
    })
    expect(setConstantOperation('c1', '')).toEqual({ op: 'set-constant', column: 'c1', value: '', rows: null })
    expect(setConstantOperation(null, 'x')).toBeNull()
  })

  it('keeps rows by emptiness without a value, and by a value compared without case', () => {
    expect(matchNeedsValue('empty')).toBe(false)
    expect(matchNeedsValue('not-empty')).toBe(false)
    expect(['contains', 'equals', 'regex'].every((k) => matchNeedsValue(k as 'contains'))).toBe(true)
    expect(keepRowsOperation('c0', 'not-empty', 'ignored')).toEqual({
      op: 'keep-rows',
      column: 'c0',
      match: { kind: 'not-empty' },
    })
    expect(keepRowsOperation('c0', 'contains', 'Ada')).toEqual({
      op: 'keep-rows',
      column: 'c0',
      match: { kind: 'contains', value: 'Ada', caseSensitive: false },
    })
    expect(keepRowsOperation(null, 'empty', '')).toBeNull()
  })

  it('maps only the values given a new, different value, and refuses an empty map', () => {
    expect(mapValuesOperation('c1', { lead: 'LEAD', Customer: '', churned: 'churned', x: undefined })).toEqual({
      op: 'map-values',
      column: 'c1',
      map: { lead: 'LEAD' },
    })
    expect(mapValuesOperation('c1', { lead: '' })).toEqual({ refused: 'tools.mapNeedsValue' })
    expect(mapValuesOperation(null, { lead: 'LEAD' })).toEqual({ refused: 'tools.mapNeedsValue' })
  })

  it('merges with another column under a trimmed name, and refuses without both', () => {
    expect(mergeColumnsOperation('c0', 'c1', ' / ', '  Who ')).toEqual({
      op: 'merge-columns',
      columns: ['c0', 'c1'],
      separator: ' / ',
      name: 'Who',
    })
    expect(mergeColumnsOperation('c0', 'c1', '', 'Who')).toEqual({
      op: 'merge-columns',
      columns: ['c0', 'c1'],
      separator: '',
      name: 'Who',
    })
    expect(mergeColumnsOperation('c0', '', ' ', 'Who')).toEqual({ refused: 'tools.mergeNeedsColumn' })
    expect(mergeColumnsOperation('c0', 'c1', ' ', '   ')).toEqual({ refused: 'tools.mergeNeedsColumn' })
    expect(mergeColumnsOperation(null, 'c1', ' ', 'Who')).toEqual({ refused: 'tools.mergeNeedsColumn' })
  })

  it('splits into at least two named parts on a separator, and refuses otherwise', () => {
    expect(splitColumnOperation('c0', ' ', 'First, Last')).toEqual({
      op: 'split-column',
      column: 'c0',
      separator: ' ',
      names: ['First', 'Last'],
    })
    expect(splitColumnOperation('c0', ';', ' a ,, b , c ')).toEqual({
      op: 'split-column',
      column: 'c0',
      separator: ';',
      names: ['a', 'b', 'c'],
    })
    expect(splitColumnOperation('c0', ' ', 'First')).toEqual({ refused: 'tools.splitNeeds' })
    expect(splitColumnOperation('c0', '', 'First, Last')).toEqual({ refused: 'tools.splitNeeds' })
    expect(splitColumnOperation(null, ' ', 'First, Last')).toEqual({ refused: 'tools.splitNeeds' })
  })

  it('words every refusal in the English messages', () => {
    const tools: Record<string, unknown> = en.tools
    for (const key of ['tools.mapNeedsValue', 'tools.mergeNeedsColumn', 'tools.splitNeeds'])
      expect(tools[key.slice('tools.'.length)], key).toEqual(expect.any(String))
  })

  it('lists a column’s most frequent values first, empty ones included, up to a limit', () => {
    expect(topValues(table(), 'c1', 40)).toEqual([
      { value: 'lead', count: 3 },
      { value: 'Customer', count: 2 },
      { value: '', count: 1 },
    ])
    expect(topValues(table(), 'c0', 1)).toEqual([{ value: 'Ada Lovelace', count: 2 }])
  })
})
