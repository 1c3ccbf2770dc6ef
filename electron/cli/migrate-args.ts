// Parses `preflight migrate <folder | file...> --workspace <url> [options]` into a validated request. As for
// push, there is no flag for the API key: it comes from the keychain or PREFLIGHT_API_KEY only.
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { MAX_BATCH_SIZE } from '../../shared/workspace/workspace-profile'
import { argumentError, CliError, sourceArgsShape } from './cli-args'

export const MIGRATE_USAGE = `Usage: preflight migrate <folder | file...> --workspace <base-url> [--preset auto|hubspot|salesforce|pipedrive]
       [--model <metadata.json>] [--dry-run] [--out <dir>] [--journal <dir>] [--batch-size <n>]
       [--rate <requests-per-minute>] [--time-zone <IANA zone>]`

const MigrateArgsSchema = z.object({
  command: z.literal('migrate'),
  inputs: z.array(z.string().min(1)).min(1, 'give a folder of exports, or the export files'),
  workspace: z.string().min(1, '--workspace <base-url> is required'),
  preset: z.enum(['auto', 'hubspot', 'salesforce', 'pipedrive']),
  model: z.string().min(1).optional(),
  dryRun: z.boolean(),
  out: z.string().min(1).optional(),
  journal: z.string().min(1).optional(),
  batchSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_BATCH_SIZE, `a batch holds at most ${MAX_BATCH_SIZE} records`)
    .optional(),
  rate: z.coerce.number().positive().max(100_000).optional(),
  timeZone: sourceArgsShape.timeZone,
})
export type MigrateArgs = z.infer<typeof MigrateArgsSchema>

export function parseMigrateArgs(argv: readonly string[]): MigrateArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        workspace: { type: 'string' },
        preset: { type: 'string' },
        model: { type: 'string' },
        'dry-run': { type: 'boolean' },
        out: { type: 'string' },
        journal: { type: 'string' },
        'batch-size': { type: 'string' },
        rate: { type: 'string' },
        'time-zone': { type: 'string' },
      },
    })
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${MIGRATE_USAGE}`)
  }
  const [command, ...inputs] = parsed.positionals
  if (command !== 'migrate') throw new CliError(`Unknown command "${command}".\n${MIGRATE_USAGE}`)
  if (inputs.length === 0) throw new CliError(`No folder or file given.\n${MIGRATE_USAGE}`)
  const v = parsed.values
  const result = MigrateArgsSchema.safeParse({
    command,
    inputs,
    workspace: v.workspace ?? '',
    preset: v.preset ?? 'auto',
    model: v.model,
    dryRun: v['dry-run'] ?? false,
    out: v.out,
    journal: v.journal,
    batchSize: v['batch-size'],
    rate: v.rate,
    timeZone: v['time-zone'],
  })
  if (!result.success) throw argumentError(result.error)
  return result.data
}
