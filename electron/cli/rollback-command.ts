// `preflight rollback`: takes a push (one journal) or a whole project's pushes (its `.push-journals` folder) back
// out of a workspace through the rollback engine (main/push/rollback/rollback-runner.ts), and prints one JSON object:
// `{ deleted, restored, skipped, failed, skippedRecords, failedRecords, dryRun, journal }` (`plan` on a dry run,
// `files` for a folder). Exit 0 all rolled back, 1 records skipped or failed, 2 could not run, 3 interrupted
// (SIGINT/SIGTERM after the request in flight; run it again to continue from `<journal>.rollback`).
import { stat } from 'node:fs/promises'
import { UserError } from '../main/ipc/user-error'
import { connectForPush } from '../main/push/sending/batch-request'
import { JournalCorruptError } from '../main/push/journal/push-journal'
import { runFolderRollback } from '../main/push/rollback/rollback-folder'
import { RollbackJournalCorruptError } from '../main/push/journal/rollback-journal'
import { runRollback, setAsideJournalOf, type RollbackOptions } from '../main/push/rollback/rollback-runner'
import { CliError } from './cli-args'
import type { CommandResult } from './push-command'
import { resolvePushWorkspace } from './push-workspace'
import { parseRollbackArgs } from './rollback-args'

export async function runRollbackCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const args = parseRollbackArgs(argv)
  const kind = await stat(args.journal).then(
    (s) => (s.isDirectory() ? 'folder' : 'file'),
    () => null,
  )
  const undone = kind === null ? await setAsideJournalOf(args.journal) : null
  if (undone !== null) {
    const report = {
      deleted: 0,
      restored: 0,
      skipped: 0,
      failed: 0,
      skippedRecords: [],
      failedRecords: [],
      dryRun: args.dryRun,
      journal: args.journal,
      setAside: undone,
    }
    return { code: 0, report, message: `This push was rolled back already: its journal is set aside as ${undone}.` }
  }
  if (kind === null)
    throw new CliError(
      `${args.journal}: no such journal. Name the push's journal (<file>.<object>.push-journal) or a project's .push-journals folder.`,
    )
  const stop = new AbortController()
  const hard = new AbortController()
  const onSignal = () => (stop.signal.aborted ? hard.abort() : stop.abort())
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    const { profile, credentials } = await resolvePushWorkspace(args.workspace, env)
    const connection = await connectForPush(profile, credentials)
    const options: Omit<RollbackOptions, 'journalPath'> = {
      connection,
      dryRun: args.dryRun,
      destroy: args.destroy,
      force: args.force,
      ratePerMinute: args.rate ?? profile.rateLimitPerMinute,
      stop: stop.signal,
      signal: hard.signal,
      onProgress: ({ done, total }) =>
        process.stderr.isTTY && process.stderr.write(`\rRolling back: ${done} of ${total} records`),
    }
    const result =
      kind === 'folder'
        ? await runFolderRollback(args.journal, options)
        : await runRollback({ ...options, journalPath: args.journal })
    if (process.stderr.isTTY) process.stderr.write('\n')
    const { stopped, ...counts } = result
    const report = { ...counts, dryRun: args.dryRun, journal: args.journal }
    if (stopped) return { code: 3, report, message: 'Interrupted: run the same command again to finish the rollback.' }
    return { code: result.skipped > 0 || result.failed > 0 ? 1 : 0, report }
  } catch (error) {
    if (
      error instanceof UserError ||
      error instanceof JournalCorruptError ||
      error instanceof RollbackJournalCorruptError
    )
      throw new CliError(error.message)
    throw error
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
