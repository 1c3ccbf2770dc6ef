import { describe, expect, it } from 'vitest'
import type { JournaledBatch, JournalState, RowId } from '../journal/push-journal'
import { rolledRecords } from './rollback-plan'

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

function batch(batchId: number, rows: Partial<JournaledBatch> & { recordIds: string[] }): JournaledBatch {
  return {
    batchId,
    object: 'people',
    rows: rows.recordIds.map((_, i) => i),
    keys: rows.recordIds.map((_, i) => `k${i}`),
    hashes: rows.recordIds.map(() => 'h'),
    alts: null,
    actions: null,
    source: null,
    lines: null,
    befores: null,
    done: true,
    failed: new Map<RowId, string>(),
    answeredIds: null,
    doneAt: '2026-03-01T10:00:00.000Z',
    ...rows,
  }
}

const state = (...batches: JournaledBatch[]): JournalState => ({ batches, tornTail: false })

describe('rolledRecords', () => {
  it('keeps what the first write was, the earliest previous value of each field and the last write time', () => {
    const first = batch(0, {
      recordIds: [id(1), id(2)],
      actions: ['update', 'create'],
      befores: [{ jobTitle: 'Clerk' }, null],
    })
    const rerun = batch(1, {
      recordIds: [id(1), id(2)],
      actions: ['update', 'update'],
      befores: [{ jobTitle: 'Director', city: 'Paris' }, { city: 'Oslo' }],
      doneAt: '2026-03-02T10:00:00.000Z',
    })
    expect(rolledRecords(state(first, rerun))).toEqual([
      {
        id: id(1),
        object: 'people',
        kind: 'updated',
        before: { jobTitle: 'Clerk', city: 'Paris' },
        writtenAt: '2026-03-02T10:00:00.000Z',
        unconfirmed: false,
      },
      {
        id: id(2),
        object: 'people',
        kind: 'created',
        before: { city: 'Oslo' },
        writtenAt: '2026-03-02T10:00:00.000Z',
        unconfirmed: false,
      },
    ])
  })

  it('leaves out refused rows, follows the id the server answered, and tells a create that matched an existing record', () => {
    const sent = batch(0, {
      recordIds: [id(1), id(2), id(3)],
      actions: ['create', 'create', 'restore'],
      befores: [null, null, { city: 'Lyon' }],
      answeredIds: [id(9), id(2), id(3)],
      failed: new Map([[1, 'bad']]),
    })
    expect(rolledRecords(state(sent)).map((r) => [r.id, r.kind, r.before])).toEqual([
      [id(9), 'matched', null],
      [id(3), 'restored', { city: 'Lyon' }],
    ])
  })

  it('marks records of unconfirmed batches, and says it cannot tell what an action-less journal did without answered ids', () => {
    const pending = batch(0, { recordIds: [id(1)], actions: ['create'], done: false, doneAt: null })
    const old = batch(1, { recordIds: [id(2), id(3)], answeredIds: [id(2), null], doneAt: null })
    expect(rolledRecords(state(pending, old)).map((r) => [r.id, r.kind, r.unconfirmed, r.writtenAt])).toEqual([
      [id(1), 'created', true, null],
      [id(2), 'created', false, null],
      [id(3), 'unknown', false, null],
    ])
  })
})
