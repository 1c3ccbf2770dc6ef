// The journal of a rollback (`<push journal>.rollback`): append-only JSON lines, fsync'd after every append, saying
// which step of which records is about to be sent and which is done. A rollback run again reads it and touches no
// record whose rollback is done; a step sent but never confirmed is checked against the workspace before anything
// else is sent for that record.
// Invariant: a step's `sending` line is on disk before its request, its `done` line only after the answer; only a
// torn last line (a crash mid-append) can be found, and it is dropped.
import { open, readFile, truncate, type FileHandle } from 'node:fs/promises'
import { z } from 'zod'

/** One step of putting a record back: its previous values, a restore (a record deleted since), or a delete. */
export const RollbackStepSchema = z.enum(['values', 'undelete', 'delete'])
export type RollbackStep = z.infer<typeof RollbackStepSchema>

export const RollbackEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('sending'),
    step: RollbackStepSchema,
    object: z.string().min(1),
    ids: z.array(z.string()).min(1),
    at: z.iso.datetime({ offset: true }),
  }),
  z.strictObject({
    kind: z.literal('done'),
    step: RollbackStepSchema,
    object: z.string().min(1),
    ids: z.array(z.string()).min(1),
    at: z.iso.datetime({ offset: true }),
  }),
])
export type RollbackEntry = z.infer<typeof RollbackEntrySchema>

export interface RollbackJournalState {
  /** Per record id, the steps done and when the last was answered. */
  readonly done: ReadonlyMap<string, { readonly steps: ReadonlySet<RollbackStep>; readonly at: string }>
  /** Per record id, steps sent but not confirmed. */
  readonly sending: ReadonlyMap<string, ReadonlySet<RollbackStep>>
}

export class RollbackJournalCorruptError extends Error {
  constructor(path: string, line: number) {
    super(
      `The rollback journal ${path} is damaged at line ${line}: move it aside and run the rollback again (it checks every record against the workspace).`,
    )
    this.name = 'RollbackJournalCorruptError'
  }
}

/** Reads a rollback journal (a missing file is an empty one), with the byte length of its intact part. */
export async function readRollbackJournal(
  path: string,
): Promise<RollbackJournalState & { readonly intactBytes: number; readonly torn: boolean }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { done: new Map(), sending: new Map(), intactBytes: 0, torn: false }
    throw error
  }
  const cut = text.lastIndexOf('\n') + 1
  const done = new Map<string, { steps: Set<RollbackStep>; at: string }>()
  const sending = new Map<string, Set<RollbackStep>>()
  text
    .slice(0, cut)
    .split('\n')
    .slice(0, -1)
    .forEach((line, index) => {
      const entry = parseLine(line)
      if (entry === null) throw new RollbackJournalCorruptError(path, index + 1)
      for (const id of entry.ids) {
        if (entry.kind === 'sending') {
          sending.set(id, (sending.get(id) ?? new Set()).add(entry.step))
          continue
        }
        const known = done.get(id) ?? { steps: new Set<RollbackStep>(), at: entry.at }
        known.steps.add(entry.step)
        known.at = entry.at > known.at ? entry.at : known.at
        done.set(id, known)
        sending.get(id)?.delete(entry.step)
      }
    })
  return { done, sending, intactBytes: Buffer.byteLength(text.slice(0, cut), 'utf8'), torn: cut < text.length }
}

function parseLine(line: string): RollbackEntry | null {
  try {
    const parsed = RollbackEntrySchema.safeParse(JSON.parse(line))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** An open rollback journal: each append is one line, on disk before it resolves. */
export class RollbackJournal {
  private constructor(private readonly handle: FileHandle) {}

  static async open(path: string): Promise<RollbackJournal> {
    const state = await readRollbackJournal(path)
    if (state.torn) await truncate(path, state.intactBytes)
    return new RollbackJournal(await open(path, 'a'))
  }

  /** Appends are awaited one at a time by the runner, so lines never interleave. */
  async append(entry: RollbackEntry): Promise<void> {
    await this.handle.appendFile(`${JSON.stringify(RollbackEntrySchema.parse(entry))}\n`)
    await this.handle.sync()
  }

  close(): Promise<void> {
    return this.handle.close()
  }
}
