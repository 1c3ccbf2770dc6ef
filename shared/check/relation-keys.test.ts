// Relation keys Twenty's nested connect refuses (contract 10.8), caught before a push: a key whose value is not
// text, and one relation linked by two kinds of key in one file (a batch mixing them fails as a whole).
import { describe, expect, it } from 'vitest'
import { listTargets, findTarget } from '../model/list-targets'
import type { FieldModel, ObjectModel, WorkspaceModel } from '../model/workspace-model'
import { tableFromRows } from '../table/table-from-rows'
import { checkTable, type MappedColumn } from './check-table'
import { relationKeyIssues, resolveMapping } from './resolve-mapping'
import { assembleShares, checkShare, shareInput } from './check-shares'
import { draftOfRow } from '../twenty-format/import-files'

function field(spec: Pick<FieldModel, 'name' | 'label' | 'type'> & Partial<FieldModel>): FieldModel {
  return {
    isNullable: true,
    isUnique: false,
    isSystem: false,
    isCustom: true,
    isActive: true,
    defaultValue: null,
    options: [],
    relation: null,
    settings: {},
    ...spec,
  }
}

function customObject(nameSingular: string, fields: FieldModel[]): ObjectModel {
  return {
    nameSingular,
    namePlural: `${nameSingular}s`,
    labelSingular: nameSingular,
    labelPlural: `${nameSingular}s`,
    isCustom: true,
    fields,
  }
}

const store = customObject('store', [
  field({ name: 'id', label: 'Id', type: 'UUID', isSystem: true, isUnique: true }),
  field({ name: 'storeCode', label: 'Store code', type: 'TEXT', isUnique: true }),
  field({ name: 'storeNumber', label: 'Store number', type: 'NUMBER', isUnique: true }),
  field({ name: 'hotline', label: 'Hotline', type: 'PHONES', isUnique: true }),
])
const order = customObject('order', [
  field({ name: 'name', label: 'Name', type: 'TEXT' }),
  field({
    name: 'store',
    label: 'Store',
    type: 'RELATION',
    relation: { type: 'MANY_TO_ONE', targetObject: 'store', joinColumn: 'storeId' },
  }),
])
const model: WorkspaceModel = { objects: [store, order] }
const targets = listTargets(order, model)

function mapped(paths: string[]): MappedColumn[] {
  return paths.map((path, column) => ({ column, name: `col ${column}`, target: findTarget(targets, path)! }))
}

describe('relation keys', () => {
  it('refuses a relation key whose value would be sent as a number', () => {
    const table = tableFromRows(['Store number'], [['42'], ['']])
    const check = checkTable(table, mapped(['store.storeNumber']), { settings: {} })
    const issues = [...check.cellIssues].map((i) => `${i.row}:${i.mapped}:${i.issue.code}:${i.issue.severity}`)
    expect(issues).toEqual(['0:0:RELATION_KEY_NOT_TEXT:error'])
    expect([...check.cellIssues][0]!.issue.message).toContain('“42”')
    expect([...check.rowHasError]).toEqual([1, 0])
    // A text key is left alone.
    const byCode = checkTable(tableFromRows(['Store code'], [['S-7']]), mapped(['store.storeCode']), { settings: {} })
    expect([...byCode.cellIssues]).toEqual([])
    expect(byCode.columns[0]!.resultAt(0).value).toBe('S-7')
  })

  it('flags two kinds of non-id key for one relation as a mapping error, and not id beside another key', () => {
    const mixed = relationKeyIssues(mapped(['store.storeCode', 'store.hotline.primaryPhoneNumber']))
    expect(mixed.map((i) => `${i.code}:${i.severity}:${i.column}:${i.field}`)).toEqual([
      'RELATION_KEYS_MIXED:error:col 1:store.hotline.primaryPhoneNumber',
    ])
    expect(mixed[0]!.message).toContain('"col 0"')
    expect(relationKeyIssues(mapped(['store.id', 'store.storeCode']))).toEqual([])
    expect(relationKeyIssues(mapped(['name', 'store.storeCode']))).toEqual([])
  })

  it('reports the mixed keys among the mapping issues of a resolved mapping', () => {
    const resolved = resolveMapping({
      headers: ['Code', 'Hotline'],
      samples: [['S-1'], ['+44 20 7946 0958']],
      targets,
      objectName: 'orders',
      file: { object: 'order', columns: { Code: 'store.storeCode', Hotline: 'store.hotline.primaryPhoneNumber' } },
    })
    expect(resolved.issues.map((i) => i.code)).toContain('RELATION_KEYS_MIXED')
  })

  it('refuses a row that would connect by a later key while others connect by the first (one kind per batch)', () => {
    const rows = [
      ['S-1', '+44 20 7946 0958', ''],
      ['', '+44 20 7946 0959', ''],
      ['', '+44 20 7946 0960', 'b0000000-0000-4000-8000-000000000045'],
      ['S-4', '', ''],
    ]
    const table = tableFromRows(['Code', 'Hotline', 'Store id'], rows)
    const columns = mapped(['store.storeCode', 'store.hotline.primaryPhoneNumber', 'store.id'])
    const check = checkTable(table, columns, { settings: {} })
    expect([...check.cellIssues].map((i) => `${i.row}:${i.mapped}:${i.issue.code}`)).toEqual([
      '1:1:RELATION_KEYS_MIXED',
    ])
    expect([...check.rowHasError]).toEqual([0, 1, 0, 0])
    // The rows kept connect by one kind of key (or by id, sent as the join column).
    expect(draftOfRow(check, 0)).toEqual({ store: { connect: { where: { storeCode: 'S-1' } } } })
    expect(draftOfRow(check, 2)).toEqual({
      store: { connect: { where: { id: 'b0000000-0000-4000-8000-000000000045' } } },
    })
    // Checked one column per share, as the worker threads do, the same rows are refused and read back.
    const options = { settings: {} }
    const results = columns.map((_, i) => ({
      global: [i],
      output: checkShare(shareInput(table, columns, [i], options)).output,
    }))
    const shared = assembleShares(table, columns, options, results)
    expect([...shared.cellIssues].map((i) => `${i.row}:${i.mapped}:${i.issue.code}`)).toEqual([
      '1:1:RELATION_KEYS_MIXED',
    ])
  })
})
