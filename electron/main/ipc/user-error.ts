// A failure to show the user as-is (bad input, missing file): dispatch turns it into { ok: false, error }.
// Anything else thrown by a handler is a bug and reaches the user as a generic INTERNAL error. The one
// user-facing error of main and of the project pipeline it shares with the CLI; the CLI prints its message and
// exits 2 (electron/cli turns it into its CliError at its boundary; main never throws CliError).
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'UserError'
  }
}

/**
 * The code of a failure the project pipeline (electron/main/project, migrate, push) words for the user without a
 * code of its own: a file or link file it cannot read, an object the data model lacks, a corrupt journal. Each
 * caller in the app names it for its screen (export: PROJECT_FILE_UNREADABLE, migrate: MIGRATE_FAILED, push:
 * PUSH_FAILED); the CLI prints its message.
 */
export const PIPELINE_FAILED = 'PIPELINE_FAILED'

/** A UserError the project pipeline threw without a code of its own (PIPELINE_FAILED). */
export function isPipelineFailure(error: unknown): error is UserError {
  return error instanceof UserError && error.code === PIPELINE_FAILED
}
