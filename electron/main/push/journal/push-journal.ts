// The write-ahead journal of one push into one object: an append-only JSON-lines file, fsync'd after every append,
// saying which batches were planned (each row's key, content hash and client-generated record id), sent, done
// (with the ids the server answered), and which rows failed. Rows are followed by their row key (shared/push/
// row-keys.ts), never by their position, so a rerun on an edited file or next month's export finds them again.
// For a rollback (rollback-runner.ts) it also keeps, per row that updates or restores an existing record, that
// record's previous values of the fields the send changes (`befores`, on disk with the plan, before any request),
// and when each batch's writes were answered (`at` on batch-done). Both are optional: older journals still read.
// Invariant: a batch is planned (keys and ids on disk) before its first request; appends from batches in flight
// are serialised, so only a torn last line (a crash mid-append) can ever be found, and it is tolerated.
import { access, open, readFile, truncate, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { UuidSchema } from '../../../../shared/twenty-format/api-shapes'

/** A row of the source table: its stable row id (or index) in the file version the batch was planned on. */
export const RowIdSchema = z.union([z.string(), z.number().int()])
export type RowId = z.infer<typeof RowIdSchema>

const BatchIdSchema = z.number().int().nonnegative()

/** What a row's send does: create a record, update one (found by a lookup or landed earlier), or restore a soft-deleted one. */
export const RowActionSchema = z.enum(['create', 'update', 'restore'])
export type RowAction = z.infer<typeof RowActionSchema>

export const JournalEntrySchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('batch-planned'),
      batchId: BatchIdSchema,
      object: z.string().min(1),
      /** Parallel to rows: the id each row's record carries in every send, so a resend is an upsert on it. */
      recordIds: z.array(UuidSchema).min(1),
      rows: z.array(RowIdSchema).min(1),
      /** Parallel to rows: each row's key and content hash (absent only in journals written before row keys). */
      keys: z.array(z.string().min(1)).optional(),
      hashes: z.array(z.string().min(1)).optional(),
      /** Parallel to rows: a keyless row's name digest (row-keys.ts), null for the others. */
      alts: z.array(z.string().min(1).nullable()).optional(),
      actions: z.array(RowActionSchema).optional(),
      /** The sha-256 of the source file version the rows come from (null when unknown). */
      source: z.string().nullable().optional(),
      /** Parallel to rows: each row's line in that version (the spreadsheet row number), null when it has none. */
      lines: z.array(z.number().int().nullable()).optional(),
      /**
       * Parallel to rows: for a row that updates or restores an existing record, that record's values before the push
       * of exactly the fields the send changes (composites whole); null for a create or when unknown.
       */
      befores: z.array(z.record(z.string(), z.unknown()).nullable()).optional(),
    })
    .refine(
      (e) =>
        [e.keys, e.hashes, e.alts, e.actions, e.lines, e.befores].every(
          (list) => list === undefined || list.length === e.rows.length,
        ),
      'keys, hashes and actions go with rows',
    ),
  z.strictObject({ kind: z.literal('batch-sent'), batchId: BatchIdSchema }),
  z.strictObject({
    kind: z.literal('batch-failed'),
    batchId: BatchIdSchema,
    rows: z.array(RowIdSchema).min(1),
    message: z.string(),
  }),
  z.strictObject({
    kind: z.literal('batch-done'),
    batchId: BatchIdSchema,
    created: z.number().int().nonnegative().optional(),
    updated: z.number().int().nonnegative().optional(),
    /** Parallel to the planned rows: the id the server answered for each landed record (an upsert that matched keeps the server's id), null for a row that failed. */
    ids: z.array(UuidSchema.nullable()).optional(),
    /** When the server's answer arrived (ISO 8601, this computer's clock): every write of the batch happened before. */
    at: z.iso.datetime({ offset: true }).optional(),
  }),
])
export type JournalEntry = z.infer<typeof JournalEntrySchema>

/** A batch as the journal knows it. `failed` maps a row to the server's message; other rows of a done batch were sent. */
export interface JournaledBatch {
  readonly batchId: number
  readonly object: string
  readonly rows: readonly RowId[]
  readonly recordIds: readonly string[]
  readonly keys: readonly string[] | null
  readonly hashes: readonly string[] | null
  readonly alts: readonly (string | null)[] | null
  readonly actions: readonly RowAction[] | null
  readonly source: string | null
  readonly lines: readonly (number | null)[] | null
  /** Parallel to rows: the previous values of an updated or restored record (null where none were journaled). */
  readonly befores: readonly (Readonly<Record<string, unknown>> | null)[] | null
  readonly done: boolean
  readonly failed: ReadonlyMap<RowId, string>
  /** The ids the server answered, parallel to rows (null where unknown). */
  readonly answeredIds: readonly (string | null)[] | null
  /** When the batch's answer arrived (ISO 8601), null when not done or journaled before write times. */
  readonly doneAt: string | null
}

export interface JournalState {
  /** In planning order. Batches not done were planned (maybe sent) but never confirmed: resend them. */
  readonly batches: readonly JournaledBatch[]
  /** True when a torn last line (a crash mid-append) was dropped. */
  readonly tornTail: boolean
}

/**
 * A push journal with a rollback under way, or one that ended leaving records alone (`<journal>.rollback` is there):
 * a push on it would skip the rows whose records the rollback took out, so it is refused with what to do. A rollback
 * that takes everything back moves both journals aside (`<journal>.undone-<time>`), and the next push starts anew.
 */
