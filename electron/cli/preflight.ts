// `preflight check|export|push|rollback|migrate`: the field engine from a terminal, under plain Node. One JSON report on
// stdout; exit 0 without errors, 1 with errors or file warnings (a file problem that changed what the rows hold;
// for rollback, records skipped or failed), 2 when it could not run (one line on stderr saying why), 3 when a
// push or a rollback was interrupted and can be resumed. `check` and `export` word issue messages in `--lang`.
import { buildCheckReport } from '../../shared/check/check-report'
import { emptyRowsOf } from '../../shared/twenty-format/import-files'
import { UserError } from '../main/ipc/user-error'
import { CliError, parseCliArgs } from './cli-args'
import { writeExportFiles } from '../main/export/export-files'
import { builtWorkers, prepareCheck, type WorkerPaths } from '../main/project/prepare-check'
import { runPushCommand, type CommandResult } from './push-command'
import { runRollbackCommand } from './rollback-command'
import { runMigrateCommand } from './migrate-command'

async function main(argv: readonly string[]): Promise<number> {
  const workers: WorkerPaths = builtWorkers(__dirname)
  const result =
    argv[0] === 'push'
      ? await runPushCommand(argv, workers, process.env)
      : argv[0] === 'rollback'
        ? await runRollbackCommand(argv, process.env)
        : argv[0] === 'migrate'
          ? await runMigrateCommand(argv, workers, process.env)
          : await checkOrExport(argv, workers)
  if (result.message !== undefined) process.stderr.write(`${result.message}\n`)
  if (result.report !== undefined) await writeStdout(`${JSON.stringify(result.report)}\n`)
  return result.code
}

async function checkOrExport(argv: readonly string[], workers: WorkerPaths): Promise<CommandResult> {
  const args = parseCliArgs(argv)
  const prepared = await prepareCheck(args, workers)
  const { loaded, resolved, check, object } = prepared
  const report = buildCheckReport({
    object: object.namePlural,
    table: loaded.table,
    headerRow: loaded.meta.headerRow.used,
    resolved,
    check,
    language: args.lang,
  })
  const { fileWarnings } = prepared
  const code = report.summary.errors > 0 || fileWarnings.length > 0 ? 1 : 0
  if (args.command === 'export' && args.out) {
    const { files, emptyRows, notes } = await writeExportFiles(prepared, args.out, args.lang)
    return { code, report: { ...report, summary: { ...report.summary, emptyRows }, fileWarnings, files, notes } }
  }
  const emptyRows = emptyRowsOf(check).length
  return { code, report: { ...report, summary: { ...report.summary, emptyRows }, fileWarnings } }
}

function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())))
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (thrown: unknown) => {
    // The boundary: a UserError from main's pipeline is this command's CliError (its message, exit 2).
    const error = thrown instanceof UserError ? new CliError(thrown.message) : thrown
    const message =
      error instanceof CliError
        ? error.message.split('\n')[0]
        : `preflight failed: ${(error as Error)?.message ?? String(error)}`
    process.stderr.write(`${message}\n`)
    process.exitCode = 2
  },
)
