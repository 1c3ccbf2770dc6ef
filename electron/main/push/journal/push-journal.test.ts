import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JournalCorruptError, PushJournal, readPushJournal } from './push-journal'

const ID_A = '00000000-0000-4000-8000-00000000000a'
const ID_B = '00000000-0000-4000-8000-00000000000b'
const ID_C = '00000000-0000-4000-8000-00000000000c'

let dir: string
let path: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'push-journal-'))
  path = join(dir, 'push.jsonl')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function writeTwoBatches(): Promise<void> {
  const { journal } = await PushJournal.open(path)
  await journal.append({ kind: 'batch-planned', batchId: 0, object: 'people', recordIds: [ID_A, ID_B], rows: [1, 2] })
  await journal.append({ kind: 'batch-sent', batchId: 0 })
  await journal.append({ kind: 'batch-failed', batchId: 0, rows: [2], message: 'bad email' })
  await journal.append({ kind: 'batch-done', batchId: 0 })
  await journal.append({ kind: 'batch-planned', batchId: 1, object: 'people', recordIds: [ID_C], rows: ['r3'] })
  await journal.append({ kind: 'batch-sent', batchId: 1 })
  await journal.close()
}

describe('push journal', () => {
  it('reads a missing file as an empty journal', async () => {
    expect(await readPushJournal(path)).toEqual({ batches: [], tornTail: false, intactBytes: 0 })
  })

  it('reads back done batches with their failed rows, and planned batches not confirmed', async () => {
    await writeTwoBatches()
    const text = await readFile(path, 'utf8')
    expect(text.split('\n')).toHaveLength(7)
    const { batches, tornTail } = await readPushJournal(path)
    expect(tornTail).toBe(false)
    expect(batches).toHaveLength(2)
    expect(batches[0]).toMatchObject({ batchId: 0, done: true, rows: [1, 2], recordIds: [ID_A, ID_B] })
    expect([...batches[0]!.failed]).toEqual([[2, 'bad email']])
    expect(batches[1]).toMatchObject({ batchId: 1, done: false, rows: ['r3'], recordIds: [ID_C] })
  })

  it('drops a torn last line, truncates it on open, and appends after it cleanly', async () => {
    await writeTwoBatches()
    await appendFile(path, '{"kind":"batch-done","bat')
    const read = await readPushJournal(path)
    expect(read.tornTail).toBe(true)
    expect(read.batches[1]!.done).toBe(false)
    const { journal, state } = await PushJournal.open(path)
    expect(state.tornTail).toBe(true)
    await journal.append({ kind: 'batch-done', batchId: 1 })
    await journal.close()
    const again = await readPushJournal(path)
    expect(again.tornTail).toBe(false)
    expect(again.batches.map((b) => b.done)).toEqual([true, true])
  })

  it('refuses a damaged line that is not the last one', async () => {
    await writeTwoBatches()
    const lines = (await readFile(path, 'utf8')).split('\n')
    lines[1] = '{"kind":"batch-sent"}'
    await writeFile(path, lines.join('\n'))
    await expect(readPushJournal(path)).rejects.toBeInstanceOf(JournalCorruptError)
  })

  it('lands concurrent appends whole and in call order', async () => {
    const { journal } = await PushJournal.open(path)
    const ids = Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)
    await Promise.all(
      ids.flatMap((id, batchId) => [
        journal.append({ kind: 'batch-planned', batchId, object: 'people', recordIds: [id], rows: [batchId] }),
        journal.append({ kind: 'batch-sent', batchId }),
      ]),
    )
    await journal.close()
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n')
    expect(lines.map((line) => (JSON.parse(line) as { batchId: number }).batchId)).toEqual(
      ids.flatMap((_, i) => [i, i]),
    )
    const { batches } = await readPushJournal(path)
    expect(batches.map((b) => b.recordIds[0])).toEqual(ids)
  })

  it('refuses to append an entry that does not fit the schema', async () => {
    const { journal } = await PushJournal.open(path)
    await expect(
      journal.append({ kind: 'batch-planned', batchId: 0, object: 'people', recordIds: ['not-a-uuid'], rows: [1] }),
    ).rejects.toThrow()
    await journal.close()
    expect(await readFile(path, 'utf8')).toBe('')
  })
})

describe('push journal: what a rollback needs', () => {
  it('reads previous values and write times, and journals without them as before', async () => {
    const { journal } = await PushJournal.open(path)
    await journal.append({
      kind: 'batch-planned',
      batchId: 0,
      object: 'people',
      recordIds: [ID_A, ID_B],
      rows: [1, 2],
      actions: ['update', 'create'],
      befores: [{ jobTitle: 'Clerk' }, null],
    })
    await journal.append({ kind: 'batch-done', batchId: 0, at: '2026-03-01T10:00:00.000Z' })
    await journal.append({ kind: 'batch-planned', batchId: 1, object: 'people', recordIds: [ID_C], rows: [3] })
    await journal.append({ kind: 'batch-done', batchId: 1 })
    await journal.close()
    const { batches } = await readPushJournal(path)
    expect(batches.map((b) => [b.befores, b.doneAt])).toEqual([
      [[{ jobTitle: 'Clerk' }, null], '2026-03-01T10:00:00.000Z'],
      [null, null],
    ])
  })

  it('refuses previous values that do not go with the rows', async () => {
    await writeFile(
      path,
      `${JSON.stringify({ kind: 'batch-planned', batchId: 0, object: 'people', recordIds: [ID_A], rows: [1], befores: [null, null] })}\n`,
    )
    await expect(readPushJournal(path)).rejects.toBeInstanceOf(JournalCorruptError)
  })
})
