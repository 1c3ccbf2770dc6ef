// `preflight push`: checks the file as `check` does, sends its valid rows to a workspace through the journaled
// push engine, and prints one JSON summary. Exit 0 all sent, 1 rows failed or rejected, 2 could not run,
// 3 interrupted (SIGINT/SIGTERM after the batch in flight; run the same command again to continue).
import { dirname, join } from 'node:path'
import { toApiRecord } from '../../shared/twenty-format/to-api-record'
import { connectForPush } from '../main/push/batch-request'
import { JournalCorruptError, readPushJournal, type RowId } from '../main/push/push-journal'
import { runPush, type PushRecord } from '../main/push/push-runner'
import { UserError } from '../main/ipc/user-error'
import { WorkspaceClient } from '../main/services/workspace-client'
import { CliError } from './cli-args'
import { draftOfRow, writeRejectedFile, writeRowsFile } from './export-files'
import { findExisting } from './find-existing'
import { prepareCheck, type WorkerPaths } from './prepare-check'
import { parsePushArgs, type PushArgs } from './push-args'
import { createProgressReporter } from './push-progress'
import { resolvePushWorkspace } from './push-workspace'

export interface CommandResult {
  readonly code: 0 | 1 | 2 | 3
  /** The JSON printed on stdout, if any. */
  readonly report?: unknown
  /** One line for stderr, if any. */
  readonly message?: string
}

export async function runPushCommand(argv: readonly string[], workers: WorkerPaths, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const args = parsePushArgs(argv)
  // First signal: finish the batch in flight, then stop. A second one aborts the request in flight too
  // (safe: the journal resends that batch on its ids next time).
  const stop = new AbortController()
  const hard = new AbortController()
  const onSignal = () => (stop.signal.aborted ? hard.abort() : stop.abort())
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
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
  const { profile, credentials } = await resolvePushWorkspace(args.workspace, env)
  const connection = await connectForPush(profile, credentials)
  const fetched = args.model ? undefined : (await new WorkspaceClient(credentials).fetchWorkspaceModel(profile)).model
  const prepared = await prepareCheck(args, workers, fetched)
  const { object, loaded, check } = prepared
  const table = loaded.table

  const valid: PushRecord[] = []
  for (let row = 0; row < table.rowCount; row++) {
    if (!check.rowHasError[row]) valid.push({ row, record: toApiRecord(draftOfRow(prepared, row), { object }) })
  }
  let rejected = 0
  for (const flag of check.rowHasError) rejected += flag
  const existing = valid.length === 0 ? [] : await findExisting(connection, object, valid.map((item) => item.record))

  if (args.dryRun) {
    const plan = valid.map((item, i) => {
      const id = existing[i]
      const row = table.sourceRow(item.row as number)
      return id ? { row, action: 'update' as const, id } : { row, action: 'create' as const }
    })
    const update = plan.filter((p) => p.action === 'update').length
    const report = { create: plan.length - update, update, rejected, journal: null, plan }
    if (stop.aborted) return { code: 3, report, message: 'Interrupted before the plan was complete.' }
    return { code: rejected > 0 ? 1 : 0, report }
  }

  const journalPath = args.journal ?? `${args.file}.${object.namePlural}.push-journal`
  const outDir = args.out ?? dirname(args.file)
  const before = await readPushJournal(journalPath).catch((error: unknown) => {
    if (error instanceof JournalCorruptError) throw new CliError(error.message)
    throw new CliError(`Cannot read the push journal ${journalPath}: ${(error as Error).message}`)
  })
  const foreign = before.batches.find((batch) => batch.object !== object.namePlural)
  if (foreign !== undefined) throw new CliError(`The journal ${journalPath} belongs to a push into ${foreign.object}; use --journal <path>.`)
  const confirmed = new Set<RowId>()
  const journaledIds = new Map<RowId, string>()
  for (const batch of before.batches) {
    batch.rows.forEach((row, i) => journaledIds.set(row, batch.recordIds[i]!))
    if (batch.done) for (const row of batch.rows) if (!batch.failed.has(row)) confirmed.add(row)
  }
  // An update names its record by id, so the upsert cannot match anything else.
  const records = valid.map((item, i) => (existing[i] ? { row: item.row, record: { ...item.record, id: existing[i] } } : item))

  const progress = createProgressReporter()
  const result = await runPush({
    connection,
    plural: object.namePlural,
    records,
    journalPath,
    batchSize: args.batchSize ?? profile.batchSize,
    ratePerMinute: args.rate ?? profile.rateLimitPerMinute,
    stop,
    signal: hard,
    onProgress: (p) => progress.update(p),
  })
  progress.finish()

  const indexOf = new Map(valid.map((item, i) => [item.row, i]))
  let created = 0
  let updated = 0
  let skipped = 0
  const failedMessages = new Map<number, string>()
  for (const outcome of result.outcomes) {
    if (outcome.status === 'failed') {
      failedMessages.set(outcome.row as number, outcome.message ?? 'The workspace refused the record.')
      continue
    }
    const found = existing[indexOf.get(outcome.row)!]
    // A record found by the lookup under the id this push journaled for it was created by an earlier, interrupted run.
    if (confirmed.has(outcome.row)) skipped++
    else if (found && found !== journaledIds.get(outcome.row)) updated++
    else created++
  }
  await writeRejectedFile(prepared, outDir)
  await writeRowsFile(prepared, join(outDir, `${object.namePlural}-failed.csv`), failedMessages)
  const report = { created, updated, failed: failedMessages.size, rejected, skipped, journal: journalPath }

  const stopped = result.stopped
  if (stopped === null) return { code: failedMessages.size > 0 || rejected > 0 ? 1 : 0, report }
  switch (stopped.reason) {
    case 'aborted':
      return { code: 3, report, message: 'Interrupted: run the same command again to continue from the journal.' }
    case 'error':
      return { code: 2, message: `${stopped.message} Run the same command again to continue from the journal.` }
  }
}
