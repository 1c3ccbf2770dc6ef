// History names in the app's language: English reads as describeOperation (the projects' and CLI's
// English) except that issue codes read as their plain names; Russian takes its own plural forms.
import { afterEach, describe, expect, it } from 'vitest'
import { describeOperation, type Operation } from '../../../../shared/operations/operation'
import { setLanguage } from '../../i18n'
import { operationLabel } from './operation-label'

const name = (id: string) => ({ c1: 'Email', c2: 'Phone', c3: 'Name' })[id] ?? id

const OPERATIONS: Operation[] = [
  { op: 'set-cells', cells: [{ column: 'c1', rows: [4], values: ['a@b.c'] }] },
  {
    op: 'set-cells',
    cells: [
      { column: 'c1', rows: [4, 5], values: ['x', 'y'] },
      { column: 'c2', rows: [1], values: ['z'] },
    ],
  },
  { op: 'replace', find: 'GmbH', replace: 'AG', columns: ['c1', 'c3'], regex: false, caseSensitive: false },
  { op: 'replace', find: 'a', replace: 'b', columns: null, regex: false, caseSensitive: false },
  { op: 'trim', columns: ['c1'] },
  { op: 'change-case', columns: ['c3'], to: 'title' },
  { op: 'change-case', columns: ['c3'], to: 'upper' },
  { op: 'map-values', column: 'c3', map: { a: 'b' } },
  { op: 'map-values', column: 'c3', map: { a: 'b', c: 'd' } },
  { op: 'set-constant', column: 'c2', value: '+49', rows: null },
  { op: 'apply-fixes', fixes: [{ column: 'c1', code: 'EMAIL_INVALID' }] },
  {
    op: 'apply-fixes',
    fixes: [
      { column: 'c1', code: 'EMAIL_INVALID' },
      { column: 'c2', code: 'PHONE_INVALID' },
    ],
  },
  { op: 'delete-rows', rows: [1] },
  { op: 'delete-rows', rows: [1, 2, 3] },
  { op: 'keep-rows', column: 'c1', match: { kind: 'not-empty' } },
  { op: 'split-column', column: 'c3', separator: ' ', names: ['First', 'Last'] },
  { op: 'merge-columns', columns: ['c1', 'c2'], separator: ' ', name: 'Contact' },
  { op: 'merge-rows', groups: [{ keep: 1, drop: [2], take: {} }] },
  {
    op: 'merge-rows',
    groups: [
      { keep: 1, drop: [2], take: {} },
      { keep: 3, drop: [4], take: {} },
    ],
  },
]

afterEach(() => setLanguage('en'))

describe('operationLabel', () => {
  it('reads in English as the shared description does', () => {
    for (const op of OPERATIONS) expect(operationLabel(op, name), op.op).toBe(describeOperation(op, name))
  })

  it('names a fix by the issue’s plain name, not its code', () => {
    const op: Operation = { op: 'apply-fix', column: 'c2', code: 'PHONE_INVALID', rows: null }
    expect(operationLabel(op, name)).toBe('Apply the fix for “Not a valid phone number” in Phone')
    setLanguage('de')
    expect(operationLabel(op, name)).toBe('Korrektur für „Keine gültige Telefonnummer“ in Phone anwenden')
  })

  it('takes Russian plural forms', () => {
    setLanguage('ru')
    expect(
      [1, 3, 5].map((n) => operationLabel({ op: 'delete-rows', rows: Array.from({ length: n }, (_, i) => i) }, name)),
    ).toEqual(['Удалить 1 строку', 'Удалить 3 строки', 'Удалить 5 строк'])
  })
})