export class RollbackPendingError extends Error {
  constructor(path: string) {
    super(
      `The last push of this file was rolled back, but not completely (see ${path}.rollback): pushing now would skip rows whose records the rollback removed. ` +
        `Run the rollback again to finish it (with --force for records changed since), or move ${path} and ${path}.rollback aside to push the file as new.`,
    )
    this.name = 'RollbackPendingError'
  }
}

/** Throws RollbackPendingError when a rollback of this journal is under way or incomplete. */
export async function assertNoRollbackPending(journalPath: string): Promise<void> {
  const pending = await access(`${journalPath}.rollback`).then(
    () => true,
    () => false,
  )
  if (pending) throw new RollbackPendingError(journalPath)
}

export class JournalCorruptError extends Error {
  constructor(path: string, line: number, detail: string) {
    super(`The push journal ${path} is damaged at line ${line}: ${detail}`)
    this.name = 'JournalCorruptError'
  }
}

/** Reads a journal (a missing file is an empty one). Returns the state and the byte length of its intact part. */
export async function readPushJournal(path: string): Promise<JournalState & { readonly intactBytes: number }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { batches: [], tornTail: false, intactBytes: 0 }
    throw error
  }
  // An append resolves only after its whole line (newline included) is on disk, so text after the last newline
  // was never acknowledged: dropping it is safe even when it happens to parse.
  const cut = text.lastIndexOf('\n') + 1
  const complete = text.slice(0, cut).split('\n').slice(0, -1)
  const batches = new Map<
    number,
    {
      batch: Omit<JournaledBatch, 'done' | 'failed' | 'answeredIds' | 'doneAt'>
      done: boolean
      failed: Map<RowId, string>
      answeredIds: readonly (string | null)[] | null
      doneAt: string | null
    }
  >()
  complete.forEach((line, index) => {
    const entry = parseLine(line)
    if (entry === null) throw new JournalCorruptError(path, index + 1, 'not a journal entry')
    const known = batches.get(entry.batchId)
    if (entry.kind === 'batch-planned') {
      if (known !== undefined) throw new JournalCorruptError(path, index + 1, `batch ${entry.batchId} planned twice`)
      if (entry.rows.length !== entry.recordIds.length)
        throw new JournalCorruptError(path, index + 1, 'rows and ids differ')
      const { batchId, object, rows, recordIds } = entry
      const batch = {
        batchId,
        object,
        rows,
        recordIds,
        keys: entry.keys ?? null,
        hashes: entry.hashes ?? null,
        alts: entry.alts ?? null,
        actions: entry.actions ?? null,
        source: entry.source ?? null,
        lines: entry.lines ?? null,
        befores: entry.befores ?? null,
      }
      batches.set(batchId, { batch, done: false, failed: new Map(), answeredIds: null, doneAt: null })
      return
    }
    if (known === undefined) throw new JournalCorruptError(path, index + 1, `batch ${entry.batchId} was never planned`)
    if (entry.kind === 'batch-failed') for (const row of entry.rows) known.failed.set(row, entry.message)
    if (entry.kind === 'batch-done') {
      if (entry.ids !== undefined && entry.ids.length !== known.batch.rows.length)
        throw new JournalCorruptError(path, index + 1, 'answered ids and rows differ')
      known.done = true
      known.answeredIds = entry.ids ?? null
      known.doneAt = entry.at ?? null
    }
  })
  return {
    batches: [...batches.values()].map((b) => ({
      ...b.batch,
      done: b.done,
      failed: b.failed,
      answeredIds: b.answeredIds,
      doneAt: b.doneAt,
    })),
    tornTail: cut < text.length,
    intactBytes: Buffer.byteLength(text.slice(0, cut), 'utf8'),
  }
}

function parseLine(line: string): JournalEntry | null {
  try {
    const parsed = JournalEntrySchema.safeParse(JSON.parse(line))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** An open journal: each append is one line, on disk (fsync'd) before append resolves. */
export class PushJournal {
  /** The last append's turn. Appends run one after another, so concurrent callers never interleave their lines. */
  private queue: Promise<void> = Promise.resolve()
  /** The first write that failed: it may have left part of a line, so no line may follow it. */
  private broken: unknown = null

  private constructor(private readonly handle: FileHandle) {}

  /** Opens (or creates) the journal, drops a torn last line, and answers what it already holds. */
  static async open(path: string): Promise<{ journal: PushJournal; state: JournalState }> {
    const state = await readPushJournal(path)
    if (state.tornTail) await truncate(path, state.intactBytes)
    const existed = await access(path).then(
      () => true,
      () => false,
    )
    const handle = await open(path, 'a')
    // A new file's name must be durable too, or a crash could lose the whole journal after its first fsync.
    if (!existed && process.platform !== 'win32') {
      const folder = await open(dirname(path), 'r')
      await folder.sync().finally(() => folder.close())
    }
    return { journal: new PushJournal(handle), state: { batches: state.batches, tornTail: state.tornTail } }
  }

  /** Safe to call while other appends are pending: lines land whole, in call order. */
  async append(entry: JournalEntry): Promise<void> {
    const line = `${JSON.stringify(JournalEntrySchema.parse(entry))}\n`
    const turn = this.queue.then(() => this.write(line))
    this.queue = turn.catch(() => undefined)
    await turn
  }

  /** Waits for pending appends, then closes the file. */
  async close(): Promise<void> {
    await this.queue
    await this.handle.close()
  }

  private async write(line: string): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the first failure, rethrown as it came
    if (this.broken !== null) throw this.broken
    try {
      // appendFile (unlike write) loops until the whole line is written.
      await this.handle.appendFile(line)
      await this.handle.sync()
    } catch (error) {
      this.broken = error
      throw error
    }
  }
}
