// Parses `preflight rollback <journal | journals folder> --workspace <base-url> [--dry-run] [--destroy] [--force]
// [--rate <n>]`. As for push, there is no flag for the API key: the keychain or PREFLIGHT_API_KEY only.
import { z } from 'zod'
import { argumentError, CliError, readArgs } from './cli-args'

export const ROLLBACK_USAGE = `Usage: preflight rollback <journal | <project>.push-journals folder> --workspace <base-url> [--dry-run] [--destroy]
       [--force] [--rate <requests-per-minute>]`

const RollbackArgsSchema = z.object({
  command: z.literal('rollback'),
  journal: z.string().min(1),
  workspace: z.string().min(1, '--workspace <base-url> is required'),
  dryRun: z.boolean(),
  destroy: z.boolean(),
  force: z.boolean(),
  rate: z.coerce.number().positive().max(100_000).optional(),
})
export type RollbackArgs = z.infer<typeof RollbackArgsSchema>

const ROLLBACK_FLAGS = {
  workspace: { type: 'string' },
  'dry-run': { type: 'boolean' },
  destroy: { type: 'boolean' },
  force: { type: 'boolean' },
  rate: { type: 'string' },
} as const

export function parseRollbackArgs(argv: readonly string[]): RollbackArgs {
  const { command, file, values } = readArgs(argv, ROLLBACK_FLAGS, ROLLBACK_USAGE)
  if (command !== 'rollback') throw new CliError(`Unknown command "${command}".\n${ROLLBACK_USAGE}`)
  if (file === undefined)
    throw new CliError(`No journal given: name a push journal or a project's .push-journals folder.\n${ROLLBACK_USAGE}`)
  const parsed = RollbackArgsSchema.safeParse({
    command,
    journal: file,
    workspace: values.workspace ?? '',
    dryRun: values['dry-run'] ?? false,
    destroy: values.destroy ?? false,
    force: values.force ?? false,
    rate: values.rate,
  })
  if (!parsed.success) throw argumentError(parsed.error)
  return parsed.data
}
