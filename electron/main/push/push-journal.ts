// The write-ahead journal of one push: an append-only JSON-lines file, fsync'd after every append, saying which
// batches were planned (with the client-generated record ids), sent, done, and which rows failed.
// Invariant: a batch is planned (ids and rows on disk) before its first request; appends from batches in flight
// are serialised, so only a torn last line (a crash mid-append) can ever be found, and it is tolerated.
import { access, open, readFile, truncate, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { UuidSchema } from '../../../shared/twenty-format/api-shapes'

/** A row of the source table: its stable row id (or index). */
export const RowIdSchema = z.union([z.string(), z.number().int()])
export type RowId = z.infer<typeof RowIdSchema>

const BatchIdSchema = z.number().int().nonnegative()

export const JournalEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('batch-planned'),
    batchId: BatchIdSchema,
    object: z.string().min(1),
    /** Parallel to rows: the id each row's record carries in every send, so a resend is an upsert on it. */
    recordIds: z.array(UuidSchema).min(1),
    rows: z.array(RowIdSchema).min(1),
  }),
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
  }),
])
export type JournalEntry = z.infer<typeof JournalEntrySchema>

/** A batch as the journal knows it. `failed` maps a row to the server's message; other rows of a done batch were sent. */
export interface JournaledBatch {
  readonly batchId: number
  readonly object: string
  readonly rows: readonly RowId[]
  readonly recordIds: readonly string[]
  readonly done: boolean
  readonly failed: ReadonlyMap<RowId, string>
}

export interface JournalState {
  /** In planning order. Batches not done were planned (maybe sent) but never confirmed: resend them. */
  readonly batches: readonly JournaledBatch[]
  /** True when a torn last line (a crash mid-append) was dropped. */
  readonly tornTail: boolean
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
  const batches = new Map<number, { batch: Omit<JournaledBatch, 'done' | 'failed'>; done: boolean; failed: Map<RowId, string> }>()
  complete.forEach((line, index) => {
    const entry = parseLine(line)
    if (entry === null) throw new JournalCorruptError(path, index + 1, 'not a journal entry')
    const known = batches.get(entry.batchId)
    if (entry.kind === 'batch-planned') {
      if (known !== undefined) throw new JournalCorruptError(path, index + 1, `batch ${entry.batchId} planned twice`)
      if (entry.rows.length !== entry.recordIds.length) throw new JournalCorruptError(path, index + 1, 'rows and ids differ')
      const { batchId, object, rows, recordIds } = entry
      batches.set(batchId, { batch: { batchId, object, rows, recordIds }, done: false, failed: new Map() })
      return
    }
    if (known === undefined) throw new JournalCorruptError(path, index + 1, `batch ${entry.batchId} was never planned`)
    if (entry.kind === 'batch-failed') for (const row of entry.rows) known.failed.set(row, entry.message)
    if (entry.kind === 'batch-done') known.done = true
  })
  return {
    batches: [...batches.values()].map((b) => ({ ...b.batch, done: b.done, failed: b.failed })),
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
