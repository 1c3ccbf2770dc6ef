// `preflight push`: checks the file (or every file of a project) as `check` does, sends its valid rows to a
// workspace through the journaled push engine, and prints one JSON summary. Exit 0 all sent, 1 rows failed or
// rejected, 2 could not run, 3 interrupted (SIGINT/SIGTERM after the batches in flight; run the same command
// again to continue).
import { dirname } from 'node:path'
import { UserError } from '../main/ipc/user-error'
import { fingerprintFile } from '../main/services/project-store'
import { CliError } from './cli-args'
import { prepareCheck, type WorkerPaths } from '../main/project/prepare-check'
import { fillOnlyPolicy, parsePushArgs, type PushArgs } from './push-args'
import { commandResult, openPushSession, pushPrepared } from './push-prepared'
import { pushProject } from './push-project'

export interface CommandResult {
  readonly code: 0 | 1 | 2 | 3
  /** The JSON printed on stdout, if any. */
  readonly report?: unknown
  /** One line for stderr, if any. */
  readonly message?: string
}

export async function runPushCommand(argv: readonly string[], workers: WorkerPaths, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const args = parsePushArgs(argv)
  // First signal: finish the batches in flight, then stop. A second one aborts the requests in flight too
  // (safe: the journal resends that batch on its ids next time).
  const stop = new AbortController()
  const hard = new AbortController()
  const onSignal = () => (stop.signal.aborted ? hard.abort() : stop.abort())
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    if (args.command === 'push-project') return await pushProject(args, workers, env, stop.signal, hard.signal)
    return await pushFile(args, workers, env, stop.signal, hard.signal)
  } catch (error) {
    if (error instanceof UserError) throw new CliError(error.message)
    throw error
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

async function pushFile(args: PushArgs, workers: WorkerPaths, env: NodeJS.ProcessEnv, stop: AbortSignal, hard: AbortSignal): Promise<CommandResult> {
  const session = await openPushSession(args.workspace, env, !args.model)
  const prepared = await prepareCheck(args, workers, session.model ? { model: session.model } : {})
  // The version of the file the rows come from: an edited row of the same version keeps its record.
  const { sha256: source } = await fingerprintFile(args.file)
  const pushed = await pushPrepared(prepared, session, {
    dryRun: args.dryRun,
    batchSize: args.batchSize,
    rate: args.rate,
    journalPath: args.journal ?? `${args.file}.${prepared.object.namePlural}.push-journal`,
    outDir: args.out ?? dirname(args.file),
    source,
    stop,
    hard,
    policy: fillOnlyPolicy(args.fillOnly, prepared.object),
    language: args.lang,
  })
  return commandResult(pushed.report, pushed.counts, pushed.stopped, args.dryRun, pushed.fileWarnings)
}

