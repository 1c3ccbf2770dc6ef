// A project's journals folder (`<project>.push-journals/`, one `<file id>.<object>.push-journal` per file) rolled
// back as one: every journal, in the reverse of the order the files were first pushed, which is the reverse of the
// import order a project push keeps (people go before the companies they point at).
// Invariant: only `*.push-journal` files are journals (their `.rollback` companions are not); a journal that never
// confirmed a batch goes first, as the newest.
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { readPushJournal } from '../journal/push-journal'
import { runRollback, type RollbackOptions, type RollbackResult } from './rollback-runner'

export const JOURNAL_SUFFIX = '.push-journal'

/** The journals of a folder, newest first push first (none when the folder is not there: nothing was pushed). */
export async function journalsInRollbackOrder(folder: string): Promise<string[]> {
  const names = (await readdir(folder).catch(nothingWhenMissing)).filter((name) => name.endsWith(JOURNAL_SUFFIX)).sort()
  const dated = await Promise.all(
    names.map(async (name) => {
      const path = join(folder, name)
      const { batches } = await readPushJournal(path)
      const times = batches
        .map((b) => b.doneAt)
        .filter((t): t is string => t !== null)
        .sort()
      // Without a journaled write time (an older journal), the file's own time stands in.
      const first = times[0] ?? (batches.some((b) => b.done) ? (await stat(path)).mtime.toISOString() : null)
      return { path, first }
    }),
  )
  return dated
    .sort((a, b) =>
      a.first === b.first ? 0 : a.first === null ? -1 : b.first === null ? 1 : a.first < b.first ? 1 : -1,
    )
    .map((d) => d.path)
}

function nothingWhenMissing(error: unknown): string[] {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
  throw error
}

export interface FolderRollbackResult extends Omit<RollbackResult, 'plan'> {
  readonly files: { readonly journal: string; readonly result: RollbackResult }[]
}

/** Rolls back every journal of `folder` in turn; stops after a journal whose rollback was cut short. */
export async function runFolderRollback(
  folder: string,
  options: Omit<RollbackOptions, 'journalPath'>,
): Promise<FolderRollbackResult> {
  const files: { journal: string; result: RollbackResult }[] = []
  for (const journal of await journalsInRollbackOrder(folder)) {
    const result = await runRollback({ ...options, journalPath: journal })
    files.push({ journal, result })
    if (result.stopped) break
  }
  const sum = (key: 'deleted' | 'restored' | 'skipped' | 'failed'): number =>
    files.reduce((n, f) => n + f.result[key], 0)
  return {
    deleted: sum('deleted'),
    restored: sum('restored'),
    skipped: sum('skipped'),
    failed: sum('failed'),
    skippedRecords: files.flatMap((f) => f.result.skippedRecords),
    failedRecords: files.flatMap((f) => f.result.failedRecords),
    stopped: files.some((f) => f.result.stopped),
    files,
  }
}
